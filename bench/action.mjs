#!/usr/bin/env node
// The action's footprint as the runner sees it: `node dist/index.js` (no flags)
// reviewing a pull request that adds one 42-line OpenRC script, and one that
// adds fifty, against the loopback GitHub of the e2e test; and `node dist/cli.js`
// (no flags) on the same files; and the scheduled audit (fix-pr) of a checkout of those files. Each run is a child process under /usr/bin/time
// (peak RSS of the largest process, wall); figures are medians of --runs runs
// after one warm-up. Run `npm run build` first (or pass --build).
//
//   node bench/action.mjs [--build] [--runs 5] [--sizes 1,50] [--json] [--dist DIR (default dist/)]
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerEnv, startFakeGitHub } from '../__tests__/e2e/fake-github.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { build: { type: 'boolean' }, runs: { type: 'string' }, sizes: { type: 'string' }, json: { type: 'boolean' }, dist: { type: 'string' } } });
const dist = values.dist ?? join(root, 'dist');
if (values.build || !existsSync(join(dist, 'index.js'))) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), dist], { stdio: 'inherit' });
const RUNS = Number(values.runs ?? 5);
const sizes = (values.sizes ?? '1,50').split(',').map(Number);
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error('bench/action.mjs needs /usr/bin/time (apt-get install time)');

const HEAD = 'a'.repeat(40);
const TOKEN = 'ghs_benchToken000000000000000000000000';
const made = [];
const temp = (prefix) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

/** A 42-line OpenRC service script with a few findings (a /var/run pidfile, no `need net`). */
const script = (i) => `#!/sbin/openrc-run
# Copyright 2026 Example

name="bench daemon ${i}"
description="A daemon for the benchmark, number ${i}"
command="/usr/sbin/benchd${i}"
command_args="--config /etc/benchd/${i}.conf \${BENCHD_OPTS}"
pidfile="/var/run/benchd${i}.pid"
command_background="yes"
command_user="benchd:benchd"
extra_commands="checkconfig"
extra_started_commands="reload"

depend() {
	use logger dns
	after firewall
}

checkconfig() {
	if [ ! -f "/etc/benchd/${i}.conf" ]; then
		eerror "Missing /etc/benchd/${i}.conf"
		return 1
	fi
	"\${command}" --config "/etc/benchd/${i}.conf" --test >/dev/null 2>&1
}

start_pre() {
	checkconfig || return 1
	checkpath --directory --owner benchd:benchd --mode 0750 /var/lib/benchd
	checkpath --directory --owner benchd:benchd --mode 0755 /run/benchd
}

reload() {
	checkconfig || return 1
	ebegin "Reloading \${RC_SVCNAME}"
	start-stop-daemon --signal HUP --pidfile "\${pidfile}"
	eend $?
}

stop_post() {
	rm -f "\${pidfile}"
}
`;
if (script(0).split('\n').length - 1 !== 42) throw new Error('the bench script must stay 42 lines');

const files = (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`openrc/benchd${i}.initd`, script(i)]));
const added = (text) => {
  const lines = text.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
};

function checkout(tree) {
  const dir = temp('initlint-bench-ws-');
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), text, { mode: 0o755 });
  }
  return dir;
}

/** One timed child process: wall seconds and peak RSS (MiB) from /usr/bin/time. */
function timed(argv, options) {
  const stats = join(temp('initlint-bench-time-'), 'time');
  return new Promise((resolve, reject) => {
    // Asynchronous: the loopback GitHub answers from this process's event loop.
    execFile(TIME, ['-f', '%e %M %U %S', '-o', stats, ...argv], { timeout: 300_000, maxBuffer: 64 << 20, ...options }, (error, _stdout, stderr) => {
      const [wall, kib, user, sys] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      if (error && !Number.isFinite(wall)) reject(new Error(`${argv.join(' ')}: ${stderr}`));
      else resolve({ wall, cpu: user + sys, mib: kib / 1024, code: error ? error.code : 0 });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function series(run) {
  await run();
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run());
  const codes = [...new Set(runs.map((r) => r.code))];
  return {
    cpu: median(runs.map((r) => r.cpu)),
    wall: median(runs.map((r) => r.wall)),
    wallMin: Math.min(...runs.map((r) => r.wall)),
    wallMax: Math.max(...runs.map((r) => r.wall)),
    mib: median(runs.map((r) => r.mib)),
    mibMax: Math.max(...runs.map((r) => r.mib)),
    codes,
  };
}

/** The action on a PR adding n scripts; every run starts from an empty review history. */
async function actionRow(n) {
  const tree = files(n);
  const state = {
    owner: 'acme',
    repo: 'services',
    pull: 7,
    headSha: HEAD,
    files: Object.entries(tree).map(([filename, text]) => ({ filename, status: 'added', patch: added(text) })),
    head: tree,
    reviews: [],
    comments: [],
    resolved: new Set(),
    nextId: 1,
  };
  const api = await startFakeGitHub(state);
  const workspace = checkout(tree);
  const runner = temp('initlint-bench-runner-');
  const paths = { runner, eventPath: join(runner, 'event.json'), summaryPath: join(runner, 'summary.md'), outputPath: join(runner, 'output') };
  const event = {
    action: 'opened',
    number: 7,
    pull_request: { number: 7, changed_files: n, head: { sha: HEAD, ref: 'bench' }, base: { sha: 'b'.repeat(40), ref: 'main' } },
    repository: { full_name: 'acme/services' },
  };
  writeFileSync(paths.eventPath, JSON.stringify(event));
  const env = runnerEnv({ api, files: paths, workspace, eventName: 'pull_request', sha: HEAD, ref: 'refs/pull/7/merge', token: TOKEN });
  env['INPUT_FAIL-LEVEL'] = 'none';
  // BENCH_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=DIR' profiles the action's runs.
  if (process.env.BENCH_NODE_OPTIONS) env.NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS;
  try {
    return await series(() => {
      state.reviews.length = 0;
      state.comments.length = 0;
      writeFileSync(paths.summaryPath, '');
      writeFileSync(paths.outputPath, '');
      return timed([process.execPath, join(dist, 'index.js')], { cwd: workspace, env });
    });
  } finally {
    if (api.violations.length) throw new Error(`OpenAPI violations: ${api.violations.join('; ')}`);
    if (state.reviews.length === 0) throw new Error('the action posted no review');
    await api.close();
  }
}

/** The scheduled audit (`fix-pr: true`) of a checkout holding n scripts; every run starts with no issue and no fix branch. */
async function auditRow(n) {
  const tree = files(n);
  const api = await startFakeGitHub({ owner: 'acme', repo: 'services', pull: 0, headSha: HEAD, files: [], head: {}, reviews: [], comments: [], resolved: new Set(), nextId: 1 });
  const workspace = checkout(tree);
  const runner = temp('initlint-bench-runner-');
  const paths = { runner, eventPath: join(runner, 'event.json'), summaryPath: join(runner, 'summary.md'), outputPath: join(runner, 'output') };
  writeFileSync(paths.eventPath, JSON.stringify({ schedule: '17 5 * * 1', repository: { full_name: 'acme/services', default_branch: 'main' } }));
  const env = runnerEnv({ api, files: paths, workspace, eventName: 'schedule', sha: HEAD, ref: 'refs/heads/main', token: TOKEN });
  Object.assign(env, { 'INPUT_FAIL-LEVEL': 'none', 'INPUT_FIX-PR': 'true' });
  try {
    return await series(() => {
      // A fresh repository each run: the commit the fixes build on, no issue, no branch.
      Object.assign(api.state, {
        issues: [],
        issueComments: [],
        labels: [],
        pulls: [],
        refs: { 'heads/main': HEAD },
        commits: { [HEAD]: { tree: 't', message: 'bench', parents: [] } },
        trees: { t: {} },
        blobs: {},
      });
      writeFileSync(paths.summaryPath, '');
      writeFileSync(paths.outputPath, '');
      return timed([process.execPath, join(dist, 'index.js')], { cwd: workspace, env });
    });
  } finally {
    if (api.violations.length) throw new Error(`OpenAPI violations: ${api.violations.join('; ')}`);
    if (!api.state.issues.length || !api.state.pulls.length) throw new Error('the audit opened no issue or no fix pull request');
    await api.close();
  }
}

async function cliRow(n) {
  const workspace = checkout(files(n));
  return series(() => timed([process.execPath, join(dist, 'cli.js'), '--format', 'json', 'openrc'], { cwd: workspace }));
}

const rows = [];
for (const n of sizes) {
  rows.push({ what: `action: \`node dist/index.js\`, PR adding ${n} OpenRC script${n === 1 ? '' : 's'}`, files: n, ...(await actionRow(n)) });
  rows.push({ what: `CLI: \`node dist/cli.js\` on the same ${n} script${n === 1 ? '' : 's'}`, files: n, ...(await cliRow(n)) });
  rows.push({ what: `audit: \`node dist/index.js\` on a schedule with fix-pr, checkout of ${n} script${n === 1 ? '' : 's'}`, files: n, ...(await auditRow(n)) });
}
for (const dir of made) rmSync(dir, { recursive: true, force: true });

if (values.json) console.log(JSON.stringify({ runs: RUNS, node: process.version, rows }, null, 2));
else {
  console.log(`Node ${process.version}; median of ${RUNS} runs after a warm-up; /usr/bin/time (wall, CPU user+sys of the process and its children, peak RSS of the largest process).\n`);
  console.log('| case | wall s (min–max) | CPU s | peak MiB (max) |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.what} | ${r.wall.toFixed(2)} (${r.wallMin.toFixed(2)}–${r.wallMax.toFixed(2)}) | ${r.cpu.toFixed(2)} | ${r.mib.toFixed(0)} (${r.mibMax.toFixed(0)}) |`);
}
