import { unified, type Processor } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { classify } from './classify.js';
import { defaultConfig, ruleSeverity, type Config } from './config.js';
import { applyFixes, MAX_FIX_PASSES } from './fix.js';
import { Project, type ProjectEntry } from './project.js';
import { DOCS_BASE, type Rule } from './rule.js';
import { applySuppressions, findSuppressions } from './suppress.js';
import { detectEol, LineIndex, stripBom } from './text.js';
import type { FileChange, FileResult, Finding, Fix, Kind, Severity } from './types.js';
import { parseSource, prepareParsers } from '../languages/index.js';
import { rules as allRules } from '../rules/index.js';

/** A file to lint: its path (relative, POSIX) and its text (a BOM is allowed). */
export interface LintInput {
  path: string;
  text: string;
  /** Force a kind instead of classifying by path and content. */
  kind?: Kind;
}

export interface LintOptions {
  config?: Config;
  /** The rules to run (default: every rule). */
  rules?: readonly Rule<any>[];
  /** Extra findings per file, e.g. from shellcheck; called after the rules. */
  extraFindings?: (path: string, kind: Kind, text: string) => Finding[];
  /** Files parsed already that cross-file rules should see but that are not linted here. */
  context?: readonly ProjectEntry[];
  /** Called every `progressEvery` files (default 500) while parsing and while linting, for long runs. */
  onProgress?: (phase: 'parse' | 'lint', done: number, total: number) => void;
  progressEvery?: number;
}

/** Core findings that are not rules of their own folder kind. */
export const CORE_RULES = {
  'parse-error': { severity: 'error' as Severity, url: `${DOCS_BASE}parse-error/README.md` },
  'unused-suppression': { severity: 'warning' as Severity, url: `${DOCS_BASE}unused-suppression/README.md` },
};

interface Parsed {
  input: LintInput;
  kind: Kind;
  text: string;
  bom: boolean;
  lines: LineIndex;
  tree: Node;
  errors: { message: string; start: number; end: number }[];
}

const processorCache = new WeakMap<Config, Map<Kind, Processor<any, any, any, any, any>>>();

/** One unified processor per kind and config: the enabled rules as plugins. */
function processorFor(kind: Kind, config: Config, rules: readonly Rule<any>[]): Processor<any, any, any, any, any> {
  let byKind = processorCache.get(config);
  if (!byKind || rules !== allRules) {
    byKind = new Map();
    if (rules === allRules) processorCache.set(config, byKind);
  }
  let processor = byKind.get(kind);
  if (!processor) {
    processor = unified();
    for (const rule of rules) {
      if (!rule.kinds.includes(kind)) continue;
      const setting = ruleSeverity(config, rule);
      if (!setting) continue;
      const options = setting.options ?? (config.extends === 'strict' ? { strict: true } : undefined);
      processor.use(rule.plugin, { level: setting.configured ? setting.level : undefined, options });
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
    };
  });
}

const bySeverityThenPosition = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

/**
 * Lints a set of files together (cross-file rules see all of them). Files of
 * no known kind come back with `kind: null` and no findings. Never throws on
 * file content: parse failures are `parse-error` findings.
 */
export async function lintFiles(inputs: readonly LintInput[], options: LintOptions = {}): Promise<FileResult[]> {
  const config = options.config ?? defaultConfig();
  const rules = options.rules ?? allRules;
  const classified = inputs.map((input) => {
    const { text, bom } = stripBom(input.text);
    return { input, text, bom, kind: input.kind ?? classify(input.path, text) };
  });
  // The shell parser's WASM costs a start-up; a run of units only never loads it.
  if (classified.some((c) => c.kind !== null && c.kind !== 'systemd')) await prepareParsers();

  const every = Math.max(1, options.progressEvery ?? 500);
  const progress = (phase: 'parse' | 'lint', i: number) => {
    if (options.onProgress && i > 0 && i % every === 0) options.onProgress(phase, i, inputs.length);
  };
  const parsed: Array<Parsed | { input: LintInput; kind: null }> = classified.map(({ input, text, bom, kind }, i) => {
    progress('parse', i);
    if (!kind) return { input, kind: null };
    const { tree, errors } = parseSource(kind, text, input.path);
    return { input, kind, text, bom, lines: new LineIndex(text), tree, errors };
  });
  const linted = parsed.filter((p): p is Parsed => p.kind !== null).map((p): ProjectEntry => ({ path: p.input.path, kind: p.kind, text: p.text, tree: p.tree }));
  const paths = new Set(linted.map((e) => e.path));
  const project = new Project([...linted, ...(options.context ?? []).filter((e) => !paths.has(e.path))]);

  return parsed.map((p, i) => {
    progress('lint', i);
    if (p.kind === null) return { path: p.input.path, kind: null, findings: [] };
    const file = new VFile({ path: p.input.path, value: p.text });
    file.data.initlint = { kind: p.kind, text: p.text, lines: p.lines, eol: detectEol(p.text), project, bom: p.bom };
    processorFor(p.kind, config, rules).runSync(p.tree, file);
    const findings = toFinding(file);
    const parseErrors = ruleSeverity(config, { id: 'parse-error', severity: 'error' }) ?? { level: 'error' as Severity };
    for (const error of p.errors) {
      const start = p.lines.point(error.start);
      const end = p.lines.point(error.end);
      findings.push({
        ruleId: 'parse-error', severity: parseErrors.level, message: error.message,
        line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
        startOffset: start.offset, endOffset: end.offset, url: CORE_RULES['parse-error'].url,
      });
    }
    if (options.extraFindings) {
      // A peer tool's finding where one of ours already starts (shellcheck's SC3010 on the `[[` that
      // openrc/non-posix reports) says the same thing twice; ours carries the init-specific fix.
      const ours = new Set(findings.map((f) => `${f.line}:${f.column}`));
      findings.push(...options.extraFindings(p.input.path, p.kind, p.text).filter((f) => !ours.has(`${f.line}:${f.column}`)));
    }
    const suppressions = findSuppressions(p.lines);
    const kept = applySuppressions(findings, suppressions);
    const unused = ruleSeverity(config, { id: 'unused-suppression', severity: 'warning' });
    if (unused) {
      for (const s of suppressions) {
        if (s.used || s.kind === 'enable') continue;
        const start = p.lines.point(s.start);
        const end = p.lines.point(s.end);
        kept.push({
          ruleId: 'unused-suppression', severity: unused.level,
          message: `Unexpected suppression \`initlint-${s.kind}${s.rules.length ? ' ' + s.rules.join(', ') : ''}\`: it suppresses nothing, remove it`,
          line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
          startOffset: start.offset, endOffset: end.offset, url: CORE_RULES['unused-suppression'].url,
          fix: { description: 'Remove the unused suppression comment', applicability: 'safe', edits: [{ start: p.lines.lineStart(s.line), end: s.line < p.lines.lineCount ? p.lines.lineStart(s.line + 1) : s.end, text: '' }] },
        });
      }
    }
    kept.sort(bySeverityThenPosition);
    return { path: p.input.path, kind: p.kind, text: p.text, findings: kept };
  });
}

/** Parses files once so that many later lint runs can share them as `context`. */
export async function parseContext(inputs: readonly LintInput[]): Promise<ProjectEntry[]> {
  const classified = inputs.map((input) => {
    const { text } = stripBom(input.text);
    return { input, text, kind: input.kind ?? classify(input.path, text) };
  });
  if (classified.some((c) => c.kind !== null && c.kind !== 'systemd')) await prepareParsers();
  const entries: ProjectEntry[] = [];
  for (const { input, text, kind } of classified) {
    if (kind) entries.push({ path: input.path, kind, text, tree: parseSource(kind, text, input.path).tree });
  }
  return entries;
}

/** Lints one file on its own (no cross-file context beyond itself). */
export async function lintText(path: string, text: string, options: LintOptions = {}): Promise<FileResult> {
  const [result] = await lintFiles([{ path, text }], options);
  return result;
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
  options: LintOptions & { unsafe?: boolean; others?: readonly LintInput[]; accept?: (fix: Fix, text: string) => boolean } = {},
): Promise<FixResult> {
  const { text: body, bom } = stripBom(text);
  const context = [...(options.context ?? []), ...(options.others ? await parseContext(options.others) : [])];
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
    if (pass.output === current) break;
    current = pass.output;
  }
  return { output: (bom ? '\uFEFF' : '') + current, result: result!, fixed, files, passes };
}
