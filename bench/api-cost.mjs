#!/usr/bin/env node
// API calls per action run as a pull request's files and findings grow, and
// the wall time of `node dist/index.js` on a 100-file PR, against the loopback
// GitHub of the e2e test (every request checked against GitHub's OpenAPI
// description). Run `npm run build` first (or pass --build).
//
//   node bench/api-cost.mjs [--build] [--sizes 1,10,100,300] [--markdown]
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startFakeGitHub } from '../__tests__/e2e/fake-github.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { build: { type: 'boolean' }, sizes: { type: 'string' }, markdown: { type: 'boolean' } } });
if (values.build || !existsSync(join(root, 'dist', 'index.js'))) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const sizes = (values.sizes ?? '1,10,100,300').split(',').map(Number);

const HEAD = 'f'.repeat(40);
const TOKEN = 'ghs_benchToken000000000000000000000000';
const made = [];

/** A unit with one finding (RequiredBy= a runlevel target) on its last line, or none when fixed. */
const unit = (i, fixed = false) => `[Unit]\nDescription=Service ${i}\n\n[Service]\nExecStart=/usr/bin/svc${i} --foreground\n\n[Install]\n${fixed ? 'WantedBy' : 'RequiredBy'}=multi-user.target\n`;
const added = (text) => {
  const lines = text.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
};

function scenario(n, fixedBelow = 0) {
  const files = {};
  for (let i = 0; i < n; i++) files[`units/svc${i}.service`] = unit(i, i < fixedBelow);
  return files;
}

function writeTree(files) {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-bench-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function runDist(api, workspace, changed, eventName = 'pull_request') {
  const runner = mkdtempSync(join(tmpdir(), 'initlint-bench-runner-'));
  made.push(runner);
  const event = {
    action: 'synchronize',
    number: 1,
    pull_request: { number: 1, changed_files: changed, head: { sha: HEAD, ref: 'f' }, base: { sha: 'e'.repeat(40), ref: 'main' } },
    repository: { full_name: 'acme/bench' },
  };
  writeFileSync(join(runner, 'event.json'), JSON.stringify(event));
  writeFileSync(join(runner, 'summary.md'), '');
  writeFileSync(join(runner, 'output'), '');
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: join(runner, 'event.json'),
    GITHUB_REPOSITORY: 'acme/bench',
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: api.url,
    GITHUB_GRAPHQL_URL: `${api.url}/graphql`,
    GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
    GITHUB_OUTPUT: join(runner, 'output'),
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_FILTER-MODE': 'added',
    'INPUT_FAIL-LEVEL': 'none',
    INPUT_REVIEW: 'true',
    INPUT_ANNOTATIONS: 'true',
    INPUT_SUGGESTIONS: 'true',
    'INPUT_MAX-COMMENTS': '30',
    INPUT_MODE: 'auto',
  };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(root, 'dist', 'index.js')], { env, cwd: workspace, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }, (error) => {
      if (error) reject(error);
      else resolve(performance.now() - started);
    });
  });
}

const count = (requests) => {
  const by = {};
  for (const r of requests) {
    const key = r.operation === 'graphql' ? (/resolveReviewThread/.test(r.body?.query) ? 'graphql resolve' : 'graphql threads') : `${r.method} ${r.operation.replace('/repos/{owner}/{repo}', '')}`;
    by[key] = (by[key] ?? 0) + 1;
  }
  return by;
};

const rows = [];
for (const n of sizes) {
  const state = {
    owner: 'acme',
    repo: 'bench',
    pull: 1,
    headSha: HEAD,
    files: Object.entries(scenario(n)).map(([filename, text]) => ({ filename, status: 'added', patch: added(text) })),
    head: scenario(n),
    reviews: [],
    comments: [],
    resolved: new Set(),
    nextId: 1,
  };
  const api = await startFakeGitHub(state);
  const ws = writeTree(scenario(n));
  const firstMs = await runDist(api, ws, n);
  const first = api.requests.splice(0);
  const againMs = await runDist(api, ws, n);
  const again = api.requests.splice(0);
  // Half the findings fixed in a new push: their threads are resolved.
  const half = Math.floor(n / 2);
  const fixedTree = scenario(n, half);
  state.head = fixedTree;
  state.files = Object.entries(fixedTree).map(([filename, text]) => ({ filename, status: 'added', patch: added(text) }));
  const ws2 = writeTree(fixedTree);
  const fixMs = await runDist(api, ws2, n);
  const fix = api.requests.splice(0);
  if (api.violations.length) throw new Error(`OpenAPI violations: ${api.violations.join('; ')}`);
  await api.close();
  rows.push({ files: n, findings: n, first: first.length, firstBy: count(first), firstMs, again: again.length, againMs, fix: fix.length, fixBy: count(fix), fixMs, resolved: state.resolved.size });
}
// pull_request_target: the checkout is the base, so every changed init file comes from the contents API.
const targetRows = [];
for (const n of sizes.filter((x) => x <= 300)) {
  const files = scenario(n);
  const api = await startFakeGitHub({
    owner: 'acme',
    repo: 'bench',
    pull: 1,
    headSha: HEAD,
    files: Object.entries(files).map(([filename, text]) => ({ filename, status: 'added', patch: added(text) })),
    head: files,
    reviews: [],
    comments: [],
    resolved: new Set(),
    nextId: 1,
  });
  const ms = await runDist(api, writeTree({ 'README.md': 'base\n' }), n, 'pull_request_target');
  if (api.violations.length) throw new Error(`OpenAPI violations: ${api.violations.join('; ')}`);
  targetRows.push({ files: n, calls: api.requests.length, by: count(api.requests), ms });
  await api.close();
}
for (const dir of made) rmSync(dir, { recursive: true, force: true });

const fmt = (by) =>
  Object.entries(by)
    .map(([k, v]) => `${k} ×${v}`)
    .join(', ');
if (values.markdown) {
  console.log('| files (1 finding each) | 1st run: calls | 1st run: wall ms | re-run: calls | re-run: wall ms | half fixed: calls (threads resolved) | half fixed: wall ms |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.files} | ${r.first} | ${r.firstMs.toFixed(0)} | ${r.again} | ${r.againMs.toFixed(0)} | ${r.fix} (${r.resolved}) | ${r.fixMs.toFixed(0)} |`);
  console.log('');
  for (const r of rows) console.log(`- ${r.files} files — first run: ${fmt(r.firstBy)}; half fixed: ${fmt(r.fixBy)}`);
  console.log('\n`pull_request_target` (base checkout; head files from the contents API):\n');
  console.log('| files | calls | wall ms |');
  console.log('| ---: | ---: | ---: |');
  for (const r of targetRows) console.log(`| ${r.files} | ${r.calls} | ${r.ms.toFixed(0)} |`);
} else {
  console.log(JSON.stringify({ rows, targetRows }, null, 2));
}
