import type { FileResult, Finding, Severity } from '../core/types.js';
import { code, inlineText, link, messageMarkdown } from './markdown.js';

export interface SummaryOptions {
  /** Heading of the summary. */
  title?: string;
  /** Markdown placed under the heading (trusted: written by the action, not from files). */
  intro?: string;
  /** Whether a finding is inside the review's filter; adds an "In diff" column when given. */
  inScope?: (path: string, finding: Finding) => boolean;
  /** Rows shown at most (GitHub caps a step summary at 1 MiB); the rest are counted. */
  maxRows?: number;
}

const ICON: Record<Severity, string> = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Escapes `|` in markdown that is already safe, for a table cell (GFM reads a backslashed pipe as a pipe in code spans too). */
const cell = (markdown: string) => markdown.replace(/(?<!\\)\|/g, '\\|');

/** `N errors, N warnings, N info` over some findings. */
export function tally(findings: readonly Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${n('error')} error${n('error') === 1 ? '' : 's'}, ${n('warning')} warning${n('warning') === 1 ? '' : 's'}, ${n('info')} info`;
}

/** One row of the per-rule table: how often a rule fired, in how many files, and its fix. */
interface RuleCount {
  ruleId: string;
  url?: string;
  severity: Severity;
  findings: number;
  files: Set<string>;
  fixable: Set<'safe' | 'unsafe'>;
}

/** Findings counted per rule, most severe and most frequent first. */
function countByRule(rows: ReadonlyArray<{ path: string; f: Finding }>): RuleCount[] {
  const byRule = new Map<string, RuleCount>();
  for (const { path, f } of rows) {
    const count = byRule.get(f.ruleId) ?? { ruleId: f.ruleId, url: f.url, severity: f.severity, findings: 0, files: new Set<string>(), fixable: new Set<'safe' | 'unsafe'>() };
    if (RANK[f.severity] < RANK[count.severity]) count.severity = f.severity;
    count.findings++;
    count.files.add(path);
    if (f.fix) count.fixable.add(f.fix.applicability);
    byRule.set(f.ruleId, count);
  }
  return [...byRule.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.findings - a.findings || a.ruleId.localeCompare(b.ruleId));
}

/** The per-rule count table a reader scans first. */
function ruleTable(counts: readonly RuleCount[]): string[] {
  const out = ['| Rule | Severity | Findings | Files | Fix |', '| --- | --- | ---: | ---: | --- |'];
  for (const c of counts) {
    const fix = c.fixable.has('safe') ? 'safe' : c.fixable.has('unsafe') ? 'unsafe' : '';
    out.push(`| ${cell(link({ code: c.ruleId }, c.url))} | ${ICON[c.severity]} | ${c.findings} | ${c.files.size} | ${fix} |`);
  }
  return out;
}

/**
 * The job summary: counts, a table of findings per rule, then every finding (in and out of the
 * diff, with a link to its rule's docs) in a collapsed table, so a hundred findings still read at
 * a glance. Pure.
 */
export function formatSummary(results: readonly FileResult[], options: SummaryOptions = {}): string {
  const linted = results.filter((r) => r.kind !== null);
  const rows = linted
    .flatMap((r) => r.findings.map((f) => ({ path: r.path, f })))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.f.line - b.f.line || a.f.column - b.f.column);
  const all = rows.map((r) => r.f);
  const withFindings = linted.filter((r) => r.findings.length > 0).length;
  const out = [`## ${options.title ?? 'initlint'}`, ''];
  if (options.intro) out.push(options.intro, '');
  out.push(
    rows.length === 0
      ? `No problems in ${linted.length} init file${linted.length === 1 ? '' : 's'}.`
      : `**${tally(all)}** in ${withFindings} of ${linted.length} init file${linted.length === 1 ? '' : 's'}.`,
  );
  const skipped = results.filter((r) => r.skipped);
  if (rows.length > 0) {
    const scope = options.inScope;
    const max = options.maxRows ?? 1000;
    out.push('', ...ruleTable(countByRule(rows)));
    out.push('', `<details><summary>Every finding (${rows.length})</summary>`, '');
    out.push(`| Severity | Rule | Location | Message | Fix |${scope ? ' In diff |' : ''}`, `| --- | --- | --- | --- | --- |${scope ? ' --- |' : ''}`);
    for (const { path, f } of rows.slice(0, max)) {
      const location = code(`${path}:${f.line}${f.endLine > f.line ? `-${f.endLine}` : ''}`);
      const fix = f.fix ? f.fix.applicability : '';
      const cells = [ICON[f.severity], cell(link({ code: f.ruleId }, f.url)), cell(location), messageMarkdown(f.message, { table: true }), fix];
      if (scope) cells.push(scope(path, f) ? 'yes' : 'no');
      out.push(`| ${cells.join(' | ')} |`);
    }
    if (rows.length > max) out.push('', `…and ${rows.length - max} more findings: see the SARIF report.`);
    out.push('', '</details>');
  }
  if (skipped.length) {
    out.push('', '<details><summary>Skipped files</summary>', '');
    for (const s of skipped) out.push(`- ${code(s.path)}: ${inlineText(s.skipped ?? '')}`);
    out.push('', '</details>');
  }
  return out.join('\n') + '\n';
}
