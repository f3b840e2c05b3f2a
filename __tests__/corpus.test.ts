// The real corpus: every unit and init script `bench/corpus.sh` gathers from
// Debian packages is linted with the CLI's engine (collectFiles + lintFiles),
// one package at a time (a package is what one repository would hold, so
// cross-file rules see its siblings only). Real files must never produce a
// parse error; the per-rule counts go to bench/corpus-counts.md so rule
// authors can see what their rule says about real-world files. The package's
// symbolic links (aliases, `*.wants/` links) are shown to cross-file rules as
// context, never linted a second time; links to /dev/null are masks.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../src/core/collect.js';
import { defaultConfig, type Config } from '../src/core/config.js';
import { lintFiles, parseContext } from '../src/linter/index.js';
import type { FileResult, Kind } from '../src/core/types.js';

const bench = join(import.meta.dirname, '../bench');
const cache = join(bench, '.cache/corpus');
// The generated counts; the hand-written review of them is bench/corpus-report.md.
const reportPath = join(bench, 'corpus-counts.md');
const EXAMPLES_PER_RULE = 5;
const complete = existsSync(join(cache, '.complete'));

function config(preset: 'recommended' | 'strict'): Config {
  const c = defaultConfig();
  c.extends = preset;
  return c;
}

const packages = complete
  ? readdirSync(cache, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort()
  : [];

/** Every regular file under dir, relative and sorted (to count what was not classified). */
function allFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...allFiles(dir, rel));
    else if (rel === '.commit')
      continue; // corpus.sh's record of a git source's commit
    else if (e.isFile() || e.isSymbolicLink()) out.push(rel);
  }
  return out.sort();
}

interface Run {
  results: Array<FileResult & { pkg: string }>;
  skipped: string[];
  unclassified: string[];
  /** Links inside the package, seen by cross-file rules only. */
  links: string[];
}

async function lintCorpus(preset: 'recommended' | 'strict'): Promise<Run> {
  const run: Run = { results: [], skipped: [], unclassified: [], links: [] };
  for (const pkg of packages) {
    const cwd = join(cache, pkg);
    const collected = collectFiles(['.'], { cwd });
    run.skipped.push(...collected.skipped.map((s) => `${pkg}/${s.path}: ${s.reason}`));
    const seen = new Set([...collected.inputs.map((i) => i.path), ...collected.skipped.map((s) => s.path)]);
    run.unclassified.push(
      ...allFiles(cwd)
        .filter((f) => !seen.has(f))
        .map((f) => `${pkg}/${f}`),
    );
    const isLink = (path: string) => lstatSync(join(cwd, path)).isSymbolicLink();
    const links = collected.inputs.filter((i) => isLink(i.path));
    run.links.push(...links.map((i) => `${pkg}/${i.path}`));
    const context = await parseContext(links);
    const results = await lintFiles(
      collected.inputs.filter((i) => !isLink(i.path)),
      { config: config(preset), context },
    );
    run.results.push(...results.map((r) => ({ ...r, pkg, path: `${pkg}/${r.path}` })));
  }
  return run;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const item of items) m.set(key(item), (m.get(key(item)) ?? 0) + 1);
  return m;
}

function report(recommended: Run, strict: Run, differential?: Differential): string {
  const kinds: Array<Kind> = ['systemd', 'openrc', 'openrc-conf', 'sysv'];
  const byKind = countBy(strict.results, (r) => r.kind ?? 'none');
  const versions = existsSync(join(cache, '.versions')) ? readFileSync(join(cache, '.versions'), 'utf8').trim().split('\n') : [];
  const lines: string[] = [];
  lines.push('# Corpus counts', '');
  lines.push(
    'Written by `__tests__/corpus.test.ts` (run `bash bench/corpus.sh` first, then',
    '`npx vitest run __tests__/corpus.test.ts`). Generated: do not edit; the review of these findings is bench/corpus-report.md.',
    '',
  );
  lines.push(`Packages (${versions.length}, Debian, fetched with \`apt-get download\`, unpacked, never installed): ${versions.map((v) => `\`${v.replace(/%3a/g, ':')}\``).join(', ')}.`, '');
  const sources = existsSync(join(cache, '.git-sources')) ? readFileSync(join(cache, '.git-sources'), 'utf8').trim().split('\n').filter(Boolean) : [];
  lines.push(`Git sources (${sources.length}, brought with the \`fetch\` tool, read from the mirror's git directory at the commit shown; the files of each directory that holds an init file):`, '');
  lines.push('| repository | commit | files kept |', '| --- | --- | ---: |');
  for (const line of sources) {
    const [repo, commit, files] = line.split(' ');
    lines.push(`| ${repo} | \`${commit}\` | ${files} |`);
  }
  lines.push('');
  lines.push('## Files', '', '| kind | files |', '| --- | ---: |');
  for (const k of kinds) lines.push(`| ${k} | ${byKind.get(k) ?? 0} |`);
  lines.push(`| not an init file (skipped silently) | ${strict.unclassified.length} |`);
  lines.push(`| symbolic link inside the package (context for cross-file rules, not linted again) | ${strict.links.length} |`);
  lines.push(`| skipped with a notice | ${strict.skipped.length} |`);
  lines.push(`| **linted** | ${strict.results.length} |`, '');
  // Git sources keep every file next to their init files, most of them not init files: counted, not listed.
  const debianUnclassified = strict.unclassified.filter((f) => !f.split('/')[0]!.includes('+'));
  if (debianUnclassified.length) lines.push('Not classified (Debian packages): ' + debianUnclassified.map((f) => `\`${f}\``).join(', ') + '.', '');
  if (strict.skipped.length) lines.push('Skipped:', '', ...strict.skipped.map((s) => `- ${s}`), '');

  if (differential) {
    lines.push('## parse-error against the shells', '');
    lines.push(
      `${differential.scripts} OpenRC/SysV scripts, each checked with \`dash -n\` (\`bash -n\` under a bash shebang): ` +
        `${differential.falseErrors.length} parse-errors on a script the shell accepts, ${differential.missed.length} scripts the shell refuses without one; ` +
        `${differential.bashisms} OpenRC scripts that only dash refuses (bash arrays, \`((…))\`, \`<<<\`) are reported by \`openrc/non-posix\` instead.`,
      '',
    );
  }
  const flat = (run: Run) => run.results.flatMap((r) => r.findings.map((f) => ({ ...f, path: r.path, kind: r.kind })));
  const rec = flat(recommended);
  const str = flat(strict);
  const recCount = countBy(rec, (f) => f.ruleId);
  const strCount = countBy(str, (f) => f.ruleId);
  const filesPerRule = new Map<string, Set<string>>();
  for (const f of str) (filesPerRule.get(f.ruleId) ?? filesPerRule.set(f.ruleId, new Set()).get(f.ruleId)!).add(f.path);
  const ids = [...strCount.keys()].sort(cmp);
  lines.push('## Findings by rule', '');
  lines.push(`${rec.length} findings under the recommended preset, ${str.length} under strict.`, '');
  lines.push('| rule | recommended | strict | files (strict) |', '| --- | ---: | ---: | ---: |');
  for (const id of ids) lines.push(`| ${id} | ${recCount.get(id) ?? 0} | ${strCount.get(id)} | ${filesPerRule.get(id)!.size} |`);
  lines.push('');
  lines.push('## Findings by package (strict)', '', '| package | files | findings |', '| --- | ---: | ---: |');
  for (const pkg of packages) {
    const results = strict.results.filter((r) => r.pkg === pkg);
    lines.push(`| ${pkg} | ${results.length} | ${results.reduce((n, r) => n + r.findings.length, 0)} |`);
  }
  lines.push('');
  lines.push(`## First ${EXAMPLES_PER_RULE} findings of each rule (strict)`, '');
  for (const id of ids) {
    lines.push(`### ${id}`, '');
    const mine = str.filter((f) => f.ruleId === id).sort((a, b) => cmp(a.path, b.path) || a.line - b.line || a.column - b.column);
    for (const f of mine.slice(0, EXAMPLES_PER_RULE)) lines.push(`- \`${f.path}:${f.line}:${f.column}\` ${f.severity}: ${f.message.replace(/\n/g, ' ')}`);
    if (mine.length > EXAMPLES_PER_RULE) lines.push(`- … ${mine.length - EXAMPLES_PER_RULE} more`);
    lines.push('');
  }
  return lines.join('\n');
}

/** What `sh -n` says of a file (-n reads the script, never runs it); `null` when it accepts it. */
function shellRefuses(shell: 'dash' | 'bash', file: string): string | null {
  try {
    execFileSync(shell, ['-n', file], { stdio: 'pipe', timeout: 10_000 });
    return null;
  } catch (error) {
    return (
      String((error as { stderr?: Buffer }).stderr ?? error)
        .trim()
        .replace(/^.*?: (?=\d+: )/, '') || 'refused'
    );
  }
}

interface Differential {
  scripts: number;
  /** parse-error on a script the shell accepts. */
  falseErrors: string[];
  /** The shell refuses, initlint says nothing. */
  missed: string[];
  /** dash refuses a bashism that bash accepts, and openrc/non-posix reports it. */
  bashisms: number;
}

/**
 * The differential: every OpenRC/SysV script of the corpus, initlint's parse-error against
 * `dash -n` (`bash -n` when the shebang names bash). A construct only bash accepts under a
 * non-bash shebang is not a syntax error to initlint (tree-sitter's grammar is bash's); in an
 * OpenRC script it must be reported by openrc/non-posix instead.
 */
function parseErrorDifferential(run: Run): Differential {
  const out: Differential = { scripts: 0, falseErrors: [], missed: [], bashisms: 0 };
  for (const r of run.results) {
    if (r.kind !== 'openrc' && r.kind !== 'sysv') continue;
    out.scripts++;
    const file = join(cache, r.path);
    const firstLine = readFileSync(file, 'utf8').split('\n', 1)[0];
    const shell = /^#!.*\bbash\b/.test(firstLine) ? 'bash' : 'dash';
    const refused = shellRefuses(shell, file);
    const parseError = r.findings.find((f) => f.ruleId === 'parse-error');
    if (parseError && !refused) out.falseErrors.push(`${r.path}:${parseError.line}:${parseError.column} ${parseError.message}`);
    if (!refused || parseError) continue;
    if (shell === 'dash' && shellRefuses('bash', file) === null && r.findings.some((f) => f.ruleId === 'openrc/non-posix')) out.bashisms++;
    else out.missed.push(`${r.path}: ${shell} -n: ${refused}`);
  }
  return out;
}

describe.skipIf(!complete)('real corpus (Debian units and init scripts)', () => {
  let recommended: Run;
  let strict: Run;
  let differential: Differential | undefined;

  it('lints every file without a parse error', async () => {
    recommended = await lintCorpus('recommended');
    strict = await lintCorpus('strict');
    expect(strict.results.length).toBeGreaterThan(300);
    // Debian packages' files must never produce a parse error; the git sources' (which
    // include templates and files that are not init files) are counted in the report.
    const parseErrors = strict.results
      .filter((r) => !r.pkg.includes('+'))
      .flatMap((r) => r.findings.filter((f) => f.ruleId === 'parse-error').map((f) => `${r.path}:${f.line}:${f.column} ${f.message}`));
    expect(parseErrors).toEqual([]);
    // Real files are text and small: only masks (links to /dev/null) are skipped.
    expect(strict.skipped.filter((s) => !s.endsWith('symbolic link to /dev/null (a masked unit); nothing to lint'))).toEqual([]);
  });

  it('reports parse-error on a script if and only if the shell refuses it (dash -n, or bash -n for a bash shebang)', () => {
    const differ = parseErrorDifferential(strict);
    differential = differ;
    expect(differ.falseErrors, 'parse-error on a script the shell accepts').toEqual([]);
    expect(differ.missed, 'a script the shell refuses, without parse-error (nor openrc/non-posix for a bashism)').toEqual([]);
    // Debian's scripts alone (CI has no fetch mirror, so no git sources) are ~140.
    expect(differ.scripts).toBeGreaterThan(100);
  }, 300_000);

  it('every systemd unit of the corpus is classified as systemd, every LSB script as sysv', () => {
    // Debian packages keep only units under systemd/ (git sources keep their siblings too).
    const debian = (path: string) => !path.split('/')[0]!.includes('+');
    for (const r of strict.results) {
      if (debian(r.path) && /\/systemd\//.test(r.path)) expect(r.kind, r.path).toBe('systemd');
    }
    for (const f of strict.unclassified.filter(debian)) expect(f, 'a unit that was not linted').not.toMatch(/\/systemd\//);
  });

  it('writes bench/corpus-counts.md when the counts change', () => {
    const generated = report(recommended, strict, differential);
    const old = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
    const next = `${generated}\n`;
    if (next !== old) writeFileSync(reportPath, next);
    expect(readFileSync(reportPath, 'utf8')).toBe(next);
  });
});

// Without the corpus: one visibly skipped test and a notice, never a failure.
if (!complete) {
  console.warn('corpus test skipped: bench/.cache/corpus is missing or incomplete; run `bash bench/corpus.sh` (needs apt-get and network)');
  describe('real corpus', () => {
    it.skip('skipped: no corpus in bench/.cache/corpus (run `bash bench/corpus.sh`)', () => {});
  });
}
