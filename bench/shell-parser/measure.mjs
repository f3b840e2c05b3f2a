#!/usr/bin/env node
// Measures the shell parser on real init scripts: speed, memory, error
// tolerance and false syntax errors, against sh-syntax (mvdan/sh in WASM) and
// against `bash -n` (run on the files as data: -n reads, never executes).
//
//   sh bench/shell-parser/fetch-corpus.sh     # once: Debian packages' init.d scripts into bench/.cache
//   node bench/shell-parser/measure.mjs [dir] [--json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cache = join(root, 'bench', '.cache');
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(cache, 'corpus');
const asJson = process.argv.includes('--json');

// Our adapter, bundled from src so this script runs on plain Node.
const adapter = join(cache, 'shell-parse.mjs');
await build({
  entryPoints: [join(root, 'src/languages/shell/parse.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: adapter,
  packages: 'external',
  logLevel: 'warning',
});
const { loadShellParser, parseShell } = await import(adapter);
const { Parser, Language } = await import('web-tree-sitter');
const { parse: shParse } = await import('sh-syntax');

const files = readdirSync(dir)
  .map((f) => join(dir, f))
  .filter((f) => statSync(f).isFile());
const texts = files.map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
const rss0 = process.memoryUsage().rss;
let t = performance.now();
await loadShellParser();
const loadMs = performance.now() - t;

/** Parses every text `rounds` times; returns scripts per second. */
async function rate(fn, rounds) {
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const text of texts) await fn(text);
  return (texts.length * rounds) / ((performance.now() - start) / 1000);
}

// Raw tree-sitter (parse only) and the full adapter (parse + domain nodes).
const ts = new Parser();
ts.setLanguage(await Language.load(readFileSync(join(root, 'node_modules/tree-sitter-bash/tree-sitter-bash.wasm'))));
await rate((x) => ts.parse(x).delete(), 1); // warm up
const tsRate = await rate((x) => ts.parse(x).delete(), 5);
const adapterRate = await rate((x) => parseShell(x), 5);
const rssAfter = process.memoryUsage().rss;
// Leak check: WASM trees are freed after each parse, so more rounds must not grow the heap much.
await rate((x) => parseShell(x), 10);
globalThis.gc?.();
const rssAfterMore = process.memoryUsage().rss;

let shThrows = 0;
const shRate = await rate(async (x) => {
  try {
    await shParse(x);
  } catch {
    shThrows++;
  }
}, 1);
// sh-syntax throws on any syntax error: no tree at all for those files.
shThrows = 0;
for (const text of texts) {
  try {
    await shParse(text);
  } catch {
    shThrows++;
  }
}

// Error verdicts: bash -n is the reference for "is this a real syntax error".
const rows = [];
for (let i = 0; i < files.length; i++) {
  let bashOk = true;
  let bashMessage = '';
  try {
    execFileSync('bash', ['-n', files[i]], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    bashOk = false;
    bashMessage = String(error.stderr).trim().split('\n')[0];
  }
  const tree = ts.parse(texts[i]);
  const rawError = tree.rootNode.hasError;
  tree.delete();
  const script = parseShell(texts[i]);
  rows.push({ file: files[i].slice(dir.length + 1), bashOk, bashMessage, rawError, reported: script.errors.map((e) => `${e.position.start.line}:${e.position.start.column} ${e.message}`) });
}

// Positions: every command's span must slice back to its source text, on a non-ASCII, CRLF script too.
let positionChecks = 0;
let positionFailures = 0;
const samples = [...texts, 'x="é😀日本"; echo "ü" 😀 \\\r\n  next\r\nstart-stop-daemon --start --exec /usr/bin/é\r\n'];
for (const text of samples) {
  const s = parseShell(text);
  for (const c of s.commands) {
    for (const w of [c.nameWord, ...c.args]) {
      positionChecks++;
      if (text.slice(w.position.start.offset, w.position.end.offset) !== w.raw) positionFailures++;
    }
  }
}

// Recall: break each script the way people do (drop a closing keyword, leave a quote open),
// keep the variants bash -n rejects, and count those we report.
const mutations = [
  ['drop last fi', (t) => t.replace(/^([ \t]*)fi[ \t]*$(?![\s\S]*^[ \t]*fi[ \t]*$)/m, '$1')],
  ['drop last done', (t) => t.replace(/^([ \t]*)done\b(?![\s\S]*^[ \t]*done\b)/m, '$1')],
  ['drop last esac', (t) => t.replace(/^([ \t]*)esac\b(?![\s\S]*^[ \t]*esac\b)/m, '$1')],
  ['drop first ;;', (t) => t.replace(/;;/, '')],
  [
    'open quote',
    (t) => {
      const lines = t.split('\n');
      const i = lines.findIndex((l, k) => k > lines.length / 2 && /^\s*echo /.test(l));
      if (i < 0) return t;
      lines[i] += ' "';
      return lines.join('\n');
    },
  ],
  ['drop last }', (t) => t.replace(/^\}[ \t]*$(?![\s\S]*^\}[ \t]*$)/m, '')],
];
const tmp = mkdtempSync(join(tmpdir(), 'initlint-mut-'));
let mutants = 0;
let caught = 0;
const missed = [];
for (let i = 0; i < files.length; i++) {
  for (const [label, mutate] of mutations) {
    const text = mutate(texts[i]);
    if (text === texts[i]) continue;
    const file = join(tmp, 'm.sh');
    writeFileSync(file, text);
    try {
      execFileSync('bash', ['-n', file], { stdio: ['ignore', 'ignore', 'ignore'] });
      continue; // still valid shell
    } catch {
      mutants++;
    }
    if (parseShell(text).errors.length) caught++;
    else missed.push(`${rows[i].file} (${label})`);
  }
}
rmSync(tmp, { recursive: true, force: true });

const real = rows.filter((r) => !r.bashOk);
const valid = rows.filter((r) => r.bashOk);
const figures = {
  files: files.length,
  bytes,
  loadMs: Math.round(loadMs),
  treeSitterScriptsPerSecond: Math.round(tsRate),
  adapterScriptsPerSecond: Math.round(adapterRate),
  shSyntaxScriptsPerSecond: Math.round(shRate),
  rssGrowth: mb(rssAfter - rss0),
  rssGrowthOver10MoreRounds: mb(rssAfterMore - rssAfter),
  rss: mb(process.memoryUsage().rss),
  bashRejects: real.length,
  rawTreeSitterErrorsOnValid: valid.filter((r) => r.rawError).length,
  reportedErrorsOnValid: valid.filter((r) => r.reported.length).length,
  realErrorsReported: real.filter((r) => r.reported.length).length,
  shSyntaxThrows: shThrows,
  positionChecks,
  positionFailures,
  brokenVariants: mutants,
  brokenVariantsReported: caught,
};
if (asJson) {
  figures.missed = missed;
  console.log(JSON.stringify({ figures, rows }, null, 2));
} else {
  console.log(figures);
  for (const m of missed) console.log(`missed broken variant: ${m}`);
  for (const r of rows) {
    if (r.reported.length && r.bashOk) console.log(`false error: ${r.file}: ${r.reported[0]}`);
    if (!r.bashOk) console.log(`bash -n rejects ${r.file}: ${r.bashMessage}\n    we report: ${r.reported[0] ?? '(nothing)'}`);
  }
}
