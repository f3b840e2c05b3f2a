import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real pre-commit (Debian's package; .ci/run installs it) running this repository's
// .pre-commit-hooks.yaml, as a user's .pre-commit-config.yaml would.
const root = resolve(import.meta.dirname, '..');
// Installing the hook runs npm install for this package (about two minutes), so it runs in CI
// (.ci/run installs pre-commit) and locally with INITLINT_PRE_COMMIT_TEST=1.
const wanted = Boolean(process.env.CI || process.env.INITLINT_PRE_COMMIT_TEST);
const hasPreCommit = wanted && spawnSync('pre-commit', ['--version']).status === 0;
if (!hasPreCommit) console.warn('pre-commit test skipped: needs CI=true or INITLINT_PRE_COMMIT_TEST=1, and pre-commit on PATH (apt-get install pre-commit)');

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function gitRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-precommit-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'units');
  return dir;
}

const GOOD = '[Unit]\nDescription=Foo daemon\n\n[Service]\nExecStart=/usr/sbin/food --foreground\n\n[Install]\nWantedBy=multi-user.target\n';
const BAD = GOOD.replace('WantedBy', 'RequiredBy');

describe.skipIf(!hasPreCommit)('pre-commit hook', () => {
  const home = mkdtempSync(join(tmpdir(), 'initlint-precommit-home-'));
  made.push(home);
  // try-repo builds the hook from this checkout (uncommitted changes included), as `repo:` + `rev:` would.
  const runHook = (dir: string) =>
    spawnSync('pre-commit', ['try-repo', root, 'initlint', '--all-files', '--color', 'never'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: home },
      timeout: 600_000,
    });

  it('reports a bad unit and fails; passes on a good one; leaves other files alone', () => {
    const bad = runHook(gitRepo({ 'units/foo.service': BAD, 'README.md': '# not an init file\n' }));
    expect(bad.stdout).toMatch(/initlint\.+Failed/);
    expect(bad.stdout).toContain('systemd/required-by-target');
    expect(bad.status).toBe(1);

    const good = runHook(gitRepo({ 'units/foo.service': GOOD, 'README.md': '# not an init file\n' }));
    expect(good.stdout).toMatch(/initlint\.+Passed/);
    expect(good.status).toBe(0);
  }, 600_000);
});
