import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastCommand, parseExec, shellWrapper } from './exec.js';
import { readShellCommand } from './shell-command.js';
import { loadShellParser } from '../shell/parse.js';

beforeAll(async () => {
  await loadShellParser();
});

describe('parseExec', () => {
  it('splits prefixes and words with systemd quoting', () => {
    const [cmd] = parseExec(`-@/usr/bin/foo "a b" 'c\\'d' x"y z"w \\x41`);
    expect(cmd.prefixes).toBe('-@');
    expect(cmd.words.map((w) => w.text)).toEqual(['/usr/bin/foo', 'a b', "c'd", 'xy zw', 'A']);
    expect(cmd.words[1]).toMatchObject({ start: 15, end: 20, quoted: true });
    expect(cmd.words[1].map).toEqual([16, 17, 18, 19]);
  });
  it('separates commands at a lone semicolon, keeps \\;', () => {
    const cmds = parseExec('/bin/a 1 ; /bin/b \\; 2');
    expect(cmds.map((c) => c.words.map((w) => w.text))).toEqual([
      ['/bin/a', '1'],
      ['/bin/b', ';', '2'],
    ]);
  });
  it('returns nothing for an empty value', () => {
    expect(parseExec('   ')).toEqual([]);
  });
});

describe('shellWrapper', () => {
  const words = (v: string) => parseExec(v)[0].words.map((w) => w.text);
  it('recognises sh -c in its forms', () => {
    expect(shellWrapper(words(`/bin/sh -c 'exec foo'`))).toMatchObject({ shell: 'sh', scriptIndex: 2 });
    expect(shellWrapper(words(`/usr/bin/env bash -ec "foo"`))).toMatchObject({ shell: 'bash', shellIndex: 1, scriptIndex: 3 });
    expect(shellWrapper(words(`/bin/bash -o pipefail -c 'a | b'`))).toMatchObject({ scriptIndex: 4 });
    expect(shellWrapper(words(`/bin/busybox sh -c 'x'`))).toMatchObject({ scriptIndex: 3 });
    expect(shellWrapper(words(`/bin/sh /usr/lib/foo.sh`))).toBeUndefined();
    expect(shellWrapper(words(`/usr/bin/foo -c x`))).toBeUndefined();
  });
});

describe('properties', () => {
  it('never throw; word maps stay inside the value and only grow', () => {
    const piece = fc.constantFrom(' ', '\t', '"', "'", '\\', 'x', '\\x41', '\\n', ';', '-', '@', '/bin/sh', '-c', '$(', '`', '&', '|', '>', '%i', '\u00e9', '\u{1F600}');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const value = parts.join('');
        for (const command of parseExec(value)) {
          for (const word of command.words) {
            expect(word.map.length).toBe(word.text.length + 1);
            for (let i = 0; i < word.map.length; i++) {
              expect(word.map[i]).toBeGreaterThanOrEqual(word.start);
              expect(word.map[i]).toBeLessThanOrEqual(word.end);
              if (i) expect(word.map[i]).toBeGreaterThanOrEqual(word.map[i - 1]);
            }
          }
          const wrapper = shellWrapper(command.words.map((w) => w.text));
          if (wrapper) lastCommand(wrapper.script);
        }
        readShellCommand(value);
      }),
      { numRuns: 2000 },
    );
  });
});
