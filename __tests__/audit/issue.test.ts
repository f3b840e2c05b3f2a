import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/action/audit/index.js';
import { encodePath, link, neutralize } from '../../src/reporters/markdown.js';
import { MAX_BODY, renderIssueBody, stateLayout } from '../../src/action/audit/issue.js';
import { decodeState, encodeState, fixedSince, remember, type AuditState } from '../../src/action/audit/state.js';
import { deflateRawSync } from 'node:zlib';
import { fingerprint } from '../../src/core/fingerprint.js';
import { API, cleanup, logger, options, OWNER, REPO, SHA1, SHA2, SHA3, workspace, write } from './helpers.js';

const ISSUES = `/repos/${OWNER}/${REPO}/issues`;
const LIST = { labels: 'initlint', state: 'all', per_page: '100' };
const ISSUE_URL = `https://github.com/${OWNER}/${REPO}/issues/7`;
const DOCS = 'https://github.com/initlint/initlint/blob/main/src/rules/test';
const blob = (sha: string, path: string) => `https://github.com/${OWNER}/${REPO}/blob/${sha}/${path}`;
const commit = (sha: string) => `[${sha.slice(0, 7)}](https://github.com/${OWNER}/${REPO}/commit/${sha})`;

// A message quoting file text that tries to mention, link an issue and open HTML.
const APP_BAD = '[Service]\nExecStart=app @octocat <b>`x`</b> #12\n\n[Install]\nRequiredBy=multi-user.target\n';
const APP_FIXED_EXEC = '[Service]\nExecStart=/usr/bin/app\n\n[Install]\nRequiredBy=multi-user.target\n';
const DB_BAD = '[Service]\nExecStart=/usr/bin/db\n\n[Install]\nRequiredBy=multi-user.target\n';
const CLEAN = '[Service]\nExecStart=/usr/bin/app\n\n[Install]\nWantedBy=multi-user.target\n';

const fp = (path: string, rule: string, text: string, line: number) => fingerprint(path, rule, text, { line, endLine: line }).slice(0, 10);
const EXEC_1 = { fingerprint: fp('units/app.service', 'test/exec-relative', APP_BAD, 2), path: 'units/app.service', ruleId: 'test/exec-relative', severity: 'error' as const, line: 2, endLine: 2 };
const APP_REQ = {
  fingerprint: fp('units/app.service', 'test/required-by-target', APP_BAD, 5),
  path: 'units/app.service',
  ruleId: 'test/required-by-target',
  severity: 'warning' as const,
  line: 5,
  endLine: 5,
};
const DB_REQ = {
  fingerprint: fp('units/db.service', 'test/required-by-target', DB_BAD, 5),
  path: 'units/db.service',
  ruleId: 'test/required-by-target',
  severity: 'warning' as const,
  line: 5,
  endLine: 5,
};

const FOOTER = '<sub>Updated in place by the scheduled initlint audit; it closes itself when nothing is left.</sub>';
const RUN = 'https://github.com/acme/services/actions/runs/42';
const ZW = '\u200B';
const EXEC_DOC = `[\`test/exec-relative\`](${DOCS}/exec-relative/README.md)`;
const REQ_DOC = `[\`test/required-by-target\`](${DOCS}/required-by-target/README.md)`;
const REQ_MESSAGE = '`RequiredBy=multi-user.target`: use `WantedBy=multi-user.target` instead';
const stateBlock = (state: AuditState) => `<!-- initlint:state ${encodeState(state)} -->`;

// Code spans stay code (GitHub neither mentions, links nor renders HTML inside them); the rest is escaped.
const BODY1 = [
  '<!-- initlint:audit -->',
  '## initlint audit',
  '',
  `**2 findings** in 1 file at commit ${commit(SHA1)} (1 init file checked): 1 error, 1 warning, 0 informational. The job summary of [the workflow run](${RUN}) lists every finding.`,
  '',
  '### By rule',
  '',
  '| Rule | Severity | Findings | Files | Fix |',
  '| --- | --- | ---: | ---: | --- |',
  `| ${EXEC_DOC} | error | 1 | 1 | — |`,
  `| ${REQ_DOC} | warning | 1 | 1 | safe |`,
  '',
  '### Errors and warnings: fix these first (1 error, 1 warning)',
  '',
  '| Severity | Where | Rule | Message |',
  '| --- | --- | --- | --- |',
  `| error | [units/app.service:2](${blob(SHA1, 'units/app.service')}#L2-L2) | \`test/exec-relative\` | Unexpected \`ExecStart=app @octocat <b>\`x\`</b> #12\`, expected an absolute path |`,
  `| warning | [units/app.service:5](${blob(SHA1, 'units/app.service')}#L5-L5) | \`test/required-by-target\` | ${REQ_MESSAGE} |`,
  '',
  FOOTER,
  stateBlock({ sha: SHA1, findings: [EXEC_1, APP_REQ] }),
  '',
].join('\n');

const BODY2 = [
  '<!-- initlint:audit -->',
  '## initlint audit',
  '',
  `**2 findings** in 2 files at commit ${commit(SHA2)} (2 init files checked): 0 errors, 2 warnings, 0 informational. The job summary of [the workflow run](${RUN}) lists every finding.`,
  '',
  '### By rule',
  '',
  '| Rule | Severity | Findings | Files | Fix |',
  '| --- | --- | ---: | ---: | --- |',
  `| ${REQ_DOC} | warning | 2 | 2 | safe |`,
  '',
  '### Errors and warnings: fix these first (2 warnings)',
  '',
  '| Severity | Where | Rule | Message |',
  '| --- | --- | --- | --- |',
  `| warning | [units/app.service:5](${blob(SHA2, 'units/app.service')}#L5-L5) | \`test/required-by-target\` | ${REQ_MESSAGE} |`,
  `| warning | [units/db.service:5](${blob(SHA2, 'units/db.service')}#L5-L5) | \`test/required-by-target\` | ${REQ_MESSAGE} |`,
  '',
  `### Fixed since the last audit: 1 finding (${commit(SHA1)})`,
  '',
  '<details><summary>What was fixed</summary>',
  '',
  `- \`test/exec-relative\` in [units/app.service:2](${blob(SHA1, 'units/app.service')}#L2-L2)`,
  '',
  '</details>',
  '',
  FOOTER,
  stateBlock({ sha: SHA2, findings: [APP_REQ, DB_REQ] }),
  '',
].join('\n');

const BODY4 = [
  '<!-- initlint:audit -->',
  '## initlint audit',
  '',
  `No findings at commit ${commit(SHA3)} (2 init files checked). The job summary of [the workflow run](${RUN}) lists every finding.`,
  '',
  `### Fixed since the last audit: 2 findings (${commit(SHA2)})`,
  '',
  '<details><summary>What was fixed</summary>',
  '',
  `- \`test/required-by-target\` in [units/app.service:5](${blob(SHA2, 'units/app.service')}#L5-L5)`,
  `- \`test/required-by-target\` in [units/db.service:5](${blob(SHA2, 'units/db.service')}#L5-L5)`,
  '',
  '</details>',
  '',
  FOOTER,
  stateBlock({ sha: SHA3, findings: [] }),
  '',
].join('\n');

/** Records the JSON body of each matched request. */
function capture(into: unknown[]) {
  return (body: unknown) => {
    into.push(body);
    return true;
  };
}

const issue = (state: 'open' | 'closed', body: string) => ({ number: 7, state, body, html_url: ISSUE_URL, title: 'initlint audit findings' });

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => {
  nock.enableNetConnect();
  cleanup();
});

describe('tracking issue', () => {
  const dir = workspace({ 'units/app.service': APP_BAD, 'README.md': '# not an init file\n' });

  it('creates the label when missing, then the issue, with neutralised file text', async () => {
    const sent: unknown[] = [];
    nock(API)
      .get(ISSUES)
      .query(LIST)
      .reply(200, [
        // A labelled issue without the marker and a pull request are not the tracking issue.
        { number: 3, state: 'open', body: 'Please fix', html_url: 'x' },
        { number: 4, state: 'open', body: '<!-- initlint:audit -->', html_url: 'y', pull_request: {} },
      ])
      .get(`/repos/${OWNER}/${REPO}/labels/initlint`)
      .reply(404, { message: 'Not Found' })
      .post(`/repos/${OWNER}/${REPO}/labels`, capture(sent))
      .reply(201, {})
      .post(ISSUES, capture(sent))
      .reply(201, { number: 7, html_url: ISSUE_URL });
    const { log, lines } = logger();
    const outcome = await runAudit({ ...options(dir, SHA1), log, runUrl: RUN });
    expect(sent).toEqual([
      { name: 'initlint', color: '5319e7', description: 'Findings of the scheduled initlint audit' },
      { title: 'initlint audit findings', body: BODY1, labels: ['initlint'] },
    ]);
    expect(outcome.issue).toEqual({ action: 'created', number: 7, url: ISSUE_URL });
    expect(outcome.counts).toEqual({ files: 1, filesWithFindings: 1, error: 1, warning: 1, info: 0, total: 2 });
    expect(outcome.failed).toBe(true);
    expect(lines).toContain('initlint: opened tracking issue #7');
    expect(lines.some((l) => /^initlint: audited 1 file in \d+\.\d s: 2 findings \(1 error, 1 warning, 0 info\) in 1 file$/.test(l))).toBe(true);
  });

  it('updates the body in place, listing what was fixed since the last audit', async () => {
    write(dir, { 'units/app.service': APP_FIXED_EXEC, 'units/db.service': DB_BAD });
    const sent: unknown[] = [];
    nock(API)
      .get(ISSUES)
      .query(LIST)
      .reply(200, [issue('open', BODY1)])
      .patch(`${ISSUES}/7`, capture(sent))
      .reply(200, {});
    const outcome = await runAudit({ ...options(dir, SHA2), runUrl: RUN });
    expect(sent).toEqual([{ body: BODY2 }]);
    expect(outcome.issue.action).toBe('updated');
    expect(outcome.failed).toBe(false);
  });

  it('does not PATCH when the findings are the same at the same lines, even at a newer commit', async () => {
    nock(API)
      .get(ISSUES)
      .query(LIST)
      .reply(200, [issue('open', BODY2)]);
    const outcome = await runAudit(options(dir, SHA3));
    expect(outcome.issue).toEqual({ action: 'unchanged', number: 7, url: ISSUE_URL });
  });

  it('closes the issue with a short comment when the repository is clean', async () => {
    write(dir, { 'units/app.service': CLEAN, 'units/db.service': CLEAN });
    const comments: unknown[] = [];
    const patches: unknown[] = [];
    nock(API)
      .get(ISSUES)
      .query(LIST)
      .reply(200, [issue('open', BODY2)])
      .post(`${ISSUES}/7/comments`, capture(comments))
      .reply(201, {})
      .patch(`${ISSUES}/7`, capture(patches))
      .reply(200, {});
    const outcome = await runAudit({ ...options(dir, SHA3), runUrl: RUN });
    expect(comments).toEqual([{ body: 'initlint found nothing at commit 3333333: 2 findings fixed. Closing; this issue reopens if findings come back.' }]);
    expect(patches).toEqual([{ body: BODY4, state: 'closed', state_reason: 'completed' }]);
    expect(outcome.issue.action).toBe('closed');
  });

  it('a clean repository with a closed issue makes no request beyond the search', async () => {
    nock(API)
      .get(ISSUES)
      .query(LIST)
      .reply(200, [issue('closed', BODY4)]);
    expect((await runAudit(options(dir, SHA3))).issue.action).toBe('none');
  });

  it('reopens the closed issue rather than opening a second one', async () => {
    write(dir, { 'units/app.service': APP_BAD, 'units/db.service': null });
    const sent: unknown[] = [];
    nock(API)
      .get(ISSUES)
      .query(LIST)
      .reply(200, [issue('closed', BODY4), { ...issue('closed', 'old'), number: 2 }])
      .patch(`${ISSUES}/7`, capture(sent))
      .reply(200, {});
    const outcome = await runAudit({ ...options(dir, SHA1), runUrl: RUN });
    // Nothing was remembered at the closing (no findings), so nothing is "fixed".
    expect(sent).toEqual([{ body: BODY1, state: 'open' }]);
    expect(outcome.issue.action).toBe('reopened');
  });

  it('an existing label is not created again; a failed write keeps the findings', async () => {
    nock(API)
      .get(ISSUES)
      .query(LIST)
      .reply(200, [])
      .get(`/repos/${OWNER}/${REPO}/labels/initlint`)
      .reply(200, { name: 'initlint' })
      .post(ISSUES)
      .reply(403, { message: 'Resource not accessible by integration' });
    const { log, lines } = logger();
    const outcome = await runAudit({ ...options(dir, SHA1), log });
    expect(outcome.issue).toEqual({ action: 'none', error: 'Resource not accessible by integration' });
    expect(outcome.results.flatMap((r) => r.findings.map((f) => f.ruleId))).toEqual(['test/exec-relative', 'test/required-by-target']);
    expect(lines.at(-1)).toMatch(/^warning: initlint: could not update the tracking issue: Resource not accessible/);
  });
});

describe('hidden state and neutralising', () => {
  it('a path that tries to close the HTML comment round-trips', () => {
    const state: AuditState = { sha: SHA1, findings: [{ ...APP_REQ, path: 'x/--> <img src=x>.service' }] };
    const { block, parts } = stateLayout(encodeState(state));
    expect(block).toMatch(/^<!-- initlint:state [A-Za-z0-9+/=]+ -->$/);
    expect(parts).toEqual([]);
    expect(decodeState(encodeState(state))).toEqual(state);
    expect(decodeState('not-base64')).toBeUndefined();
  });

  it('10,000 findings are kept whole, in comments of the issue when the body cannot hold them', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...APP_REQ, fingerprint: (i * 7919).toString(16).padStart(10, '0'), path: `units/s${Math.floor(i / 3)}.service`, line: 1 + (i % 3) }));
    const data = encodeState({ sha: SHA1, findings: many });
    const { block, parts } = stateLayout(data);
    expect(block).toMatch(/^<!-- initlint:state-parts n=\d+ digest=[0-9a-f]{16} -->$/);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) expect(part.length).toBeLessThan(65_536);
    expect(parts.map((p) => /state-part i=\d+ n=\d+ digest=[0-9a-f]+ ([^ ]+) -->/.exec(p)![1]).join('')).toBe(data);
    expect(decodeState(data)!.findings).toEqual([...many].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line));
  });

  it('a version 1 state (before the findings were kept whole) is still read', () => {
    const v1 = deflateRawSync(JSON.stringify({ v: 1, sha: SHA1, t: 0, f: [[`${APP_REQ.fingerprint}123456`, APP_REQ.path, APP_REQ.ruleId, 'warning', 5, 5]], x: [] })).toString('base64');
    expect(decodeState(v1)).toEqual({ sha: SHA1, findings: [APP_REQ] });
  });

  it('counts fixed findings as a multiset: one of two identical findings fixed is one fix', () => {
    const twin = { ...APP_REQ, line: 9, endLine: 9 };
    expect(fixedSince([APP_REQ, twin, DB_REQ], [APP_REQ])).toEqual([twin, DB_REQ]);
    expect(fixedSince([APP_REQ], [{ ...APP_REQ, line: 40, endLine: 40 }])).toEqual([]);
  });

  it('a hostile file name cannot end the link or open HTML', () => {
    expect(encodePath('units/a) [x](https://evil.example) <b>.service')).toBe('units/a%29%20%5Bx%5D%28https%3A//evil.example%29%20%3Cb%3E.service');
    expect(link('a) <b>', 'https://x/y')).toBe('[a) &lt;b&gt;](https://x/y)');
  });

  it('neutralises mentions, issue links, HTML, code fences and table pipes', () => {
    expect(neutralize('@team <!-- x --> ```sh\n| a |] #1')).toBe(`@${ZW}team &lt;&#33;-- x --&gt; &#96;&#96;&#96;sh &#124; a &#124;&#93; #${ZW}1`);
  });
});

const where = { owner: OWNER, repo: REPO, serverUrl: 'https://github.com' };
type Sev = 'error' | 'warning' | 'info';
const finding = (ruleId: string, severity: Sev, line: number, message: string) => ({
  ruleId,
  severity,
  message,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  startOffset: 0,
  endOffset: 1,
  url: `${DOCS}/${ruleId.split('/')[1]}/README.md`,
});
const countsOf = (results: Array<{ findings: Array<{ severity: Sev }> }>) => {
  const all = results.flatMap((r) => r.findings);
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of all) c[f.severity]++;
  return { files: results.length, filesWithFindings: results.filter((r) => r.findings.length).length, ...c, total: all.length };
};
const view = (results: Parameters<typeof remember>[0]) => ({ sha: SHA1, runUrl: RUN, fixed: [], stateBlock: stateLayout(encodeState({ sha: SHA1, findings: remember(results) })).block });

describe('spoofing', () => {
  it('file text cannot plant a marker or a state block in the body', () => {
    const spoof = 'x <!-- initlint:audit --> <!-- initlint:state AAAA --> `@admin <!-- initlint:state BBBB -->`';
    const results = [{ path: 'units/<!-- initlint:state BBBB -->.service', kind: 'systemd' as const, text: '[Service]\n', findings: [finding('test/exec-relative', 'error', 1, spoof)] }];
    const body = renderIssueBody(where, results, countsOf(results), view(results));
    expect(body.split('<!--').length - 1).toBe(2);
    expect(body.startsWith('<!-- initlint:audit -->\n')).toBe(true);
    expect(decodeState(/<!-- initlint:state (\S+) -->/.exec(body)![1])!.findings[0].path).toBe('units/<!-- initlint:state BBBB -->.service');
    // A mention only in a code span, where GitHub does not notify anyone.
    expect(body).toContain('`@admin <\u200B!-- initlint:state BBBB -->`');
    expect(body.replace(/`[^`]*`/g, '')).not.toMatch(/@admin/);
  });
});

describe('what do I fix first', () => {
  it('150 informational findings early in path order and one error late: the error, a per-rule table and the run link are shown', () => {
    const early = Array.from({ length: 150 }, (_, i) => ({
      path: `aaa/early-${String(i).padStart(3, '0')}.service`,
      kind: 'systemd' as const,
      text: '[Unit]\n',
      findings: [finding(i % 2 ? 'test/no-install' : 'test/no-description', 'info', 1, `A long informational message about \`Description=\` number ${i}, repeated to take room: ${'x'.repeat(300)}`)],
    }));
    const late = {
      path: 'zzz/late.service',
      kind: 'systemd' as const,
      text: '[Service]\nExecStart=app\n',
      findings: [finding('test/exec-relative', 'error', 2, 'Unexpected `ExecStart=app`, expected an absolute path')],
    };
    const results = [...early, late];
    const body = renderIssueBody(where, results, countsOf(results), view(results));
    expect(body.length).toBeLessThanOrEqual(MAX_BODY);
    const errorRow = `| error | [zzz/late.service:2](${blob(SHA1, 'zzz/late.service')}#L2-L2) | \`test/exec-relative\` | Unexpected \`ExecStart=app\`, expected an absolute path |`;
    expect(body).toContain(errorRow);
    expect(body).toContain(`| ${EXEC_DOC} | error | 1 | 1 | — |`);
    expect(body).toContain(`| [\`test/no-description\`](${DOCS}/no-description/README.md) | info | 75 | 75 | — |`);
    expect(body).toContain(`| [\`test/no-install\`](${DOCS}/no-install/README.md) | info | 75 | 75 | — |`);
    expect(body).toContain(`The job summary of [the workflow run](${RUN}) lists every finding.`);
    // The error comes before anything informational, which is folded by rule.
    expect(body.indexOf(errorRow)).toBeLessThan(body.indexOf('aaa/early-000.service'));
    expect(body).toContain('<details><summary><code>test/no-description</code>: 75 findings in 75 files</summary>');
    expect(body).toContain('### Informational: 150 findings of 2 rules');
  });

  it("past GitHub's limit, informational rows are cut first and the body says how many; every error and warning stays", () => {
    const results = Array.from({ length: 3000 }, (_, i) => ({
      path: `packaging/very/long/directory/name/for/package-${i}/debian/service-${i}.service`,
      kind: 'systemd' as const,
      text: '[Install]\nRequiredBy=multi-user.target\n',
      findings: [
        ...(i % 40 === 0 ? [finding('test/required-by-target', 'warning', 2, REQ_MESSAGE)] : []),
        ...(i % 500 === 0 ? [finding('test/exec-relative', 'error', 1, 'Unexpected `ExecStart=app`, expected an absolute path')] : []),
        finding('test/no-install', 'info', 1, 'A `.service` without `[Install]` that nothing activates'),
      ],
    }));
    const counts = countsOf(results);
    const previous = Array.from({ length: 3000 }, (_, i) => ({ ...APP_REQ, fingerprint: i.toString(16).padStart(10, '0'), path: `old/package-${i}/x.service` }));
    const body = renderIssueBody(where, results, counts, { ...view(results), fixed: previous, fixedSince: SHA2 });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY);
    const rows = body.split('\n');
    expect(rows.filter((r) => r.startsWith('| error | '))).toHaveLength(6);
    expect(rows.filter((r) => r.startsWith('| warning | '))).toHaveLength(75);
    const shownInfo = rows.filter((r) => r.startsWith('| [packaging/')).length;
    expect(shownInfo).toBeGreaterThan(0);
    expect(shownInfo).toBeLessThan(3000);
    expect(body).toContain(
      `> GitHub limits an issue body to 65,536 characters, so ${3000 - shownInfo} informational findings are counted above but not listed here; the job summary of [the workflow run](${RUN}) and its SARIF upload list every finding.`,
    );
    expect(body).toContain(`… and ${3000 - shownInfo} more findings, not listed for lack of room.`);
    expect(body).toContain(`### Fixed since the last audit: 3000 findings (${commit(SHA2)})`);
    expect(body).toMatch(/\n- … and \d+ more\n/);
  });
});
