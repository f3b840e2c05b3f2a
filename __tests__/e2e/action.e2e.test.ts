/**
 * The action as the runner runs it: `node dist/index.js` in a child process
 * with INPUT_* variables, a pull_request event file, GITHUB_STEP_SUMMARY and
 * GITHUB_OUTPUT files, a git-free checkout, and GITHUB_API_URL pointing at a
 * loopback GitHub that checks every request against GitHub's OpenAPI
 * description.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { parseOutputs, runnerEnv, startFakeGitHub, type FakeGitHub, type FakeState } from './fake-github.js';
import { WEB_UNIT as WEB } from '../fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOKEN = 'ghs_e2eRecognisableTokenValue0000000001';
const HEAD = '3f786850e387550fdab836ed7e6dc881de23001b';

// The PR adds web.service (WEB, fixtures.ts: RequiredBy= a runlevel target) …
// … and changes the Type=, ExecStart= and PIDFile= lines of a forking unit run through `sh -c`.
const LEGACY = [
  '[Unit]',
  'Description=Legacy daemon',
  '',
  '[Service]',
  'Type=forking',
  "ExecStart=/bin/sh -c '/usr/sbin/legacyd --daemon'",
  'PIDFile=/var/run/legacyd.pid',
  'RequiredBy=graphical.target',
  '',
  '[Install]',
  'WantedBy=multi-user.target',
  '',
].join('\n');
const LEGACY_PATCH = [
  '@@ -2,6 +2,6 @@',
  ' Description=Legacy daemon',
  ' ',
  ' [Service]',
  '-Type=simple',
  '-ExecStart=/usr/sbin/legacyd --foreground',
  '-PIDFile=/run/legacyd.pid',
  '+Type=forking',
  "+ExecStart=/bin/sh -c '/usr/sbin/legacyd --daemon'",
  '+PIDFile=/var/run/legacyd.pid',
].join('\n');
// Untouched by the PR, with a problem of its own: context for cross-file rules, never commented on.
const OLD = '[Unit]\nDescription=Old\n\n[Service]\nExecStart=/usr/bin/old\n\n[Install]\nRequiredBy=graphical.target\n';

function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

/** A pull_request "synchronize" payload, shaped as GitHub sends it (trimmed to the fields a consumer reads). */
function pullRequestEvent(owner: string, repo: string, number: number, changedFiles: number) {
  const repository = {
    id: 123456,
    node_id: 'R_kgDOAAAAAQ',
    name: repo,
    full_name: `${owner}/${repo}`,
    private: false,
    owner: { login: owner, id: 1, type: 'Organization' },
    html_url: `https://github.com/${owner}/${repo}`,
    default_branch: 'main',
  };
  return {
    action: 'synchronize',
    number,
    before: '0000000000000000000000000000000000000001',
    after: HEAD,
    pull_request: {
      url: `https://api.github.com/repos/${owner}/${repo}/pulls/${number}`,
      id: 987654321,
      node_id: 'PR_kwDOAAAAAc4AAAAB',
      html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
      number,
      state: 'open',
      locked: false,
      title: 'Add web.service, run legacyd through sh',
      user: { login: 'contributor', id: 2, type: 'User' },
      body: 'Please review @maintainers',
      draft: false,
      head: { label: `${owner}:feature`, ref: 'feature', sha: HEAD, user: { login: owner, id: 1 }, repo: repository },
      base: { label: `${owner}:main`, ref: 'main', sha: 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391', user: { login: owner, id: 1 }, repo: repository },
      author_association: 'CONTRIBUTOR',
      merged: false,
      commits: 2,
      additions: 14,
      deletions: 2,
      changed_files: changedFiles,
    },
    repository,
    sender: { login: 'contributor', id: 2, type: 'User' },
  };
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Runs dist/index.js once, as the runner would (an `event` string is written as it is). */
function runDist(api: FakeGitHub, workspace: string, inputs: Record<string, string>, event: unknown): Promise<RunResult> {
  const runner = tempDir('initlint-runner-');
  const eventPath = join(runner, 'event.json');
  const summaryPath = join(runner, 'step_summary.md');
  const outputPath = join(runner, 'output.txt');
  writeFileSync(eventPath, typeof event === 'string' ? event : JSON.stringify(event));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env = runnerEnv({
    api,
    files: { runner, eventPath, summaryPath, outputPath },
    workspace,
    eventName: 'pull_request',
    sha: '5f1a9c2f3b0c9c4e9d1e6f7a8b9c0d1e2f3a4b5c',
    ref: 'refs/pull/42/merge',
    token: TOKEN,
  });
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return new Promise((resolve) => {
    // Asynchronous on purpose: the fake GitHub answers from this process's event loop.
    execFile(process.execPath, [join(root, 'dist', 'index.js')], { cwd: workspace, env, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr, summary: readFileSync(summaryPath, 'utf8'), outputs: parseOutputs(readFileSync(outputPath, 'utf8')) });
    });
  });
}

function freshState(): FakeState {
  return {
    owner: 'acme',
    repo: 'services',
    pull: 42,
    headSha: HEAD,
    files: [
      { filename: 'units/web.service', status: 'added', patch: addedPatch(WEB) },
      { filename: 'units/legacy.service', status: 'modified', patch: LEGACY_PATCH },
      { filename: 'docs/notes.md', status: 'modified', patch: '@@ -1 +1 @@\n-old\n+new' },
      { filename: 'docs/diagram.png', status: 'added' },
    ],
    head: { 'units/web.service': WEB, 'units/legacy.service': LEGACY },
    reviews: [],
    comments: [],
    resolved: new Set(),
    nextId: 5000,
  };
}

function checkout(): string {
  const dir = tempDir('initlint-workspace-');
  for (const [path, text] of Object.entries({ 'units/web.service': WEB, 'units/legacy.service': LEGACY, 'units/old.service': OLD, 'docs/notes.md': 'new\n' })) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** New-side lines inside the hunks of a patch. */
function hunkLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  let line = 0;
  for (const raw of (patch ?? '').split('\n')) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(raw);
    if (h) line = Number(h[1]);
    else if (raw.startsWith('+') || raw.startsWith(' ')) lines.add(line++);
  }
  return lines;
}

let api: FakeGitHub;

// dist/ is built once for the whole run by __tests__/global-setup.ts: exactly what the runner runs.

afterAll(async () => {
  await api?.close();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('dist/index.js against a loopback GitHub', () => {
  it('reviews a pull request once, with a suggestion; a second run on the same head posts nothing', async () => {
    expect(existsSync(join(root, 'dist', 'index.js'))).toBe(true);
    // A launcher that hands the CommonJS bundle to launch.cjs, which runs it with a V8 code cache (scripts/build.mjs, src/launch.ts).
    expect(readFileSync(join(root, 'dist', 'index.js'), 'utf8')).toContain("requireHere('./launch.cjs').launch(requireHere.resolve('./action.cjs'));");
    api = await startFakeGitHub(freshState());
    const workspace = checkout();
    const event = pullRequestEvent('acme', 'services', 42, 3);

    const first = await runDist(api, workspace, {}, event);
    expect(api.violations).toEqual([]);
    const reviews = api.requests.filter((r) => r.method === 'POST' && r.operation === '/repos/{owner}/{repo}/pulls/{pull_number}/reviews');
    expect(reviews).toHaveLength(1);
    const review = reviews[0].body as { commit_id: string; event: string; comments: Array<{ path: string; body: string; line: number; start_line?: number }> };
    expect(review.commit_id).toBe(HEAD);
    expect(review.event).toBe('COMMENT');
    // The RequiredBy= line of the new unit gets a suggestion that makes it WantedBy=.
    const rbt = review.comments.find((c) => c.path === 'units/web.service' && c.body.includes('systemd/required-by-target'));
    expect(rbt).toBeDefined();
    expect(rbt!.line).toBe(11);
    expect(rbt!.body).toContain('```suggestion\nWantedBy=multi-user.target\n```');
    // Every comment lies inside a hunk of its file; nothing on the untouched unit.
    for (const c of review.comments) {
      const allowed = hunkLines(api.state.files.find((f) => f.filename === c.path)?.patch);
      for (let l = c.start_line ?? c.line; l <= c.line; l++) expect(allowed.has(l), `${c.path}:${l}`).toBe(true);
    }
    expect(review.comments.some((c) => c.path === 'units/old.service')).toBe(false);
    // legacy.service line 8 (RequiredBy= in [Service]) lies below the hunk (new lines 2-7): never commented.
    expect(review.comments.some((c) => c.path === 'units/legacy.service' && c.line >= 8)).toBe(false);
    // The systemd rules land in parallel: when the legacy-path rule is in this build, its fix is a suggestion on the changed line.
    if (rules.some((r) => r.id === 'systemd/pidfile-legacy-path')) {
      const pid = review.comments.find((c) => c.path === 'units/legacy.service' && c.body.includes('systemd/pidfile-legacy-path'));
      expect(pid?.line).toBe(7);
      expect(pid?.body).toContain('```suggestion\nPIDFile=/run/legacyd.pid\n```');
    }
    // Every request carried the token only in the Authorization header, and it never reached the logs.
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    // The only place it appears is the runner's own mask command, which the runner consumes.
    const shown = (first.stdout + first.stderr).split('\n').filter((l) => l !== `::add-mask::${TOKEN}`);
    expect(shown.length).toBeLessThan((first.stdout + first.stderr).split('\n').length);
    expect(shown.join('\n')).not.toContain(TOKEN);
    // Summary, SARIF, outputs, exit status (fail-level error, and the PR adds an error).
    expect(first.summary).toContain('## initlint');
    expect(first.summary).toContain('units/web.service:11');
    const sarif = JSON.parse(readFileSync(join(workspace, 'initlint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'systemd/required-by-target')).toBe(true);
    expect(first.outputs['sarif-file']).toBe(join(workspace, 'initlint.sarif'));
    expect(Number(first.outputs.errors)).toBeGreaterThanOrEqual(1);
    expect(first.stdout).toMatch(/^::error title=systemd\/required-by-target,file=units\/web\.service,line=11,/m);
    expect(first.code).toBe(1);

    // Second run, same head: no new review, no new comment; fail-level none exits 0.
    const before = api.requests.length;
    const second = await runDist(api, workspace, { 'fail-level': 'none' }, event);
    expect(api.violations).toEqual([]);
    const again = api.requests.slice(before);
    expect(again.filter((r) => r.method !== 'GET' && r.operation !== 'graphql')).toEqual([]);
    expect(api.state.reviews).toHaveLength(1);
    expect(second.stdout).toContain('initlint: nothing new to review');
    expect(second.code).toBe(0);
    expect(second.outputs.findings).toBe(first.outputs.findings);
  }, 180_000);
  it('a malformed event file is one clear error and a failed step, not a crash with a stack trace', async () => {
    await api?.close();
    api = await startFakeGitHub(freshState());
    const result = await runDist(api, checkout(), {}, '{"pull_request": ');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::initlint: cannot read the workflow's event file GITHUB_EVENT_PATH \(.*event\.json\): .*JSON/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("no file name starts a line of stdout with a workflow command; only initlint's own commands do", async () => {
    const hostile = [
      'units/a\n::warning file=x,line=1::pwned-a\n.service',
      'units/b\n::add-mask::pwned-b\n.service',
      'units/c\r\n::stop-commands::pwnedtoken\n.service',
      'units/d\n::set-output name=findings::0\n.service',
      '::error::pwned-e.service',
    ];
    const state = freshState();
    const broken = '[Unit]\nDescription=x\n[Service]\nExecStart=/usr/bin/x\n[Install]\nRequiredBy=multi-user.target\n';
    state.files.push(...hostile.map((filename) => ({ filename, status: 'added' as const, patch: addedPatch(broken) })));
    // Two are readable at the head (annotations carry their names), the rest cannot be read (skipped lines carry them).
    state.head[hostile[0]] = broken;
    state.head[hostile[4]] = broken;
    await api?.close();
    api = await startFakeGitHub(state);
    const result = await runDist(api, checkout(), { 'fail-level': 'none' }, pullRequestEvent('acme', 'services', 42, state.files.length));
    const lines = result.stdout.split(/\r\n|\r|\n/);
    const commands = lines.filter((l) => l.startsWith('::'));
    // initlint writes only these; octokit's request log lines are warnings too, with their data encoded.
    for (const line of commands) expect(line, line).toMatch(new RegExp(`^::(add-mask::${TOKEN}$|(error|warning|notice|debug)[ :])`));
    const injected = ['::warning file=x', '::add-mask::pwned', '::stop-commands', '::set-output', '::error::pwned'];
    for (const line of commands)
      expect(
        injected.some((p) => line.startsWith(p)),
        line,
      ).toBe(false);
    // Each name reached the log, encoded, on a line of initlint's own.
    expect(result.stdout).toContain('initlint: units/b%0A::add-mask::pwned-b%0A.service: ');
    expect(result.stdout).toContain('initlint: units/c%0D%0A::stop-commands::pwnedtoken%0A.service: ');
    expect(result.stdout).toMatch(/^::error title=systemd\/required-by-target,file=units\/a%0A%3A%3Awarning file=x%2Cline=1%3A%3Apwned-a%0A.service,line=6,/m);
    expect(result.stdout).toMatch(/^::error title=systemd\/required-by-target,file=%3A%3Aerror%3A%3Apwned-e.service,line=6/m);
    expect(lines.some((l) => /^::(stop-commands|set-output)/.test(l) || (l.startsWith('::add-mask::') && l !== `::add-mask::${TOKEN}`))).toBe(false);
    expect(result.outputs.findings).not.toBe('0');
  }, 180_000);
  it('the ossec-control conversion PR: the template once, the enable line once as copyable code, and --fix-unsafe on the same files leaves no control-script finding', async () => {
    const files = { 'ossec/ossec-control': readFileSync(join(root, 'examples/ossec/ossec-control'), 'utf8'), 'ossec/ossec.service': readFileSync(join(root, 'examples/ossec/ossec.service'), 'utf8') };
    const state = freshState();
    state.files = Object.entries(files).map(([filename, text]) => ({ filename, status: 'added' as const, patch: addedPatch(text) }));
    state.head = { ...files };
    await api?.close();
    api = await startFakeGitHub(state);
    const workspace = tempDir('initlint-workspace-');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(workspace, dirname(path)), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
    const result = await runDist(api, workspace, { 'fail-level': 'none' }, pullRequestEvent('acme', 'services', 42, 2));
    expect(api.violations).toEqual([]);
    const [review] = api.requests
      .filter((r) => r.method === 'POST' && r.operation === '/repos/{owner}/{repo}/pulls/{pull_number}/reviews')
      .map((r) => r.body as { body: string; comments: Array<{ path: string; body: string }> });
    const shown = [review.body, ...review.comments.map((c) => c.body)].join('\n');
    const enable = 'systemctl enable ossec@dbd ossec@agentlessd ossec@csyslogd ossec@maild ossec@execd ossec@analysisd ossec@logcollector ossec@remoted ossec@syscheckd ossec@monitord';
    expect(shown.split('# Generated by initlint').length - 1).toBe(1);
    expect(shown.split('systemctl enable').length - 1).toBe(1);
    expect(shown).toContain('```\n' + enable + '\n```');
    // Zero-width characters protect prose from @mentions; none may sit in a command or code.
    for (const text of [shown, result.summary, result.stdout, readFileSync(join(workspace, 'initlint.sarif'), 'utf8')]) expect(text).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/);
    expect(result.summary).toContain(`\`${enable}\``);
    // Nothing is posted on the unit the conversion deletes: its findings are in the conversion's comment.
    expect(review.comments.filter((c) => c.path === 'ossec/ossec.service')).toEqual([]);
    expect(shown).toContain('**Deletes `ossec/ossec.service`**');

    // The same files, fixed with the CLI: the template is written, the unit deleted, no control-script finding remains.
    const cli = (args: string[]) =>
      new Promise<{ stdout: string; stderr: string }>((resolve) =>
        execFile(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: workspace, timeout: 120_000 }, (_error, stdout, stderr) => resolve({ stdout, stderr })),
      );
    const fixed = await cli(['--fix-unsafe', 'ossec']);
    expect(fixed.stderr).toContain('initlint: wrote ossec/ossec@.service');
    expect(fixed.stderr).toContain('initlint: deleted ossec/ossec.service');
    expect(existsSync(join(workspace, 'ossec/ossec.service'))).toBe(false);
    const after = JSON.parse((await cli(['--format', 'json', 'ossec'])).stdout) as Array<{ path: string; messages: Array<{ ruleId: string }> }>;
    expect(after.map((f) => f.path).sort()).toEqual(['ossec/ossec-control', 'ossec/ossec@.service']);
    expect(after.flatMap((f) => f.messages.map((m) => m.ruleId)).filter((id) => id === 'systemd/control-script-wrapper' || id === 'sysv/multi-daemon-control')).toEqual([]);
  }, 180_000);
  it('a changed file GitHub lists without a patch is linted at the head, not the checkout', async () => {
    const head = `${'# padding\n'.repeat(20_000)}[Unit]\nDescription=x\n[Service]\nExecStart=/usr/bin/x\n[Install]\nRequiredBy=multi-user.target\n`;
    const state = freshState();
    state.files = [
      {
        filename: 'units/big.service',
        status: 'modified',
        sha: createHash('sha1')
          .update(`blob ${Buffer.byteLength(head)}\0${head}`)
          .digest('hex'),
      },
    ];
    state.head = { 'units/big.service': head };
    await api?.close();
    api = await startFakeGitHub(state);
    const workspace = checkout();
    writeFileSync(join(workspace, 'units/big.service'), '[Unit]\nDescription=x\n');
    const result = await runDist(api, workspace, { 'fail-level': 'none' }, pullRequestEvent('acme', 'services', 42, 1));
    expect(api.violations).toEqual([]);
    expect(api.requests.some((r) => r.method === 'GET' && r.operation === '/repos/{owner}/{repo}/contents/{path}')).toBe(true);
    expect(result.stdout).toMatch(/^::error title=systemd\/required-by-target,file=units\/big\.service,line=20006,/m);
    expect(result.outputs.errors).toBe('1');
  }, 180_000);
});
