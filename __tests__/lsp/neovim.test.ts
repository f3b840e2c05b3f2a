import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A real editor client: Neovim's built-in LSP client, headless, against the bundled `initlint lsp`
// (Debian's neovim; .ci/run installs it).
const root = resolve(import.meta.dirname, '../..');
const hasNeovim = spawnSync('nvim', ['--version']).status === 0;
if (!hasNeovim) console.warn('Neovim LSP test skipped: no nvim on PATH (apt-get install neovim)');

const dir = mkdtempSync(join(tmpdir(), 'initlint-nvim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const UNIT = '[Unit]\nDescription=Foo daemon\n\n[Service]\nType=simple\nExecStart=/usr/sbin/food --foreground\n\n[Install]\nRequiredBy=multi-user.target\n';

describe.skipIf(!hasNeovim)('initlint lsp in Neovim', () => {
  it('shows required-by-target on line 9, applies the quick fix, the diagnostic goes away; hover and completion work', () => {
    const unit = join(dir, 'food.service');
    writeFileSync(unit, UNIT);
    const resultPath = join(dir, 'result.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(root, '__tests__/lsp/neovim.lua')}`], {
      env: { ...process.env, INITLINT_CMD: JSON.stringify([process.execPath, join(root, 'dist/cli.js'), 'lsp']), UNIT_PATH: unit, RESULT_PATH: resultPath },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(readFileSync(resultPath, 'utf8'));
    expect(result.error).toBeUndefined();
    expect(result.before).toBe(9);
    expect(result.applied).toMatch(/WantedBy=/);
    expect(result.line9).toBe('WantedBy=multi-user.target');
    expect(result.after).toBe(true);
    expect(result.hover).toMatch(/^\*\*Type=\*\* in `\[Service\]`/);
    expect(result.completion).toEqual(expect.arrayContaining(['Restart', 'RestartSec']));
  }, 90_000);
});
