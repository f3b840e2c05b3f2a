import type { FileResult, Finding, Severity } from '../../core/types.js';
import { code, encodePath, link, messageMarkdown, plural } from '../../reporters/markdown.js';
import { compareRemembered, type RememberedFinding } from './state.js';
import type { AuditCounts } from './types.js';

/** Finds the tracking issue among issues with the label; never in the title. */
export const ISSUE_MARKER = '<!-- initlint:audit -->';
/** GitHub's limit on an issue body. */
export const MAX_BODY = 65_536;
/** What the body may use: a margin under GitHub's limit for the notes that say what was cut. */
const BODY_BUDGET = 64_000;
/** Most characters of the "fixed since" list. */
const FIXED_BUDGET = 8_000;
const FOOTER = '<sub>Updated in place by the scheduled initlint audit; it closes itself when nothing is left.</sub>';

export interface Repo {
  owner: string;
  repo: string;
  serverUrl: string;
}

/** What the body says beyond the findings: where they were found and what went away. */
export interface IssueView {
  sha: string;
  /** The workflow run that wrote this body; its page carries the job summary. */
  runUrl?: string;
  fixed: readonly RememberedFinding[];
  /** The commit of the previous audit, when its findings were known. */
  fixedSince?: string;
  /** The previous audit's findings could not be read whole, so "fixed" is not counted. */
  previousUnknown?: boolean;
  /** The hidden state block (or the pointer to where it is kept). */
  stateBlock: string;
}

interface Row {
  path: string;
  finding: Finding;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function commitUrl(where: Repo, sha: string): string {
  return `${where.serverUrl}/${where.owner}/${where.repo}/commit/${sha}`;
}

function linesUrl(where: Repo, sha: string, path: string, line: number, endLine: number): string {
  return `${where.serverUrl}/${where.owner}/${where.repo}/blob/${sha}/${encodePath(path)}#L${line}-L${endLine}`;
}

/** A rule id as code, linked to its documentation when it has one. */
function ruleCell(ruleId: string, url: string | undefined): string {
  const id = code(ruleId).replace(/\|/g, '\\|');
  return url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${id}](${url})` : id;
}

/** A finding's message with its code spans rendered as code; no comment marker can be planted through it. */
function messageCell(message: string): string {
  return messageMarkdown(message, { table: true }).replace(/<!--/g, '<\u200B!--');
}

function locationCell(where: Repo, sha: string, path: string, f: { line: number; endLine: number }): string {
  const lines = f.line === f.endLine ? `${f.line}` : `${f.line}-${f.endLine}`;
  return link(`${path}:${lines}`, linesUrl(where, sha, path, f.line, f.endLine));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function sortedRows(results: readonly FileResult[]): Row[] {
  const rows: Row[] = [];
  for (const result of results) for (const finding of result.findings) rows.push({ path: result.path, finding });
  return rows.sort(
    (a, b) =>
      RANK[a.finding.severity] - RANK[b.finding.severity] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.finding.line - b.finding.line || a.finding.ruleId.localeCompare(b.finding.ruleId),
  );
}

interface RuleGroup {
  ruleId: string;
  url?: string;
  severity: Severity;
  rows: Row[];
  files: number;
  safe: number;
  unsafe: number;
}

/** Findings grouped by rule and severity, most severe first, then the most frequent. */
function groupByRule(rows: readonly Row[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const row of rows) {
    const { ruleId, severity, url, fix } = row.finding;
    const k = `${ruleId}\0${severity}`;
    const group = groups.get(k) ?? groups.set(k, { ruleId, url, severity, rows: [], files: 0, safe: 0, unsafe: 0 }).get(k)!;
    group.rows.push(row);
    if (fix?.applicability === 'safe') group.safe++;
    else if (fix) group.unsafe++;
  }
  for (const group of groups.values()) group.files = new Set(group.rows.map((r) => r.path)).size;
  return [...groups.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.rows.length - a.rows.length || a.ruleId.localeCompare(b.ruleId));
}

function fixCell(group: RuleGroup): string {
  const n = group.rows.length;
  if (group.safe === n) return 'safe';
  if (group.unsafe === n) return 'unsafe';
  const parts = [group.safe ? `${group.safe} safe` : '', group.unsafe ? `${group.unsafe} unsafe` : '', n - group.safe - group.unsafe ? `${n - group.safe - group.unsafe} none` : ''];
  return group.safe + group.unsafe === 0 ? '—' : parts.filter(Boolean).join(', ');
}

function ruleTable(groups: readonly RuleGroup[]): string[] {
  return [
    '| Rule | Severity | Findings | Files | Fix |',
    '| --- | --- | ---: | ---: | --- |',
    ...groups.map((g) => `| ${ruleCell(g.ruleId, g.url)} | ${g.severity} | ${g.rows.length} | ${g.files} | ${fixCell(g)} |`),
  ];
}

/** Appends lines while they fit in `budget.left`; returns how many were taken. */
function take(out: string[], lines: readonly string[], budget: { left: number }): number {
  let n = 0;
  for (const line of lines) {
    if (line.length + 1 > budget.left) break;
    out.push(line);
    budget.left -= line.length + 1;
    n++;
  }
  return n;
}

const size = (lines: readonly string[]) => lines.reduce((n, l) => n + l.length + 1, 0);

function headLines(where: Repo, counts: AuditCounts, view: IssueView): string[] {
  const commit = link(view.sha.slice(0, 7), commitUrl(where, view.sha));
  const run = view.runUrl ? ` The job summary of ${link('the workflow run', view.runUrl)} lists every finding.` : '';
  const head = [ISSUE_MARKER, '## initlint audit', ''];
  if (counts.total === 0) return [...head, `No findings at commit ${commit} (${plural(counts.files, 'init file')} checked).${run}`];
  return [
    ...head,
    `**${plural(counts.total, 'finding')}** in ${plural(counts.filesWithFindings, 'file')} at commit ${commit} (${plural(counts.files, 'init file')} checked): ` +
      `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} informational.${run}`,
  ];
}

interface Section {
  lines: string[];
  /** Findings (or fixed entries) left out for lack of room. */
  cut: number;
}

/** Errors, then warnings, each row in full, until the budget runs out (it only does on huge repositories). */
function seriousSection(where: Repo, sha: string, rows: readonly Row[], budget: { left: number }): Section {
  if (!rows.length) return { lines: [], cut: 0 };
  const errors = rows.filter((r) => r.finding.severity === 'error').length;
  const title = `### Errors and warnings: fix these first (${[errors ? plural(errors, 'error') : '', rows.length - errors ? plural(rows.length - errors, 'warning') : ''].filter(Boolean).join(', ')})`;
  const lines = ['', title, '', '| Severity | Where | Rule | Message |', '| --- | --- | --- | --- |'];
  budget.left -= size(lines);
  // The rule table links each rule's documentation; rows name the rule only, so more of them fit.
  const table = rows.map(({ path, finding: f }) => `| ${f.severity} | ${locationCell(where, sha, path, f)} | ${ruleCell(f.ruleId, undefined)} | ${messageCell(f.message)} |`);
  const shown = take(lines, table, budget);
  return { lines, cut: rows.length - shown };
}

/** One folded block per informational rule: every block's title first, then as many rows as fit. */
function infoSection(where: Repo, sha: string, groups: readonly RuleGroup[], budget: { left: number }): Section {
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  if (!total) return { lines: [], cut: 0 };
  const intro = ['', `### Informational: ${plural(total, 'finding')} of ${plural(groups.length, 'rule')}`, ''];
  budget.left -= size(intro);
  const blocks: Array<{ open: string[]; rows: string[]; close: string[]; group: RuleGroup }> = [];
  for (const g of groups) {
    // Markdown is not read inside <summary>: the rule id is HTML code there.
    const open = [`<details><summary><code>${escapeHtml(g.ruleId)}</code>: ${plural(g.rows.length, 'finding')} in ${plural(g.files, 'file')}</summary>`, ''];
    const close = ['', '</details>', ''];
    const reserve = size(open) + size(close) + 120;
    if (reserve > budget.left) break;
    budget.left -= reserve;
    blocks.push({ open, rows: [], close, group: g });
  }
  let cut = groups.slice(blocks.length).reduce((n, g) => n + g.rows.length, 0);
  for (const block of blocks) {
    const table = block.group.rows.map(({ path, finding: f }) => `| ${locationCell(where, sha, path, f)} | ${messageCell(f.message)} |`);
    const header = ['| Where | Message |', '| --- | --- |'];
    const room = { left: budget.left - size(header) };
    const shown = room.left > 0 ? take(block.rows, table, room) : 0;
    if (shown) block.rows.unshift(...header);
    budget.left = shown ? room.left : budget.left;
    if (shown < table.length) {
      block.rows.push('', shown ? `… and ${plural(table.length - shown, 'more finding')}, not listed for lack of room.` : 'Not listed for lack of room.');
      cut += table.length - shown;
    }
  }
  const lines = [...intro, ...blocks.flatMap((b) => [...b.open, ...b.rows, ...b.close])];
  if (blocks.length < groups.length) lines.push(`… and ${plural(groups.length - blocks.length, 'more informational rule')}, not listed for lack of room.`);
  return { lines, cut };
}

function fixedSection(where: Repo, view: IssueView, budget: { left: number }): Section {
  if (view.previousUnknown) return { lines: ['', '### Fixed since the last audit', '', "Not counted: the previous audit's findings could not be read whole."], cut: 0 };
  if (!view.fixed.length || !view.fixedSince) return { lines: [], cut: 0 };
  const since = view.fixedSince;
  const lines = [
    '',
    `### Fixed since the last audit: ${plural(view.fixed.length, 'finding')} (${link(since.slice(0, 7), commitUrl(where, since))})`,
    '',
    '<details><summary>What was fixed</summary>',
    '',
  ];
  const close = ['', '</details>'];
  budget.left -= size(lines) + size(close) + 60;
  const items = [...view.fixed].sort(compareRemembered).map((f) => `- ${code(f.ruleId)} in ${locationCell(where, since, f.path, f)}`);
  const room = { left: Math.min(FIXED_BUDGET, budget.left) };
  const before = room.left;
  const shown = take(lines, items, room);
  budget.left -= before - room.left;
  if (shown < items.length) lines.push(`- … and ${items.length - shown} more`);
  lines.push(...close);
  return { lines, cut: items.length - shown };
}

function cutNote(serious: Section, info: Section, runUrl: string | undefined): string[] {
  if (!serious.cut && !info.cut) return [];
  const left = [serious.cut ? plural(serious.cut, 'error or warning', 'errors and warnings') : '', info.cut ? plural(info.cut, 'informational finding') : ''].filter(Boolean).join(' and ');
  const where = runUrl ? `the job summary of ${link('the workflow run', runUrl)}` : "the workflow run's job summary";
  return ['', `> [!NOTE]`, `> GitHub limits an issue body to 65,536 characters, so ${left} are counted above but not listed here; ${where} and its SARIF upload list every finding.`];
}

/**
 * The tracking issue's body, answering "what do I fix first": counts, a link
 * to the run, one table row per rule (severity, count, files, fix), every
 * error and warning in full, then the informational findings folded by rule,
 * what was fixed since the last audit, and the hidden state. It stays under
 * GitHub's limit by cutting informational rows first, then the fixed list,
 * then warnings, and says what it cut. Every piece of file text is neutralised.
 */
export function renderIssueBody(where: Repo, results: readonly FileResult[], counts: AuditCounts, view: IssueView): string {
  const rows = sortedRows(results);
  const groups = groupByRule(rows);
  const head = headLines(where, counts, view);
  const rules = counts.total ? ['', '### By rule', '', ...ruleTable(groups)] : [];
  const tail = ['', FOOTER, view.stateBlock, ''];
  const budget = { left: BODY_BUDGET - size(head) - size(rules) - size(tail) - 600 };
  const serious = seriousSection(
    where,
    view.sha,
    rows.filter((r) => r.finding.severity !== 'info'),
    budget,
  );
  const fixed = fixedSection(where, view, budget);
  const info = infoSection(
    where,
    view.sha,
    groups.filter((g) => g.severity === 'info'),
    budget,
  );
  return [...head, ...cutNote(serious, info, view.runUrl), ...rules, ...serious.lines, ...info.lines, ...fixed.lines, ...tail].join('\n');
}
