#!/usr/bin/env node
// `npm run bench`: initlint against its peer tools on the real corpus that
// bench/corpus.sh gathers (Debian units and init scripts), in one run:
//   (a) systemd units: initlint vs `systemd-analyze verify`, batch and per file;
//   (b) OpenRC/SysV scripts: initlint vs `shellcheck -s sh`, batch and per file;
//   (c) bench/audit.mjs, bench/api-cost.mjs and bench/lsp.mjs, when they exist, run as-is.
// Every tool runs in a child process under /usr/bin/time, for its peak RSS and
// CPU time; wall time is the median of several runs. initlint runs from a
// fresh esbuild bundle of src/ (so the figures include every rule in the tree),
// and, separately, in-process with the parsers warm (steady-state throughput).
// Results go to bench/README.md (a hand-written section at its end is kept).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'bench/.cache/corpus');
const out = join(root, 'node_modules/.cache/initlint-bench');
const readme = join(root, 'bench/README.md');
const KEEP = '<!-- hand-written below: kept by scripts/bench.mjs -->';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PER_FILE_SAMPLE = Number(process.env.BENCH_PER_FILE ?? 30);
// The units copied this many times under new names, for a batch where start-up weighs less.
const SCALE = Number(process.env.BENCH_SCALE ?? 5);
const UNIT = /\.(service|socket|timer|target|path|mount|automount|swap|slice|scope)$/;
const log = (...a) => console.error('bench:', ...a);

// --- the corpus --------------------------------------------------------------
if (!existsSync(join(corpus, '.complete'))) {
  log('no corpus yet; running bench/corpus.sh');
  const r = spawnSync('bash', [join(root, 'bench/corpus.sh')], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('bench: the corpus could not be gathered (needs apt-get and network)');
    process.exit(1);
  }
}

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
const all = walk(corpus);
// Unit files only: `systemd-analyze verify` takes units, not drop-ins.
const units = all.filter((f) => f.includes('/systemd/') && UNIT.test(f));
// The scripts initlint classifies as OpenRC or SysV (the same test as its classifier's).
const scripts = all.filter((f) => {
  if (!f.includes('/etc/init.d/')) return false;
  const text = readFileSync(join(corpus, f), 'utf8');
  return /^#!\s*\/sbin\/(openrc-run|runscript)\b/.test(text) || text.includes('### BEGIN INIT INFO');
});
const sample = (list) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / PER_FILE_SAMPLE)) === 0).slice(0, PER_FILE_SAMPLE);

// --- initlint bundles ---------------------------------------------------------
mkdirSync(out, { recursive: true });
const common = {
  bundle: true, platform: 'node', format: 'esm', target: 'node24', absWorkingDir: root, logLevel: 'warning', legalComments: 'none',
  banner: { js: "import { createRequire as __initlintCreateRequire } from 'node:module';\nconst require = __initlintCreateRequire(import.meta.url);" },
};
const cli = join(out, 'cli.js');
await build({ ...common, entryPoints: ['src/bin.ts'], outfile: cli });
// In-process: collect + lint the same files RUNS times after one warm-up pass.
const engine = join(out, 'engine.js');
await build({
  ...common,
  outfile: engine,
  stdin: {
    resolveDir: root, sourcefile: 'bench-engine.ts', loader: 'ts',
    contents: `
      import { collectFiles } from './src/core/collect.js';
      import { createLinter } from './src/linter/index.js';
      const linter = createLinter();
      const [cwd, runs, ...files] = process.argv.slice(2);
      const times: number[] = [];
      let findings = 0;
      for (let i = 0; i <= Number(runs); i++) {
        const t = process.hrtime.bigint();
        const { inputs } = collectFiles(files, { cwd });
        const results = await linter.lintFiles(inputs);
        if (i > 0) times.push(Number(process.hrtime.bigint() - t) / 1e6);
        findings = results.reduce((n, r) => n + r.findings.length, 0);
      }
      times.sort((a, b) => a - b);
      process.stdout.write(JSON.stringify({ ms: times[Math.floor(times.length / 2)], findings, maxRssKiB: process.resourceUsage().maxRSS }));
    `,
  },
});

// --- measuring ------------------------------------------------------------------
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const have = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Runs a command once; wall ms, peak RSS KiB and CPU seconds (user+sys) when /usr/bin/time exists. */
function once(cmd, args, { stdout = 'ignore', cwd = corpus } = {}) {
  const stats = join(tmpdir(), `initlint-bench-${process.pid}.time`);
  const argv = timeBin ? ['-f', '%M %U %S', '-o', stats, cmd, ...args] : args;
  const t = process.hrtime.bigint();
  const r = spawnSync(timeBin ?? cmd, argv, { cwd, stdio: ['ignore', stdout, 'pipe'], maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.error) throw r.error;
  let rss = null;
  let cpu = null;
  if (timeBin && existsSync(stats)) {
    const last = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    [rss, cpu] = [last[0], last[1] + last[2]];
    rmSync(stats);
  }
  return { ms, rss, cpu, status: r.status, stdout: r.stdout?.toString() ?? '', stderr: r.stderr?.toString() ?? '' };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** All files in one invocation, RUNS times (after a warm-up run for the page cache). */
function batch(cmd, args, files, cwd = corpus) {
  once(cmd, [...args, ...files], { cwd });
  const runs = Array.from({ length: RUNS }, () => once(cmd, [...args, ...files], { cwd }));
  return { files: files.length, ms: median(runs.map((r) => r.ms)), rss: Math.max(...runs.map((r) => r.rss ?? 0)) || null, cpu: median(runs.map((r) => r.cpu ?? 0)) };
}

/** One invocation per file, over a sample of the files. */
function perFile(cmd, args, files) {
  const runs = files.map((f) => once(cmd, [...args, f]));
  const ms = runs.reduce((n, r) => n + r.ms, 0);
  return { files: files.length, ms, rss: Math.max(...runs.map((r) => r.rss ?? 0)) || null, cpu: runs.reduce((n, r) => n + (r.cpu ?? 0), 0) };
}

function inProcess(files) {
  once(process.execPath, [engine, corpus, '1', ...files]);
  const r = once(process.execPath, [engine, corpus, String(RUNS), ...files], { stdout: 'pipe' });
  const j = JSON.parse(r.stdout);
  return { files: files.length, ms: j.ms, rss: r.rss ?? j.maxRssKiB, cpu: null, findings: j.findings };
}

const node = process.execPath;
// initlint's own work: the CLI hands scripts to shellcheck too when it finds one
// (config `shellcheck: auto`), so the comparison runs with `shellcheck: off`; one
// row shows the default as well.
const offConfig = join(out, 'shellcheck-off.yml');
writeFileSync(offConfig, 'shellcheck: off\n');
// As the `initlint` bin runs it: its shebang passes V8's --liftoff-only (see src/bin.ts).
const ILINT = ['--liftoff-only', cli, '--config', offConfig, '--format', 'json'];
const initlint = (files) => [...ILINT, ...files];
const rows = { units: [], scripts: [] };
const row = (group, tool, mode, m) => rows[group].push({ tool, mode, ...m });

log(`${units.length} units, ${scripts.length} scripts; ${RUNS} runs each; per-file on ${PER_FILE_SAMPLE}`);
// (a) units
const cliFindings = JSON.parse(once(node, initlint(units), { stdout: 'pipe' }).stdout).reduce((n, f) => n + f.messages.length, 0);
row('units', 'initlint', 'batch (one process)', batch(node, ILINT, units));
row('units', 'initlint', 'in-process, warm', inProcess(units));
row('units', 'initlint', 'per file (one process each)', perFile(node, ILINT, sample(units)));
// Scaled: every unit SCALE times, renamed (foo.service -> foo-k2.service, foo@.service ->
// foo-k2@.service) because systemd-analyze loads a unit name only once.
const scaledDir = join(out, 'scaled');
rmSync(scaledDir, { recursive: true, force: true });
const scaled = [];
for (let k = 1; k <= SCALE; k++) {
  for (const f of units) {
    const slash = f.lastIndexOf('/');
    const base = f.slice(slash + 1).replace(/^([^@]*?)(@[^.]*)?(\.[a-z]+)$/, (_, stem, at = '', ext) => `${stem}-k${k}${at}${ext}`);
    const rel = `${f.slice(0, slash)}/${base}`;
    mkdirSync(join(scaledDir, f.slice(0, slash)), { recursive: true });
    copyFileSync(join(corpus, f), join(scaledDir, rel));
    scaled.push(rel);
  }
}
if (SCALE > 1) row('units', 'initlint', `batch, corpus ×${SCALE} renamed`, batch(node, ILINT, scaled, scaledDir));
if (have('systemd-analyze')) {
  const sa = ['verify', '--man=no'];
  row('units', 'systemd-analyze verify', 'batch (one process)', batch('systemd-analyze', sa, units));
  if (SCALE > 1) row('units', 'systemd-analyze verify', `batch, corpus ×${SCALE} renamed`, batch('systemd-analyze', sa, scaled, scaledDir));
  row('units', 'systemd-analyze verify', 'per file (one process each)', perFile('systemd-analyze', sa, sample(units)));
} else log('systemd-analyze not found; skipped');
// (b) scripts
row('scripts', 'initlint', 'batch (one process)', batch(node, ILINT, scripts));
// V8 option: WASM compiled by the baseline compiler only (no optimising tier-up of
// the tree-sitter lexer); Node 24 takes it only on the command line.
row('scripts', 'initlint', 'batch, plain `node dist/cli.js` (no --liftoff-only)', batch(node, ILINT.slice(1), scripts));
// Scaled like the units: start-up (Node + the parser's WASM, ~0.19 s) weighs less for both tools.
const scaledScripts = [];
for (let k = 1; k <= SCALE; k++) {
  for (const f of scripts) {
    const rel = `k${k}/${f}`;
    mkdirSync(join(scaledDir, rel.slice(0, rel.lastIndexOf('/'))), { recursive: true });
    copyFileSync(join(corpus, f), join(scaledDir, rel));
    scaledScripts.push(rel);
  }
}
if (SCALE > 1) row('scripts', 'initlint', `batch, scripts ×${SCALE}`, batch(node, ILINT, scaledScripts, scaledDir));
const autoConfig = join(out, 'shellcheck-auto.yml');
writeFileSync(autoConfig, 'shellcheck: auto\n');
row('scripts', 'initlint', 'batch, default `shellcheck: auto` (runs shellcheck on each script too)', batch(node, ['--liftoff-only', cli, '--config', autoConfig, '--format', 'json'], scripts));
row('scripts', 'initlint', 'in-process, warm', inProcess(scripts));
row('scripts', 'initlint', 'per file (one process each)', perFile(node, ILINT, sample(scripts)));
if (have('shellcheck')) {
  const sc = ['-s', 'sh', '-f', 'gcc'];
  row('scripts', 'shellcheck -s sh', 'batch (one process)', batch('shellcheck', sc, scripts));
  if (SCALE > 1) row('scripts', 'shellcheck -s sh', `batch, scripts ×${SCALE}`, batch('shellcheck', sc, scaledScripts, scaledDir));
  row('scripts', 'shellcheck -s sh', 'per file (one process each)', perFile('shellcheck', sc, sample(scripts)));
} else log('shellcheck not found; skipped');

// (c) other helpers' benchmarks, run as they are
const extra = [];
for (const name of ['audit.mjs', 'api-cost.mjs', 'lsp.mjs']) {
  const file = join(root, 'bench', name);
  if (!existsSync(file)) continue;
  log(`running bench/${name}`);
  const r = spawnSync(node, [file], { cwd: root, encoding: 'utf8', timeout: 600_000 });
  extra.push({ name, status: r.status, output: `${r.stdout ?? ''}${r.status === 0 ? '' : r.stderr ?? ''}`.trim() });
}

// --- report -----------------------------------------------------------------------
const fmt = (n, d = 0) => (n === null || n === undefined ? 'n/a' : n.toFixed(d));
const table = (list) => [
  '| tool | mode | files | wall ms | files/s | ms/file | CPU s | peak RSS MiB |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...list.map((r) => `| ${r.tool} | ${r.mode} | ${r.files} | ${fmt(r.ms)} | ${fmt((r.files / r.ms) * 1000)} | ${fmt(r.ms / r.files, 2)} | ${fmt(r.cpu, 2)} | ${fmt(r.rss && r.rss / 1024, 1)} |`),
];
const find = (group, tool, mode) => rows[group].find((r) => r.tool.startsWith(tool) && r.mode.startsWith(mode));
const verdicts = [];
{
  const a = find('units', 'initlint', 'batch (');
  const b = find('units', 'systemd-analyze', 'batch (');
  const as = find('units', 'initlint', 'batch, corpus');
  const bs = find('units', 'systemd-analyze', 'batch, corpus');
  if (a && b) verdicts.push(`- Units, batch: initlint ${fmt(a.ms / a.files, 2)} ms/file vs systemd-analyze verify ${fmt(b.ms / b.files, 2)} ms/file — ${fmt(b.ms / b.files / (a.ms / a.files), 1)}× (target: initlint faster per file than systemd-analyze in batch: **${a.ms / a.files < b.ms / b.files ? 'met' : 'not met'}**).`);
  if (as && bs) verdicts.push(`- Units, batch on the corpus ×${SCALE} (${as.files} files): initlint ${fmt(as.ms / as.files, 2)} ms/file vs systemd-analyze verify ${fmt(bs.ms / bs.files, 2)} ms/file — ${fmt(bs.ms / bs.files / (as.ms / as.files), 1)}× (**${as.ms / as.files < bs.ms / bs.files ? 'met' : 'not met'}**).`);
  const c = find('scripts', 'initlint', 'batch (');
  const d = find('scripts', 'shellcheck', 'batch');
  if (c && d) verdicts.push(`- Scripts, batch: initlint ${fmt((c.files / c.ms) * 1000)} files/s vs shellcheck ${fmt((d.files / d.ms) * 1000)} files/s — ${fmt(d.ms / d.files / (c.ms / c.files), 1)}× (target ≥ 10×: **${d.ms / d.files >= 10 * (c.ms / c.files) ? 'met' : 'not met'}**).`);
  const e = find('scripts', 'initlint', 'in-process');
  const l = find('scripts', 'initlint', 'batch, plain');
  if (l && c) verdicts.push(`- Scripts, the same batch without \`--liftoff-only\` (plain \`node dist/cli.js\`): ${fmt(l.ms)} ms and ${fmt(l.rss && l.rss / 1024, 1)} MiB peak RSS, vs ${fmt(c.ms)} ms and ${fmt(c.rss && c.rss / 1024, 1)} MiB with it.`);
  const cs = find('scripts', 'initlint', 'batch, scripts');
  const ds = find('scripts', 'shellcheck', 'batch, scripts');
  if (cs && ds) verdicts.push(`- Scripts, batch on the scripts ×${SCALE} (${cs.files} files): initlint ${fmt((cs.files / cs.ms) * 1000)} files/s vs shellcheck ${fmt((ds.files / ds.ms) * 1000)} files/s — ${fmt(ds.ms / ds.files / (cs.ms / cs.files), 1)}× (target ≥ 10×: **${ds.ms / ds.files >= 10 * (cs.ms / cs.files) ? 'met' : 'not met'}**).`);
  if (e && d) verdicts.push(`- Scripts, initlint warm in-process vs shellcheck batch: ${fmt(d.ms / d.files / (e.ms / e.files), 1)}× (process start-up excluded for initlint only).`);
}
const version = (cmd, args) => (have(cmd) ? spawnSync(cmd, args, { encoding: 'utf8' }).stdout.split('\n').find((l) => /\d/.test(l))?.trim() ?? '?' : 'not installed');
const versions = existsSync(join(corpus, '.versions')) ? readFileSync(join(corpus, '.versions'), 'utf8').trim().split('\n').length : 0;
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (`node scripts/bench.mjs`; gathers the corpus with `bash bench/corpus.sh` first when it is missing).',
  'Do not edit above the hand-written section.',
  '',
  `Command: \`npm run bench\` (BENCH_RUNS=${RUNS}, BENCH_PER_FILE=${PER_FILE_SAMPLE}, BENCH_SCALE=${SCALE}); wall time is the median of ${RUNS} runs after a warm-up run, peak RSS and CPU from \`/usr/bin/time\`.`,
  `Machine: ${cpus().length} CPUs (nproc ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim() || '?'}), ${cpus()[0]?.model ?? '?'}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the start of the report (the machine is shared, so figures are noisy).`,
  `Peers: systemd-analyze \`${version('systemd-analyze', ['--version'])}\`, shellcheck \`${version('shellcheck', ['--version'])}\`.`,
  `Corpus: ${units.length} unit files (drop-ins left out: \`systemd-analyze verify\` takes units) and ${scripts.length} OpenRC/SysV scripts from ${versions} Debian packages (see bench/corpus-report.md). initlint reported ${cliFindings} findings on the units under the recommended preset.`,
  '',
  '## Summary',
  '',
  ...verdicts,
  '',
  '## (a) systemd units: initlint vs `systemd-analyze verify --man=no`',
  '',
  ...table(rows.units),
  '',
  '## (b) OpenRC and SysV scripts: initlint vs `shellcheck -s sh`',
  '',
  ...table(rows.scripts),
  '',
  'Per-file rows run one process per file over an evenly spaced sample of the files; process start-up dominates them.',
  'initlint rows run with `shellcheck: off` (initlint\'s own work) unless they say otherwise.',
  '"in-process, warm" is collectFiles + lintFiles on the same files after one warm-up pass, in one Node process (no start-up, parsers loaded).',
  '',
];
if (extra.length) {
  lines.push('## (c) Other benchmarks', '');
  for (const e of extra) lines.push(`### bench/${e.name}${e.status === 0 ? '' : ` (exit ${e.status})`}`, '', '```text', e.output, '```', '');
}
const old = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
const at = old.indexOf(KEEP);
const kept = at >= 0 ? old.slice(at) : `${KEEP}\n`;
writeFileSync(readme, `${lines.join('\n')}\n${kept}`);
console.log(lines.join('\n'));
