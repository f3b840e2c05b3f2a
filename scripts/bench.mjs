#!/usr/bin/env node
// `npm run bench`: initlint side by side with its peers on the real corpus that
// bench/corpus.sh gathers (Debian units and init scripts), every row in one run:
//   - a batch of BENCH_UNITS units against `systemd-analyze verify`,
//   - a batch of BENCH_SCRIPTS scripts (shellcheck pass-through off) against `shellcheck -s sh`,
//   - one unit (systemd-journald.service) and one script (nginx) against the same peers,
//   - the action (`node dist/index.js` as the runner starts it) on a one- and a fifty-script
//     pull request against the loopback GitHub (bench/action.mjs),
//   - bench/audit.mjs, bench/api-cost.mjs and bench/lsp.mjs as they are (BENCH_EXTRA=0 skips them).
// Each comparison runs the two commands in turn (A B A B …) under /usr/bin/time after a
// warm-up of each; wall, CPU and peak RSS are medians, and the ratio is the median of the
// per-pair ratios, so a machine whose speed drifts during the run still compares fairly.
// initlint runs from a fresh build of src/ with scripts/build.mjs (launchers and CommonJS
// bundles, exactly what ships; the V8 code cache of src/launch.ts warm after the warm-up run).
// Results go to bench/README.md (a hand-written section at its end is kept) and the
// headline figures to the marked block of README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, TIME, timeOnce } from '../bench/timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'bench/.cache/corpus');
const out = join(root, 'node_modules/.cache/initlint-bench');
const readme = join(root, 'bench/README.md');
const KEEP = '<!-- hand-written below: kept by scripts/bench.mjs -->';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const N_UNITS = Number(process.env.BENCH_UNITS ?? 1740);
const N_SCRIPTS = Number(process.env.BENCH_SCRIPTS ?? 160);
const UNIT = /\.(service|socket|timer|target|path|mount|automount|swap|slice|scope)$/;
const log = (...a) => console.error('bench:', ...a);
const have = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

if (!existsSync(TIME)) {
  console.error('bench: needs /usr/bin/time (apt-get install time)');
  process.exit(1);
}
if (!existsSync(join(corpus, '.complete'))) {
  log('no corpus yet; running bench/corpus.sh');
  if (spawnSync('bash', [join(root, 'bench/corpus.sh')], { stdio: 'inherit' }).status !== 0) {
    console.error('bench: the corpus could not be gathered (needs apt-get and network)');
    process.exit(1);
  }
}

// --- the corpus ---------------------------------------------------------------------
function walk(dir, prefix = '') {
  const files = [];
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) files.push(...walk(dir, rel));
    else if (e.isFile()) files.push(rel);
  }
  return files.sort();
}

/** Debian's units (not drop-ins: verify takes units) and its OpenRC/SysV scripts, by the classifier's own test. */
function debianFiles() {
  const debian = walk(corpus).filter((f) => !f.split('/')[0].includes('+')); // git sources are owner+repo
  const units = debian.filter((f) => f.includes('/systemd/') && UNIT.test(f));
  const scripts = debian.filter((f) => {
    if (!f.includes('/etc/init.d/')) return false;
    const text = readFileSync(join(corpus, f), 'utf8');
    return /^#!\s*\/sbin\/(openrc-run|runscript)\b/.test(text) || text.includes('### BEGIN INIT INFO');
  });
  return { units, scripts };
}

/**
 * `count` files made from `files`, cycled: copy k of foo.service is foo-kK.service
 * (systemd-analyze loads each unit name once), of a script kK/path.
 */
function batchOf(files, count, dir, rename) {
  rmSync(dir, { recursive: true, force: true });
  const made = [];
  for (let i = 0; i < count; i++) {
    const f = files[i % files.length];
    const k = Math.floor(i / files.length);
    const rel = k === 0 ? f : rename(f, k);
    mkdirSync(join(dir, dirname(rel)), { recursive: true });
    copyFileSync(join(corpus, f), join(dir, rel));
    made.push(rel);
  }
  return made;
}
const renameUnit = (f, k) => f.replace(/([^/]*?)(@[^./]*)?(\.[a-z]+)$/, (_, stem, at = '', ext) => `${stem}-k${k}${at}${ext}`);
const renameScript = (f, k) => `k${k}/${f}`;

// --- measuring ------------------------------------------------------------------------
const once = timeOnce;
const stat = (runs, key) => ({ median: median(runs.map((r) => r[key])), min: Math.min(...runs.map((r) => r[key])), max: Math.max(...runs.map((r) => r[key])) });

/** A and B in turn, RUNS pairs after a warm-up of each; medians and per-pair ratios. */
function paired(a, b, cwd) {
  once(a, cwd);
  once(b, cwd);
  const as = [];
  const bs = [];
  for (let i = 0; i < RUNS; i++) {
    as.push(once(a, cwd));
    bs.push(once(b, cwd));
  }
  const ratio = (key) =>
    stat(
      as.map((r, i) => ({ v: r[key] / bs[i][key] })),
      'v',
    );
  const figures = (runs) => ({ wall: stat(runs, 'wall'), cpu: stat(runs, 'cpu'), mib: stat(runs, 'mib') });
  return { a: figures(as), b: figures(bs), wallRatio: ratio('wall'), cpuRatio: ratio('cpu') };
}

// --- the rows -------------------------------------------------------------------------
const build = join(out, 'dist');
mkdirSync(out, { recursive: true });
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), build], { stdio: 'ignore' });
const node = process.execPath;
const initlint = (...args) => [node, join(build, 'cli.js'), '--format', 'json', ...args];
const { units, scripts } = debianFiles();
const unitBatch = batchOf(units, N_UNITS, join(out, 'units'), renameUnit);
const scriptBatch = batchOf(scripts, N_SCRIPTS, join(out, 'scripts'), renameScript);
const oneUnit = units.find((f) => f.endsWith('/systemd-journald.service')) ?? units[0];
const oneScript = scripts.find((f) => f.endsWith('/init.d/nginx')) ?? scripts[0];
const verify = ['systemd-analyze', 'verify', '--man=no'];
const shellcheck = ['shellcheck', '-s', 'sh', '-f', 'gcc'];
log(`${units.length} Debian units, ${scripts.length} scripts; batches of ${N_UNITS} and ${N_SCRIPTS}; ${RUNS} pairs each`);

const rows = [];
const compare = (what, target, a, b, cwd, peer) => {
  log(what);
  rows.push({ what, target, peer, files: a.length, ...paired(a, b, cwd) });
};
if (have('systemd-analyze')) {
  compare(`${N_UNITS} units in one batch`, 0.25, initlint(...unitBatch), [...verify, ...unitBatch], join(out, 'units'), 'systemd-analyze verify');
  compare(`one unit (${oneUnit.split('/').pop()})`, 1.5, initlint(oneUnit), [...verify, oneUnit], corpus, 'systemd-analyze verify');
} else log('systemd-analyze not found; unit rows skipped');
if (have('shellcheck')) {
  compare(
    `${N_SCRIPTS} init scripts in one batch (shellcheck pass-through off)`,
    0.05,
    initlint('--shellcheck', 'off', ...scriptBatch),
    [...shellcheck, ...scriptBatch],
    join(out, 'scripts'),
    'shellcheck -s sh',
  );
  compare(`one init script (${oneScript.split('/').pop()}, shellcheck pass-through off)`, 1.2, initlint('--shellcheck', 'off', oneScript), [...shellcheck, oneScript], corpus, 'shellcheck -s sh');
} else log('shellcheck not found; script rows skipped');

log('the action against the loopback GitHub (bench/action.mjs)');
const action = JSON.parse(execFileSync(node, [join(root, 'bench/action.mjs'), '--json', '--runs', String(RUNS), '--dist', build], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 }));

// (c) other helpers' benchmarks, run as they are
const extra = [];
for (const name of process.env.BENCH_EXTRA === '0' ? [] : ['audit.mjs', 'api-cost.mjs', 'lsp.mjs']) {
  const file = join(root, 'bench', name);
  if (!existsSync(file)) continue;
  log(`running bench/${name}`);
  const r = spawnSync(node, [file], { cwd: root, encoding: 'utf8', timeout: 600_000 });
  extra.push({ name, status: r.status, output: `${r.stdout ?? ''}${r.status === 0 ? '' : (r.stderr ?? '')}`.trim() });
}

// --- report -----------------------------------------------------------------------------
const f2 = (n) => n.toFixed(2);
const f3 = (n) => n.toFixed(3);
const range = (s, f = f3) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
const met = (ok) => (ok ? '**met**' : '**not met**');
const table = [
  '| case | initlint wall s | initlint CPU s | initlint peak MiB | peer | peer wall s | peer CPU s | peer peak MiB | ratio wall (per pair) | ratio CPU | target |',
  '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.what} | ${range(r.a.wall)} | ${f3(r.a.cpu.median)} | ${r.a.mib.median.toFixed(1)} | ${r.peer} | ${range(r.b.wall)} | ${f3(r.b.cpu.median)} | ${r.b.mib.median.toFixed(1)} | ${range(r.wallRatio, f2)} | ${f2(r.cpuRatio.median)} | ≤ ${r.target}×: ${met(r.wallRatio.median <= r.target)} |`,
  ),
];
const actionTable = [
  '| case | wall s (min–max) | CPU s | peak MiB (max) | target |',
  '| --- | ---: | ---: | ---: | --- |',
  ...action.rows.map((r) => {
    const target = r.what.startsWith('action') && r.files === 1 ? `< 0.5 s, < 150 MiB: ${met(r.wall < 0.5 && r.mibMax < 150)}` : '';
    return `| ${r.what} | ${f2(r.wall)} (${f2(r.wallMin)}–${f2(r.wallMax)}) | ${f2(r.cpu)} | ${r.mib.toFixed(0)} (${r.mibMax.toFixed(0)}) | ${target} |`;
  }),
];
const version = (cmd, args) =>
  have(cmd)
    ? (spawnSync(cmd, args, { encoding: 'utf8' })
        .stdout.split('\n')
        .find((l) => /\d/.test(l))
        ?.trim() ?? '?')
    : 'not installed';
const machine = `${cpus().length} CPUs, ${cpus()[0]?.model ?? '?'}, Node ${process.version}, load average ${loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')} at the end of the run (the machine is shared: compare within a row, not across runs)`;
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (`node scripts/bench.mjs`; gathers the corpus with `bash bench/corpus.sh` first when it is missing). Do not edit above the hand-written section.',
  '',
  `Command: \`npm run bench\` (BENCH_RUNS=${RUNS}, BENCH_UNITS=${N_UNITS}, BENCH_SCRIPTS=${N_SCRIPTS}). Machine: ${machine}.`,
  `Peers: systemd-analyze \`${version('systemd-analyze', ['--version'])}\`, shellcheck \`${version('shellcheck', ['--version'])}\`.`,
  `Corpus: ${units.length} Debian unit files and ${scripts.length} Debian OpenRC/SysV scripts (bench/corpus.sh); a batch larger than the corpus repeats it under new names.`,
  '',
  '## initlint and its peers, paired',
  '',
  `Each row runs initlint and the peer in turn, ${RUNS} pairs after a warm-up of each, every run a whole process under \`/usr/bin/time\`: medians (min–max); the ratio is initlint ÷ peer, the median of the per-pair ratios; peak is the largest process's RSS. initlint is \`node dist/cli.js --format json\` from a fresh build, its V8 code cache (src/launch.ts) warm after the warm-up run.`,
  '',
  ...table,
  '',
  '## The action',
  '',
  `\`node dist/index.js\` with no flags, as the runner starts it, reviewing a pull request that adds 42-line OpenRC scripts, against the loopback GitHub of the e2e test (bench/action.mjs; shellcheck: auto, so each script is also handed to shellcheck); and \`node dist/cli.js\` on the same files. Median of ${action.runs} runs.`,
  '',
  ...actionTable,
  '',
];
if (extra.length) {
  lines.push('## Other benchmarks', '');
  for (const e of extra) lines.push(`### bench/${e.name}${e.status === 0 ? '' : ` (exit ${e.status})`}`, '', '```text', e.output, '```', '');
}
const old = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
const at = old.indexOf(KEEP);
writeFileSync(readme, `${lines.join('\n')}\n${at >= 0 ? old.slice(at) : `${KEEP}\n`}`);

// The README's headline: the same figures, in one paragraph between its markers.
const find = (prefix) => rows.find((r) => r.what.startsWith(prefix) || r.what.includes(prefix));
const say = (r) => (r ? `${f3(r.a.wall.median)} s vs ${f3(r.b.wall.median)} s (${f2(r.wallRatio.median)}×)` : 'not measured');
const pr1 = action.rows.find((r) => r.what.startsWith('action') && r.files === 1);
const pr50 = action.rows.find((r) => r.what.startsWith('action') && r.files === 50);
const headline = [
  `Latest figures (\`npm run bench\`, ${cpus().length} shared cores at a load average of ${loadavg()[0].toFixed(1)}, Node ${process.version.slice(1)}; initlint vs peer, wall, median of paired runs): ${N_UNITS} units in one batch ${say(find(`${N_UNITS} units`))} against \`systemd-analyze verify\`;`,
  `${N_SCRIPTS} init scripts ${say(find(`${N_SCRIPTS} init scripts`))} against \`shellcheck -s sh\`; one unit ${say(find('one unit'))}; one script ${say(find('one init script'))}.`,
  `The action reviewing a PR that adds one OpenRC script: ${pr1 ? `${f2(pr1.wall)} s, ${pr1.mibMax.toFixed(0)} MiB peak` : 'not measured'}; fifty scripts: ${pr50 ? `${f2(pr50.wall)} s, ${pr50.mibMax.toFixed(0)} MiB peak` : 'not measured'} (shellcheck included).`,
].join('\n');
const top = join(root, 'README.md');
const text = readFileSync(top, 'utf8');
const [open, close] = ['<!-- bench:headline -->', '<!-- /bench:headline -->'];
if (text.includes(open) && text.includes(close)) {
  writeFileSync(top, `${text.slice(0, text.indexOf(open) + open.length)}\n${headline}\n${text.slice(text.indexOf(close))}`);
}
console.log(lines.join('\n'));
