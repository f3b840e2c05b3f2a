#!/usr/bin/env node
// Measures mvdan/sh (sh-syntax's WASM, through src/languages/shell/second-opinion.ts) as the
// second opinion on syntax errors: agreement with `dash -n` (its POSIX dialect) and `bash -n`
// (its bash dialect) on every OpenRC/SysV script of the corpus, time per script, memory.
// `dash -n`/`bash -n` only read the files (-n: no execution).
//
//   bash bench/corpus.sh && node bench/shell-parser/second-opinion.mjs [--json]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cache = join(root, 'bench', '.cache');
const bundle = join(cache, 'second-opinion.mjs');
await build({
  stdin: { contents: "export * from './src/languages/shell/second-opinion.ts'; export { classify } from './src/core/classify.ts';", resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  packages: 'external',
  logLevel: 'warning',
});
const { loadSecondOpinion, secondOpinion, classify } = await import(bundle);

const walk = (d, out = []) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
};
const corpus = join(cache, 'corpus');
const files = walk(corpus).filter((f) => ['openrc', 'sysv'].includes(classify(f.slice(corpus.length + 1), readFileSync(f, 'utf8'))));
const accepts = (shell, file) => {
  try {
    execFileSync(shell, ['-n', file], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};

const rss0 = process.memoryUsage().rss;
let t = performance.now();
await loadSecondOpinion();
secondOpinion('true\n', 'bash'); // compiles the module
const loadMs = performance.now() - t;
const result = { scripts: files.length, loadMs: Math.round(loadMs), posix: { agree: 0, differ: [] }, bash: { agree: 0, differ: [] } };
let ms = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  for (const [dialect, shell] of [
    ['posix', 'dash'],
    ['bash', 'bash'],
  ]) {
    const shellSays = accepts(shell, f);
    t = performance.now();
    const mvdan = secondOpinion(text, dialect);
    ms += performance.now() - t;
    if ((mvdan === null) === shellSays) result[dialect].agree++;
    else result[dialect].differ.push(`${f.slice(corpus.length + 1)}: ${shell} ${shellSays ? 'accepts' : 'refuses'}, mvdan/sh ${mvdan ?? 'accepts'}`);
  }
}
result.msPerParse = +(ms / files.length / 2).toFixed(1);
result.rssGrowthMB = Math.round((process.memoryUsage().rss - rss0) / 1048576);
if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 1));
else {
  console.log(`${result.scripts} scripts; load + compile ${result.loadMs} ms; ${result.msPerParse} ms per parse (a fresh instance each); RSS +${result.rssGrowthMB} MB`);
  for (const d of ['posix', 'bash']) {
    console.log(`${d}: agrees with ${d === 'posix' ? 'dash' : 'bash'} -n on ${result[d].agree}/${result.scripts}`);
    for (const x of result[d].differ) console.log(`  ${x}`);
  }
}
