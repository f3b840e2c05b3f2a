#!/usr/bin/env node
// Does the shell adapter still need the skeleton (src/languages/shell/skeleton.ts)?
// Compares two builds of src/languages/shell/parse.ts — BEFORE: the source tree given
// by --before DIR; AFTER: the tree this script runs from — on the syntax errors they
// report, against `bash -n` (which only reads the file: -n never executes), on two
// corpora: the init scripts of bench/.cache/corpus (`bash bench/corpus.sh`) and every
// sh/bash script of this machine under /usr and /etc (read in place). Counts: errors
// reported on scripts bash -n accepts (false errors), errors reported on scripts it
// refuses, broken variants caught (a closing word dropped or a quote left open, kept
// when bash -n refuses the variant), and how often both put the first error at the
// same offset.
//
// The figures in bench/shell-parser/README.md compare the skeleton (BEFORE: this repo)
// with no skeleton (AFTER: commit 318a16f with no-skeleton.patch applied, where mvdan/sh
// alone decides and tree-sitter is asked again from the statement mvdan/sh faults):
//
//   git worktree add /tmp/no-skeleton 318a16f && cd /tmp/no-skeleton && git apply bench/shell-parser/no-skeleton.patch
//   ln -s "$OLDPWD/node_modules" . && ln -s "$OLDPWD/bench/.cache" bench/ && cp "$OLDPWD/bench/shell-parser/skeleton.mjs" bench/shell-parser/
//   nice node --expose-gc bench/shell-parser/skeleton.mjs --before "$OLDPWD" --mutants 300
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const before = arg('--before');
const mutantFiles = Number(arg('--mutants', '300'));
if (!before) throw new Error('--before DIR (a checkout of the tree to compare with) is required');

async function adapter(tree, name) {
  const outfile = join(root, 'bench', '.cache', `skeleton-${name}.mjs`);
  await build({
    entryPoints: [join(tree, 'src/languages/shell/parse.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    packages: 'external',
    logLevel: 'warning',
    nodePaths: [join(root, 'node_modules')],
  });
  const mod = await import(outfile);
  await mod.loadShellParser();
  return mod.parseShell;
}
const variants = { before: await adapter(before, 'before'), after: await adapter(root, 'after') };

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
const SHEBANG = /^#! ?(\/usr)?\/(s?bin)\/(env )?(ba|da)?sh\b|^#! ?\/sbin\/(openrc-run|runscript)/;
const isScript = (path) => {
  try {
    if (statSync(path).size > 300_000) return false;
    const head = readFileSync(path, 'utf8').slice(0, 100);
    return SHEBANG.test(head) || /\/(init|conf)\.d\/[^/]+$|\.(initd|confd)(-r\d+)?$/.test(path);
  } catch {
    return false;
  }
};
const corpora = {
  'init corpus (bench/.cache/corpus)': walk(join(root, 'bench/.cache/corpus')).filter(isScript),
  'system scripts (/usr, /etc)': ['/usr/bin', '/usr/sbin', '/usr/lib', '/usr/share', '/usr/libexec', '/etc']
    .flatMap((d) => {
      try {
        return walk(d);
      } catch {
        return [];
      }
    })
    .filter(isScript),
};

function bashAccepts(file) {
  try {
    execFileSync('bash', ['-n', file], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

const mutations = [
  (t) => t.replace(/^([ \t]*)fi[ \t]*$(?![\s\S]*^[ \t]*fi[ \t]*$)/m, '$1'),
  (t) => t.replace(/^([ \t]*)done\b(?![\s\S]*^[ \t]*done\b)/m, '$1'),
  (t) => t.replace(/^([ \t]*)esac\b(?![\s\S]*^[ \t]*esac\b)/m, '$1'),
  (t) => t.replace(/;;/, ''),
  (t) => {
    const lines = t.split('\n');
    const i = lines.findIndex((l, k) => k > lines.length / 2 && /^\s*echo /.test(l));
    if (i < 0) return t;
    lines[i] += ' "';
    return lines.join('\n');
  },
  (t) => t.replace(/^\}[ \t]*$(?![\s\S]*^\}[ \t]*$)/m, ''),
];

const tmp = mkdtempSync(join(tmpdir(), 'initlint-skeleton-'));
const report = {};
for (const [corpus, files] of Object.entries(corpora)) {
  const row = { files: files.length, bashRejects: 0, mutants: 0, 'same first error position (refused + mutants)': 0, 'both report (refused + mutants)': 0 };
  const where = (errors) => (errors[0] ? `${errors[0].position.start.offset}` : '');
  const compare = (results) => {
    if (results.before && results.after) {
      row['both report (refused + mutants)']++;
      if (results.before === results.after) row['same first error position (refused + mutants)']++;
      else console.error(`moved: ${results.label}: before ${results.before}, after ${results.after}`);
    }
  };
  for (const v of Object.keys(variants)) Object.assign(row, { [`${v}: false errors`]: 0, [`${v}: errors on refused`]: 0, [`${v}: mutants caught`]: 0 });
  const falseErrors = { before: [], after: [] };
  for (const [n, file] of files.entries()) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const ok = bashAccepts(file);
    if (!ok) row.bashRejects++;
    const seen = { label: file };
    for (const [v, parse] of Object.entries(variants)) {
      const errors = parse(text).errors;
      if (!ok) seen[v] = where(errors);
      if (errors.length && ok) {
        row[`${v}: false errors`]++;
        falseErrors[v].push(`${file}: ${errors[0].position.start.line}:${errors[0].position.start.column} ${errors[0].message}`);
      }
      if (errors.length && !ok) row[`${v}: errors on refused`]++;
    }
    if (!ok) compare(seen);
    if (n < mutantFiles && ok) {
      for (const mutate of mutations) {
        const broken = mutate(text);
        if (broken === text) continue;
        const path = join(tmp, 'm.sh');
        writeFileSync(path, broken);
        if (bashAccepts(path)) continue;
        row.mutants++;
        const got = { label: `${file} (mutant)` };
        for (const [v, parse] of Object.entries(variants)) {
          const errors = parse(broken).errors;
          got[v] = where(errors);
          if (errors.length) row[`${v}: mutants caught`]++;
        }
        compare(got);
      }
    }
    if (n % 100 === 0) globalThis.gc?.();
  }
  report[corpus] = row;
  for (const v of Object.keys(falseErrors)) for (const line of falseErrors[v]) console.error(`${v} false error: ${line}`);
}
rmSync(tmp, { recursive: true, force: true });
console.log(JSON.stringify(report, null, 2));
