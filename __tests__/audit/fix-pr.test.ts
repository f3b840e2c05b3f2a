import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/action/audit/index.js';
import { fixDigest } from '../../src/action/audit/fixes.js';
import { decodePullState, renderPullBody } from '../../src/action/audit/pull.js';
import { API, cleanup, logger, options, OWNER, REPO, SHA1, SHA2, workspace } from './helpers.js';

const R = `/repos/${OWNER}/${REPO}`;
const ISSUES_LIST = { labels: 'initlint', state: 'all', per_page: '100' };
const PULLS_LIST = { head: `${OWNER}:initlint/fixes`, state: 'open', per_page: '10' };
const REF = `${R}/git/ref/heads%2Finitlint%2Ffixes`;
const REFS = `${R}/git/refs/heads%2Finitlint%2Ffixes`;
const PR_URL = `https://github.com/${OWNER}/${REPO}/pull/9`;
const TREE0 = 'a'.repeat(40);
const TREE1 = 'b'.repeat(40);
const COMMIT1 = 'd'.repeat(40);
const COMMIT2 = 'e'.repeat(40);
const FOREIGN = 'f'.repeat(40);

const UNIT = '[Unit]\nDescription=App\n\n[Service]\nExecStart=/usr/bin/app\n\n[Install]\nRequiredBy=multi-user.target\n';
const FIXED = '[Unit]\nDescription=App\n\n[Service]\nExecStart=/usr/bin/app\n\n[Install]\nWantedBy=multi-user.target\n';
const SCRIPT_EXEC = 0o755;

const MESSAGE = `Apply initlint safe fixes\n\n1 safe fix in 1 file, found by the audit of ${SHA1}.\n\nInitlint-Audit-Fixes: true\n`;
const prBody = (sha: string, commit: string, foreign?: string) =>
  [
    '<!-- initlint:fixes -->',
    '## initlint: safe fixes',
    '',
    `Applies 1 safe fix in 1 file, found by the audit of [${sha.slice(0, 7)}](https://github.com/${OWNER}/${REPO}/commit/${sha}). Safe fixes keep what the files mean; unsafe ones are never applied here.`,
    '',
    '| File | Fixes |',
    '| --- | --- |',
    '| units/app.service | `test/required-by-target`: Replace RequiredBy= with WantedBy= (line 8) |',
    '',
    'Each audit rewrites branch `initlint/fixes` from the audited commit; a commit pushed to it by anyone else stops these updates.',
    ...(foreign
      ? [
          '',
          `> [!WARNING]\n> Branch \`initlint/fixes\` has commits the audit did not make (head \`${foreign.slice(0, 7)}\`). The audit leaves the branch alone so that nothing is overwritten: merge or close this pull request, or delete the branch, and the next audit starts it afresh.`,
        ]
      : []),
    `<!-- initlint:fixes-state commit=${commit} base=${sha} digest=${digestFor(sha)}${foreign ? ` foreign=${foreign}` : ''} -->`,
    '',
  ].join('\n');
const digestFor = (_sha: string) => fixDigest([{ path: 'units/app.service', content: FIXED, mode: '100755', fixes: [] }]);

function capture(into: unknown[]) {
  return (body: unknown) => {
    into.push(body);
    return true;
  };
}

/** The tracking issue already says this; these tests are about the pull request. */
function issueUpToDate() {
  nock(API).get(`${R}/issues`).query(ISSUES_LIST).reply(200, []).get(`${R}/labels/initlint`).reply(200, {}).post(`${R}/issues`).reply(201, { number: 7, html_url: 'i' });
}

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

describe('fix pull request', () => {
  // An executable file keeps its mode; a non-init file is never touched.
  const dir = workspace({ 'units/app.service': { text: UNIT, mode: SCRIPT_EXEC }, 'docs/notes.txt': 'RequiredBy=multi-user.target\n' });

  it('pushes exactly the safe fix with the git data API (one tree carrying the content, no blob uploads) and opens one pull request', async () => {
    issueUpToDate();
    const sent: unknown[] = [];
    nock(API)
      .get(`${R}/pulls`)
      .query(PULLS_LIST)
      .reply(200, [])
      .get(REF)
      .reply(404, { message: 'Not Found' })
      .get(`${R}/git/commits/${SHA1}`)
      .reply(200, { sha: SHA1, tree: { sha: TREE0 }, message: 'x' })
      .post(`${R}/git/trees`, capture(sent))
      .reply(201, { sha: TREE1 })
      .post(`${R}/git/commits`, capture(sent))
      .reply(201, { sha: COMMIT1 })
      .post(`${R}/git/refs`, capture(sent))
      .reply(201, {})
      .get(R)
      .reply(200, { default_branch: 'trunk' })
      .post(`${R}/pulls`, capture(sent))
      .reply(201, { number: 9, html_url: PR_URL });
    const outcome = await runAudit(options(dir, SHA1, { fixPr: true }));
    expect(sent).toEqual([
      { base_tree: TREE0, tree: [{ path: 'units/app.service', mode: '100755', type: 'blob', content: FIXED }] },
      { message: MESSAGE, tree: TREE1, parents: [SHA1] },
      { ref: 'refs/heads/initlint/fixes', sha: COMMIT1 },
      { title: 'initlint: apply safe fixes', head: 'initlint/fixes', base: 'trunk', body: prBody(SHA1, COMMIT1) },
    ]);
    expect(outcome.pullRequest).toEqual({ action: 'created', number: 9, url: PR_URL, fixes: 1, files: 1 });
  });

  it('makes no write when the branch already holds the same fixes on the same commit', async () => {
    issueUpToDate();
    nock(API)
      .get(`${R}/pulls`)
      .query(PULLS_LIST)
      .reply(200, [{ number: 9, html_url: PR_URL, body: prBody(SHA1, COMMIT1) }])
      .get(REF)
      .reply(200, { object: { sha: COMMIT1 } });
    expect((await runAudit(options(dir, SHA1, { fixPr: true }))).pullRequest.action).toBe('unchanged');
  });

  it('makes no write when the default branch moved on but the fixes are the same', async () => {
    issueUpToDate();
    nock(API)
      .get(`${R}/pulls`)
      .query(PULLS_LIST)
      .reply(200, [{ number: 9, html_url: PR_URL, body: prBody(SHA1, COMMIT1), base: { ref: 'main' } }])
      .get(REF)
      .reply(200, { object: { sha: COMMIT1 } });
    const logged = logger();
    const outcome = await runAudit({ ...options(dir, SHA2, { fixPr: true }, logged.log), baseBranch: 'main' });
    expect(outcome.pullRequest.action).toBe('unchanged');
    expect(logged.lines).toContain('initlint: fix pull request #9 is up to date (same fixes as on 1111111)');
  });

  it('rebuilds on the newer audited commit when the fixes change, and force-moves its own branch', async () => {
    const moved = workspace({ 'units/app.service': { text: UNIT.replace('Description=App', 'Description=App server'), mode: SCRIPT_EXEC } });
    issueUpToDate();
    const sent: unknown[] = [];
    nock(API)
      .get(`${R}/pulls`)
      .query(PULLS_LIST)
      .reply(200, [{ number: 9, html_url: PR_URL, body: prBody(SHA1, COMMIT1) }])
      .get(REF)
      .reply(200, { object: { sha: COMMIT1 } })
      .get(`${R}/git/commits/${SHA2}`)
      .reply(200, { sha: SHA2, tree: { sha: TREE0 } })
      .post(`${R}/git/trees`)
      .reply(201, { sha: TREE1 })
      .post(`${R}/git/commits`, capture(sent))
      .reply(201, { sha: COMMIT2 })
      .patch(REFS, capture(sent))
      .reply(200, {})
      .patch(`${R}/pulls/9`, capture(sent))
      .reply(200, {});
    const outcome = await runAudit(options(moved, SHA2, { fixPr: true }));
    const digest = fixDigest([{ path: 'units/app.service', content: FIXED.replace('Description=App', 'Description=App server'), mode: '100755', fixes: [] }]);
    expect(sent).toEqual([{ message: MESSAGE.replace(SHA1, SHA2), tree: TREE1, parents: [SHA2] }, { sha: COMMIT2, force: true }, { body: prBody(SHA2, COMMIT2).replace(digestFor(SHA2), digest) }]);
    expect(outcome.pullRequest.action).toBe('updated');
  });

  it('retargets the open pull request when the audited branch is another one (workflow_dispatch)', async () => {
    issueUpToDate();
    const sent: unknown[] = [];
    nock(API)
      .get(`${R}/pulls`)
      .query(PULLS_LIST)
      .reply(200, [{ number: 9, html_url: PR_URL, body: prBody(SHA1, COMMIT1), base: { ref: 'main' } }])
      .get(REF)
      .reply(200, { object: { sha: COMMIT1 } })
      .get(`${R}/git/commits/${SHA2}`)
      .reply(200, { sha: SHA2, tree: { sha: TREE0 } })
      .post(`${R}/git/trees`)
      .reply(201, { sha: TREE1 })
      .post(`${R}/git/commits`)
      .reply(201, { sha: COMMIT2 })
      .patch(REFS)
      .reply(200, {})
      .patch(`${R}/pulls/9`, capture(sent))
      .reply(200, {});
    const outcome = await runAudit({ ...options(dir, SHA2, { fixPr: true }), baseBranch: 'release-2' });
    expect(sent).toEqual([{ body: prBody(SHA2, COMMIT2), base: 'release-2' }]);
    expect(outcome.pullRequest.action).toBe('updated');
  });

  it("leaves a branch with someone else's commit alone and says so once", async () => {
    issueUpToDate();
    const sent: unknown[] = [];
    nock(API)
      .get(`${R}/pulls`)
      .query(PULLS_LIST)
      .reply(200, [{ number: 9, html_url: PR_URL, body: prBody(SHA2, COMMIT2) }])
      .get(REF)
      .reply(200, { object: { sha: FOREIGN } })
      .post(`${R}/issues/9/comments`, capture(sent))
      .reply(201, {})
      .patch(`${R}/pulls/9`, capture(sent))
      .reply(200, {});
    const outcome = await runAudit(options(dir, SHA2, { fixPr: true }));
    expect(outcome.pullRequest.action).toBe('skipped-foreign-commits');
    expect(sent).toEqual([
      {
        body: `> [!WARNING]\n> Branch \`initlint/fixes\` has commits the audit did not make (head \`fffffff\`). The audit leaves the branch alone so that nothing is overwritten: merge or close this pull request, or delete the branch, and the next audit starts it afresh.`,
      },
      { body: prBody(SHA2, COMMIT2, FOREIGN) },
    ]);
    expect(decodePullState(prBody(SHA2, COMMIT2, FOREIGN))).toEqual({ commit: COMMIT2, base: SHA2, digest: digestFor(SHA2), foreign: FOREIGN });

    // The next audit finds the note already there: no second comment.
    issueUpToDate();
    nock(API)
      .get(`${R}/pulls`)
      .query(PULLS_LIST)
      .reply(200, [{ number: 9, html_url: PR_URL, body: prBody(SHA2, COMMIT2, FOREIGN) }])
      .get(REF)
      .reply(200, { object: { sha: FOREIGN } });
    expect((await runAudit(options(dir, SHA2, { fixPr: true }))).pullRequest.action).toBe('skipped-foreign-commits');
  });

  it('a leftover branch without a PR is reused only when its head carries the audit trailer', async () => {
    issueUpToDate();
    nock(API)
      .get(`${R}/pulls`)
      .query(PULLS_LIST)
      .reply(200, [])
      .get(REF)
      .reply(200, { object: { sha: FOREIGN } })
      .get(`${R}/git/commits/${FOREIGN}`)
      .reply(200, { sha: FOREIGN, message: 'my own work' });
    expect((await runAudit(options(dir, SHA2, { fixPr: true }))).pullRequest).toEqual({ action: 'skipped-foreign-commits', fixes: 1, files: 1 });
  });

  it('closes the pull request when nothing is left to fix', async () => {
    const clean = workspace({ 'units/app.service': FIXED });
    nock(API).get(`${R}/issues`).query(ISSUES_LIST).reply(200, []);
    const sent: unknown[] = [];
    nock(API)
      .get(`${R}/pulls`)
      .query(PULLS_LIST)
      .reply(200, [{ number: 9, html_url: PR_URL, body: prBody(SHA2, COMMIT2) }])
      .post(`${R}/issues/9/comments`, capture(sent))
      .reply(201, {})
      .patch(`${R}/pulls/9`, capture(sent))
      .reply(200, {});
    expect((await runAudit(options(clean, SHA2, { fixPr: true }))).pullRequest.action).toBe('closed');
    expect(sent).toEqual([{ body: 'The audit of 2222222 finds nothing left to fix safely. Closing.' }, { state: 'closed' }]);
  });

  it('with the real rules, a RequiredBy=multi-user.target unit gets one PR whose change is exactly WantedBy=', async () => {
    const unit = '[Unit]\nDescription=Nightly upgrade\n\n[Service]\nType=oneshot\nExecStart=/usr/local/sbin/upgrade\n\n[Install]\nRequiredBy=multi-user.target\n';
    const real = workspace({ 'debian/upgrade.service': unit });
    issueUpToDate();
    const trees: unknown[] = [];
    nock(API)
      .get(`${R}/pulls`)
      .query(PULLS_LIST)
      .reply(200, [])
      .get(REF)
      .reply(404, { message: 'Not Found' })
      .get(`${R}/git/commits/${SHA1}`)
      .reply(200, { sha: SHA1, tree: { sha: TREE0 } })
      .post(`${R}/git/trees`, capture(trees))
      .reply(201, { sha: TREE1 })
      .post(`${R}/git/commits`)
      .reply(201, { sha: COMMIT1 })
      .post(`${R}/git/refs`)
      .reply(201, {})
      .get(R)
      .reply(200, { default_branch: 'main' })
      .post(`${R}/pulls`)
      .reply(201, { number: 9, html_url: PR_URL });
    const outcome = await runAudit({ ...options(real, SHA1, { fixPr: true }), rules: undefined });
    expect(outcome.results[0].findings.map((f) => [f.ruleId, f.line, f.fix?.applicability])).toContainEqual(['systemd/required-by-target', 9, 'safe']);
    expect(trees).toEqual([
      { base_tree: TREE0, tree: [{ path: 'debian/upgrade.service', mode: '100644', type: 'blob', content: unit.replace('RequiredBy=multi-user.target', 'WantedBy=multi-user.target') }] },
    ]);
    expect(outcome.pullRequest).toEqual({ action: 'created', number: 9, url: PR_URL, fixes: 1, files: 1 });
  });

  it('the body lists the files whose safe fixes were left alone, and why', () => {
    const where = { owner: OWNER, repo: REPO, serverUrl: 'https://github.com', sha: SHA1 };
    const body = renderPullBody(where, [{ path: 'units/app.service', content: FIXED, mode: '100755', fixes: [] }], { commit: COMMIT1, base: SHA1, digest: digestFor(SHA1) }, [
      { path: 'lib/rc/sh/runner.sh', fixes: 2, why: 'a shell helper the init system runs, not a service script' },
    ]);
    expect(body).toContain('Left alone (safe in general, not for these files):\n\n- `lib/rc/sh/runner.sh`: 2 safe fixes not applied, a shell helper the init system runs, not a service script\n');
  });
});
