/**
 * The scheduled audit as the runner runs it: `node dist/index.js` in a child
 * process with a `schedule` event, INPUT_* variables, GITHUB_STEP_SUMMARY and
 * GITHUB_OUTPUT files, and GITHUB_API_URL pointing at a loopback GitHub that
 * checks every request against GitHub's OpenAPI description. Three audits of
 * one checkout keep exactly one tracking issue; a fourth with `fix-pr` opens
 * one pull request through the git data API.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOutputs, runnerEnv, startFakeGitHub, validateRequest, type FakeGitHub, type FakeIssue, type FakeState } from './fake-github.js';
import { FREEBSD_RC as FREEBSD, WEB_UNIT as WEB } from '../fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOKEN = 'ghs_e2eRecognisableAuditToken00000000002';
const SHA = '9b2e4f1c7a3d5e6f8091a2b3c4d5e6f708192a3b';
const MARKER = '<!-- initlint:audit -->';
const ISSUES = '/repos/{owner}/{repo}/issues';

// The RequiredBy= unit (fixtures.ts) as its safe fix leaves it …
const WEB_FIXED = WEB.replace('RequiredBy=multi-user.target', 'WantedBy=multi-user.target');
// … and a clean one.
const CLEAN = ['[Unit]', 'Description=Clean worker', '', '[Service]', 'Type=simple', 'ExecStart=/usr/bin/worker', '', '[Install]', 'WantedBy=multi-user.target', ''].join('\n');

/** A `schedule` payload, shaped as GitHub sends it. */
function scheduleEvent(owner: string, repo: string) {
  return {
    schedule: '17 5 * * 1',
    repository: {
      id: 123456,
      node_id: 'R_kgDOAAAAAQ',
      name: repo,
      full_name: `${owner}/${repo}`,
      private: false,
      owner: { login: owner, id: 1, type: 'Organization' },
      html_url: `https://github.com/${owner}/${repo}`,
      default_branch: 'main',
    },
    organization: { login: owner, id: 1, node_id: 'O_kgDOAAAAAQ' },
    sender: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    workflow: '.github/workflows/audit.yml',
  };
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  ms: number;
}

const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Runs dist/index.js once, as the runner runs a scheduled workflow. */
function runDist(api: FakeGitHub, workspace: string, inputs: Record<string, string>, overrides: { env?: Record<string, string>; event?: unknown } = {}): Promise<RunResult> {
  const runner = tempDir('initlint-runner-');
  const eventPath = join(runner, 'event.json');
  const summaryPath = join(runner, 'step_summary.md');
  const outputPath = join(runner, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(overrides.event ?? scheduleEvent('acme', 'services')));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env = runnerEnv({ api, files: { runner, eventPath, summaryPath, outputPath }, workspace, eventName: 'schedule', sha: SHA, ref: 'refs/heads/main', token: TOKEN });
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(env, overrides.env);
  const started = Date.now();
  return new Promise((resolve) => {
    // Asynchronous on purpose: the fake GitHub answers from this process's event loop.
    execFile(process.execPath, [join(root, 'dist', 'index.js')], { cwd: workspace, env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr, summary: readFileSync(summaryPath, 'utf8'), outputs: parseOutputs(readFileSync(outputPath, 'utf8')), ms: Date.now() - started });
    });
  });
}

const gitSha = (kind: string, text: string) =>
  createHash('sha1')
    .update(`${kind} ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');

/** The fake repository at SHA: the two units, plus older labelled issues that are not ours (two pages of them). */
function freshState(files: Record<string, string>): FakeState {
  const blobs: Record<string, string> = {};
  const tree: Record<string, { mode: string; sha: string }> = {};
  for (const [path, text] of Object.entries(files)) {
    const sha = gitSha('blob', text);
    blobs[sha] = text;
    tree[path] = { mode: '100644', sha };
  }
  const treeSha = gitSha('tree', JSON.stringify(Object.entries(tree).sort()));
  const others: FakeIssue[] = Array.from({ length: 120 }, (_, i) => ({
    number: i + 1,
    title: `Old initlint question ${i + 1}`,
    body: 'Not the tracking issue: no marker here.',
    state: i % 3 ? 'closed' : 'open',
    state_reason: null,
    labels: [{ name: 'initlint' }],
    html_url: `https://github.com/acme/services/issues/${i + 1}`,
  }));
  return {
    owner: 'acme',
    repo: 'services',
    pull: 0,
    headSha: SHA,
    files: [],
    head: {},
    reviews: [],
    comments: [],
    resolved: new Set(),
    nextId: 5000,
    issues: others,
    labels: [],
    pulls: [],
    nextNumber: 200,
    defaultBranch: 'main',
    refs: { 'heads/main': SHA },
    commits: { [SHA]: { tree: treeSha, message: 'Add web.service', parents: [] } },
    trees: { [treeSha]: tree },
    blobs,
  };
}

function checkout(files: Record<string, string>): string {
  const dir = tempDir('initlint-workspace-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Token only in the Authorization header; never in the logs (bar the runner's own mask command) or the summary. */
function expectNoToken(api: FakeGitHub, run: RunResult): void {
  expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  const all = (run.stdout + run.stderr).split('\n');
  const shown = all.filter((l) => l !== `::add-mask::${TOKEN}`);
  expect(shown.join('\n')).not.toContain(TOKEN);
  expect(run.summary).not.toContain(TOKEN);
}

const writes = (api: FakeGitHub, from: number) => api.requests.slice(from).filter((r) => r.method !== 'GET');

let api: FakeGitHub | undefined;

// dist/ is built once for the whole run by __tests__/global-setup.ts: exactly what the runner runs.

afterAll(async () => {
  await api?.close();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('dist/index.js audits on a schedule against a loopback GitHub', () => {
  it('the loopback GitHub still refuses what GitHub refuses on the endpoints the audit writes to', () => {
    expect(validateRequest('POST', '/repos/acme/services/issues', {}, { title: 't', body: 'b', labels: ['initlint'] }).errors).toEqual([]);
    expect(validateRequest('POST', '/repos/acme/services/issues', {}, { title: 't', lables: ['initlint'] }).errors).not.toEqual([]);
    expect(validateRequest('PATCH', '/repos/acme/services/issues/7', {}, { state: 'shut' }).errors).not.toEqual([]);
    expect(validateRequest('POST', '/repos/acme/services/git/trees', {}, { base_tree: 'a', tree: [{ path: 'x', mode: '100644', type: 'blob', sha: null }] }).errors).toEqual([]);
    expect(validateRequest('POST', '/repos/acme/services/git/trees', {}, { tree: [{ path: 'x', mode: '100645', type: 'blob', sha: 'a' }] }).errors).not.toEqual([]);
    expect(validateRequest('GET', '/repos/acme/services/issues', { labels: 'initlint', state: 'all', per_page: 'many' }, undefined).errors).not.toEqual([]);
  });

  it('opens one tracking issue, leaves it alone while nothing changes, closes it once the unit is fixed', async () => {
    expect(existsSync(join(root, 'dist', 'index.js'))).toBe(true);
    const files = { 'units/web.service': WEB, 'units/clean.service': CLEAN };
    api = await startFakeGitHub(freshState(files));
    const workspace = checkout(files);
    const timings: number[] = [];

    // Run 1: one issue, created with the label and the marker.
    const first = await runDist(api, workspace, {});
    timings.push(first.ms);
    expect(api.violations).toEqual([]);
    expect(first.stdout).toContain('initlint: auditing the repository (event schedule)');
    // The labelled issues span two pages: both were read before deciding there is no tracking issue.
    const lists = api.requests.filter((r) => r.method === 'GET' && r.operation === ISSUES);
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(lists[0].query).toMatchObject({ labels: 'initlint', state: 'all' });
    const created = api.requests.filter((r) => r.method === 'POST' && r.operation === ISSUES);
    expect(created).toHaveLength(1);
    const issueBody = created[0].body as { title: string; body: string; labels: string[] };
    expect(issueBody.labels).toEqual(['initlint']);
    expect(issueBody.body.startsWith(MARKER)).toBe(true);
    expect(issueBody.body).toContain('systemd/required-by-target');
    expect(issueBody.body).toContain(`https://github.com/acme/services/blob/${SHA}/units/web.service#L11-L11`);
    expect(issueBody.body).not.toContain('units/clean.service');
    expect(api.state.labels).toContain('initlint');
    const ours = api.state.issues!.filter((i) => i.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0].state).toBe('open');
    // Summary, SARIF, outputs, exit status (fail-level error and the unit has an error).
    expect(first.summary).toContain('## initlint');
    expect(first.summary).toContain('units/web.service:11');
    expect(first.summary).toContain(`Tracking issue #${ours[0].number}: created.`);
    const sarif = JSON.parse(readFileSync(join(workspace, 'initlint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
    expect(results.some((r) => r.ruleId === 'systemd/required-by-target')).toBe(true);
    expect(results.every((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'units/web.service')).toBe(true);
    expect(first.outputs['sarif-file']).toBe(join(workspace, 'initlint.sarif'));
    expect(Number(first.outputs.findings)).toBe(results.length);
    expect(Number(first.outputs.errors)).toBe(results.filter((r) => r.level === 'error').length);
    expect(Number(first.outputs.warnings)).toBe(results.filter((r) => r.level === 'warning').length);
    expect(Number(first.outputs.errors)).toBeGreaterThanOrEqual(1);
    expect(first.stdout).toMatch(/^::error title=systemd\/required-by-target,file=units\/web\.service,line=11,/m);
    expect(first.code).toBe(1);
    // The label lookup answers 404 on a first run: expected, so no warning annotation.
    expect(api.requests.some((r) => r.operation === '/repos/{owner}/{repo}/labels/{name}')).toBe(true);
    expect(first.stdout).not.toMatch(/^::warning/m);
    expectNoToken(api, first);

    // Run 2, same files: no second issue and no write at all (the body would be identical); fail-level none exits 0.
    let mark = api.requests.length;
    // A later commit that touches no unit: same findings at the same lines, so the links to SHA still hold.
    const second = await runDist(api, workspace, { 'fail-level': 'none' }, { env: { GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' } });
    timings.push(second.ms);
    expect(api.violations).toEqual([]);
    expect(writes(api, mark)).toEqual([]);
    expect(api.state.issues!.filter((i) => i.body.includes(MARKER))).toHaveLength(1);
    expect(second.stdout).toContain(`initlint: tracking issue #${ours[0].number} is up to date`);
    expect(second.outputs.findings).toBe(first.outputs.findings);
    expect(second.code).toBe(0);
    expectNoToken(api, second);

    // Run 3, the unit fixed: a comment, then the issue closed; nothing left, exit 0 at fail-level error.
    writeFileSync(join(workspace, 'units/web.service'), WEB_FIXED);
    mark = api.requests.length;
    const third = await runDist(api, workspace, {});
    timings.push(third.ms);
    expect(api.violations).toEqual([]);
    const w = writes(api, mark);
    expect(w.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /repos/acme/services/issues/${ours[0].number}/comments`, `PATCH /repos/acme/services/issues/${ours[0].number}`]);
    expect((w[0].body as { body: string }).body).toMatch(/found nothing at commit 9b2e4f1: \d+ findings? fixed\. Closing/);
    expect(w[1].body).toMatchObject({ state: 'closed', state_reason: 'completed' });
    const closed = api.state.issues!.find((i) => i.number === ours[0].number)!;
    expect(closed.state).toBe('closed');
    expect(closed.body.startsWith(MARKER)).toBe(true);
    expect(closed.body).toContain('### Fixed since the last audit');
    expect(api.state.issues!.filter((i) => i.body.includes(MARKER))).toHaveLength(1);
    expect(third.outputs).toMatchObject({ findings: '0', errors: '0', warnings: '0' });
    expect(third.summary).toContain(`Tracking issue #${ours[0].number}: closed.`);
    expect(third.code).toBe(0);
    expectNoToken(api, third);

    // Run 4, the finding back: the same issue reopens (PATCH state open), never a new one.
    writeFileSync(join(workspace, 'units/web.service'), WEB);
    mark = api.requests.length;
    const fourth = await runDist(api, workspace, {});
    timings.push(fourth.ms);
    expect(api.violations).toEqual([]);
    const back = writes(api, mark);
    expect(back.map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/services/issues/${ours[0].number}`]);
    expect(back[0].body).toMatchObject({ state: 'open' });
    expect((back[0].body as { body: string }).body).toContain(`https://github.com/acme/services/blob/${SHA}/units/web.service#L11-L11`);
    expect(api.state.issues!.find((i) => i.number === ours[0].number)!.state).toBe('open');
    expect(fourth.summary).toContain(`Tracking issue #${ours[0].number}: reopened.`);
    expect(fourth.outputs.findings).toBe(first.outputs.findings);
    expect(fourth.code).toBe(1);
    expectNoToken(api, fourth);

    // Never a second POST of an issue over the four runs.
    expect(api.requests.filter((r) => r.method === 'POST' && r.operation === ISSUES)).toHaveLength(1);
    console.log(`audit e2e: runs took ${timings.join(', ')} ms`);
    await api.close();
    api = undefined;
  }, 180_000);

  it('with fix-pr, opens one pull request whose commit changes only the unit, to the safe fix', async () => {
    const files = { 'units/web.service': WEB, 'units/clean.service': CLEAN };
    const state = freshState(files);
    const baseTree = state.commits![SHA].tree;
    api = await startFakeGitHub(state);
    const workspace = checkout(files);

    const first = await runDist(api, workspace, { 'fix-pr': 'true', 'sarif-file': '' });
    expect(api.violations).toEqual([]);
    expect(first.outputs['sarif-file']).toBe('');
    expect(existsSync(join(workspace, 'initlint.sarif'))).toBe(false);
    const opened = api.requests.filter((r) => r.method === 'POST' && r.operation === '/repos/{owner}/{repo}/pulls');
    expect(opened).toHaveLength(1);
    expect(opened[0].body).toMatchObject({ head: 'initlint/fixes', base: 'main' });
    const pulls = api.state.pulls!;
    expect(pulls).toHaveLength(1);
    expect(pulls[0].body).toContain('systemd/required-by-target');
    // The branch holds one commit on top of the audited one, changing exactly one file to exactly the fix.
    const head = api.state.refs!['heads/initlint/fixes'];
    const commit = api.state.commits![head];
    expect(commit.parents).toEqual([SHA]);
    expect(commit.message).toContain('Initlint-Audit-Fixes: true');
    const before = api.state.trees![baseTree];
    const after = api.state.trees![commit.tree];
    const changed = Object.keys({ ...before, ...after }).filter((p) => before[p]?.sha !== after[p]?.sha || before[p]?.mode !== after[p]?.mode);
    expect(changed).toEqual(['units/web.service']);
    expect(api.state.blobs![after['units/web.service'].sha]).toBe(WEB_FIXED);
    expect(after['units/web.service'].mode).toBe('100644');
    // The workspace itself is left as it was.
    expect(readFileSync(join(workspace, 'units/web.service'), 'utf8')).toBe(WEB);
    expect(first.summary).toMatch(new RegExp(`Fix pull request #${pulls[0].number}: created \\(1 safe fix in 1 file\\)`));
    expect(first.code).toBe(1);
    // The fix-branch and label lookups answer 404 on a first run: no warning annotation for either.
    expect(api.requests.filter((r) => r.method === 'GET' && /\/labels\/|\/git\/ref\//.test(r.operation)).length).toBe(2);
    expect(first.stdout).not.toMatch(/^::warning/m);
    // The commit is written as one tree whose entries carry the content: no blob uploads.
    expect(api.requests.filter((r) => r.operation === '/repos/{owner}/{repo}/git/blobs')).toEqual([]);
    expect(first.stdout).toContain('initlint: writing the fix commit: one tree of 1 file');
    expectNoToken(api, first);

    // An unrelated commit lands on the default branch (a README edit): the same fixes, so no write
    // at all — not to the fix branch, not to the pull request, not to the issue.
    const README_COMMIT = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
    const readmeTree = { ...api.state.trees![baseTree], 'README.md': { mode: '100644', sha: gitSha('blob', '# services\n') } };
    api.state.blobs![gitSha('blob', '# services\n')] = '# services\n';
    api.state.trees!['e'.repeat(40)] = readmeTree;
    api.state.commits![README_COMMIT] = { tree: 'e'.repeat(40), message: 'README', parents: [SHA] };
    api.state.refs!['heads/main'] = README_COMMIT;
    writeFileSync(join(workspace, 'README.md'), '# services\n');
    const moved = api.requests.length;
    const unrelated = await runDist(api, workspace, { 'fix-pr': 'true' }, { env: { GITHUB_SHA: README_COMMIT } });
    expect(api.violations).toEqual([]);
    expect(writes(api, moved)).toEqual([]);
    expect(api.state.refs!['heads/initlint/fixes']).toBe(head);
    expect(unrelated.stdout).toContain(`initlint: fix pull request #${pulls[0].number} is up to date (same fixes as on ${SHA.slice(0, 7)})`);
    rmSync(join(workspace, 'README.md'));

    // The same audit again: the pull request is up to date, nothing is pushed or opened.
    const mark = api.requests.length;
    const second = await runDist(api, workspace, { 'fix-pr': 'true' });
    expect(api.violations).toEqual([]);
    expect(writes(api, mark)).toEqual([]);
    expect(api.state.refs!['heads/initlint/fixes']).toBe(head);
    expect(second.stdout).toContain(`initlint: fix pull request #${pulls[0].number} is up to date`);
    expectNoToken(api, second);

    // A maintainer closes the pull request unmerged: the branch head still carries the audit's trailer,
    // so the next audit force-moves the branch to a fresh fix commit and opens a new pull request.
    pulls[0].state = 'closed';
    let mark2 = api.requests.length;
    const third = await runDist(api, workspace, { 'fix-pr': 'true' });
    expect(api.violations).toEqual([]);
    const rewritten = writes(api, mark2).filter((r) => r.operation.includes('/git/') || r.operation.includes('/pulls'));
    expect(rewritten.map((r) => `${r.method} ${r.operation}`)).toEqual([
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
      'POST /repos/{owner}/{repo}/pulls',
    ]);
    expect(rewritten[2].body).toMatchObject({ force: true });
    expect(pulls.filter((p) => p.state === 'open')).toHaveLength(1);
    const again = api.state.commits![api.state.refs!['heads/initlint/fixes']];
    expect(again.parents).toEqual([SHA]);
    expect(api.state.blobs![api.state.trees![again.tree]['units/web.service'].sha]).toBe(WEB_FIXED);
    expect(third.code).toBe(1);
    expectNoToken(api, third);

    // The unit fixed by hand: the open fix pull request is closed with a comment, and so is the tracking issue.
    writeFileSync(join(workspace, 'units/web.service'), WEB_FIXED);
    mark2 = api.requests.length;
    const fourth = await runDist(api, workspace, { 'fix-pr': 'true' });
    expect(api.violations).toEqual([]);
    const open = pulls.find((p) => p.number !== pulls[0].number)!;
    const issue = api.state.issues!.find((i) => i.body.includes(MARKER))!;
    expect(writes(api, mark2).map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/acme/services/issues/${issue.number}/comments`,
      `PATCH /repos/acme/services/issues/${issue.number}`,
      `POST /repos/acme/services/issues/${open.number}/comments`,
      `PATCH /repos/acme/services/pulls/${open.number}`,
    ]);
    expect(open.state).toBe('closed');
    expect(issue.state).toBe('closed');
    expect(fourth.code).toBe(0);
    expectNoToken(api, fourth);
  }, 180_000);

  it('a workflow_dispatch of a tag opens the fix pull request against the default branch GitHub reports', async () => {
    const files = { 'units/web.service': WEB, 'units/clean.service': CLEAN };
    api = await startFakeGitHub({ ...freshState(files), defaultBranch: 'trunk' });
    const workspace = checkout(files);
    const { schedule: _, ...rest } = scheduleEvent('acme', 'services');
    const event = { ...rest, inputs: {}, ref: 'refs/tags/v1.0' };
    const run = await runDist(api, workspace, { 'fix-pr': 'true' }, { env: { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/tags/v1.0' }, event });
    expect(api.violations).toEqual([]);
    expect(run.stdout).toContain('initlint: auditing the repository (event workflow_dispatch)');
    expect(api.requests.filter((r) => r.method === 'GET' && r.operation === '/repos/{owner}/{repo}')).toHaveLength(1);
    const opened = api.requests.filter((r) => r.method === 'POST' && r.operation === '/repos/{owner}/{repo}/pulls');
    expect(opened).toHaveLength(1);
    expect(opened[0].body).toMatchObject({ head: 'initlint/fixes', base: 'trunk' });
    expect(api.requests.filter((r) => r.method === 'POST' && r.operation === ISSUES)).toHaveLength(1);
    expect(run.code).toBe(1);
    expectNoToken(api, run);
  }, 180_000);

  it('leaves a fix branch alone once someone else pushed to it, and says so on the pull request only once', async () => {
    const files = { 'units/web.service': WEB, 'units/clean.service': CLEAN };
    api = await startFakeGitHub(freshState(files));
    const workspace = checkout(files);
    await runDist(api, workspace, { 'fix-pr': 'true' });
    expect(api.violations).toEqual([]);
    const ours = api.state.refs!['heads/initlint/fixes'];
    const pull = api.state.pulls![0];
    // A maintainer pushes a fix-up on top of the audit's commit.
    const foreign = 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed';
    api.state.commits![foreign] = { tree: api.state.commits![ours].tree, message: 'Tweak the fix', parents: [ours] };
    api.state.refs!['heads/initlint/fixes'] = foreign;

    let mark = api.requests.length;
    const second = await runDist(api, workspace, { 'fix-pr': 'true' });
    expect(api.violations).toEqual([]);
    const w = writes(api, mark);
    expect(w.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /repos/acme/services/issues/${pull.number}/comments`, `PATCH /repos/acme/services/pulls/${pull.number}`]);
    expect((w[0].body as { body: string }).body).toContain('f00dfee');
    expect(pull.body).toContain(`foreign=${foreign}`);
    expect(api.state.refs!['heads/initlint/fixes']).toBe(foreign);
    expect(second.stdout).toMatch(/^::warning::initlint: branch initlint\/fixes has commits the audit did not make/m);
    expect(second.summary).toContain('skipped foreign commits');

    mark = api.requests.length;
    await runDist(api, workspace, { 'fix-pr': 'true' });
    expect(api.violations).toEqual([]);
    expect(writes(api, mark)).toEqual([]);
    expect(api.state.refs!['heads/initlint/fixes']).toBe(foreign);
  }, 180_000);

  it('file names reach the issue and the fix PR neutralised: no mention, no cross-reference, no broken table or link', async () => {
    const name = 'units/we|b](x) @octocat #12 <b>.service';
    const files = { [name]: WEB };
    api = await startFakeGitHub(freshState(files));
    const workspace = checkout(files);
    const run = await runDist(api, workspace, { 'fix-pr': 'true' });
    expect(api.violations).toEqual([]);
    const issue = api.state.issues!.find((i) => i.body.includes(MARKER))!;
    const pull = api.state.pulls![0];
    for (const body of [issue.body, pull.body]) {
      // Outside code spans (where GitHub neither mentions, links nor renders HTML): no mention, reference or tag.
      const prose = body.replace(/`[^`]*`/g, '');
      expect(prose).not.toMatch(/@octocat/);
      expect(prose).not.toMatch(/#12(?![\d;])/);
      expect(prose).not.toContain('<b>');
      // Table rows keep their columns: every `|` of the name is an entity or escaped.
      for (const row of body.split('\n').filter((l) => l.startsWith('| ') && l.includes('octocat'))) {
        expect(row.replace(/\]\([^)]*\)/g, ']').split(/(?<!\\)\|/).length, row).toBe(body === issue.body ? 6 : 4);
      }
    }
    // The link is percent-encoded, so `)` cannot end it early.
    expect(issue.body).toContain(`/blob/${SHA}/units/we%7Cb%5D%28x%29%20%40octocat%20%2312%20%3Cb%3E.service#L11-L11`);
    // The fix still lands on that path.
    const head = api.state.commits![api.state.refs!['heads/initlint/fixes']];
    expect(api.state.blobs![api.state.trees![head.tree][name].sha]).toBe(WEB_FIXED);
    expectNoToken(api, run);
  }, 180_000);

  it('an executable OpenRC script keeps mode 100755 in the fix commit', async () => {
    const SCRIPT = ['#!/bin/sh', 'depend() {', '\tneed localmount', '}', 'command="/usr/bin/foo"', ''].join('\n');
    const files = { 'init.d/foo': SCRIPT, 'units/web.service': WEB };
    const state = freshState(files);
    const baseTree = state.commits![SHA].tree;
    state.trees![baseTree]['init.d/foo'].mode = '100755';
    api = await startFakeGitHub(state);
    const workspace = checkout(files);
    chmodSync(join(workspace, 'init.d/foo'), 0o755);
    const run = await runDist(api, workspace, { 'fix-pr': 'true' });
    expect(api.violations).toEqual([]);
    const head = api.state.commits![api.state.refs!['heads/initlint/fixes']];
    const before = api.state.trees![baseTree];
    const after = api.state.trees![head.tree];
    const changed = Object.keys({ ...before, ...after }).filter((p) => before[p]?.sha !== after[p]?.sha || before[p]?.mode !== after[p]?.mode);
    expect(changed.sort()).toEqual(['init.d/foo', 'units/web.service']);
    expect(after['init.d/foo'].mode).toBe('100755');
    expect(after['units/web.service'].mode).toBe('100644');
    expect(api.state.blobs![after['init.d/foo'].sha]).toBe(SCRIPT.replace('#!/bin/sh', '#!/sbin/openrc-run'));
    expect(api.state.blobs![after['units/web.service'].sha]).toBe(WEB_FIXED);
    expect(api.state.pulls![0].body).toContain('openrc/shebang');
    expectNoToken(api, run);
  }, 180_000);

  it('the fix PR never rewrites a shell helper that is not a service script, nor a BSD rc.d script; a template keeps its placeholders', async () => {
    // OpenRC's internal runner (its `#!@SHELL@` is a build placeholder, so here a plain `#!/bin/sh`, which openrc/shebang would rewrite), a build template for a Linux service script and a FreeBSD rc.d script, as those projects ship them.
    const HELPER = [
      '#!/bin/sh',
      '# Runs a service script for openrc: the default start and stop when the script has none.',
      '. @LIBEXECDIR@/sh/functions.sh',
      '',
      'depend() {',
      '\t:',
      '}',
      '',
      'start() {',
      '\tebegin "Starting ${name:-$RC_SVCNAME}"',
      '\tstart-stop-daemon --start --exec "$command" --pidfile "$pidfile" -- $command_args',
      '\teend $?',
      '}',
      '',
    ].join('\n');
    const TEMPLATE = ['#!@SBINDIR@/openrc-run', 'command=@SBINDIR@/food', 'pidfile=/var/run/food.pid', 'command_background=true', 'depend() {', '\tneed net', '}', ''].join('\n');
    const files = { 'sh/openrc-run.sh.in': HELPER, 'init.d/food.in': TEMPLATE, 'contrib/freebsd/rc.d/food': FREEBSD, 'units/web.service': WEB };
    const state = freshState(files);
    const baseTree = state.commits![SHA].tree;
    api = await startFakeGitHub(state);
    const workspace = checkout(files);
    const run = await runDist(api, workspace, { 'fix-pr': 'true' });
    expect(api.violations).toEqual([]);
    const head = api.state.commits![api.state.refs!['heads/initlint/fixes']];
    const before = api.state.trees![baseTree];
    const after = api.state.trees![head.tree];
    const changed = Object.keys({ ...before, ...after }).filter((p) => before[p]?.sha !== after[p]?.sha);
    expect(changed.sort()).toEqual(['init.d/food.in', 'units/web.service']);
    // The template's /var/run is fixed, its placeholders are not touched.
    expect(api.state.blobs![after['init.d/food.in'].sha]).toBe(TEMPLATE.replace('/var/run/', '/run/'));
    // OpenRC's own `sh/*.sh.in` library is not an init file at all (issue 11, class 2): nothing to report or fix.
    expect(run.stdout).not.toContain('sh/openrc-run.sh.in');
    // shellcheck does not call the template's `#!@SBINDIR@/openrc-run` an error.
    const issue = api.state.issues!.find((i) => i.body.includes(MARKER))!;
    expect(issue.body).not.toContain('SC2239');
    expect(run.stdout).not.toMatch(/SC2239/);
    expectNoToken(api, run);
  }, 180_000);

  it('with issues turned off, the audit still reports through annotations, the summary, SARIF and the exit code', async () => {
    const files = { 'units/web.service': WEB, 'units/clean.service': CLEAN };
    api = await startFakeGitHub({ ...freshState(files), issuesDisabled: true });
    const workspace = checkout(files);
    const run = await runDist(api, workspace, {});
    expect(api.violations).toEqual([]);
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(run.stdout).toMatch(/^::warning::initlint: could not update the tracking issue: Issues are disabled for this repo/m);
    expect(run.summary).toContain('The tracking issue could not be updated (Issues are disabled for this repo');
    expect(run.summary).toContain('units/web.service:11');
    expect(JSON.parse(readFileSync(join(workspace, 'initlint.sarif'), 'utf8')).runs[0].results.length).toBe(Number(run.outputs.findings));
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(1);
    expect(run.code).toBe(1);
    expectNoToken(api, run);
  }, 180_000);

  it('a workflow_dispatch of another branch moves the open fix pull request to that branch, so it still holds only the fix commit', async () => {
    const files = { 'units/web.service': WEB, 'units/clean.service': CLEAN };
    const state = freshState(files);
    // release-2 is a different commit with the same files.
    const RELEASE = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
    state.commits![RELEASE] = { ...state.commits![SHA], message: 'Release 2' };
    state.refs!['heads/release-2'] = RELEASE;
    api = await startFakeGitHub(state);
    const workspace = checkout(files);
    await runDist(api, workspace, { 'fix-pr': 'true' });
    const pull = api.state.pulls![0];
    expect(pull.base.ref).toBe('main');

    const mark = api.requests.length;
    const { schedule: _, ...rest } = scheduleEvent('acme', 'services');
    const run = await runDist(
      api,
      workspace,
      { 'fix-pr': 'true' },
      { env: { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/release-2', GITHUB_SHA: RELEASE }, event: { ...rest, inputs: {}, ref: 'refs/heads/release-2' } },
    );
    expect(api.violations).toEqual([]);
    const head = api.state.commits![api.state.refs!['heads/initlint/fixes']];
    expect(head.parents).toEqual([RELEASE]);
    // One pull request still, now based on the audited branch.
    expect(api.requests.slice(mark).filter((r) => r.method === 'POST' && r.operation === '/repos/{owner}/{repo}/pulls')).toEqual([]);
    expect(api.state.pulls!.filter((p) => p.state === 'open')).toHaveLength(1);
    expect(pull.base.ref).toBe('release-2');
    expectNoToken(api, run);
  }, 180_000);

  it('150 informational findings early in path order and one error late: the issue shows the error, a per-rule count table and the run link', async () => {
    const early = (i: number) => `[Unit]\nDescription=Early ${i}\n\n[Service]\nType=simple\nPIDFile=/run/early-${i}.pid\nExecStart=/usr/bin/early --id ${i}\n\n[Install]\nWantedBy=multi-user.target\n`;
    const LATE = '[Unit]\nDescription=Late\n\n[Service]\nType=simple\nExecStart=/usr/bin/late\n\n[Install]\nRequiredBy=multi-user.target\n';
    const files: Record<string, string> = { 'zzz/late.service': LATE };
    for (let i = 0; i < 150; i++) files[`aaa/early-${String(i).padStart(3, '0')}.service`] = early(i);
    api = await startFakeGitHub(freshState(files));
    const workspace = checkout(files);
    const run = await runDist(api, workspace, { 'fail-level': 'none' }, { env: { GITHUB_RUN_ID: '4242' } });
    expect(api.violations).toEqual([]);
    const body = api.state.issues!.find((i) => i.body.includes(MARKER))!.body;
    const errorRow = `| error | [zzz/late.service:9](https://github.com/acme/services/blob/${SHA}/zzz/late.service#L9-L9) | \`systemd/required-by-target\` |`;
    expect(body).toContain(errorRow);
    expect(body).toMatch(/\| \[`systemd\/required-by-target`\]\(https:[^)]+\) \| error \| 1 \| 1 \| safe \|/);
    expect(body).toMatch(/\| \[`systemd\/pidfile-without-forking`\]\(https:[^)]+\) \| info \| 150 \| 150 \| unsafe \|/);
    expect(body).toContain('The job summary of [the workflow run](https://github.com/acme/services/actions/runs/4242) lists every finding.');
    expect(body.indexOf(errorRow)).toBeLessThan(body.indexOf('aaa/early-000.service'));
    expect(body).toContain('<details><summary><code>systemd/pidfile-without-forking</code>: 150 findings in 150 files</summary>');
    expect(run.code).toBe(0);
    expectNoToken(api, run);
  }, 180_000);

  it('a generated tree of 3,200 units: state kept whole, an unchanged run makes no write, "fixed" counts every fixed finding', async () => {
    const unit = (i: number) =>
      `[Unit]\nDescription=Worker ${i}\n\n[Service]\nType=simple\nPIDFile=/var/run/worker-${i}.pid\nExecStart=/usr/bin/worker --id ${i}\n\n[Install]\nRequiredBy=multi-user.target\n`;
    const fixedUnit = (i: number) => `[Unit]\nDescription=Worker ${i}\n\n[Service]\nType=simple\nExecStart=/usr/bin/worker --id ${i}\n\n[Install]\nWantedBy=multi-user.target\n`;
    const files: Record<string, string> = {};
    for (let i = 0; i < 3200; i++) files[`units/${String(Math.floor(i / 100)).padStart(2, '0')}/worker-${i}.service`] = unit(i);
    api = await startFakeGitHub(freshState(files));
    const workspace = checkout(files);
    const env = { env: { GITHUB_RUN_ID: '7001' } };

    const first = await runDist(api, workspace, { 'fail-level': 'none', 'sarif-file': '' }, env);
    expect(api.violations).toEqual([]);
    expect(first.outputs.findings).toBe('9600');
    const issue = api.state.issues!.find((i) => i.body.includes(MARKER))!;
    expect(issue.body.length).toBeLessThanOrEqual(65_536);
    expect(issue.body).toContain('**9600 findings** in 3200 files');
    expect(issue.body).toContain('https://github.com/acme/services/actions/runs/7001');
    // Every finding remembered, in comments of the issue that the body points at.
    const pointer = /<!-- initlint:state-parts n=(\d+) digest=[0-9a-f]{16} -->/.exec(issue.body)!;
    const parts = api.state.issueComments!.filter((c) => c.issue_number === issue.number);
    expect(parts).toHaveLength(Number(pointer[1]));
    for (const part of parts) expect(part.body.length).toBeLessThanOrEqual(65_536);
    expect(first.stdout).toContain(`initlint: opened tracking issue #${issue.number} (its 9600 findings remembered in ${parts.length} comment`);

    // The same tree again at a newer commit: zero writes.
    let mark = api.requests.length;
    const second = await runDist(api, workspace, { 'fail-level': 'none', 'sarif-file': '' }, { env: { GITHUB_RUN_ID: '7002', GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' } });
    expect(api.violations).toEqual([]);
    expect(writes(api, mark)).toEqual([]);
    expect(second.stdout).toContain(`initlint: tracking issue #${issue.number} is up to date`);

    // Half the units fixed by hand: each loses its three findings, and "fixed" says so exactly.
    for (let i = 0; i < 1600; i++) writeFileSync(join(workspace, `units/${String(Math.floor(i / 100)).padStart(2, '0')}/worker-${i}.service`), fixedUnit(i));
    mark = api.requests.length;
    const third = await runDist(api, workspace, { 'fail-level': 'none', 'sarif-file': '' }, { env: { GITHUB_RUN_ID: '7003' } });
    expect(api.violations).toEqual([]);
    expect(third.outputs.findings).toBe('4800');
    const updated = api.state.issues!.find((i) => i.number === issue.number)!;
    expect(updated.body).toContain('### Fixed since the last audit: 4800 findings');
    expect(updated.body.length).toBeLessThanOrEqual(65_536);
    expect(third.stdout).toContain(`initlint: updated tracking issue #${issue.number}: 4800 findings fixed since ${SHA.slice(0, 7)}`);
    // The body is written after the state it points at.
    const w = writes(api, mark).map((r) => `${r.method} ${r.operation}`);
    expect(w.at(-1)).toBe('PATCH /repos/{owner}/{repo}/issues/{issue_number}');
    expect(w.slice(0, -1).every((x) => /comments/.test(x))).toBe(true);
  }, 300_000);
});
