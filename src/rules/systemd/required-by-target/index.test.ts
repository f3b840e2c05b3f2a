import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.js';
import { defaultConfig } from '../../../core/config.js';
import { fixText, lintFiles } from '../../../linter/index.js';
import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

// Seed 004's debamax-upgrade unit, before and after.
const SEED = '[Service]\nType=oneshot\nExecStart=/usr/local/sbin/debamax-upgrade\n\n[Install]\nRequiredBy=multi-user.target\n';
const SEED_FIXED = '[Service]\nType=oneshot\nExecStart=/usr/local/sbin/debamax-upgrade\n\n[Install]\nWantedBy=multi-user.target\n';
const crlf = (s: string) => s.replace(/\n/g, '\r\n');

testRule(rule, {
  valid: [
    SEED_FIXED,
    { name: 'boot-complete.target is built on hard requirements', code: '[Service]\nType=oneshot\nExecStart=/bin/true\n[Install]\nRequiredBy=boot-complete.target\n' },
    { name: 'even in strict', strict: true, code: '[Install]\nRequiredBy=boot-complete.target local-fs.target\n' },
    { name: 'a service, not a target', code: '[Install]\nRequiredBy=foo.service\n' },
    { name: 'other targets only in strict', code: '[Install]\nRequiredBy=network-online.target\n' },
    { name: 'otherTargets: false keeps them quiet under strict', strict: true, options: { otherTargets: false }, code: '[Install]\nRequiredBy=network-online.target\n' },
    { name: "RequiredBy outside [Install] is another rule's business", code: '[Unit]\nRequiredBy=multi-user.target\n' },
  ],
  invalid: [
    {
      name: 'seed 004',
      path: 'debamax-upgrade.service',
      code: SEED,
      errors: [{ messageId: 'runlevel', line: 6, column: 1, endLine: 6, endColumn: 29, severity: 'error' }],
      output: SEED_FIXED,
    },
    {
      name: 'CRLF',
      code: crlf(SEED),
      errors: [{ messageId: 'runlevel', line: 6, column: 1, endLine: 6, endColumn: 29 }],
      output: crlf(SEED_FIXED),
    },
    {
      name: 'BOM and CRLF',
      code: '\uFEFF' + crlf(SEED),
      errors: [{ messageId: 'runlevel', line: 6, column: 1, endLine: 6, endColumn: 29 }],
      output: '\uFEFF' + crlf(SEED_FIXED),
    },
    {
      name: 'spaces around = are kept',
      code: '[Install]\nRequiredBy = graphical.target\n',
      errors: [{ messageId: 'runlevel', line: 2, column: 1, endLine: 2, endColumn: 30 }],
      output: '[Install]\nWantedBy = graphical.target\n',
    },
    {
      name: 'several targets: only the runlevel one moves',
      code: '[Install]\r\nRequiredBy=boot-complete.target multi-user.target\r\nAlias=x.service',
      errors: [{ messageId: 'runlevel', line: 2, column: 33, endLine: 2, endColumn: 50 }],
      output: '[Install]\r\nRequiredBy=boot-complete.target\r\nWantedBy=multi-user.target\r\nAlias=x.service',
    },
    {
      name: 'two runlevel targets on one line, no final newline',
      code: '[Install]\nRequiredBy=multi-user.target default.target',
      errors: [
        { messageId: 'runlevel', line: 2, column: 12, endLine: 2, endColumn: 29 },
        { messageId: 'runlevel', line: 2, column: 30, endLine: 2, endColumn: 44 },
      ],
      output: '[Install]\nWantedBy=default.target\nWantedBy=multi-user.target',
    },
    {
      name: 'strict: other targets as info, unsafe fix',
      strict: true,
      code: '[Install]\nRequiredBy=network-online.target\n',
      errors: [{ messageId: 'other', line: 2, column: 1, endLine: 2, endColumn: 33 }],
      output: '[Install]\nWantedBy=network-online.target\n',
    },
    {
      name: 'otherTargets: true reports other targets without the strict preset',
      options: { otherTargets: true },
      code: '[Install]\nRequiredBy=network-online.target\n',
      errors: [{ messageId: 'other', line: 2, column: 1, endLine: 2, endColumn: 33 }],
      output: '[Install]\nWantedBy=network-online.target\n',
    },
  ],
});

describe('systemd/required-by-target severity and --fix', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('is an error for multi-user.target, info for other targets under strict, silent for them otherwise', async () => {
    const code = '[Install]\nRequiredBy=multi-user.target\nRequiredBy=sockets.target\n';
    const run = async (strict: boolean) => {
      const config = defaultConfig();
      if (strict) config.extends = 'strict';
      const [result] = await lintFiles([{ path: 'a.service', text: code }], { config, rules: [rule] });
      return result.findings.map((f) => [f.line, f.severity, f.fix?.applicability]);
    };
    expect(await run(false)).toEqual([[2, 'error', 'safe']]);
    expect(await run(true)).toEqual([
      [2, 'error', 'safe'],
      [3, 'info', 'unsafe'],
    ]);
  });

  it('initlint --fix rewrites the seed unit and keeps the BOM and CRLF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'initlint-rbt-'));
    dirs.push(dir);
    const file = join(dir, 'debamax-upgrade.service');
    writeFileSync(file, '\uFEFF' + crlf(SEED));
    let stdout = '';
    const status = await main(['--fix', file], { cwd: dir, stdout: (t) => (stdout += t), stderr: () => {} });
    expect(readFileSync(file, 'utf8')).toBe('\uFEFF' + crlf(SEED_FIXED));
    expect(stdout).not.toContain('required-by-target');
    expect(status).toBe(0);
  });

  it('examples/requiredby: the original fires, --fix gives the fixed file, which is clean', async () => {
    const root = join(import.meta.dirname, '../../../../examples/requiredby');
    const before = readFileSync(join(root, 'debamax-upgrade.service'), 'utf8');
    const after = readFileSync(join(root, 'fixed/debamax-upgrade.service'), 'utf8');
    const [bad, good] = await lintFiles([
      { path: 'examples/requiredby/debamax-upgrade.service', text: before },
      { path: 'examples/requiredby/fixed/debamax-upgrade.service', text: after },
    ]);
    expect(bad.findings.map((f) => f.ruleId)).toContain('systemd/required-by-target');
    expect(good.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect((await fixText('debamax-upgrade.service', before)).output).toBe(after);
  });

  it('names an instance for a template', async () => {
    const [result] = await lintFiles([{ path: 'worker@.service', text: '[Service]\nExecStart=/usr/bin/worker %i\n[Install]\nRequiredBy=multi-user.target\n' }], { rules: [rule] });
    expect(result.findings[0].message).toContain('then run `systemctl disable worker@INSTANCE.service` and `systemctl enable worker@INSTANCE.service`');
  });

  it('the message tells to disable then enable the unit', async () => {
    const [result] = await lintFiles([{ path: 'debamax-upgrade.service', text: SEED }], { rules: [rule] });
    expect(result.findings[0].message).toBe(
      'Unexpected `RequiredBy=multi-user.target`: restarting debamax-upgrade.service makes systemd leave and re-enter multi-user.target, which starts again services that were stopped on purpose; use `WantedBy=multi-user.target` instead, then run `systemctl disable debamax-upgrade.service` and `systemctl enable debamax-upgrade.service` so the `multi-user.target.requires/` symlink becomes `multi-user.target.wants/`',
    );
  });
});
