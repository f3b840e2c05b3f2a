import { afterAll, describe, expect, it } from 'vitest';
import { lintWorkspace } from '../../src/action/audit/workspace.js';
import { defaultConfig } from '../../src/core/config.js';
import { createLinter } from '../../src/linter/index.js';
import { cleanup, logger, rules, workspace } from './helpers.js';

afterAll(cleanup);

const BAD = '[Service]\nExecStart=/bin/x\n\n[Install]\nRequiredBy=multi-user.target\n';

describe('whole-workspace lint', () => {
  it('logs progress while parsing and linting, then the count and the time', async () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`units/s${i}.service`, BAD]));
    const dir = workspace({ ...files, 'notes.md': '# x\n' });
    const { log, lines } = logger();
    const run = await lintWorkspace({ workspace: dir, paths: [], linter: createLinter({ config: defaultConfig(), rules }), log, progressEvery: 2 });
    expect(lines.slice(0, 4)).toEqual(['initlint: parsed 2 of 5 files…', 'initlint: parsed 4 of 5 files…', 'initlint: linted 2 of 5 files…', 'initlint: linted 4 of 5 files…']);
    expect(lines[4]).toMatch(/^initlint: audited 5 files in \d+\.\d s: 5 findings \(0 error, 5 warning, 0 info\) in 5 files$/);
    expect(run.counts).toEqual({ files: 5, filesWithFindings: 5, error: 0, warning: 5, info: 0, total: 5 });
  });

  it('respects .gitignore, the config ignore list and path globs', async () => {
    const dir = workspace({ '.gitignore': 'build/\n', 'build/a.service': BAD, 'vendor/b.service': BAD, 'units/c.service': BAD, 'other/d.service': BAD });
    const config = { ...defaultConfig(), ignore: ['vendor/**'] };
    const all = await lintWorkspace({ workspace: dir, paths: [], linter: createLinter({ config, rules }), log: logger().log });
    expect(all.results.map((r) => r.path)).toEqual(['other/d.service', 'units/c.service']);
    const some = await lintWorkspace({ workspace: dir, paths: ['units/**/*.service'], linter: createLinter({ config, rules }), log: logger().log });
    expect(some.results.map((r) => r.path)).toEqual(['units/c.service']);
  });
});
