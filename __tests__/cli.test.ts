import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-cli-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const GOOD_UNIT = '[Unit]\nDescription=Foo daemon\n\n[Service]\nType=simple\nExecStart=/usr/sbin/food --foreground\n\n[Install]\nWantedBy=multi-user.target\n';

describe('initlint CLI', () => {
  it('a file of random bytes named x.service gets one clear line; the other files are still reported', async () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const dir = tree({ 'units/x.service': random, 'units/good.service': GOOD_UNIT, 'units/broken.service': '[Service]\nExecStart /bin/x\nExecStart=/bin/x\n[Install]\nWantedBy=multi-user.target\n' });
    const { code, stdout, stderr } = await run(['units', '--format', 'json'], dir);
    expect(stderr).toBe('initlint: units/x.service: binary content (NUL bytes); not a text file\n');
    const json = JSON.parse(stdout);
    expect(json.map((f: { path: string }) => f.path)).toEqual(['units/broken.service', 'units/good.service']);
    expect(json[0]).toEqual({
      path: 'units/broken.service',
      kind: 'systemd',
      messages: [{ ruleId: 'parse-error', severity: 'error', message: 'Unexpected line `ExecStart /bin/x`, expected `Key=Value`', line: 2, column: 1, endLine: 2, endColumn: 17 }],
    });
    expect(code).toBe(1);
  });

  it('a unit written as systemd recommends reports nothing and exits 0', async () => {
    const dir = tree({ 'foo.service': GOOD_UNIT });
    expect(await run(['.'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('respects .gitignore and the config ignore list', async () => {
    const broken = '[Service\n';
    const dir = tree({ '.gitignore': 'build/\n', 'build/a.service': broken, 'vendor/b.service': broken, 'c.service': broken, '.initlint.yml': 'ignore:\n  - "vendor/**"\n' });
    const json = JSON.parse((await run(['--format', 'json'], dir)).stdout);
    expect(json.map((f: { path: string }) => f.path)).toEqual(['c.service']);
  });

  it('usage and config errors exit 2 with a clear message', async () => {
    const dir = tree({ '.initlint.yml': 'rules:\n  systemd/nope: off\n' });
    const bad = await run(['.'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^initlint: .*\.initlint\.yml: unknown rule `systemd\/nope`/);
    expect((await run(['--format', 'xml'], dir)).code).toBe(2);
    expect((await run(['--max-warnings', '-1'], tree({}))).code).toBe(2);
  });

  it('missing paths, symlinks out of the tree, oversized files and directories named like units: one line each, run goes on', async () => {
    const outside = tree({ 'secret.service': GOOD_UNIT });
    const dir = tree({ 'big.service': '[Unit]\n' + '#'.repeat(2000) + '\n', 'ok.service': '[Unit\n', 'odd.service/inner.txt': 'x' });
    symlinkSync(join(outside, 'secret.service'), join(dir, 'link.service'));
    const { code, stderr, stdout } = await run(['.', 'nope.service', '--max-file-size', '1000', '--format', 'json'], dir);
    expect(stderr.split('\n').filter(Boolean).sort()).toEqual([
      'initlint: big.service: larger than the 1000-byte limit (2008 bytes); raise max-file-size to lint it',
      'initlint: link.service: symbolic link to a path outside the workspace; not followed',
      'initlint: nope.service: no such file or directory',
      'initlint: odd.service: a directory named like a unit file; its contents are walked',
    ]);
    expect(JSON.parse(stdout).map((f: { path: string }) => f.path)).toEqual(['ok.service']);
    // The other files are still linted and reported, but a path that does not exist is a usage error.
    expect(code).toBe(2);
  });

  it('stylish output lists findings with positions and a total', async () => {
    const dir = tree({ 'a.service': '[Service]\nnonsense\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n' });
    const { stdout } = await run(['.'], dir);
    expect(stdout).toBe('a.service\n  2:1  error  Unexpected line `nonsense`, expected `Key=Value`  parse-error\n\n✖ 1 problem (1 error, 0 warnings, 0 info)\n');
  });

  it('sarif and rdjson formats are valid JSON with the finding', async () => {
    const dir = tree({ 'a.service': '[Service]\nnonsense\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n' });
    const sarif = JSON.parse((await run(['--format', 'sarif'], dir)).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'parse-error',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.service' }, region: { startLine: 2, startColumn: 1 } } }],
    });
    expect(sarif.runs[0].results[0].partialFingerprints['initlint/v1']).toMatch(/^[0-9a-f]{16}$/);
    const rd = JSON.parse((await run(['--format', 'rdjson'], dir)).stdout);
    expect(rd.diagnostics[0]).toMatchObject({ severity: 'ERROR', code: { value: 'parse-error' }, location: { path: 'a.service', range: { start: { line: 2, column: 1 } } } });
  });

  it('invalid UTF-8 is linted but never rewritten', async () => {
    const dir = tree({ 'a.service': Buffer.concat([Buffer.from('[Unit]\nDescription=caf'), Buffer.from([0xe9]), Buffer.from('\n[Service]\nExecStart=/bin/true\n')]) });
    const { stderr, code } = await run(['--fix', '.'], dir);
    expect(stderr).toContain('a.service: not valid UTF-8; linted with replacement characters, fixes not written');
    // systemd drops a line that is not UTF-8 ("String is not UTF-8 clean"): systemd/invalid-value, an error.
    expect(code).toBe(1);
    expect(readFileSync(join(dir, 'a.service'))[22]).toBe(0xe9);
  });
});
