import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * Builds dist/ once, before any test file runs: the end-to-end tests run the bundles as the runner
 * and the bin do, and two files rebuilding dist/ in parallel raced (one deleted it under the other).
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe', timeout: 300_000 });
}
