#!/usr/bin/env node
// `node bench/hostile.mjs`: each hostile input of issue 17 (the generators of
// __tests__/reliability/hostile-inputs.ts) linted by dist/cli.js next to a
// file with one finding, under /usr/bin/time -v: wall seconds and peak RSS,
// with shellcheck as the config says (auto). Writes bench/hostile.md.
// Needs Node 24 (type stripping, for the .ts generators): `npx node bench/hostile.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostileInputs, WITNESS } from '../__tests__/reliability/hostile-inputs.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_CLI: another build to compare with (a checkout of an older commit); OUT: where the table goes.
const cli = process.env.BENCH_CLI ?? join(root, 'dist', 'cli.js');
const output = process.env.BENCH_OUT ?? join(root, 'bench', 'hostile.md');
const TIMEOUT_MS = 120_000;
const rows = [];
for (const input of hostileInputs()) {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-hostile-bench-'));
  writeFileSync(join(dir, input.path), input.text);
  writeFileSync(join(dir, WITNESS.path), WITNESS.text);
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, '--format', 'sarif', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, timeout: TIMEOUT_MS, killSignal: 'SIGKILL' });
  rmSync(dir, { recursive: true, force: true });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
  const seconds = run.error || run.signal ? TIMEOUT_MS / 1000 : wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const kb = Buffer.byteLength(input.text) / 1024;
  const witness = run.stdout.includes(`"ruleId":"${WITNESS.ruleId}"`) || run.stdout.includes(`"ruleId": "${WITNESS.ruleId}"`);
  rows.push({ name: input.name, kb, seconds, rss, out: run.stdout.length, witness, killed: Boolean(run.error || run.signal) });
  console.error(`hostile: ${input.name}: ${seconds.toFixed(2)} s, ${(rss / 1024).toFixed(0)} MB, witness ${witness ? 'reported' : 'MISSING'}`);
}
const md = [
  '# Hostile inputs: time and memory',
  '',
  'Written by `npx node bench/hostile.mjs` (dist/cli.js, `--format sarif`, the hostile file next to one',
  'file with a known finding, shellcheck on). Wall time and peak RSS of the whole process from',
  '`/usr/bin/time -v`, on the shared 2-core development machine, so a noisy upper bound.',
  '',
  '| input | size (KB) | wall (s) | s per KB | peak RSS (MB) | report (KB) | other file reported |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.kb.toFixed(1)} | ${r.killed ? `> ${r.seconds}` : r.seconds.toFixed(2)} | ${(r.seconds / r.kb).toFixed(4)} | ${(r.rss / 1024).toFixed(0)} | ${(r.out / 1024).toFixed(0)} | ${r.witness ? 'yes' : 'no'} |`,
  ),
  '',
];
const KEEP = '<!-- hand-written below: kept by bench/hostile.mjs -->';
const kept = existsSync(output) && readFileSync(output, 'utf8').includes(KEEP) ? readFileSync(output, 'utf8').slice(readFileSync(output, 'utf8').indexOf(KEEP)) : `${KEEP}\n`;
writeFileSync(output, `${md.join('\n')}\n${kept}`);
