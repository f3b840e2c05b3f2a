import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { parse as parseYaml } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { failsAt, resolveMode } from '../../src/action/main.js';
import { formatSummary } from '../../src/reporters/summary.js';
import newerThanTarget from '../../src/rules/systemd/newer-than-target/index.js';
import requiredByTarget from '../../src/rules/systemd/required-by-target/index.js';
import { cleanup, runAction, TOKEN, workspace } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  cleanup();
});
afterAll(() => nock.enableNetConnect());

describe('inputs', () => {
  it('defaults match action.yml', () => {
    expect(parseInputs({ 'INPUT_GITHUB-TOKEN': 't' })).toEqual({
      githubToken: 't',
      paths: [],
      filterMode: 'added',
      failLevel: 'error',
      review: true,
      annotations: true,
      suggestions: true,
      sarifFile: '',
      maxComments: 30,
      mode: 'auto',
      fixPr: false,
    });
  });

  it('action.yml parses, and its defaults are the ones run() uses', () => {
    const yml = parseYaml(readFileSync(join(__dirname, '..', '..', 'action.yml'), 'utf8'));
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(yml.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
    expect(Object.keys(yml.inputs)).toEqual([
      'github-token',
      'paths',
      'config',
      'systemd-version',
      'filter-mode',
      'fail-level',
      'review',
      'annotations',
      'suggestions',
      'sarif-file',
      'max-comments',
      'mode',
      'fix-pr',
      'repository',
    ]);
    expect(Object.keys(yml.outputs)).toEqual(['findings', 'errors', 'warnings', 'sarif-file']);
    expect(yml.inputs['github-token'].default).toBe('${{ github.token }}');
    // The runner passes every default as INPUT_*; parsing them gives the built-in defaults.
    const env = Object.fromEntries(Object.entries(yml.inputs as Record<string, { default: string }>).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v.default]));
    expect({ ...parseInputs(env), githubToken: '' }).toEqual({ ...parseInputs({}), githubToken: '' });
  });

  it('reads paths one per line or comma-separated', () => {
    expect(parseInputs({ INPUT_PATHS: 'units/\n  etc/init.d/*, debian/*.service\n' }).paths).toEqual(['units/', 'etc/init.d/*', 'debian/*.service']);
  });

  it('refuses a bad value with a message naming the input', () => {
    expect(() => parseInputs({ 'INPUT_FILTER-MODE': 'diff-context' })).toThrow('input `filter-mode`: unexpected `diff-context`, expected one of added, diff_context, file, nofilter');
    expect(() => parseInputs({ INPUT_REVIEW: 'yes' })).toThrow('input `review`: unexpected `yes`, expected true or false');
    expect(() => parseInputs({ 'INPUT_MAX-COMMENTS': '-1' })).toThrow('input `max-comments`');
    expect(() => parseInputs({ 'INPUT_SYSTEMD-VERSION': 'bookworm' })).toThrow('input `systemd-version`: unexpected `bookworm`, expected a systemd release number such as 252');
  });

  it('systemd-version: a release number, or nothing', () => {
    expect(parseInputs({ 'INPUT_SYSTEMD-VERSION': '252' }).systemdVersion).toBe(252);
    expect(parseInputs({ 'INPUT_SYSTEMD-VERSION': 'v247' }).systemdVersion).toBe(247);
    expect('systemdVersion' in parseInputs({})).toBe(false);
  });
});

describe('mode and fail-level', () => {
  it('auto picks from the event', () => {
    expect(resolveMode('auto', 'pull_request')).toBe('pr');
    expect(resolveMode('auto', 'pull_request_target')).toBe('pr');
    expect(resolveMode('auto', 'schedule')).toBe('audit');
    expect(resolveMode('auto', 'workflow_dispatch')).toBe('audit');
    expect(resolveMode('auto', 'push')).toBe('tree');
    expect(resolveMode('pr', 'push')).toBe('pr');
    expect(resolveMode('audit', 'pull_request')).toBe('audit');
  });

  it('fails at the level and above', () => {
    const counts = { error: 0, warning: 1, info: 3 };
    expect(failsAt('error', counts)).toBe(false);
    expect(failsAt('warning', counts)).toBe(true);
    expect(failsAt('info', counts)).toBe(true);
    expect(failsAt('none', { error: 9, warning: 0, info: 0 })).toBe(false);
  });
});

describe('run() outside pull requests', () => {
  it('a push lints the checkout with no API call: annotations, summary, outputs, exit', async () => {
    const dir = workspace({ 'units/a.service': '[Install]\nRequiredBy=multi-user.target\n', 'units/b.service': '[Service]\nExecStart=/bin/b\n' });
    const { core, outcome } = await runAction({ workspace: dir, eventName: 'push', event: {}, deps: { rules: [requiredByTarget] }, inputs: { 'fail-level': 'warning' } });
    expect(outcome.mode).toBe('tree');
    expect(core.calls.filter((c) => c.properties).map((c) => [c.method, c.properties!.file, c.properties!.startLine])).toEqual([['error', 'units/a.service', 2]]);
    expect(core.outputs).toEqual({ findings: 1, errors: 1, warnings: 0, 'sarif-file': '' });
    expect(core.failed).toBe('initlint: 1 finding at fail-level warning or above');
    expect(core.summary).toContain('**1 error, 0 warnings, 0 info** in 1 of 2 init files.');
  });

  it('past 10 annotations of a level, the summary says the table has them all', async () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`units/u${i}.service`, '[Install]\nRequiredBy=multi-user.target\n']));
    const { core } = await runAction({ workspace: workspace(files), eventName: 'push', event: {}, deps: { rules: [requiredByTarget] }, inputs: { 'fail-level': 'none' } });
    expect(core.calls.filter((c) => c.method === 'error' && c.properties)).toHaveLength(11);
    expect(core.summary).toContain('GitHub shows at most 10 annotations of each level per step; the table below lists every finding.');
    expect((core.summary.match(/^\| 🔴 error/gm) ?? []).length).toBe(11);
  });

  it('the systemd-version input sets the floor, over the config file', async () => {
    const dir = workspace({ 'units/a.service': '[Service]\nExecStart=/bin/a\nRestartSteps=5\n', '.initlint.yml': 'systemd-version: 254\n' });
    const run = (inputs: Record<string, string>) => runAction({ workspace: dir, eventName: 'push', event: {}, deps: { rules: [newerThanTarget] }, inputs: { 'fail-level': 'none', ...inputs } });
    expect((await run({})).core.outputs.findings).toBe(0);
    const { core } = await run({ 'systemd-version': '252' });
    expect(core.calls.filter((c) => c.properties).map((c) => [c.method, c.properties!.file, c.properties!.startLine])).toEqual([['warning', 'units/a.service', 3]]);
  });

  it('a bad input fails the step with one clear line and no API call', async () => {
    const { core } = await runAction({ workspace: workspace({}), inputs: { 'fail-level': 'fatal' } });
    expect(core.failed).toBe('initlint: input `fail-level`: unexpected `fatal`, expected one of none, info, warning, error');
  });

  it('a config error names the file', async () => {
    const dir = workspace({ '.initlint.yml': 'rules:\n  systemd/requird-by-target: off\n' });
    const { core } = await runAction({ workspace: dir, eventName: 'push', event: {} });
    expect(core.failed).toMatch(/^initlint: .*\.initlint\.yml: unknown rule `systemd\/requird-by-target`, did you mean `systemd\/required-by-target`\?$/);
  });

  it('an empty token in PR mode is a clear error, and the token is registered as a secret when set', async () => {
    const { core } = await runAction({ workspace: workspace({}), inputs: { 'github-token': '' } });
    expect(core.failed).toBe('initlint: input `github-token` is empty; pass `${{ github.token }}` or a token with pull-requests: write');
    const { core: core2 } = await runAction({ workspace: workspace({}), eventName: 'push', event: {} });
    expect(core2.secrets).toEqual([TOKEN]);
  });
});

describe('run() on a schedule: audit mode', () => {
  it('calls runAudit: one tracking issue, then annotations, summary, outputs as usual', async () => {
    const dir = workspace({ 'units/a.service': '[Install]\nRequiredBy=multi-user.target\n' });
    let created: any;
    const scope = nock('https://ghe.example.test')
      .get('/api/v3/repos/acme/services/issues')
      .query(true)
      .reply(200, [])
      .get(/\/api\/v3\/repos\/acme\/services\/labels\/.+/)
      .reply(200, { name: 'initlint' })
      .post('/api/v3/repos/acme/services/issues', (b) => ((created = b), true))
      .reply(201, { number: 12, html_url: 'https://github.test/acme/services/issues/12' });
    const { core, outcome } = await runAction({ workspace: dir, eventName: 'schedule', event: { schedule: '0 3 * * 1' }, deps: { rules: [requiredByTarget] }, inputs: { 'fail-level': 'none' } });
    expect(scope.isDone()).toBe(true);
    expect(outcome.mode).toBe('audit');
    expect(created.body).toContain('units/a.service');
    expect(core.summary).toContain('Tracking issue #12: created.');
    expect(core.outputs.findings).toBe(1);
    expect(core.failed).toBeUndefined();
  });
});

describe('job summary', () => {
  it('40 units with one shared finding: a per-rule count first, the detail folded, under 100 lines', () => {
    const finding = {
      ruleId: 'systemd/required-by-target',
      severity: 'error' as const,
      message: 'Unexpected `RequiredBy=multi-user.target`',
      line: 9,
      column: 1,
      endLine: 9,
      endColumn: 29,
      startOffset: 0,
      endOffset: 0,
      url: 'https://example.test/rbt',
      fix: { description: 'x', applicability: 'safe' as const, edits: [] },
    };
    const results = Array.from({ length: 40 }, (_, i) => ({ path: `units/u${i}.service`, kind: 'systemd' as const, findings: [finding] }));
    const md = formatSummary(results, { intro: 'Pull request #1.' });
    const lines = md.split('\n');
    expect(lines.length).toBeLessThan(100);
    expect(lines.slice(4, 9)).toEqual([
      '**40 errors, 0 warnings, 0 info** in 40 of 40 init files.',
      '',
      '| Rule | Severity | Findings | Files | Fix |',
      '| --- | --- | ---: | ---: | --- |',
      '| [`systemd/required-by-target`](https://example.test/rbt) | 🔴 error | 40 | 40 | safe |',
    ]);
    expect(lines[10]).toBe('<details><summary>Every finding (40)</summary>');
  });

  it('lists every finding with a doc link, escapes table cells and file text', () => {
    const md = formatSummary(
      [
        {
          path: 'units/a|b@x.service',
          kind: 'systemd',
          findings: [
            {
              ruleId: 'systemd/required-by-target',
              severity: 'error',
              message: 'Unexpected `RequiredBy=a|b` for @team <b>',
              line: 2,
              column: 1,
              endLine: 2,
              endColumn: 5,
              startOffset: 0,
              endOffset: 0,
              url: 'https://example.test/rbt',
            },
          ],
        },
        { path: 'x.service', kind: null, findings: [], skipped: 'binary content (NUL bytes); not a text file' },
      ],
      { intro: 'Pull request #1.' },
    );
    expect(md).toBe(
      [
        '## initlint',
        '',
        'Pull request #1.',
        '',
        '**1 error, 0 warnings, 0 info** in 1 of 1 init file.',
        '',
        '| Rule | Severity | Findings | Files | Fix |',
        '| --- | --- | ---: | ---: | --- |',
        '| [`systemd/required-by-target`](https://example.test/rbt) | 🔴 error | 1 | 1 |  |',
        '',
        '<details><summary>Every finding (1)</summary>',
        '',
        '| Severity | Rule | Location | Message | Fix |',
        '| --- | --- | --- | --- | --- |',
        '| 🔴 error | [`systemd/required-by-target`](https://example.test/rbt) | `units/a\\|b@x.service:2` | Unexpected `RequiredBy=a\\|b` for @\u200Bteam &lt;b&gt; |  |',
        '',
        '</details>',
        '',
        '<details><summary>Skipped files</summary>',
        '',
        '- `x.service`: binary content (NUL bytes); not a text file',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });
});
