import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { knownRuleIds } from '../src/linter/index.js';
import { isShellcheckAvailable } from '../src/shellcheck/index.js';

async function run(args: string[], cwd: string, stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => stdin ?? '' });
  return { code, stdout, stderr };
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-conv-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const REQUIRED_BY = '[Unit]\nDescription=Foo\n\n[Service]\nType=simple\nExecStart=/usr/sbin/food --foreground\n\n[Install]\nRequiredBy=multi-user.target\n';

describe('CLI conventions shared with other linters', () => {
  it('--format github prints workflow-command annotations', async () => {
    const dir = tree({ 'foo.service': REQUIRED_BY });
    const { code, stdout } = await run(['--format', 'github', '.'], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=foo\.service,line=9,endLine=9,col=1,endColumn=\d+,title=systemd\/required-by-target::/m);
  });

  it('--format gitlab prints a Code Quality array', async () => {
    const dir = tree({ 'foo.service': REQUIRED_BY });
    const issues = JSON.parse((await run(['--format', 'gitlab', '.'], dir)).stdout);
    expect(issues).toContainEqual(expect.objectContaining({ check_name: 'systemd/required-by-target', severity: 'major', location: { path: 'foo.service', lines: { begin: 9, end: 9 } } }));
  });

  it('--stdin with --stdin-filename lints standard input as that kind of file', async () => {
    const dir = tree({});
    const { code, stdout } = await run(['--stdin', '--stdin-filename', 'x.service', '--format', 'json'], dir, REQUIRED_BY);
    expect(code).toBe(1);
    const [file] = JSON.parse(stdout);
    expect(file.path).toBe('x.service');
    expect(file.kind).toBe('systemd');
    expect(file.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('systemd/required-by-target');
  });

  it('--stdin-filename picks the config nearest that name', async () => {
    const dir = tree({ 'sub/.initlint.yml': 'rules:\n  systemd/required-by-target: off\n' });
    const { code, stdout } = await run(['--stdin', '--stdin-filename', 'sub/x.service', '--format', 'json'], dir, REQUIRED_BY);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].messages).toEqual([]);
  });

  it('--stdin refuses paths and --fix; --stdin-filename needs --stdin', async () => {
    const dir = tree({});
    expect((await run(['--stdin', 'a.service'], dir)).code).toBe(2);
    expect((await run(['--stdin', '--fix'], dir)).code).toBe(2);
    expect((await run(['--stdin-filename', 'a.service'], dir)).code).toBe(2);
  });

  it('--print-config shows the config that applies to a file, every rule with its level', async () => {
    const dir = tree({ 'units/.initlint.yml': 'extends: strict\nrules:\n  systemd/hardening: off\n  openrc/need-net: [warning, {}]\n' });
    const { code, stdout } = await run(['--print-config', 'units/foo.service'], dir);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.source).toBe(join(dir, 'units/.initlint.yml'));
    expect(printed.extends).toBe('strict');
    expect(printed.rules['systemd/hardening']).toBe('off');
    expect(printed.rules['systemd/runs-as-root']).toBe('info');
    expect(printed.rules['openrc/need-net']).toEqual(['warning', {}]);
    expect(printed.rules['parse-error']).toBe('error');
    expect(Object.keys(printed.rules).sort()).toEqual(knownRuleIds().sort());
  });

  it('--shellcheck off|auto overrides the config; anything else is a usage error', async () => {
    const dir = tree({ '.initlint.yml': 'shellcheck: auto\n', 'off/.initlint.yml': 'shellcheck: off\n' });
    const printed = async (...args: string[]) => JSON.parse((await run(['--print-config', 'x', ...args], dir)).stdout).shellcheck;
    expect(await printed()).toBe('auto');
    expect(await printed('--shellcheck', 'off')).toBe('off');
    expect(JSON.parse((await run(['--print-config', 'off/x', '--shellcheck', 'auto'], dir)).stdout).shellcheck).toBe('auto');
    expect(await run(['.', '--shellcheck', 'on'], dir)).toEqual({ code: 2, stdout: '', stderr: 'initlint: unexpected --shellcheck on, expected auto or off\n' });
  });

  it.skipIf(!isShellcheckAvailable())('--shellcheck off leaves shellcheck out of the run, as `shellcheck: off` does', async () => {
    const dir = tree({ 'init.d/foo': '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: foo\n### END INIT INFO\ncd $dir\n' });
    const ids = async (...args: string[]) => JSON.parse((await run(['init.d/foo', '--format', 'json', ...args], dir)).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(await ids()).toContain('shellcheck/SC2086');
    expect((await ids('--shellcheck', 'off')).filter((id: string) => id.startsWith('shellcheck/'))).toEqual([]);
  });

  it('initlint rules lists every rule with its levels and fixability; --format json too', async () => {
    const dir = tree({});
    const table = await run(['rules'], dir);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^RULE\s+RECOMMENDED\s+STRICT\s+FIX$/);
    expect(table.stdout).toMatch(/^systemd\/required-by-target\s+error\s+error\s+safe$/m);
    expect(table.stdout).toMatch(/^systemd\/hardening\s+off\s+info\s+unsafe$/m);
    const json = JSON.parse((await run(['rules', '--format', 'json'], dir)).stdout);
    expect(json.map((r: { id: string }) => r.id).sort()).toEqual(knownRuleIds().sort());
    expect(json.find((r: { id: string }) => r.id === 'openrc/shebang')).toMatchObject({ recommended: 'error', fixable: 'safe', kinds: ['openrc'] });
  });

  it('a path that does not exist is a usage error: exit 2', async () => {
    const dir = tree({});
    const { code, stderr } = await run(['missing.service'], dir);
    expect(stderr).toBe('initlint: missing.service: no such file or directory\n');
    expect(code).toBe(2);
  });
});
