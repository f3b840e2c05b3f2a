import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/linter/index.js';
import forkingForeground from '../../src/rules/systemd/forking-foreground/index.js';
import pidfileLegacyPath from '../../src/rules/systemd/pidfile-legacy-path/index.js';
import pidfileWithoutForking from '../../src/rules/systemd/pidfile-without-forking/index.js';
import { addedPatch, cleanup, HEAD, OWNER, PR, prEvent, REPO, runAction, workspace } from './helpers.js';

const HOST = 'https://ghe.example.test';
const BASE = `/api/v3/repos/${OWNER}/${REPO}`;
const RULES = { rules: [forkingForeground] };

// The PR changes only Type=simple to Type=forking and adds PIDFile=; ExecStart= (line 7), where
// the finding is anchored, is an unchanged context line.
const UNIT = '[Unit]\nDescription=OpenSSH server\n\n[Service]\nType=forking\nPIDFile=/run/sshd.pid\nExecStart=/usr/sbin/sshd -D\n\n[Install]\nWantedBy=multi-user.target\n';
const PATCH = '@@ -2,6 +2,7 @@\n Description=OpenSSH server\n \n [Service]\n-Type=simple\n+Type=forking\n+PIDFile=/run/sshd.pid\n ExecStart=/usr/sbin/sshd -D\n \n [Install]';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  cleanup();
});
afterAll(() => nock.enableNetConnect());

/**
 * The loopback GitHub of a PR's first review: `files` changed, no earlier comments or reviews;
 * returns a getter of the review the action posts.
 */
function firstReview(files: object[]): () => any {
  let review: any;
  nock(HOST)
    .get(`${BASE}/pulls/${PR}/files`)
    .query({ per_page: 100 })
    .reply(200, files)
    .get(`${BASE}/pulls/${PR}/comments`)
    .query({ per_page: 100 })
    .reply(200, [])
    .get(`${BASE}/pulls/${PR}/reviews`)
    .query({ per_page: 100 })
    .reply(200, [])
    .post(`${BASE}/pulls/${PR}/reviews`, (b) => ((review = b), true))
    .reply(200, { id: 1 });
  return () => review;
}

describe('findings follow their cause (evidence lines)', () => {
  it('the finding knows the Type= line it depends on', async () => {
    const [finding] = (await lintFiles([{ path: 'sshd.service', text: UNIT }], RULES))[0].findings;
    expect(finding).toMatchObject({ ruleId: 'systemd/forking-foreground', line: 7, evidence: [{ line: 5, endLine: 5 }] });
  });

  it('a PR that only changes Type= to forking gets an inline comment on the changed lines, an error annotation and a failed step', async () => {
    const posted = firstReview([{ filename: 'units/sshd.service', status: 'modified', patch: PATCH }]);
    const { core, outcome } = await runAction({ workspace: workspace({ 'units/sshd.service': UNIT }), deps: RULES, event: prEvent(1) });
    const review = posted();
    expect(review.commit_id).toBe(HEAD);
    expect(review.comments).toHaveLength(1);
    const [comment] = review.comments;
    // The suggestion replaces the two added lines (Type= back to simple, PIDFile= gone) and says where the finding is.
    expect(comment).toMatchObject({ path: 'units/sshd.service', start_line: 5, line: 6, side: 'RIGHT', start_side: 'RIGHT' });
    expect(comment.body).toMatch(/^Line 7: \*\*Error\*\* \[`systemd\/forking-foreground`\]/);
    expect(comment.body).toContain('```suggestion\nType=simple\n```');
    expect(core.calls.filter((c) => c.properties).map((c) => [c.method, c.properties!.startLine, c.properties!.title])).toEqual([['error', 7, 'systemd/forking-foreground']]);
    expect(core.summary).not.toContain('nothing new');
    expect(outcome.failed).toBe(true);
  });
});

describe('a finding whose comment folds another in stays in the run', () => {
  it('the /var/run PID file line one fix deletes and another rewrites: one comment, both findings annotated and counted', async () => {
    const unit = '[Unit]\nDescription=Foo\n\n[Service]\nType=simple\nExecStart=/usr/sbin/food --foreground\nPIDFile=/var/run/food.pid\n\n[Install]\nWantedBy=multi-user.target\n';
    const posted = firstReview([{ filename: 'units/food.service', status: 'added', patch: addedPatch(unit) }]);
    const { core } = await runAction({
      workspace: workspace({ 'units/food.service': unit }),
      deps: { rules: [pidfileLegacyPath, pidfileWithoutForking] },
      event: prEvent(1),
      inputs: { 'fail-level': 'none' },
    });
    const review = posted();
    expect(review.comments).toHaveLength(1);
    expect(review.comments[0].body).toContain('systemd/pidfile-legacy-path');
    expect(review.comments[0].body).toContain('systemd/pidfile-without-forking');
    // Before, the comment's host finding was replaced by a copy carrying the joint fix, and dropped out of the run's scope.
    const annotated = core.calls.filter((c) => c.properties?.title).map((c) => c.properties!.title);
    expect(annotated.sort()).toEqual(['systemd/pidfile-legacy-path', 'systemd/pidfile-without-forking']);
    expect(core.outputs.findings).toBe(2);
    expect(core.summary).not.toMatch(/\| no \|$/m);
  });
});
