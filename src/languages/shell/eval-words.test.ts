import { beforeAll, describe, expect, it } from 'vitest';
import { evalWords } from './eval-words.js';
import { loadShellParser } from './parse.js';

beforeAll(async () => {
  await loadShellParser();
});

/** Each word's text and the raw value it spans. */
const read = (raw: string) => evalWords(raw)?.map((w) => [w.text, raw.slice(w.start, w.end)]);

describe('evalWords', () => {
  it('removes the assignment quotes, then splits and unquotes the words', () => {
    expect(read(`"--user foo -- -c '/etc/a b.conf'"`)).toEqual([
      ['--user', '--user'],
      ['foo', 'foo'],
      ['--', '--'],
      ['-c', '-c'],
      ['/etc/a b.conf', "'/etc/a b.conf'"],
    ]);
    expect(read(`'-g "daemon off;"'`)).toEqual([
      ['-g', '-g'],
      ['daemon off;', '"daemon off;"'],
    ]);
    expect(read('--foreground')).toEqual([['--foreground', '--foreground']]);
  });
  it('follows backslashes and keeps expansions as written', () => {
    expect(read(String.raw`"-c \"/etc/my conf\" -p \$HOME $pidfile"`)).toEqual([
      ['-c', '-c'],
      ['/etc/my conf', String.raw`\"/etc/my conf\"`],
      ['-p', '-p'],
      ['$HOME', String.raw`\$HOME`],
      ['$pidfile', '$pidfile'],
    ]);
    expect(read('"--opt=$(cat /etc/x) -d"')?.map((w) => w[0])).toEqual(['--opt=$(cat /etc/x)', '-d']);
  });
  it('gives no words for an empty value, and undefined for what eval would not read as plain words', () => {
    expect(evalWords('')).toEqual([]);
    expect(evalWords('""')).toEqual([]);
    expect(evalWords('"-d >/dev/null"')).toBeUndefined();
    expect(evalWords('"-d; rm -rf /"')).toBeUndefined();
    expect(evalWords(`"-c 'open"`)).toBeUndefined();
    expect(evalWords('(a b)')).toBeUndefined();
  });
});
