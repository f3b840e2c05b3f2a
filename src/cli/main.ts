import { VERSION } from '../text/version.js';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectFiles, type Collected } from '../core/collect.js';
import { ConfigError, loadConfig, parseSystemdVersion, ruleSeverity, type Config } from '../core/config.js';
import { ENGINE_RULES } from '../core/engine-rules.js';
import type { RuleMeta } from '../core/rule.js';
import type { FixResult, LintInput } from '../core/lint.js';
import { writeFiles, reportRoot, type WriteTarget } from '../core/write.js';
import { escapeControl } from '../text/index.js';
import type { FileResult } from '../core/types.js';
import { formatGithub } from '../reporters/github.js';
import { formatGitlab } from '../reporters/gitlab.js';
import { formatJson } from '../reporters/json.js';
import { formatRdjson } from '../reporters/rdjson.js';
import { formatSarif } from '../reporters/sarif.js';
import { formatStylish } from '../reporters/stylish.js';
import { configurableRules, loadLinter, type Linter } from '../linter/index.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Colour stylish output (a TTY). */
  color?: boolean;
  /** Reads all of standard input, for `--stdin`. */
  readStdin?: () => Promise<string>;
}

/** The version `--version` prints (package.json's). */
export { VERSION };

const USAGE = `Usage: initlint [options] [paths|globs…]
       initlint --stdin --stdin-filename NAME [options]
       initlint convert FILE [--bindir DIR] [--write]
       initlint rules [--format table|json]
       initlint lsp [--stdio]        a language server on stdin/stdout, for editors

Lints systemd units, OpenRC service scripts and System V rc scripts.
Directories are walked (.gitignore respected); files are classified by path and content.

Options:
  --fix                 apply safe fixes in place
  --fix-unsafe          apply safe and unsafe fixes in place (and write or delete the files
                        cross-file fixes create or replace)
  --format FORMAT       stylish (default), json, sarif, rdjson, github (workflow-command
                        annotations) or gitlab (GitLab Code Quality report)
  --config FILE         use this config instead of the nearest .initlint.yml
  --stdin               lint standard input instead of files
  --stdin-filename NAME the path standard input stands for: it decides the kind and the config
  --print-config FILE   print the configuration that applies to FILE, as JSON
  --max-warnings N      exit 1 when there are more than N warnings
  --max-file-size BYTES skip larger files (default 1048576)
  --systemd-version N   the oldest systemd the units must run on: report keys and values newer than N
  --shellcheck auto|off hand scripts to shellcheck too when it is installed (auto), or not (off);
                        overrides the config's shellcheck:
  --quiet               report errors only
  --no-color            plain output
  -o, --output-file F   write the report to F instead of stdout
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 no error-level finding, 1 findings at error level (or over --max-warnings),
2 usage or config error (a path that does not exist included).
`;

const FORMATS = ['stylish', 'json', 'sarif', 'rdjson', 'github', 'gitlab'] as const;
type Format = (typeof FORMATS)[number];

/** What the files of a run hold on disk as `--fix` goes, so later batches know what earlier ones did. */
type DiskState = Map<string, string | null>;

/**
 * One file's batch: its new text, the files its fixes create, and the files they delete (only files
 * of this run, holding what this run last left in them). A file deleted by its own fix is not also
 * edited; what an earlier batch already did the same way (the template two findings create) is left out.
 */
function fixBatch(path: string, text: string, fixed: FixResult, disk: DiskState, cwd: string): WriteTarget[] | string {
  const key = (p: string) => resolve(cwd, p);
  const deletes = fixed.files.filter((f) => f.content === null).map((f) => key(f.path));
  const batch: WriteTarget[] = [];
  if (fixed.output !== text && !deletes.includes(key(path))) batch.push({ path, content: fixed.output, mode: 'edit' });
  for (const file of fixed.files) {
    const now = disk.get(key(file.path));
    if (file.content === null) {
      if (now === undefined) return `${escapeControl(file.path)}: initlint deletes only files it linted in this run`;
      if (now !== null) batch.push({ path: file.path, content: now, mode: 'delete' });
    } else if (now !== file.content) {
      if (now !== undefined) return `${escapeControl(file.path)}: another fix in this run writes it differently`;
      batch.push({ path: file.path, content: file.content, mode: 'create' });
    }
  }
  return batch;
}

/**
 * `--fix`/`--fix-unsafe`: fixes every file in memory first, then writes each
 * file's batch (its new text, the files its fixes create and delete) through
 * writeFiles, all of a batch or none of it. A refused batch is reported and its
 * findings stay; fixes are counted only once written. `changedTree` says a
 * batch created or deleted a file, so the caller lints the tree again.
 */
async function fixOnDisk(
  inputs: ReadonlyArray<LintInput & { invalidUtf8?: boolean }>,
  results: FileResult[],
  linter: Linter,
  unsafe: boolean,
  io: CliIO,
): Promise<{ results: FileResult[]; changedTree: boolean }> {
  // Parse every file once; each file's fix passes see the others through this context.
  const context = await linter.parseContext(inputs);
  const fixedAll = await Promise.all(
    results.map(async (result, i) => {
      const input = inputs[i];
      if (result.kind === null || input.invalidUtf8 || !result.findings.some((f) => f.fix && (unsafe || f.fix.applicability === 'safe'))) return undefined;
      return linter.fixText(input.path, input.text, { unsafe, context });
    }),
  );
  let fixedCount = 0;
  let changedTree = false;
  const disk: DiskState = new Map(inputs.filter((i) => !i.invalidUtf8).map((i) => [resolve(io.cwd, i.path), i.text]));
  const out = results.map((result, i) => {
    const fixed = fixedAll[i];
    const input = inputs[i];
    if (!fixed || disk.get(resolve(io.cwd, input.path)) === null) return result;
    const batch = fixBatch(input.path, input.text, fixed, disk, io.cwd);
    if (typeof batch === 'string') {
      io.stderr(`initlint: ${batch}; the fixes of ${escapeControl(input.path)} are not applied\n`);
      return result;
    }
    const { refused } = batch.length ? writeFiles(io.cwd, batch) : { refused: [] };
    for (const r of refused) io.stderr(`initlint: ${escapeControl(r.path)}: ${r.reason}; the fixes of ${escapeControl(input.path)} are not applied\n`);
    if (refused.length) return result;
    for (const t of batch) {
      disk.set(resolve(io.cwd, t.path), t.mode === 'delete' ? null : t.content);
      if (t.mode === 'create' || t.mode === 'delete') changedTree = true;
      if (t.path !== input.path || t.mode === 'delete') io.stderr(`initlint: ${t.mode === 'delete' ? 'deleted' : 'wrote'} ${escapeControl(t.path)}\n`);
    }
    fixedCount += fixed.fixed.length;
    return fixed.result;
  });
  io.stderr(`initlint: applied ${fixedCount} fix${fixedCount === 1 ? '' : 'es'}\n`);
  return { results: out, changedTree };
}

/** A usage or config mistake: printed as `initlint: MESSAGE`, exit status 2. */
class UsageError extends Error {}

const OPTIONS = {
  fix: { type: 'boolean' },
  'fix-unsafe': { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  'max-file-size': { type: 'string' },
  'systemd-version': { type: 'string' },
  shellcheck: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'output-file': { type: 'string', short: 'o' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type CliValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** --format and --max-warnings, checked; the --stdin combinations that make no sense are refused. */
function checkOptions(values: CliValues, positionals: readonly string[]): { format: Format; maxWarnings?: number } {
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unexpected --format ${values.format}, expected one of ${FORMATS.join(', ')}`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number ≥ 0');
  }
  if (!values.stdin && values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename goes with --stdin');
  if (values.stdin && (positionals.length > 0 || values.fix || values['fix-unsafe'])) throw new UsageError('--stdin lints standard input only: no paths, no --fix');
  return { format, ...(maxWarnings !== undefined ? { maxWarnings } : {}) };
}

/** ConfigError → UsageError: a bad config is a usage mistake (exit 2). */
function asUsage<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** The config nearest the file being linted, with the command line's overrides. */
function cliConfig(values: CliValues, cwd: string): Config {
  // The config that applies is the one nearest the file: the stdin name's or --print-config's.
  const configFor = values['print-config'] ?? (values.stdin ? values['stdin-filename'] : undefined);
  const configDir = configFor === undefined ? cwd : dirname(resolve(cwd, configFor));
  const config = asUsage(() => loadConfig(configDir, configurableRules(), values.config && resolve(cwd, values.config)));
  if (values['max-file-size'] !== undefined) {
    const n = Number(values['max-file-size']);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError('--max-file-size takes a positive number of bytes');
    config.maxFileSize = n;
  }
  const version = values['systemd-version'];
  if (version !== undefined) config.systemdVersion = asUsage(() => parseSystemdVersion(version, '--systemd-version'));
  const shellcheck = values.shellcheck;
  if (shellcheck !== undefined) {
    if (shellcheck !== 'auto' && shellcheck !== 'off') throw new UsageError(`unexpected --shellcheck ${shellcheck}, expected auto or off`);
    config.shellcheck = shellcheck;
  }
  return config;
}

/** The report in the chosen format. */
function formatReport(results: readonly FileResult[], format: Format, values: CliValues, io: CliIO): string {
  const reported = values.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const linted = reported.filter((r) => r.kind !== null);
  return format === 'json'
    ? formatJson(linted)
    : format === 'sarif'
      ? formatSarif(linted, { version: VERSION })
      : format === 'rdjson'
        ? formatRdjson(linted)
        : format === 'github'
          ? formatGithub(linted)
          : format === 'gitlab'
            ? formatGitlab(linted)
            : formatStylish(linted, { color: values['no-color'] ? false : (values.color ?? io.color ?? false) });
}

/** Exit status: 2 for a missing path, 1 for errors or too many warnings, else 0. */
function exitStatus(results: readonly FileResult[], collected: Collected, maxWarnings: number | undefined, io: CliIO): number {
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (collected.missing.length > 0) return 2; // a mistyped path is a usage error, never a pass
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`initlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** The files of the run (paths, or standard input), with what was missing or skipped said on stderr. */
async function collectRun(values: CliValues, positionals: string[], config: Config, io: CliIO): Promise<Collected> {
  const collected = values.stdin
    ? await collectStdin(values['stdin-filename'] ?? 'stdin', io, config.maxFileSize)
    : collectFiles(positionals, { cwd: io.cwd, ignore: config.ignore, maxFileSize: config.maxFileSize });
  for (const missing of collected.missing) io.stderr(`initlint: ${escapeControl(missing)}: no such file or directory\n`);
  for (const skipped of collected.skipped) io.stderr(`initlint: ${escapeControl(skipped.path)}: ${skipped.reason}\n`);
  for (const input of collected.inputs) {
    if (input.invalidUtf8) io.stderr(`initlint: ${escapeControl(input.path)}: not valid UTF-8; linted with replacement characters, fixes not written\n`);
  }
  return collected;
}

/** Lints (and with --fix, fixes) the files, writes the report; returns the exit status. */
async function lintCommand(values: CliValues, positionals: string[], io: CliIO): Promise<number> {
  const { format, maxWarnings } = checkOptions(values, positionals);
  const config = cliConfig(values, io.cwd);
  if (values['print-config'] !== undefined) {
    io.stdout(JSON.stringify(effectiveConfig(config, [...ENGINE_RULES, ...loadLinter(io.cwd, { config, warn: () => {} }).rules]), null, 2) + '\n');
    return 0;
  }
  const collected = await collectRun(values, positionals, config, io);
  // shellcheck's findings join ours when a binary is found, unless the config or --shellcheck says off.
  const linter = loadLinter(io.cwd, { config, warn: (message) => io.stderr(`initlint: ${message}\n`) });
  let results: FileResult[] = await linter.lintFiles(collected.inputs);
  if (values.fix || values['fix-unsafe']) {
    const fixed = await fixOnDisk(collected.inputs, results, linter, Boolean(values['fix-unsafe']), io);
    results = fixed.results;
    // A fix created or deleted files (a conversion): what remains is what the tree now holds.
    if (fixed.changedTree) results = await linter.lintFiles(collectFiles(positionals, { cwd: io.cwd, ignore: config.ignore, maxFileSize: config.maxFileSize }).inputs);
  }
  const output = formatReport(results, format, values, io);
  if (values['output-file']) {
    const target = values['output-file'];
    const { refused } = writeFiles(reportRoot(io.cwd, target), [{ path: resolve(io.cwd, target), content: output, mode: 'report' }]);
    for (const r of refused) io.stderr(`initlint: ${escapeControl(target)}: ${r.reason}\n`);
    if (refused.length) return 2;
  } else io.stdout(output);
  return exitStatus(results, collected, maxWarnings, io);
}

/** The `initlint` command: returns the exit status; all I/O goes through `io`. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv[0] === 'convert') {
    const { convertCommand } = await import('./convert.js');
    return convertCommand(argv.slice(1), io);
  }
  if (argv[0] === 'rules') {
    const { rulesCommand } = await import('./rules-command.js');
    return rulesCommand(argv.slice(1), io);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    io.stderr(`initlint: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  try {
    return await lintCommand(values, positionals, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`initlint: ${error.message}\n`);
    return 2;
  }
}

/** Standard input as the one file of the run, under the name the caller gives it. */
async function collectStdin(path: string, io: CliIO, maxFileSize: number): Promise<Collected> {
  const text = io.readStdin ? await io.readStdin() : '';
  if (text.includes('\0')) return { inputs: [], skipped: [{ path, reason: 'binary content (NUL bytes); not a text file' }], missing: [] };
  if (Buffer.byteLength(text) > maxFileSize) {
    return { inputs: [], skipped: [{ path, reason: `larger than the ${maxFileSize}-byte limit; raise max-file-size to lint it` }], missing: [] };
  }
  return { inputs: [{ path, text }], skipped: [], missing: [] };
}

/** What `--print-config` shows: the settings and every rule's level after presets and overrides. */
export function effectiveConfig(config: Config, list: readonly RuleMeta[]) {
  const levels: Record<string, unknown> = {};
  for (const rule of [...list].sort((a, b) => a.id.localeCompare(b.id))) {
    const applied = ruleSeverity(config, rule);
    levels[rule.id] = !applied ? 'off' : applied.options === undefined ? applied.level : [applied.level, applied.options];
  }
  for (const [id, setting] of Object.entries(config.rules)) {
    if (!(id in levels)) levels[id] = setting.options === undefined ? setting.level : [setting.level, setting.options];
  }
  return {
    source: config.source ?? null,
    extends: config.extends,
    ignore: config.ignore,
    'max-file-size': config.maxFileSize,
    shellcheck: config.shellcheck,
    'systemd-version': config.systemdVersion ?? null,
    rules: levels,
  };
}
