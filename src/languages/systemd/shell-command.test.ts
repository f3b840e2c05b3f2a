import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isExec, lastCommand } from './exec.js';
import { bashConstructs, mayRunShell, readShellCommand } from './shell-command.js';
import { loadShellParser } from '../shell/parse.js';

beforeAll(async () => {
  await loadShellParser();
});

describe('readShellCommand', () => {
  it('finds the last command, its operator and words', () => {
    const s = readShellCommand('cd /tmp && FOO=1 /usr/bin/foo -f "a b" >/dev/null 2>&1 &');
    expect(s.complex).toBe(false);
    const last = lastCommand(s)!;
    expect(last.before).toBe('&&');
    expect(last.op).toBe('&');
    expect(last.assignments.map((w) => w.raw)).toEqual(['FOO=1']);
    expect(last.words.map((w) => w.literal)).toEqual(['/usr/bin/foo', '-f', 'a b']);
    expect(last.redirects.map((w) => w.raw)).toEqual(['>/dev/null', '2>&1']);
    expect(s.text.slice(last.start, last.end)).toBe('FOO=1 /usr/bin/foo -f "a b" >/dev/null 2>&1');
  });
  it('knows exec, expansions and compound commands', () => {
    expect(isExec(lastCommand(readShellCommand('exec /bin/x'))!)).toBe(true);
    const w = lastCommand(readShellCommand('/bin/x "$HOME" $(date) `id` *.conf'))!.words;
    expect(w.map((x) => x.plain)).toEqual([true, false, false, false, false]);
    expect(readShellCommand('while true; do x; done').complex).toBe(true);
    expect(readShellCommand('cat <<EOF\nx\nEOF').complex).toBe(true);
    expect(readShellCommand('if [ -f x ]; then y; fi').complex).toBe(true);
    expect(readShellCommand('a | b').commands.map((c) => c.op)).toEqual(['|', '']);
    expect(readShellCommand('a\nb # c\n').commands.map((c) => [c.words[0].literal, c.before, c.op])).toEqual([
      ['a', '', ';'],
      ['b', ';', ';'],
    ]);
    expect(readShellCommand('[ -d /run/x ] || exit 0; exec foo').commands.map((c) => c.words.map((x) => x.literal))).toEqual([
      ['[', '-d', '/run/x', ']'],
      ['exit', '0'],
      ['exec', 'foo'],
    ]);
  });
  it("reads systemd's $$ and %% as the shell sees them, with positions in the word's text", () => {
    const text = 'kill -HUP $$MAINPID; echo 100%% > /run/%i.state';
    const s = readShellCommand(text);
    const [kill, echo] = s.commands;
    expect(kill.words.map((w) => [w.literal, text.slice(w.start, w.end), w.plain])).toEqual([
      ['kill', 'kill', true],
      ['-HUP', '-HUP', true],
      ['$MAINPID', '$$MAINPID', false],
    ]);
    expect(echo.words.map((w) => w.literal)).toEqual(['echo', '100%']);
    expect(echo.redirects.map((w) => text.slice(w.start, w.end))).toEqual(['> /run/%i.state']);
  });
  it('is unread and complex without the parser, so that rules stay silent', async () => {
    vi.resetModules();
    const fresh = await import('./shell-command.js');
    expect(fresh.readShellCommand('exec /usr/bin/foo')).toEqual({ text: 'exec /usr/bin/foo', commands: [], complex: true, unread: true });
  });
});

describe('bashConstructs', () => {
  it('finds bash-only syntax where the shell parser finds it, mapped to the word', () => {
    const text = 'source /etc/default/foo; [[ -n $$X ]] && exec foo <<< "$$Y"';
    expect(bashConstructs(readShellCommand(text)).map((c) => [c.construct, text.slice(c.start, c.end)])).toEqual([
      ['source', 'source'],
      ['[[', '[['],
      ['<<<', '<<< "$$Y"'],
    ]);
    expect(bashConstructs(readShellCommand("echo '[[ x ]]'; exec foo"))).toEqual([]);
  });
});

describe('mayRunShell', () => {
  it('is true for an Exec line that may run a shell or holds shell syntax, false otherwise', () => {
    expect(mayRunShell('[Service]\nExecStart=/bin/sh -c "exec foo"\n')).toBe(true);
    expect(mayRunShell('[Service]\nExecStart=/usr/bin/foo \\\n  --x | tee /log\n')).toBe(true);
    expect(mayRunShell('[Unit]\nDescription=sh & more <shell>\n[Service]\nExecStart=/usr/lib/systemd/systemd-journald\n')).toBe(false);
    expect(mayRunShell('[Service]\nExecStart=/usr/bin/ssh-agent -D\n')).toBe(false);
  });
});
