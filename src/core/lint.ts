import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { LanguageParsers, ParsedSource } from '../languages/index.js';
import { detectEol, LineIndex, stripBom } from '../text/index.js';
import { classify } from './classify.js';
import { ruleSeverity, type Config } from './config.js';
import { parseError, tooManyFindings, unusedSuppression } from './engine-rules.js';
import { applyFixes, MAX_FIX_PASSES } from './fix.js';
import { Project, type ProjectEntry } from './project.js';
import { DOCS_BASE, type LintFileData, type Rule } from './rule.js';
import { applySuppressions, findSuppressions, type Suppression } from './suppress.js';
import type { FileChange, FileResult, Finding, Fix, Kind } from './types.js';

/** A file to lint: its path (relative, POSIX) and its text (a BOM is allowed). */
export interface LintInput {
  path: string;
  text: string;
  /** Force a kind instead of classifying by path and content. */
  kind?: Kind;
}

/**
 * A second source of findings next to the rules (shellcheck): called once per
 * linted file after the rules; its findings go through suppression like ours.
 */
export interface Backend {
  /** Name for messages, e.g. `shellcheck`. */
  name: string;
  /**
   * Starts the work on a file that will be linted, before it is parsed: a back end that runs
   * another process (shellcheck) works meanwhile, and `findings` collects the result.
   */
  start?(path: string, kind: Kind, text: string): void;
  findings(path: string, kind: Kind, text: string): Finding[] | Promise<Finding[]>;
}

/**
 * What the engine runs: the caller's config, rules and parsers. The engine
 * owns no rule list; a front end builds these once (src/linter) and hands
 * them over.
 */
export interface EngineSetup {
  config: Config;
  rules: readonly Rule<any>[];
  parsers: LanguageParsers;
  /** Extra finding sources, run after the rules on every linted file. */
  backends?: readonly Backend[];
}

/** Options of one run. */
export interface RunOptions {
  /** Files parsed already that cross-file rules should see but that are not linted here. */
  context?: readonly ProjectEntry[];
  /** Called every `progressEvery` files (default 500) while parsing and while linting, for long runs. */
  onProgress?: (phase: 'parse' | 'lint', done: number, total: number) => void;
  progressEvery?: number;
  /** Time the rules may spend on one file (default RULE_BUDGET_MS); the rest are skipped and named. */
  ruleBudgetMs?: number;
}

/** Default time budget of the rules on one file: hostile input cannot hold a run for minutes. */
export const RULE_BUDGET_MS = 3000;

export type LintOptions = EngineSetup & RunOptions;

interface Parsed extends ParsedSource {
  input: LintInput;
  kind: Kind;
  text: string;
  bom: boolean;
  lines: LineIndex;
}

/** A file of a known kind that could not be parsed or linted at all (an exception, not a syntax error). */
interface Failed {
  input: LintInput;
  kind: null;
  failure: { kind: Kind; text: string; reason: string };
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** The one notice a file gets when initlint itself failed on it; the other files are still reported. */
function failureResult(path: string, kind: Kind, text: string, reason: string): FileResult {
  const finding: Finding = {
    ruleId: parseError.id,
    severity: 'info',
    url: parseError.url,
    message: `initlint could not lint this file (${reason}); no findings are reported for it`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    startOffset: 0,
    endOffset: 0,
  };
  return { path, kind, text, findings: [finding] };
}

type AnyProcessor = Processor<any, any, any, any, any>;

/** Frozen processors by rule list, then config, then kind: a front end that keeps its linter reuses them. */
const processorCache = new WeakMap<readonly Rule<any>[], WeakMap<Config, Map<Kind, AnyProcessor>>>();

/** One unified processor per kind, rule list and config: the enabled rules as plugins. */
function processorFor(kind: Kind, config: Config, rules: readonly Rule<any>[]): AnyProcessor {
  let byConfig = processorCache.get(rules);
  if (!byConfig) processorCache.set(rules, (byConfig = new WeakMap()));
  let byKind = byConfig.get(config);
  if (!byKind) byConfig.set(config, (byKind = new Map()));
  let processor = byKind.get(kind);
  if (!processor) {
    processor = unified();
    for (const rule of rules) {
      if (!rule.kinds.includes(kind)) continue;
      const setting = ruleSeverity(config, rule);
      if (!setting) continue;
      processor.use(rule.plugin, { level: setting.configured ? setting.level : undefined, options: setting.options, preset: config.extends, systemdVersion: config.systemdVersion });
    }
    processor.freeze();
    byKind.set(kind, processor);
  }
  return processor;
}

function toFinding(file: VFile): Finding[] {
  return file.messages.map((m) => {
    const start = m.place && 'start' in m.place ? m.place.start : m.place;
    const end = m.place && 'end' in m.place ? m.place.end : start;
    return {
      ruleId: m.ruleId ?? 'unknown',
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      message: m.reason,
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      endLine: end?.line ?? start?.line ?? 1,
      endColumn: end?.column ?? start?.column ?? 1,
      startOffset: start?.offset ?? 0,
      endOffset: end?.offset ?? start?.offset ?? 0,
      ...(m.url ? { url: m.url } : {}),
      ...(m.fix ? { fix: m.fix } : {}),
      ...(m.evidence ? { evidence: m.evidence } : {}),
    };
  });
}

/** Report order: by position (line, then column), then rule id; severity does not reorder. */
const byPosition = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

/** A finding over `[start, end)` of a parsed file. */
function findingAt(p: Parsed, start: number, end: number, fields: Pick<Finding, 'ruleId' | 'severity' | 'message'> & { url: string }): Finding {
  const from = p.lines.point(start);
  const to = p.lines.point(end);
  return { ...fields, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, startOffset: from.offset, endOffset: to.offset };
}

/** The parser's errors as `parse-error` findings at the configured level. */
function parseErrorFindings(p: Parsed, config: Config): Finding[] {
  const level = ruleSeverity(config, parseError)?.level ?? parseError.severity;
  return p.errors.map((error) => findingAt(p, error.start, error.end, { ruleId: parseError.id, severity: level, message: error.message, url: parseError.url }));
}

/** The back ends' findings, minus those where one of ours already starts. */
async function backendFindings(p: Parsed, backends: readonly Backend[], ours: readonly Finding[]): Promise<Finding[]> {
  if (!backends.length) return [];
  // A peer tool's finding where one of ours already starts (shellcheck's SC3010 on the `[[` that
  // openrc/non-posix reports) says the same thing twice; ours carries the init-specific fix.
  const taken = new Set(ours.map((f) => `${f.line}:${f.column}`));
  const found = await Promise.all(backends.map((backend) => backend.findings(p.input.path, p.kind, p.text)));
  return found.flat().filter((f) => !taken.has(`${f.line}:${f.column}`));
}

/** `unused-suppression` findings for the comments that suppressed nothing, each with its removal. */
function unusedSuppressionFindings(p: Parsed, config: Config, suppressions: readonly Suppression[]): Finding[] {
  const setting = ruleSeverity(config, unusedSuppression);
  if (!setting) return [];
  return suppressions
    .filter((s) => !s.used && s.kind !== 'enable')
    .map((s) => ({
      ...findingAt(p, s.start, s.end, {
        ruleId: unusedSuppression.id,
        severity: setting.level,
        message: unusedSuppression.messages.unused.replace('{comment}', () => `${s.kind}${s.rules.length ? ' ' + s.rules.join(', ') : ''}`),
        url: unusedSuppression.url,
      }),
      fix: {
        description: 'Remove the unused suppression comment',
        applicability: 'safe' as const,
        edits: [{ start: p.lines.lineStart(s.line), end: s.line < p.lines.lineCount ? p.lines.lineStart(s.line + 1) : s.end, text: '' }],
      },
    }));
}

/** Classifies, strips the BOM, loads the parsers the kinds need, and parses every file of a known kind. */
async function parseInputs(inputs: readonly LintInput[], setup: Pick<EngineSetup, 'parsers' | 'backends'> & RunOptions): Promise<Array<Parsed | Failed | { input: LintInput; kind: null }>> {
  const classified = inputs.map((input) => {
    const { text, bom } = stripBom(input.text);
    return { input, text, bom, kind: input.kind ?? classify(input.path, text) };
  });
  // A back end that runs another process (shellcheck) starts now and works while the parser loads and parses.
  for (const c of classified) if (c.kind) for (const backend of setup.backends ?? []) backend.start?.(c.input.path, c.kind, c.text);
  await setup.parsers.prepare(classified.flatMap(({ kind, text }) => (kind ? [{ kind, text }] : [])));
  return classified.map(({ input, text, bom, kind }, i) => {
    reportProgress(setup, 'parse', i, inputs.length);
    if (!kind) return { input, kind: null };
    try {
      return { input, kind, text, bom, lines: LineIndex.of(text), ...setup.parsers.parse(kind, text, input.path) };
    } catch (error) {
      return { input, kind: null, failure: { kind, text, reason: describe(error) } };
    }
  });
}

function reportProgress(options: RunOptions, phase: 'parse' | 'lint', done: number, total: number): void {
  const every = Math.max(1, options.progressEvery ?? 500);
  if (options.onProgress && done > 0 && done % every === 0) options.onProgress(phase, done, total);
}

/** One notice per rule that threw on the file, and one naming the rules the time budget skipped. */
function cutNotices(data: LintFileData): Finding[] {
  const at = { line: 1, column: 1, endLine: 1, endColumn: 1, startOffset: 0, endOffset: 0 };
  const out: Finding[] = (data.failed ?? []).map((f) => ({
    ...at,
    ruleId: f.ruleId,
    severity: 'info',
    url: `${DOCS_BASE}${f.ruleId}/README.md`,
    message: `Rule ${f.ruleId} stopped on this file (${f.reason}); its findings here may be missing`,
  }));
  if (data.skipped?.length) {
    out.push({
      ...at,
      ruleId: parseError.id,
      severity: 'info',
      url: parseError.url,
      message: `The rules' time budget for this file ran out; not run: ${data.skipped.join(', ')}`,
    });
  }
  return out;
}

/** At most this many findings are listed per file (issue 11: garbage never floods a review); the rest are counted. */
export const MAX_FINDINGS_PER_FILE = 50;

/**
 * A unit that fails to parse on most of its lines is not a unit (an avahi service
 * description, an XML file, a patch under a unit's name): one parse-error says so, instead of
 * one per line and rules run on nothing.
 */
function notAUnit(p: Parsed, config: Config): Finding | null {
  if (p.kind !== 'systemd' || p.errors.length < 3) return null;
  const significant = p.text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '' && !/^[ \t]*[#;]/.test(line)).length;
  if (p.errors.length * 2 <= significant) return null;
  const level = ruleSeverity(config, parseError)?.level ?? parseError.severity;
  const message = `Unexpected content for a systemd unit: ${p.errors.length} of ${significant} lines are neither \`[Section]\` nor \`Key=Value\`, expected a unit file (this file is probably not one; nothing else is checked in it)`;
  return findingAt(p, 0, p.lines.lineEnd(1), { ruleId: parseError.id, severity: level, message, url: parseError.url });
}

/** A build-time placeholder (`@sbindir@`, `@PACKAGE_NAME@`), which configure or meson replaces. */
const PLACEHOLDER = /@[A-Za-z_][A-Za-z0-9_]*@/;

/**
 * In a build template (`foo.service.in`, `foo.initd.in`), a placeholder is not a value: a finding
 * on a line that holds one is about text the build replaces, so it is dropped.
 */
function withoutPlaceholderFindings(p: Parsed, findings: Finding[]): Finding[] {
  if (!p.input.path.endsWith('.in')) return findings;
  const holdsPlaceholder = (f: Finding) => PLACEHOLDER.test(p.text.slice(p.lines.lineStart(f.line), p.lines.lineEnd(f.endLine)));
  return findings.filter((f) => !holdsPlaceholder(f));
}

/** The first MAX_FINDINGS_PER_FILE findings, and one that counts the others. */
function capped(p: Parsed, findings: Finding[], config: Config): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_FILE) return findings;
  const kept = findings.slice(0, MAX_FINDINGS_PER_FILE);
  const setting = ruleSeverity(config, tooManyFindings);
  if (!setting) return kept;
  const last = kept[kept.length - 1];
  const message = tooManyFindings.messages.omitted.replace('{count}', String(findings.length - kept.length)).replace('{max}', String(MAX_FINDINGS_PER_FILE));
  kept.push(findingAt(p, last.startOffset, last.startOffset, { ruleId: tooManyFindings.id, severity: setting.level, message, url: tooManyFindings.url }));
  return kept;
}

/** Runs the rules, the parse errors, the back ends and the suppressions over one parsed file. */
async function lintParsed(p: Parsed, project: Project, options: LintOptions): Promise<FileResult> {
  const notice = notAUnit(p, options.config);
  if (notice) return { path: p.input.path, kind: p.kind, text: p.text, findings: [notice] };
  const file = new VFile({ path: p.input.path, value: p.text });
  const data = { kind: p.kind, text: p.text, lines: p.lines, eol: detectEol(p.text), project, bom: p.bom, deadline: Date.now() + (options.ruleBudgetMs ?? RULE_BUDGET_MS) };
  file.data.initlint = data;
  processorFor(p.kind, options.config, options.rules).runSync(p.tree, file);
  const findings = [...toFinding(file), ...cutNotices(data)];
  findings.push(...parseErrorFindings(p, options.config));
  findings.push(...(await backendFindings(p, options.backends ?? [], findings)));
  const suppressions = findSuppressions(p.lines);
  const kept = applySuppressions(withoutPlaceholderFindings(p, findings), suppressions);
  kept.push(...unusedSuppressionFindings(p, options.config, suppressions));
  kept.sort(byPosition);
  return { path: p.input.path, kind: p.kind, text: p.text, findings: capped(p, kept, options.config) };
}

/**
 * Lints a set of files together (cross-file rules see all of them) with the
 * caller's config, rules and parsers. Files of no known kind come back with
 * `kind: null` and no findings. Never throws on file content: parse failures
 * are `parse-error` findings.
 */
export async function lintFiles(inputs: readonly LintInput[], options: LintOptions): Promise<FileResult[]> {
  const parsed = await parseInputs(inputs, options);
  const linted = parsed.filter((p): p is Parsed => p.kind !== null).map((p): ProjectEntry => ({ path: p.input.path, kind: p.kind, text: p.text, tree: p.tree }));
  const paths = new Set(linted.map((e) => e.path));
  const project = new Project([...linted, ...(options.context ?? []).filter((e) => !paths.has(e.path))]);
  // The rules run file after file; each file then waits for its back ends (started before parsing).
  return Promise.all(
    parsed.map(async (p, i): Promise<FileResult> => {
      reportProgress(options, 'lint', i, inputs.length);
      if (p.kind === null) return 'failure' in p ? failureResult(p.input.path, p.failure.kind, p.failure.text, p.failure.reason) : { path: p.input.path, kind: null, findings: [] };
      try {
        return await lintParsed(p, project, options);
      } catch (error) {
        return failureResult(p.input.path, p.kind, p.text, describe(error));
      }
    }),
  );
}

/** Parses files once so that many later lint runs can share them as `context`. */
export async function parseContext(inputs: readonly LintInput[], parsers: LanguageParsers): Promise<ProjectEntry[]> {
  const parsed = await parseInputs(inputs, { parsers });
  return parsed.filter((p): p is Parsed => p.kind !== null).map((p) => ({ path: p.input.path, kind: p.kind, text: p.text, tree: p.tree }));
}

export interface FixResult {
  /** The fixed text, with the original BOM restored. */
  output: string;
  /** Findings that remain after fixing. */
  result: FileResult;
  /** Fixes applied over all passes. */
  fixed: Finding[];
  /** New files that cross-file fixes create. */
  files: FileChange[];
  passes: number;
}

/**
 * Fixes a file ESLint's way: lint, apply non-overlapping fixes, re-lint, at
 * most MAX_FIX_PASSES times. `others` gives cross-file context.
 */
export async function fixText(
  path: string,
  text: string,
  options: LintOptions & { unsafe?: boolean; others?: readonly LintInput[]; accept?: (fix: Fix, text: string) => boolean },
): Promise<FixResult> {
  const { text: body, bom } = stripBom(text);
  const context = [...(options.context ?? []), ...(options.others ? await parseContext(options.others, options.parsers) : [])];
  let current = body;
  const fixed: Finding[] = [];
  const files: FileChange[] = [];
  let passes = 0;
  let result: FileResult;
  for (;;) {
    [result] = await lintFiles([{ path, text: current }], { ...options, context });
    if (passes >= MAX_FIX_PASSES) break;
    // A front end may hold back fixes that are safe in general but not for this file (the audit's fix PR).
    const accept = options.accept;
    const candidates = accept ? result.findings.filter((f) => !f.fix || accept(f.fix, current)) : result.findings;
    const pass = applyFixes(current, candidates, options.unsafe ?? false);
    if (pass.fixed.length === 0 || (pass.output === current && pass.files.length === 0)) break;
    passes++;
    fixed.push(...pass.fixed);
    for (const f of pass.files) if (!files.some((g) => g.path === f.path)) files.push(f);
    // A fix that deletes this very file (a unit a conversion replaces) leaves nothing to fix further.
    if (pass.output === current || pass.files.some((f) => f.path === path && f.content === null)) break;
    current = pass.output;
  }
  return { output: (bom ? '\uFEFF' : '') + current, result: result!, fixed, files, passes };
}
