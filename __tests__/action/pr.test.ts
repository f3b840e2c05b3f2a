import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint.js';
import { lintFiles } from '../../src/linter/index.js';
import type { Finding } from '../../src/core/types.js';
import { gitBlobSha } from '../../src/action/pr.js';
import requiredByTarget from '../../src/rules/systemd/required-by-target/index.js';
import { addedPatch, cleanup, fastOctokit, GRAPHQL, HEAD, OWNER, PR, prEvent, REPO, runAction, TOKEN, workspace } from './helpers.js';

const HOST = 'https://ghe.example.test';
const BASE = `/api/v3/repos/${OWNER}/${REPO}`;
const RULES = { rules: [requiredByTarget] };

// A new unit with RequiredBy= a runlevel target (line 8).
const NEW_UNIT = '[Unit]\nDescription=New daemon\n\n[Service]\nExecStart=/usr/bin/newd\n\n[Install]\nRequiredBy=multi-user.target\n';
// A changed unit: the PR adds line 7, which does not parse; line 3 is an unused suppression outside the hunk.
const OLD_UNIT = '[Unit]\nDescription=Old daemon\n# initlint-disable-next-line systemd/required-by-target\nAfter=network.target\n\n[Service]\nExecStart /usr/bin/oldd\n';
const OLD_PATCH = '@@ -4,3 +4,4 @@ Description=Old daemon\n After=network.target\n \n [Service]\n+ExecStart /usr/bin/oldd';

const FILES = [
  { filename: 'units/new.service', status: 'added', patch: addedPatch(NEW_UNIT) },
  { filename: 'units/old.service', status: 'modified', patch: OLD_PATCH },
  { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
  { filename: 'units/gone.service', status: 'removed' },
];

async function findingsOf(path: string, text: string): Promise<Finding[]> {
  return (await lintFiles([{ path, text }], RULES))[0].findings;
}

const ids = async () => {
  const [rbt] = await findingsOf('units/new.service', NEW_UNIT);
  const old = await findingsOf('units/old.service', OLD_UNIT);
  const parse = old.find((f) => f.ruleId === 'parse-error')!;
  const unused = old.find((f) => f.ruleId === 'unused-suppression')!;
  return {
    rbt,
    parse,
    unused,
    rbtId: fingerprint('units/new.service', rbt.ruleId, NEW_UNIT, rbt),
    parseId: fingerprint('units/old.service', parse.ruleId, OLD_UNIT, parse),
    unusedId: fingerprint('units/old.service', unused.ruleId, OLD_UNIT, unused),
  };
};

function checkout() {
  return workspace({ 'units/new.service': NEW_UNIT, 'units/old.service': OLD_UNIT, 'README.md': 'b\n', 'units/other.service': '[Unit]\nDescription=Context only\n' });
}

/** Replies for the listings (files, comments, reviews) and records every write. */
function github(options: { comments?: unknown[]; reviews?: unknown[]; files?: unknown[] } = {}) {
  const posted: unknown[] = [];
  const scope = nock(HOST)
    .get(`${BASE}/pulls/${PR}/files`)
    .query({ per_page: 100 })
    .reply(200, options.files ?? FILES)
    .get(`${BASE}/pulls/${PR}/comments`)
    .query({ per_page: 100 })
    .reply(200, options.comments ?? [])
    .get(`${BASE}/pulls/${PR}/reviews`)
    .query({ per_page: 100 })
    .reply(200, options.reviews ?? []);
  return { scope, posted };
}

const bot = { login: 'github-actions[bot]', type: 'Bot' };
const human = { login: 'mallory', type: 'User' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  cleanup();
});
afterAll(() => nock.enableNetConnect());

describe('PR mode: one review per run', () => {
  it('posts exactly one review whose payload and comment bodies are as expected', async () => {
    const { rbt, parse, rbtId, parseId } = await ids();
    const { scope } = github();
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 1 });
    const dir = checkout();
    const { core, outcome } = await runAction({ workspace: dir, event: prEvent(4), deps: RULES, inputs: { 'sarif-file': 'out/initlint.sarif' } });
    expect(scope.isDone()).toBe(true);
    expect(body).toEqual({
      commit_id: HEAD,
      event: 'COMMENT',
      body: `**initlint** found 2 new problems (2 errors): 2 inline.\n\n<!-- initlint-review:${rbtId},${parseId} -->`,
      comments: [
        {
          path: 'units/new.service',
          line: 8,
          side: 'RIGHT',
          body: [
            `**Error** [\`systemd/required-by-target\`](https://github.com/initlint/initlint/blob/main/src/rules/systemd/required-by-target/README.md): ${rbt.message}`,
            '',
            'Suggested fix: Replace `RequiredBy=multi-user.target` with `WantedBy=multi-user.target`',
            '',
            '```suggestion\nWantedBy=multi-user.target\n```',
            '',
            `<!-- initlint:${rbtId} -->`,
          ].join('\n'),
        },
        {
          path: 'units/old.service',
          line: 7,
          side: 'RIGHT',
          body: [`**Error** [\`parse-error\`](https://github.com/initlint/initlint/blob/main/src/rules/parse-error/README.md): ${parse.message}`, '', `<!-- initlint:${parseId} -->`].join('\n'),
        },
      ],
    });
    // Annotations for the findings in the filter only (the unused suppression is on an unchanged line).
    expect(core.calls.filter((c) => c.properties).map((c) => [c.method, c.properties!.file, c.properties!.startLine, c.properties!.title])).toEqual([
      ['error', 'units/new.service', 8, 'systemd/required-by-target'],
      ['error', 'units/old.service', 7, 'parse-error'],
    ]);
    // The summary carries every finding, in the filter or not.
    expect(core.summary).toContain('| 🔴 error | [`systemd/required-by-target`]');
    expect(core.summary).toContain('`units/old.service:3`');
    expect(core.summary).toContain('Pull request #7: review posted with 2 inline comments.');
    expect(core.outputs).toEqual({ findings: 2, errors: 2, warnings: 0, 'sarif-file': join(dir, 'out/initlint.sarif') });
    const sarif = JSON.parse(readFileSync(join(dir, 'out/initlint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: any) => r.ruleId).sort()).toEqual(['parse-error', 'systemd/required-by-target', 'unused-suppression']);
    expect(core.failed).toBe('initlint: 2 findings at fail-level error or above');
    expect(outcome.failed).toBe(true);
    expect(core.calls.some((c) => /GitHub lists at most/.test(c.message))).toBe(false);
  });

  it('a re-run on the same head posts nothing', async () => {
    const { rbtId, parseId } = await ids();
    const comments = [
      { id: 11, path: 'units/new.service', body: `x\n\n<!-- initlint:${rbtId} -->`, user: bot },
      { id: 12, path: 'units/old.service', body: `y\n\n<!-- initlint:${parseId} -->`, user: bot },
    ];
    const { scope } = github({ comments, reviews: [{ id: 1, body: `b\n\n<!-- initlint-review:${rbtId},${parseId} -->`, user: bot }] });
    const { core } = await runAction({ workspace: checkout(), event: prEvent(4), deps: RULES });
    expect(scope.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
    expect(core.calls.some((c) => c.message === 'initlint: nothing new to review')).toBe(true);
    expect(core.summary).toContain('nothing new since the last review');
  });

  it('lists more than 100 existing comments over pages and posts only the new finding', async () => {
    const { rbtId, parseId } = await ids();
    const page1 = Array.from({ length: 100 }, (_, i) => ({ id: 1000 + i, path: 'units/new.service', body: `chatter ${i}`, user: human }));
    const page2 = Array.from({ length: 30 }, (_, i) => ({ id: 2000 + i, path: 'units/old.service', body: `more ${i}`, user: human }));
    page2.push({ id: 3000, path: 'units/new.service', body: `old\n\n<!-- initlint:${rbtId} -->`, user: bot });
    const scope = nock(HOST)
      .get(`${BASE}/pulls/${PR}/files`)
      .query(true)
      .reply(200, FILES)
      .get(`${BASE}/pulls/${PR}/comments`)
      .query({ per_page: 100 })
      .reply(200, page1, { link: `<${HOST}${BASE}/pulls/${PR}/comments?per_page=100&page=2>; rel="next", <${HOST}${BASE}/pulls/${PR}/comments?per_page=100&page=2>; rel="last"` })
      .get(`${BASE}/pulls/${PR}/comments`)
      .query({ per_page: 100, page: 2 })
      .reply(200, page2)
      .get(`${BASE}/pulls/${PR}/reviews`)
      .query(true)
      .reply(200, []);
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 2 });
    await runAction({ workspace: checkout(), event: prEvent(4), deps: RULES });
    expect(scope.isDone()).toBe(true);
    expect(body.comments.map((c: any) => c.path)).toEqual(['units/old.service']);
    expect(body.body).toBe(`**initlint** found 1 new problem (1 error): 1 inline.\n\n<!-- initlint-review:${parseId} -->`);
  });

  it('a marker pasted by a person does not silence a finding', async () => {
    const { rbtId } = await ids();
    const { scope } = github({ comments: [{ id: 5, path: 'units/new.service', body: `<!-- initlint:${rbtId} -->`, user: human }] });
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 3 });
    await runAction({ workspace: checkout(), event: prEvent(4), deps: RULES });
    expect(body.comments.map((c: any) => c.path)).toEqual(['units/new.service', 'units/old.service']);
  });

  it('filter-mode file lists findings outside the hunks in the review body', async () => {
    const { unused, unusedId } = await ids();
    const { scope } = github();
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 4 });
    const { core } = await runAction({ workspace: checkout(), event: prEvent(4), deps: RULES, inputs: { 'filter-mode': 'file', 'fail-level': 'none' } });
    expect(body.comments).toHaveLength(2);
    expect(body.body).toContain(`### Outside the changed lines\n\n- \`units/old.service:3\` **Warning** [\`unused-suppression\`]`);
    expect(body.body).toContain(unused.message.split('`')[0]);
    expect(body.body).toContain('```diff\n  -# initlint-disable-next-line systemd/required-by-target\n  ```');
    expect(body.body.endsWith(`,${unusedId} -->`)).toBe(true);
    expect(core.failed).toBeUndefined();
    expect(core.outputs.findings).toBe(3);
  });
});

/** A line with its code spans removed, by CommonMark's rule: a run of n backticks closes at the next run of exactly n. */
function withoutCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      out += line[i++];
      continue;
    }
    const run = /^`+/.exec(line.slice(i))![0];
    const rest = line.slice(i + run.length);
    const close = [...rest.matchAll(/`+/g)].find((m) => m[0].length === run.length);
    if (!close) {
      out += run;
      i += run.length;
      continue;
    }
    i += run.length + close.index! + run.length;
  }
  return out;
}

describe('PR mode: nothing is lost, nothing can act', () => {
  it('with filter-mode file, every finding reaches the review (inline or body), the annotations, the summary and SARIF', async () => {
    const { scope } = github();
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 1 });
    const dir = checkout();
    const { core, outcome } = await runAction({ workspace: dir, event: prEvent(4), deps: RULES, inputs: { 'filter-mode': 'file', 'sarif-file': 'all.sarif' } });
    const all = outcome.results.flatMap((r) => r.findings.map((f) => `${r.path}:${f.line}:${f.ruleId}`)).sort();
    expect(all).toEqual(['units/new.service:8:systemd/required-by-target', 'units/old.service:3:unused-suppression', 'units/old.service:7:parse-error']);
    const inReview = [
      ...body.comments.map((c: any) => `${c.path}:${c.line}:${/\[`([^`]+)`\]/.exec(c.body)![1]}`),
      ...[...body.body.matchAll(/^- `([^`]+)` \*\*\w+\*\* \[`([^`]+)`\]/gm)].map((m) => `${m[1]}:${m[2]}`),
    ].sort();
    expect(inReview).toEqual(all);
    expect(
      core.calls
        .filter((c) => c.properties)
        .map((c) => `${c.properties!.file}:${c.properties!.startLine}:${c.properties!.title}`)
        .sort(),
    ).toEqual(all);
    expect([...core.summary.matchAll(/\| `([^`]+):(\d+)` \|/g)].length).toBe(3);
    const sarif = JSON.parse(readFileSync(join(dir, 'all.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: any) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}:${r.ruleId}`).sort()).toEqual(all);
  });

  it('hostile file content cannot mention, hide HTML, forge a marker or break a fence', async () => {
    const hostile = [
      '[Unit]',
      'Description=@octocat see #1 <img src=x onerror=alert(1)> <!-- initlint:0123456789abcdef -->',
      '# initlint-disable-next-line systemd/required-by-target',
      '[Service]',
      'ExecStart `x` ``` ```` @admin <script>alert(1)</script> <!-- initlint:0123456789abcdef -->',
      '',
      '[Install]',
      'RequiredBy=multi-user.target',
      '',
    ].join('\n');
    const { scope } = github({ files: [{ filename: 'units/evil@.service', status: 'added', patch: addedPatch(hostile) }] });
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 1 });
    await runAction({ workspace: workspace({ 'units/evil@.service': hostile }), event: prEvent(1), deps: RULES });
    expect(body.comments.length).toBe(3);
    for (const text of [body.body, ...body.comments.map((c: any) => c.body)]) {
      const lines = text.split('\n');
      // Our marker is the last line and only there.
      expect(lines.at(-1)).toMatch(/^<!-- initlint(-review)?:[0-9a-f,:]+ -->$/);
      expect(lines.at(-1)).not.toContain('0123456789abcdef');
      // Outside fences and code spans: no raw HTML, no live mention or issue link.
      let prose = '';
      let fence: string | undefined;
      for (const line of lines.slice(0, -1)) {
        const f = /^ *(`{3,})/.exec(line)?.[1];
        if (fence) {
          if (f === fence) fence = undefined;
          continue;
        }
        if (f) {
          fence = f;
          continue;
        }
        prose += withoutCodeSpans(line) + '\n';
      }
      expect(fence).toBeUndefined();
      expect(prose).not.toMatch(/<(?!details>|\/details>|summary>|\/summary>)/);
      expect(prose).not.toMatch(/[@#][A-Za-z0-9]/);
    }
  });
});

describe('PR mode: filter-mode nofilter', () => {
  it('findings in init files the PR does not touch go to the review body', async () => {
    const { scope } = github();
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 1 });
    const dir = workspace({ 'units/new.service': NEW_UNIT, 'units/old.service': OLD_UNIT, 'units/untouched.service': '[Install]\nRequiredBy=graphical.target\n' });
    const { core } = await runAction({ workspace: dir, event: prEvent(4), deps: RULES, inputs: { 'filter-mode': 'nofilter', 'fail-level': 'none' } });
    expect(body.comments.map((c: any) => c.path)).toEqual(['units/new.service', 'units/old.service']);
    expect(body.body).toContain('- `units/untouched.service:2` **Error** [`systemd/required-by-target`]');
    expect(body.body).toContain('- `units/old.service:3` **Warning** [`unused-suppression`]');
    expect(core.outputs.findings).toBe(4);
    expect(core.summary).toContain('Pull request #7: review posted with 2 inline comments and 2 findings in its body.');
  });
});

describe('PR mode: resolving threads of fixed findings', () => {
  it('without GITHUB_GRAPHQL_URL, GraphQL goes to the GHES endpoint next to GITHUB_API_URL', async () => {
    const { scope } = github({ comments: [{ id: 13, path: 'units/old.service', body: 'gone\n\n<!-- initlint:00000000000000aa -->', user: bot }] });
    scope.post(`${BASE}/pulls/${PR}/reviews`).reply(200, { id: 1 });
    const gql = nock(HOST)
      .post('/api/graphql', (b) => /reviewThreads/.test(b.query))
      .reply(200, {
        data: {
          repository: {
            pullRequest: { reviewThreads: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [{ id: 'T13', isResolved: false, comments: { totalCount: 1, nodes: [{ databaseId: 13 }] } }] } },
          },
        },
      })
      .post('/api/graphql', (b) => /resolveReviewThread/.test(b.query))
      .reply(200, { data: { t0: { thread: { id: 'T13', isResolved: true } } } });
    await runAction({ workspace: checkout(), event: prEvent(4), deps: RULES, env: { GITHUB_GRAPHQL_URL: '' } });
    expect(gql.isDone()).toBe(true);
  });

  it('resolves a thread whose finding is gone, never one with a reply or one already resolved', async () => {
    const { rbtId, parseId } = await ids();
    const comments = [
      { id: 11, path: 'units/new.service', body: `x\n\n<!-- initlint:${rbtId} -->`, user: bot },
      { id: 12, path: 'units/old.service', body: `y\n\n<!-- initlint:${parseId} -->`, user: bot },
      { id: 13, path: 'units/old.service', body: 'gone, no reply\n\n<!-- initlint:00000000000000aa -->', user: bot },
      { id: 14, path: 'units/old.service', body: 'gone, replied\n\n<!-- initlint:00000000000000bb -->', user: bot },
      { id: 15, path: 'units/old.service', body: 'I disagree', user: human, in_reply_to_id: 14 },
      { id: 16, path: 'units/old.service', body: 'gone, resolved\n\n<!-- initlint:00000000000000cc -->', user: bot },
    ];
    const { scope } = github({ comments, reviews: [{ id: 1, body: `<!-- initlint-review:${rbtId},${parseId} -->`, user: bot }] });
    const graphql: any[] = [];
    nock('https://ghe.example.test')
      .post('/api/graphql', (b) => (graphql.push(b), /reviewThreads/.test(b.query)))
      .reply(200, {
        data: {
          repository: {
            pullRequest: {
              reviewThreads: {
                pageInfo: { hasNextPage: false, endCursor: null },
                nodes: [
                  { id: 'T11', isResolved: false, comments: { totalCount: 1, nodes: [{ databaseId: 11 }] } },
                  { id: 'T13', isResolved: false, comments: { totalCount: 1, nodes: [{ databaseId: 13 }] } },
                  { id: 'T14', isResolved: false, comments: { totalCount: 2, nodes: [{ databaseId: 14 }] } },
                  { id: 'T16', isResolved: true, comments: { totalCount: 1, nodes: [{ databaseId: 16 }] } },
                ],
              },
            },
          },
        },
      })
      .post('/api/graphql', (b) => (graphql.push(b), /resolveReviewThread/.test(b.query)))
      .reply(200, { data: { t0: { thread: { id: 'T13', isResolved: true } } } });
    const { core } = await runAction({ workspace: checkout(), event: prEvent(4), deps: RULES });
    expect(scope.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
    expect(graphql[0].variables).toEqual({ owner: OWNER, repo: REPO, number: PR, after: null });
    expect(graphql[1]).toEqual({ query: 'mutation($t0: ID!) {\n  t0: resolveReviewThread(input: { threadId: $t0 }) { thread { id isResolved } }\n}', variables: { t0: 'T13' } });
    expect(graphql).toHaveLength(2);
    expect(core.calls.some((c) => c.message === 'initlint: resolved 1 thread whose finding is fixed')).toBe(true);
    expect(GRAPHQL).toBe('https://ghe.example.test/api/graphql');
  });
});

describe('PR mode: when GitHub says no', () => {
  it('403 on the review: one clear line; annotations, summary and SARIF still carry every finding', async () => {
    const { scope } = github();
    scope.post(`${BASE}/pulls/${PR}/reviews`).reply(403, { message: 'Resource not accessible by integration' });
    const dir = checkout();
    const { core, outcome } = await runAction({ workspace: dir, event: prEvent(4), deps: RULES, inputs: { 'sarif-file': 'initlint.sarif' } });
    const lines = core.calls.filter((c) => /cannot post the review/.test(c.message));
    expect(lines.map((c) => c.message)).toEqual([
      'initlint: cannot post the review (403 Resource not accessible by integration); the findings are in the annotations, the job summary and SARIF (a token without pull-requests: write, as on pull requests from forks, cannot review)',
    ]);
    expect(core.calls.filter((c) => c.properties).map((c) => c.properties!.file)).toEqual(['units/new.service', 'units/old.service']);
    expect((core.summary.match(/^\| 🔴|^\| 🟡/gm) ?? []).length).toBe(3);
    expect(JSON.parse(readFileSync(join(dir, 'initlint.sarif'), 'utf8')).runs[0].results).toHaveLength(3);
    expect(outcome.failed).toBe(true);
  });

  it('404 on the review falls back the same way', async () => {
    const { scope } = github();
    scope.post(`${BASE}/pulls/${PR}/reviews`).reply(404, { message: 'Not Found' });
    const { core } = await runAction({ workspace: checkout(), event: prEvent(4), deps: RULES, inputs: { 'fail-level': 'none' } });
    expect(core.calls.filter((c) => /cannot post the review \(404 Not Found\)/.test(c.message))).toHaveLength(1);
    expect(core.failed).toBeUndefined();
  });

  it('422 on one comment: the others are posted inline, that one goes to the body', async () => {
    const { parse, parseId, rbtId } = await ids();
    const { scope } = github();
    const attempts: any[] = [];
    const refuses = (b: any) => b.comments?.some((c: any) => c.path === 'units/old.service');
    // nock may try a body matcher on other requests too (the DELETE); keep only review bodies.
    const record = (b: any, match: boolean) => (match && b?.commit_id && attempts.push(b), match);
    nock(HOST)
      .post(`${BASE}/pulls/${PR}/reviews`, (b) => record(b, refuses(b)))
      .times(10)
      .reply(422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] })
      .post(`${BASE}/pulls/${PR}/reviews`, (b) => record(b, !refuses(b)))
      .times(10)
      .reply(200, { id: 77 })
      .delete(`${BASE}/pulls/${PR}/reviews/77`)
      .times(5)
      .reply(200, {});
    const { core } = await runAction({ workspace: checkout(), event: prEvent(4), deps: RULES });
    expect(scope.isDone()).toBe(true);
    // The refused review, then pending probes (no event), then the one real review.
    const real = attempts.filter((a) => a.event === 'COMMENT');
    expect(real).toHaveLength(2);
    expect(attempts.filter((a) => a.event === undefined).map((a) => a.comments.map((c: any) => c.path))).toEqual([['units/new.service']]);
    const final = real[1];
    expect(final.comments.map((c: any) => c.path)).toEqual(['units/new.service']);
    expect(final.body).toContain('### Findings GitHub would not place on the diff\n\n- `units/old.service:7` **Error** [`parse-error`]');
    expect(final.body).toContain(parse.message.split('`')[0]);
    expect(final.body.endsWith(`<!-- initlint-review:${rbtId},${parseId} -->`)).toBe(true);
    expect(core.calls.some((c) => c.message === 'initlint: units/old.service:7: GitHub refused the inline comment; it is in the review body')).toBe(true);
  });

  it('5xx is retried, then the run goes on', async () => {
    const scope = nock(HOST)
      .get(`${BASE}/pulls/${PR}/files`)
      .query(true)
      .reply(502, 'bad gateway')
      .get(`${BASE}/pulls/${PR}/files`)
      .query(true)
      .reply(503, 'unavailable')
      .get(`${BASE}/pulls/${PR}/files`)
      .query(true)
      .reply(200, FILES)
      .get(`${BASE}/pulls/${PR}/comments`)
      .query(true)
      .reply(200, [])
      .get(`${BASE}/pulls/${PR}/reviews`)
      .query(true)
      .reply(200, []);
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 9 });
    await runAction({ workspace: checkout(), event: prEvent(4), deps: RULES });
    expect(scope.isDone()).toBe(true);
    expect(body.comments).toHaveLength(2);
  });

  it('a secondary rate limit (403 + retry-after) is waited out and the review posted', async () => {
    const { scope } = github();
    let body: any;
    scope
      .post(`${BASE}/pulls/${PR}/reviews`)
      .reply(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': '2' })
      .post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true))
      .reply(200, { id: 10 });
    const { core } = await runAction({ workspace: checkout(), event: prEvent(4), deps: RULES });
    expect(scope.isDone()).toBe(true);
    expect(body.comments).toHaveLength(2);
    expect(core.calls.some((c) => /secondary rate limit on POST .*retrying after 2 s/.test(c.message))).toBe(true);
  });

  it('a network error in the middle of listing comments: nothing posted (no duplicates), findings still reported', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, path: 'units/new.service', body: 'hi', user: human }));
    nock(HOST)
      .get(`${BASE}/pulls/${PR}/files`)
      .query(true)
      .reply(200, FILES)
      .get(`${BASE}/pulls/${PR}/comments`)
      .query({ per_page: 100 })
      .reply(200, page1, { link: `<${HOST}${BASE}/pulls/${PR}/comments?per_page=100&page=2>; rel="next"` });
    // nock's replyWithError never settles a native fetch; fail the connection in fetch itself, as undici does.
    let failures = 0;
    const flaky: typeof fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('page=2')) {
        failures++;
        return Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) }));
      }
      return fetch(input, init);
    };
    const dir = checkout();
    const { core } = await runAction({ workspace: dir, event: prEvent(4), deps: { ...RULES, octokitOptions: { ...fastOctokit(), fetch: flaky } }, inputs: { 'sarif-file': 's.sarif' } });
    // The first try and three retries.
    expect(failures).toBe(4);
    expect(nock.pendingMocks()).toEqual([]);
    expect(core.calls.filter((c) => /cannot list the pull request's review comments/.test(c.message))).toHaveLength(1);
    expect(core.calls.filter((c) => c.properties)).toHaveLength(2);
    expect(core.summary).toContain('existing review comments could not be listed, so no review was posted');
    expect(existsSync(join(dir, 's.sarif'))).toBe(true);
  });

  it('files cannot be listed: the whole checkout is linted instead, nothing posted', async () => {
    nock(HOST).get(`${BASE}/pulls/${PR}/files`).query(true).reply(403, { message: 'Resource not accessible by integration' });
    const { core, outcome } = await runAction({ workspace: checkout(), event: prEvent(4), deps: RULES });
    expect(nock.pendingMocks()).toEqual([]);
    expect(outcome.results.filter((r) => r.kind).map((r) => r.path)).toEqual(['units/new.service', 'units/old.service', 'units/other.service']);
    expect(core.summary).toContain('Could not list the files of pull request #7');
  });
});

describe('PR mode: file contents', () => {
  it('reads the head from the contents API when the checkout does not match the patch (pull_request_target)', async () => {
    const { scope } = github({ files: [{ filename: 'units/new.service', status: 'added', patch: addedPatch(NEW_UNIT) }] });
    scope.get(`${BASE}/contents/units%2Fnew.service`).query({ ref: HEAD }).reply(200, NEW_UNIT);
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 1 });
    // The base checkout does not have the new file.
    await runAction({ workspace: workspace({ 'README.md': 'x\n' }), eventName: 'pull_request_target', event: prEvent(1), deps: RULES });
    expect(scope.isDone()).toBe(true);
    expect(body.comments.map((c: any) => [c.path, c.line])).toEqual([['units/new.service', 8]]);
  });

  it('a file GitHub lists without a patch is read from the head when its blob sha differs from the checkout (a base checkout cannot hide it)', async () => {
    // The head pads the unit so GitHub omits the diff; the checkout is the base, a harmless version.
    const head = `${'# padding\n'.repeat(20_000)}${NEW_UNIT}`;
    const base = '[Unit]\nDescription=New daemon\n';
    const { scope } = github({ files: [{ filename: 'units/new.service', status: 'modified', sha: gitBlobSha(head) }] });
    scope.get(`${BASE}/contents/units%2Fnew.service`).query({ ref: HEAD }).reply(200, head);
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 1 });
    const { outcome } = await runAction({ workspace: workspace({ 'units/new.service': base }), eventName: 'pull_request_target', event: prEvent(1), deps: RULES });
    expect(scope.isDone()).toBe(true);
    expect(outcome.counts.error).toBe(1);
    expect(outcome.results.find((r) => r.path === 'units/new.service')?.findings.map((f) => [f.ruleId, f.line])).toEqual([['systemd/required-by-target', 20_008]]);
    // No hunk to comment in: the finding goes to the review body.
    expect(body.comments).toEqual([]);
    expect(body.body).toContain('systemd/required-by-target');
  });

  it("a file without a patch whose checkout has the head's blob sha is read from the checkout, with no API call", async () => {
    const { scope } = github({ files: [{ filename: 'units/new.service', status: 'modified', sha: gitBlobSha(NEW_UNIT) }] });
    scope.post(`${BASE}/pulls/${PR}/reviews`).reply(200, { id: 1 });
    const { outcome } = await runAction({ workspace: workspace({ 'units/new.service': NEW_UNIT }), event: prEvent(1), deps: RULES });
    expect(scope.isDone()).toBe(true);
    expect(outcome.counts.error).toBe(1);
  });

  it("gitBlobSha is git's blob hash", () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });

  it('workflow_run after a fork PR: the number from INITLINT_PULL_REQUEST, the head from GitHub, files from the contents API', async () => {
    const { scope } = github({ files: [{ filename: 'units/new.service', status: 'added', patch: addedPatch(NEW_UNIT) }] });
    scope.get(`${BASE}/contents/units%2Fnew.service`).query({ ref: HEAD }).reply(200, NEW_UNIT);
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 1 });
    const event = { action: 'completed', workflow_run: { event: 'pull_request', head_sha: HEAD, pull_requests: [] }, repository: { full_name: `${OWNER}/${REPO}` } };
    const { outcome } = await runAction({ workspace: workspace({ 'README.md': 'x\n' }), eventName: 'workflow_run', event, env: { INITLINT_PULL_REQUEST: String(PR) }, deps: RULES });
    expect(outcome.mode).toBe('pr');
    expect(scope.isDone()).toBe(true);
    expect(body.commit_id).toBe(HEAD);
    // A number that is not a plain number is refused.
    const { core } = await runAction({ workspace: workspace({}), eventName: 'workflow_run', event, env: { INITLINT_PULL_REQUEST: '7; rm -rf /' }, deps: RULES });
    expect(core.failed).toMatch(/the event has no pull request .* set INITLINT_PULL_REQUEST/);
  });

  it('follows renames (the new name is linted and commented) and skips removed files', async () => {
    const { scope } = github({
      files: [
        {
          filename: 'units/renamed.service',
          previous_filename: 'units/new.service',
          status: 'renamed',
          patch: '@@ -7,2 +7,2 @@\n [Install]\n-WantedBy=multi-user.target\n+RequiredBy=multi-user.target',
        },
        { filename: 'units/old.service', status: 'removed' },
      ],
    });
    let body: any;
    scope.post(`${BASE}/pulls/${PR}/reviews`, (b) => ((body = b), true)).reply(200, { id: 1 });
    const { outcome } = await runAction({ workspace: workspace({ 'units/renamed.service': NEW_UNIT }), event: prEvent(2), deps: RULES });
    expect(outcome.results.map((r) => r.path)).toEqual(['units/renamed.service']);
    expect(body.comments.map((c: any) => [c.path, c.line])).toEqual([['units/renamed.service', 8]]);
  });

  it('a closed pull request is linted and reported, not reviewed', async () => {
    nock(HOST).get(`${BASE}/pulls/${PR}/files`).query(true).reply(200, FILES);
    const event = prEvent(4, 'closed') as any;
    event.pull_request.state = 'closed';
    const { core } = await runAction({ workspace: checkout(), event, deps: RULES });
    expect(nock.pendingMocks()).toEqual([]);
    expect(core.summary).toContain('Pull request #7 is closed: not reviewed.');
    expect(core.outputs.findings).toBe(2);
  });

  it('says so when GitHub stops listing at 3,000 files', async () => {
    const { scope } = github();
    scope.post(`${BASE}/pulls/${PR}/reviews`).reply(200, { id: 1 });
    const { core } = await runAction({ workspace: checkout(), event: prEvent(3500), deps: RULES });
    expect(core.calls.find((c) => /GitHub lists at most/.test(c.message))?.message).toBe(
      'initlint: GitHub lists at most 3000 files of a pull request; this one changes 3500, so files past the first 4 are not linted',
    );
  });
});

describe('the token never appears in any output', () => {
  it('is masked even when an error message carries it', async () => {
    const requests: string[] = [];
    nock(HOST)
      .get(`${BASE}/pulls/${PR}/files`)
      .query(true)
      .reply(200, FILES)
      .get(`${BASE}/pulls/${PR}/comments`)
      .query(true)
      .reply(200, [])
      .get(`${BASE}/pulls/${PR}/reviews`)
      .query(true)
      .reply(200, [])
      .post(`${BASE}/pulls/${PR}/reviews`, (b) => (requests.push(JSON.stringify(b)), true))
      .reply(401, { message: `Bad credentials: ${TOKEN}` });
    const dir = checkout();
    const { core } = await runAction({ workspace: dir, event: prEvent(4), deps: RULES, inputs: { 'sarif-file': 'x.sarif' } });
    expect(core.secrets).toEqual([TOKEN]);
    const everything = [core.all(), ...requests, readFileSync(join(dir, 'x.sarif'), 'utf8')].join('\n');
    expect(everything).toContain('Bad credentials: ***');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(TOKEN.slice(4, 20));
  });
});
