import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/action/audit/index.js';
import { encodePath, link, neutralize } from '../../src/reporters/markdown.js';
import { MAX_BODY, renderIssueBody } from '../../src/action/audit/issue.js';
import { decodeState, encodeState, nextState, remember, type AuditState } from '../../src/action/audit/state.js';
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

const fp = (path: string, rule: string, text: string, line: number) => fingerprint(path, rule, text, { line, endLine: line });
const EXEC_1 = { fingerprint: fp('units/app.service', 'test/exec-relative', APP_BAD, 2), path: 'units/app.service', ruleId: 'test/exec-relative', severity: 'error' as const, line: 2, endLine: 2 };
const APP_REQ = { fingerprint: fp('units/app.service', 'test/required-by-target', APP_BAD, 5), path: 'units/app.service', ruleId: 'test/required-by-target', severity: 'warning' as const, line: 5, endLine: 5 };
const DB_REQ = { fingerprint: fp('units/db.service', 'test/required-by-target', DB_BAD, 5), path: 'units/db.service', ruleId: 'test/required-by-target', severity: 'warning' as const, line: 5, endLine: 5 };

const FOOTER = '<sub>Updated in place by the scheduled initlint audit; it closes itself when nothing is left.</sub>';
const ZW = '\u200B';

const BODY1 = [
  '<!-- initlint:audit -->',
  '## initlint audit',
  '',
  `2 findings in 1 file at commit ${commit(SHA1)} (1 init file checked).`,
  '',
  '| Severity | Findings |',
  '| --- | ---: |',
  '| Error | 1 |',
  '| Warning | 1 |',
  '| Info | 0 |',
  '',
  '### Findings',
  '',
  '| File | Lines | Rule | Severity | Message |',
  '| --- | --- | --- | --- | --- |',
  `| [units/app.service](${blob(SHA1, 'units/app.service')}) | [L2](${blob(SHA1, 'units/app.service')}#L2-L2) | [test/exec-relative](${DOCS}/exec-relative/README.md) | error | ` +
    `Unexpected &#96;ExecStart=app @${ZW}octocat &lt;b&gt;&#96;x&#96;&lt;/b&gt; #${ZW}12&#96;, expected an absolute path |`,
  `| [units/app.service](${blob(SHA1, 'units/app.service')}) | [L5](${blob(SHA1, 'units/app.service')}#L5-L5) | [test/required-by-target](${DOCS}/required-by-target/README.md) | warning | ` +
    '&#96;RequiredBy=multi-user.target&#96;: use &#96;WantedBy=multi-user.target&#96; instead |',
  '',
  FOOTER,
  encodeState({ sha: SHA1, findings: [EXEC_1, APP_REQ], fixed: [] }),
  '',
].join('\n');

const STATE2: AuditState = { sha: SHA2, findings: [APP_REQ, DB_REQ], fixed: [EXEC_1], fixedSince: SHA1 };
const BODY2 = [
  '<!-- initlint:audit -->',
  '## initlint audit',
  '',
  `2 findings in 2 files at commit ${commit(SHA2)} (2 init files checked).`,
  '',
  '| Severity | Findings |',
  '| --- | ---: |',
  '| Error | 0 |',
  '| Warning | 2 |',
  '| Info | 0 |',
  '',
  '### Findings',
  '',
  '| File | Lines | Rule | Severity | Message |',
  '| --- | --- | --- | --- | --- |',
  `| [units/app.service](${blob(SHA2, 'units/app.service')}) | [L5](${blob(SHA2, 'units/app.service')}#L5-L5) | [test/required-by-target](${DOCS}/required-by-target/README.md) | warning | ` +
    '&#96;RequiredBy=multi-user.target&#96;: use &#96;WantedBy=multi-user.target&#96; instead |',
  `| [units/db.service](${blob(SHA2, 'units/db.service')}) | [L5](${blob(SHA2, 'units/db.service')}#L5-L5) | [test/required-by-target](${DOCS}/required-by-target/README.md) | warning | ` +
    '&#96;RequiredBy=multi-user.target&#96;: use &#96;WantedBy=multi-user.target&#96; instead |',
  '',
  `### Fixed since the last audit (${commit(SHA1)})`,
  '',
  `- test/exec-relative in [units/app.service:2](${blob(SHA1, 'units/app.service')}#L2-L2)`,
  '',
  FOOTER,
  encodeState(STATE2),
  '',
].join('\n');

const STATE4: AuditState = { sha: SHA3, findings: [], fixed: [APP_REQ, DB_REQ], fixedSince: SHA2 };
const BODY4 = [
  '<!-- initlint:audit -->',
  '## initlint audit',
  '',
  `No findings at commit ${commit(SHA3)} (2 init files checked).`,
  '',
  `### Fixed since the last audit (${commit(SHA2)})`,
  '',
  `- test/required-by-target in [units/app.service:5](${blob(SHA2, 'units/app.service')}#L5-L5)`,
  `- test/required-by-target in [units/db.service:5](${blob(SHA2, 'units/db.service')}#L5-L5)`,
  '',
  FOOTER,
  encodeState(STATE4),
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
      .get(ISSUES).query(LIST).reply(200, [
        // A labelled issue without the marker and a pull request are not the tracking issue.
        { number: 3, state: 'open', body: 'Please fix', html_url: 'x' },
        { number: 4, state: 'open', body: '<!-- initlint:audit -->', html_url: 'y', pull_request: {} },
      ])
      .get(`/repos/${OWNER}/${REPO}/labels/initlint`).reply(404, { message: 'Not Found' })
      .post(`/repos/${OWNER}/${REPO}/labels`, capture(sent)).reply(201, {})
      .post(ISSUES, capture(sent)).reply(201, { number: 7, html_url: ISSUE_URL });
    const { log, lines } = logger();
    const outcome = await runAudit({ ...options(dir, SHA1), log });
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
      .get(ISSUES).query(LIST).reply(200, [issue('open', BODY1)])
      .patch(`${ISSUES}/7`, capture(sent)).reply(200, {});
    const outcome = await runAudit(options(dir, SHA2));
    expect(sent).toEqual([{ body: BODY2 }]);
    expect(outcome.issue.action).toBe('updated');
    expect(outcome.failed).toBe(false);
    expect(decodeState(BODY2)).toEqual(STATE2);
  });

  it('does not PATCH when the findings are the same at the same lines, even at a newer commit', async () => {
    nock(API).get(ISSUES).query(LIST).reply(200, [issue('open', BODY2)]);
    const outcome = await runAudit(options(dir, SHA3));
    expect(outcome.issue).toEqual({ action: 'unchanged', number: 7, url: ISSUE_URL });
  });

  it('closes the issue with a short comment when the repository is clean', async () => {
    write(dir, { 'units/app.service': CLEAN, 'units/db.service': CLEAN });
    const comments: unknown[] = [];
    const patches: unknown[] = [];
    nock(API)
      .get(ISSUES).query(LIST).reply(200, [issue('open', BODY2)])
      .post(`${ISSUES}/7/comments`, capture(comments)).reply(201, {})
      .patch(`${ISSUES}/7`, capture(patches)).reply(200, {});
    const outcome = await runAudit(options(dir, SHA3));
    expect(comments).toEqual([{ body: 'initlint found nothing at commit 3333333: 2 findings fixed. Closing; this issue reopens if findings come back.' }]);
    expect(patches).toEqual([{ body: BODY4, state: 'closed', state_reason: 'completed' }]);
    expect(outcome.issue.action).toBe('closed');
  });

  it('a clean repository with a closed issue makes no request beyond the search', async () => {
    nock(API).get(ISSUES).query(LIST).reply(200, [issue('closed', BODY4)]);
    expect((await runAudit(options(dir, SHA3))).issue.action).toBe('none');
  });

  it('reopens the closed issue rather than opening a second one', async () => {
    write(dir, { 'units/app.service': APP_BAD, 'units/db.service': null });
    const sent: unknown[] = [];
    nock(API)
      .get(ISSUES).query(LIST).reply(200, [issue('closed', BODY4), { ...issue('closed', 'old'), number: 2 }])
      .patch(`${ISSUES}/7`, capture(sent)).reply(200, {});
    const outcome = await runAudit(options(dir, SHA1));
    const state = { sha: SHA1, findings: [EXEC_1, APP_REQ], fixed: [], fixedSince: SHA3 };
    expect(sent).toEqual([{ body: BODY1.replace(/<!-- initlint:state .*? -->/, encodeState(state)), state: 'open' }]);
    expect(outcome.issue.action).toBe('reopened');
  });

  it('an existing label is not created again; a failed write keeps the findings', async () => {
    nock(API)
      .get(ISSUES).query(LIST).reply(200, [])
      .get(`/repos/${OWNER}/${REPO}/labels/initlint`).reply(200, { name: 'initlint' })
      .post(ISSUES).reply(403, { message: 'Resource not accessible by integration' });
    const { log, lines } = logger();
    const outcome = await runAudit({ ...options(dir, SHA1), log });
    expect(outcome.issue).toEqual({ action: 'none', error: 'Resource not accessible by integration' });
    expect(outcome.results.flatMap((r) => r.findings.map((f) => f.ruleId))).toEqual(['test/exec-relative', 'test/required-by-target']);
    expect(lines.at(-1)).toMatch(/^warning: initlint: could not update the tracking issue: Resource not accessible/);
  });
});

describe('hidden state and neutralising', () => {
  it('a path that tries to close the HTML comment round-trips', () => {
    const state: AuditState = { sha: SHA1, findings: [{ ...APP_REQ, path: 'x/--> <img src=x>.service' }], fixed: [] };
    const text = encodeState(state);
    expect(text).toMatch(/^<!-- initlint:state [A-Za-z0-9+/=]+ -->$/);
    expect(decodeState(`before\n${text}\n`)).toEqual(state);
    expect(decodeState('<!-- initlint:state not-base64 -->')).toBeUndefined();
  });

  it('keeps the state under its size limit by dropping entries and saying so', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...APP_REQ, fingerprint: i.toString(16).padStart(16, '0'), path: `units/s${i}.service` }));
    const text = encodeState({ sha: SHA1, findings: many, fixed: [] }, 4000);
    expect(text.length).toBeLessThanOrEqual(4000);
    const back = decodeState(text)!;
    expect(back.truncated).toBe(true);
    expect(back.findings.length).toBeGreaterThan(0);
    expect(back.findings).toEqual(many.slice(0, back.findings.length));
  });

  it('a hostile file name cannot end the link or open HTML', () => {
    expect(encodePath('units/a) [x](https://evil.example) <b>.service')).toBe('units/a%29%20%5Bx%5D%28https%3A//evil.example%29%20%3Cb%3E.service');
    expect(link('a) <b>', 'https://x/y')).toBe('[a) &lt;b&gt;](https://x/y)');
  });

  it('neutralises mentions, issue links, HTML, code fences and table pipes', () => {
    expect(neutralize('@team <!-- x --> ```sh\n| a |] #1')).toBe(`@${ZW}team &lt;&#33;-- x --&gt; &#96;&#96;&#96;sh &#124; a &#124;&#93; #${ZW}1`);
  });
});

describe('spoofing', () => {
  it('file text cannot plant a marker or a state block in the body', () => {
    const where = { owner: OWNER, repo: REPO, serverUrl: 'https://github.com' };
    const spoof = 'x <!-- initlint:audit --> <!-- initlint:state AAAA --> `@admin`';
    const results = [{
      path: 'units/<!-- initlint:state BBBB -->.service', kind: 'systemd' as const, text: '[Service]\n',
      findings: [{ ruleId: 'test/exec-relative', severity: 'error' as const, message: spoof, line: 1, column: 1, endLine: 1, endColumn: 2, startOffset: 0, endOffset: 1 }],
    }];
    const counts = { files: 1, filesWithFindings: 1, error: 1, warning: 0, info: 0, total: 1 };
    const body = renderIssueBody(where, results, counts, nextState(undefined, SHA1, remember(results)));
    expect(body.split('<!--').length - 1).toBe(2);
    expect(body.startsWith('<!-- initlint:audit -->\n')).toBe(true);
    expect(decodeState(body)!.findings[0].path).toBe('units/<!-- initlint:state BBBB -->.service');
    expect(body).not.toMatch(/@admin/);
  });
});

describe('size', () => {
  it('a body with 5,000 findings and 3,000 fixed ones stays under GitHub\'s 65,536-character limit', () => {
    const where = { owner: OWNER, repo: REPO, serverUrl: 'https://github.com' };
    const text = '[Install]\nRequiredBy=multi-user.target\n';
    const results = Array.from({ length: 5000 }, (_, i) => ({
      path: `packaging/very/long/directory/name/for/package-${i}/debian/service-${i}.service`, kind: 'systemd' as const, text,
      findings: [{ ruleId: 'test/required-by-target', severity: 'warning' as const, message: '`RequiredBy=multi-user.target`: use `WantedBy=multi-user.target` instead', line: 2, column: 1, endLine: 2, endColumn: 11, startOffset: 10, endOffset: 20 }],
    }));
    const fixed = Array.from({ length: 3000 }, (_, i) => ({ ...APP_REQ, fingerprint: i.toString(16).padStart(16, '0'), path: `old/package-${i}/x.service` }));
    const counts = { files: 5000, filesWithFindings: 5000, error: 0, warning: 5000, info: 0, total: 5000 };
    const state = nextState({ sha: SHA1, findings: fixed, fixed: [] }, SHA2, remember(results));
    const body = renderIssueBody(where, results, counts, state);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY);
    expect(body).toMatch(/\n… and \d+ more findings: the job summary and the SARIF upload list them all\.\n/);
    expect(body).toMatch(/\n- … and \d+ more\n/);
    expect(decodeState(body)!.truncated).toBe(true);
  });
});
