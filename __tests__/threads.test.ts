import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI bundle (built by the global setup) lints a big script batch with a helper thread
// (src/linter/threads.ts): its report must be byte for byte the one-thread report.
const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'initlint-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Scripts long enough (~0.5 s of work together) that the helper is ready before the main thread is done. */
function batch(count: number): string[] {
  mkdirSync(join(dir, 'init.d'), { recursive: true });
  const body = Array.from({ length: 30 }, (_, k) => `f${k}() {\n\tif [[ -n "$X${k}" ]]; then start-stop-daemon --start --exec /usr/sbin/d${k} -- --flag; fi\n}\n`).join('');
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = i % 2 ? `#!/sbin/openrc-run\ncommand=/usr/bin/d${i}\ndepend() {\n\tneed net\n}\n${body}` : `#!/bin/sh\ncase "$1" in\nstart) killall d${i} ;;\nesac\n${body}`;
    writeFileSync(join(dir, 'init.d', `s${i}`), text);
    names.push(`init.d/s${i}`);
  }
  writeFileSync(join(dir, '.initlint.yml'), 'shellcheck: off\n');
  return names;
}

function run(files: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', ...files], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a script batch with a helper thread', () => {
  it('reports exactly what one thread reports, the helper having linted some of the files', () => {
    const files = batch(240);
    const one = run(files, { INITLINT_THREADS: '1', INITLINT_THREADS_TRACE: '1' });
    const two = run(files, { INITLINT_THREADS: '2', INITLINT_THREADS_TRACE: '1' });
    expect(one.stderr).toBe('');
    expect(two.stderr).toMatch(/^initlint: helper thread: [1-9]\d* files\n$/);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).length).toBe(240);
  }, 60_000);
});
