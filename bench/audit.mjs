#!/usr/bin/env node
// Benchmark of the audit's whole-workspace lint: builds a tree of N init files
// (copies of real units and scripts under new names) in a temp dir, lints it
// the way `mode: audit` does, and prints the time and the peak memory.
//
//   npx node bench/audit.mjs [--files 5000] [--units-only] [--keep]   (npx: the project's Node 24)
//
// Sources, in order: bench/.cache (the corpus, if built), /lib/systemd/system,
// /etc/systemd/system, /etc/init.d, /etc/conf.d. Files are read, never run.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '5000' },
    keep: { type: 'boolean', default: false },
    'units-only': { type: 'boolean', default: false },
    child: { type: 'string' },
  },
});

const UNIT = /\.(service|socket|timer|target|path|mount|automount|swap|slice)$/;

/** Regular files under a directory (links and directories skipped), at most `depth` deep. */
function files(dir, depth = 4) {
  if (!existsSync(dir) || depth < 0) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stats = lstatSync(path);
    if (stats.isDirectory()) out.push(...files(path, depth - 1));
    else if (stats.isFile() && stats.size > 0 && stats.size < 256 * 1024) out.push(path);
  }
  return out;
}

/** Copies real init files into a fresh tree until it holds `count` of them. */
function makeTree(count) {
  const units = [
    ...files(join(root, 'bench/.cache')).filter((p) => UNIT.test(p)),
    ...files('/lib/systemd/system').filter((p) => UNIT.test(p)),
    ...files('/etc/systemd/system').filter((p) => UNIT.test(p)),
  ];
  const scripts = [...files(join(root, 'bench/.cache')).filter((p) => /\/init\.d\//.test(p)), ...files('/etc/init.d')];
  const confs = files('/etc/conf.d');
  if (units.length + scripts.length === 0) throw new Error('no init files found to copy');
  const dir = mkdtempSync(join(tmpdir(), 'initlint-audit-bench-'));
  // Roughly the mix of a distribution's packaging tree: mostly units, some scripts.
  const sources = [];
  for (let i = 0; sources.length < count; i++) {
    if (scripts.length && !values['units-only'] && i % 5 === 4) sources.push(['script', scripts[i % scripts.length]]);
    else if (confs.length && i % 50 === 49) sources.push(['conf', confs[i % confs.length]]);
    else sources.push(['unit', units[i % units.length] ?? scripts[i % scripts.length]]);
  }
  sources.forEach(([kind, source], i) => {
    const pkg = `pkg${String(Math.floor(i / 20)).padStart(4, '0')}`;
    const name = basename(source);
    const target =
      kind === 'unit' ? join(dir, pkg, 'debian', name.replace(/^([^@.]+)/, `$1-${i}`)) : kind === 'conf' ? join(dir, pkg, 'openrc/conf.d', `${name}${i}`) : join(dir, pkg, 'init.d', `${name}${i}`);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
  });
  // Noise the walk must skip quickly.
  for (let i = 0; i < 200; i++) {
    // A small tree has fewer than 50 package directories: make the noise's own.
    const pkg = join(dir, `pkg${String(i % 50).padStart(4, '0')}`);
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, `README${i}.md`), '# notes\n');
  }
  return { dir, units: units.length, scripts: scripts.length };
}

/** Bundles the audit's lint step from src/ so the bench measures the current code. */
async function bundle() {
  const out = join(mkdtempSync(join(tmpdir(), 'initlint-audit-bundle-')), 'audit.mjs');
  await build({
    stdin: {
      contents:
        "export { lintWorkspace } from './src/action/audit/workspace.ts';\nexport { loadConfig } from './src/core/config.ts';\nexport { rules } from './src/rules/index.ts';\nexport { createLinter } from './src/linter/index.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: out,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module';\nconst require = __cr(import.meta.url);" },
  });
  // The shell parser loads its WASM next to the bundle (as scripts/build.mjs lays out dist/).
  for (const [pkg, file] of [
    ['web-tree-sitter', 'web-tree-sitter.wasm'],
    ['tree-sitter-bash', 'tree-sitter-bash.wasm'],
  ]) {
    const source = join(root, 'node_modules', pkg, file);
    if (!existsSync(source)) throw new Error(`${source} is missing; run npm ci`);
    copyFileSync(source, join(dirname(out), file));
  }
  return out;
}

if (values.child) {
  // Child: lint the tree, print one JSON line (so peak RSS is this run's alone).
  const [bundlePath, dir] = JSON.parse(values.child);
  const { lintWorkspace, loadConfig, rules, createLinter } = await import(pathToFileURL(bundlePath).href);
  const progress = [];
  const config = loadConfig(
    dir,
    rules.map((r) => r.id),
  );
  // initlint's own lint time: shellcheck (one process per script) is measured apart, with --shellcheck.
  if (process.env.BENCH_SHELLCHECK !== '1') config.shellcheck = 'off';
  const linter = createLinter({ config, rules, ...(config.shellcheck === 'off' ? {} : { shellcheck: { onFailure: (m) => progress.push(m) } }) });
  const result = await lintWorkspace({ workspace: dir, paths: [], linter, log: { info: (m) => progress.push(m), warning: (m) => progress.push(m) }, progressEvery: 500 });
  const byKind = {};
  for (const r of result.results) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
  const cpu = process.cpuUsage();
  console.log(
    JSON.stringify({
      ms: Math.round(result.ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      collectMs: Math.round(result.collectMs),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      counts: result.counts,
      byKind,
      skipped: result.collected.skipped.length,
      rules: rules.length,
      progress: progress.length,
      last: progress.at(-1),
    }),
  );
} else {
  const count = Number(values.files);
  const made = makeTree(count);
  const bundlePath = await bundle();
  try {
    const size = execFileSync('du', ['-sh', made.dir]).toString().split('\t')[0];
    console.log(`tree: ${made.dir} (${count} init files from ${made.units} units and ${made.scripts} scripts, ${size}); ${cpus().length} CPUs, node ${process.version}`);
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', JSON.stringify([bundlePath, made.dir])], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const run = JSON.parse(out.trim().split('\n').at(-1));
    console.log(JSON.stringify(run, null, 2));
    console.log(
      `| ${count} | ${run.counts.files} | ${(run.ms / 1000).toFixed(2)} s | ${(run.collectMs / 1000).toFixed(2)} s | ${(run.cpuMs / 1000).toFixed(2)} s | ${run.peakRssMb} MB | ${run.counts.total} | ${run.rules} |`,
    );
  } finally {
    rmSync(dirname(bundlePath), { recursive: true, force: true });
    if (!values.keep) rmSync(made.dir, { recursive: true, force: true });
  }
}
