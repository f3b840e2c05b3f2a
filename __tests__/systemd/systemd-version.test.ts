// Issue 10 item 4: `systemd-version: N` (config) / `--systemd-version N` (CLI) is the oldest systemd the
// units must run on. Without it nothing version-related fires; with it, keys and values newer than N do.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { validateConfig } from '../../src/core/config.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-version-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function lint(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--format', 'json'], { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  const findings = stdout ? (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>) : [];
  return { code, stderr, messages: findings.flatMap((f) => f.messages) };
}

// A unit that uses a value of systemd 253 and keys of 254, otherwise clean for every rule.
const MODERN = `[Unit]
Description=Foo daemon

[Service]
Type=notify-reload
ExecStart=/usr/sbin/food
RestartSteps=5
ImportCredential=foo.*

[Install]
WantedBy=multi-user.target
`;

const version = (messages: Array<{ ruleId: string; line: number; column: number }>) => messages.filter((m) => m.ruleId === 'systemd/newer-than-target').map((m) => `${m.line}:${m.column}`);

describe('systemd-version', () => {
  it('without the setting, Type=notify-reload, RestartSteps= and ImportCredential= report nothing at all', async () => {
    const { code, messages } = await lint(['.'], tree({ 'foo.service': MODERN }));
    expect(messages).toEqual([]);
    expect(code).toBe(0);
  });

  it('`systemd-version: 252` in .initlint.yml reports each of them at the value or key', async () => {
    const { messages } = await lint(['.'], tree({ 'foo.service': MODERN, '.initlint.yml': 'systemd-version: 252\n' }));
    expect(version(messages)).toEqual(['5:6', '7:1', '8:1']);
    expect(messages.map((m) => m.message)).toContain('Unexpected `RestartSteps=` for systemd 252: it was added in systemd 254, and older releases ignore it with only a log line');
  });

  it('`--systemd-version 252` on the command line does the same, and overrides the config', async () => {
    const dir = tree({ 'foo.service': MODERN, '.initlint.yml': 'systemd-version: 254\n' });
    expect(version((await lint(['.'], dir)).messages)).toEqual([]);
    expect(version((await lint(['.', '--systemd-version', '252'], dir)).messages)).toEqual(['5:6', '7:1', '8:1']);
  });

  it('a bare command name is reported only below 239', async () => {
    const unit = MODERN.replace('Type=notify-reload', 'Type=notify')
      .replace('/usr/sbin/food', 'food')
      .replace(/RestartSteps=5\nImportCredential=foo\.\*\n/, '');
    const dir = tree({ 'foo.service': unit });
    const rule = (messages: Array<{ ruleId: string }>) => messages.filter((m) => m.ruleId === 'systemd/exec-path-not-absolute').length;
    expect(rule((await lint(['.'], dir)).messages)).toBe(0);
    expect(rule((await lint(['.', '--systemd-version', '239'], dir)).messages)).toBe(0);
    expect(rule((await lint(['.', '--systemd-version', '238'], dir)).messages)).toBe(1);
  });

  it('accepts 252, "252", v252 and "systemd 252"; refuses anything else with exit 2', async () => {
    for (const v of [252, '252', 'v252', 'systemd 252']) expect(validateConfig({ 'systemd-version': v }, []).systemdVersion).toBe(252);
    expect(() => validateConfig({ 'systemd-version': 'bookworm' }, [])).toThrow('config: `systemd-version`: unexpected `bookworm`, expected a systemd release number such as 252');
    const bad = await lint(['.', '--systemd-version', 'latest'], tree({ 'foo.service': MODERN }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('initlint: --systemd-version: unexpected `latest`, expected a systemd release number such as 252\n');
  });
});
