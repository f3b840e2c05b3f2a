import { fingerprint } from '../core/fingerprint.js';
import { applyEdits } from '../core/fix.js';
import { detectEol, LineIndex } from '../text/index.js';
import type { FileChange, Finding, Fix, LineRange, Severity } from '../core/types.js';
import { code, fence, inlineText, link, messageMarkdown } from '../reporters/markdown.js';

/** reviewdog's filter modes: which findings a review reports. */
export type FilterMode = 'added' | 'diff_context' | 'file' | 'nofilter';

/** One hunk of a unified diff, on the new (RIGHT) side. */
export interface Hunk {
  /** First and last new-side line the hunk covers (inclusive); `end < start` for a pure deletion. */
  start: number;
  end: number;
  /** New-side lines that the PR adds. */
  added: Set<number>;
}

/** Parses the `patch` of a pull request file (unified diff hunks) into new-side hunks. */
export function parsePatch(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let line = 0;
  for (const raw of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(raw);
    if (header) {
      const start = Number(header[1]);
      const count = header[2] === undefined ? 1 : Number(header[2]);
      current = { start, end: start + count - 1, added: new Set() };
      hunks.push(current);
      line = start;
      continue;
    }
    if (!current) continue;
    if (raw.startsWith('+')) current.added.add(line++);
    else if (raw.startsWith(' ')) line++;
    // '-' lines are LEFT side only; '\ No newline at end of file' is not a line.
  }
  return hunks;
}

/** A file of the pull request, as the review planner needs it. */
export interface ReviewFile {
  path: string;
  /** The linted text (head of the PR). */
  text: string;
  findings: Finding[];
  /** The file's hunks; `unknown` when GitHub sent no patch (binary or too large a diff). */
  hunks: Hunk[] | 'unknown';
  /** False for files linted only as context (outside the PR), reported in `nofilter` mode. */
  changed: boolean;
  /** How GitHub lists the file (`added`, `modified`, `renamed`…). */
  status?: string;
}

export interface ReviewOptions {
  filterMode: FilterMode;
  /** Offer ```suggestion blocks (else fixes are shown as diff blocks). */
  suggestions: boolean;
  /** Most inline comments; the rest go to the review body. */
  maxComments: number;
  /** Fingerprints already posted (comment markers and earlier review bodies). */
  existing?: ReadonlySet<string>;
}

/** A review comment as `POST /repos/{owner}/{repo}/pulls/{n}/reviews` takes it. */
export interface ReviewComment {
  path: string;
  body: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
}

/** A finding with its identity and where the review puts it. */
export interface PlannedFinding {
  path: string;
  finding: Finding;
  /** Stable id across runs: the content fingerprint, `:N` for the Nth same one in a file. */
  id: string;
  /**
   * `inline` on the diff, `body` of the review, `posted` already by an earlier run, `out` of the
   * filter, `folded` into another finding's inline comment (their fixes overlap: one suggestion; or
   * that comment's fix removes this finding's cause: it deletes the file, or rewrites the flagged text).
   */
  placement: 'inline' | 'body' | 'posted' | 'out' | 'folded';
  /** For `folded`: the id of the finding whose comment shows this one. */
  foldedInto?: string;
  /** Why it is in the body rather than inline. */
  reason?: 'outside-diff' | 'over-limit' | 'rejected' | 'no-patch';
  comment?: ReviewComment;
  /** The lines an inline ```suggestion replaces, and with what. */
  suggestion?: LineReplacement;
  /** The findings folded into this one's comment: its suggestion fixes them too, so it names them. */
  together?: PlannedFinding[];
  /** The fix the comment suggests when others were folded in (the finding itself stays as reported). */
  fix?: Fix;
}

export interface ReviewPlan {
  findings: PlannedFinding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** The hidden marker that identifies a comment's finding on later runs. */
export function marker(id: string): string {
  return `<!-- initlint:${id} -->`;
}

const MARKER_LINE = /^<!-- initlint:([0-9a-f]{16}(?::\d+)?) -->$/;
const BODY_MARKER_LINE = /^<!-- initlint-review:((?:[0-9a-f]{16}(?::\d+)?)(?:,[0-9a-f]{16}(?::\d+)?)*) -->$/;

/**
 * The finding id of a comment initlint wrote, read only from the body's last
 * line: file content quoted earlier in the body (inside fences) cannot pose
 * as a marker.
 */
export function markerOf(body: string | null | undefined): string | undefined {
  const last = (body ?? '').trimEnd().split('\n').pop() ?? '';
  return MARKER_LINE.exec(last)?.[1];
}

/** The finding ids listed by a review body initlint wrote (its last line). */
export function bodyMarkersOf(body: string | null | undefined): string[] {
  const last = (body ?? '').trimEnd().split('\n').pop() ?? '';
  return BODY_MARKER_LINE.exec(last)?.[1].split(',') ?? [];
}

/** The last line a finding covers: a range ending at column 1 stops on the line before. */
function lastLine(f: Finding): number {
  return f.endLine > f.line && f.endColumn === 1 ? f.endLine - 1 : Math.max(f.line, f.endLine);
}

/** The hunk holding every line of [start, end], if one does. */
function hunkOf(hunks: readonly Hunk[], start: number, end: number): Hunk | undefined {
  return hunks.find((h) => start >= h.start && end <= h.end);
}

/** A fix as whole lines: lines [start, end] of the file become `lines`. */
export interface LineReplacement {
  start: number;
  end: number;
  old: string[];
  lines: string[];
}

/**
 * Widens a fix's edits to whole lines, the shape a ```suggestion needs.
 * Undefined for fixes with no edits.
 */
export function lineReplacement(text: string, fix: Fix): LineReplacement | undefined {
  if (fix.edits.length === 0) return undefined;
  const index = new LineIndex(text);
  const s = Math.min(...fix.edits.map((e) => e.start));
  const e = Math.max(...fix.edits.map((e) => e.end));
  let start = index.point(s).line;
  // A pure insertion at the start of a line (a new line) is shown after the line before it: the
  // suggestion then sits on that line rather than on a blank or unrelated one, and after the final
  // newline there is no line of the diff at all.
  const newLine = start > 1 && s === e && index.lineStart(start) === s;
  if (newLine) start--;
  // The phantom line after a final newline is never a line of the diff.
  const lastReal = index.lineCount > 1 && index.lineStart(index.lineCount) === text.length ? index.lineCount - 1 : index.lineCount;
  let end = newLine ? start : Math.max(start, Math.min(lastReal, e > s ? index.point(e - 1).line : index.point(s).line));
  for (;;) {
    const from = index.lineStart(start);
    const to = end < index.lineCount ? index.lineStart(end + 1) : text.length;
    const slice = text.slice(from, to);
    const edits = fix.edits.map((edit) => ({ start: edit.start - from, end: edit.end - from, text: edit.text }));
    const { output } = applyEdits(slice, edits);
    const terminated = /(\r\n|\r|\n)$/.test(slice);
    // An edit that removed the last newline joins the next line: take that line in too.
    if (terminated && output !== '' && !/(\r\n|\r|\n)$/.test(output) && end < lastReal) {
      end++;
      continue;
    }
    const split = (t: string) => (t === '' ? [] : t.replace(/(\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/));
    return { start, end, old: split(slice), lines: split(output) };
  }
}

/** A line diff (longest common subsequence) of old and new lines; unchanged lines as context. */
export function diffLines(old: readonly string[], lines: readonly string[]): string[] {
  const n = old.length;
  const m = lines.length;
  if (n * m > 250_000) return [...old.map((l) => `-${l}`), ...lines.map((l) => `+${l}`)];
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = old[i] === lines[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && old[i] === lines[j]) {
      out.push(` ${old[i++]}`);
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) out.push(`-${old[i++]}`);
    else out.push(`+${lines[j++]}`);
  }
  return out;
}

/**
 * A diff cut to what changes: one unchanged line around each change, and a run of unchanged
 * lines between two changes shown as ` …` (a fix in two places is not a page of context).
 */
export function compactDiff(lines: readonly string[], context = 1): string[] {
  const changed = lines.map((l) => !l.startsWith(' '));
  const near = (i: number) => changed.some((c, j) => c && Math.abs(i - j) <= context);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (changed[i] || near(i)) out.push(lines[i]);
    else if (out.at(-1) !== ' …' && changed.slice(0, i).some(Boolean) && changed.slice(i).some(Boolean)) out.push(' …');
  }
  return out;
}

function diffBlock(r: LineReplacement): string {
  return fence(compactDiff(diffLines(r.old, r.lines)).join('\n'), 'diff');
}

/** The files a cross-file fix creates, each in full (the fix's description carries the enable line). */
function fileBlocks(files: readonly FileChange[]): string {
  const creates = files.some((f) => f.content !== null);
  return files
    .map((file) => {
      if (file.content === null) return `**Deletes ${code(file.path)}**: the whole file goes${creates ? ', replaced by the file above' : ''}.`;
      const info = /\.(service|socket|timer|target|path|mount|automount|swap|slice|scope|conf)$/.test(file.path) ? 'ini' : 'sh';
      return `Create ${code(file.path)}:\n\n${fence(file.content, info)}`;
    })
    .join('\n\n');
}

/**
 * The headline of a finding: severity, rule (linked to its docs), message (extra lines as a block when
 * `block`; left out with `'first'`, for a finding folded into a comment that shows them already).
 */
export function headline(f: Finding, block: boolean | 'first' = false): string {
  // Without the lines it announces, a first line's closing colon would dangle.
  const message = block === 'first' ? f.message.split(/\r\n|\r|\n/)[0].replace(/:$/, '') : f.message;
  return `**${SEVERITY_LABEL[f.severity]}** ${link({ code: f.ruleId }, f.url)}: ${messageMarkdown(message, { block: block === true })}`;
}

function fixLabel(fix: Fix): string {
  return `${fix.applicability === 'safe' ? 'Suggested fix' : 'Suggested fix (unsafe: check before committing)'}: ${inlineText(fix.description)}`;
}

/** The fix shown without a suggestion: a diff of the whole lines, plus new files. */
function fixAsText(text: string, fix: Fix): string {
  const parts: string[] = [fixLabel(fix)];
  const replacement = lineReplacement(text, fix);
  if (replacement) parts.push(diffBlock(replacement));
  if (fix.files?.length) parts.push(fileBlocks(fix.files));
  return parts.join('\n\n');
}

/**
 * A ```suggestion block whose lines are joined by the file's own line break: GitHub commits the
 * suggestion's text as the comment holds it, so LF joins in a CRLF file would leave mixed endings.
 */
export function suggestionBlock(lines: readonly string[], eol: '\n' | '\r\n'): string {
  const content = lines.join(eol);
  const ticks = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
  return `${ticks}suggestion\n${content}${lines.length ? '\n' : ''}${ticks}`;
}

function longestBacktickRun(text: string): number {
  let best = 0;
  for (const run of text.match(/`+/g) ?? []) best = Math.max(best, run.length);
  return best;
}

/** Builds the inline comment for a finding that touches a hunk, or undefined when it cannot be placed. */
function inlineComment(file: ReviewFile, f: Finding, id: string, hunks: readonly Hunk[], suggestions: boolean): { comment: ReviewComment; suggestion?: LineReplacement } | undefined {
  const first = f.line;
  const last = lastLine(f);
  const fix = f.fix;
  const replacement = fix && !fix.files?.length ? lineReplacement(file.text, fix) : undefined;
  const suggest = Boolean(fix && replacement && suggestions && hunkOf(hunks, replacement.start, replacement.end));
  let range: { start: number; end: number };
  if (suggest) range = { start: replacement!.start, end: replacement!.end };
  else {
    const anchor = anchorRange(f, hunks);
    if (!anchor) return undefined;
    range = anchor;
  }
  // A suggestion sits on the lines it replaces; say where the finding itself is when that differs.
  const where = first < range.start || last > range.end ? `Line ${first}: ` : '';
  const rest = suggest ? [fixLabel(fix!), suggestionBlock(replacement!.lines, detectEol(file.text))] : fix ? [fixAsText(file.text, fix)] : [];
  return { comment: commentAt(file.path, range, [where + headline(f, true)], [...rest, marker(id)]), ...(suggest ? { suggestion: replacement! } : {}) };
}

/** Where each comment's headlines end: a finding folded in later adds its own there. */
const headlinesEnd = new WeakMap<ReviewComment, number>();

/** A comment on lines `range` of `path`: the findings' headlines, then the fix and the marker. */
function commentAt(path: string, range: { start: number; end: number }, headlines: readonly string[], rest: readonly string[]): ReviewComment {
  const heads = headlines.join('\n\n');
  const comment: ReviewComment = {
    path,
    body: [heads, ...rest].join('\n\n'),
    line: range.end,
    side: 'RIGHT',
    ...(range.start < range.end ? { start_line: range.start, start_side: 'RIGHT' as const } : {}),
  };
  headlinesEnd.set(comment, heads.length);
  return comment;
}

/** Adds a headline after a comment's own ones. */
function addHeadline(comment: ReviewComment, line: string): void {
  const end = headlinesEnd.get(comment) ?? 0;
  comment.body = `${comment.body.slice(0, end)}\n\n${line}${comment.body.slice(end)}`;
  headlinesEnd.set(comment, end + line.length + 2);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start <= b.end && b.start <= a.end;

/** Both fixes' edits as one fix, or undefined when two edits touch the same text differently. */
function combinedFix(a: Fix, b: Fix): Fix | undefined {
  const edits = [...a.edits];
  for (const e of b.edits) {
    if (edits.some((d) => d.start === e.start && d.end === e.end && d.text === e.text)) continue;
    if (edits.some((d) => d.start < e.end && e.start < d.end) || edits.some((d) => d.start === e.start && d.end === d.start && e.end === e.start)) return undefined;
    edits.push(e);
  }
  const applicability = a.applicability === 'safe' && b.applicability === 'safe' ? 'safe' : 'unsafe';
  return { description: a.description === b.description ? a.description : `${a.description}; ${b.description}`, applicability, edits };
}

/** Does `a` delete all the text `b` edits (so applying `a` leaves nothing for `b` to do)? */
function subsumes(a: Fix, b: Fix): boolean {
  return b.edits.length > 0 && b.edits.every((e) => a.edits.some((d) => d.text === '' && d.start <= e.start && e.end <= d.end));
}

/** The lines each edit of a fix replaces on its own. */
function editRanges(text: string, fix: Fix): LineReplacement[] {
  return fix.edits.flatMap((e) => lineReplacement(text, { ...fix, edits: [e] }) ?? []);
}

/** A fix whose edits lie in places apart, with untouched lines between them (its suggestion spans them all). */
function isSpread(text: string, fix: Fix): boolean {
  const ranges = editRanges(text, fix).sort((a, b) => a.start - b.start);
  let end = ranges[0]?.end ?? 0;
  for (const r of ranges.slice(1)) {
    if (r.start > end + 1) return true;
    end = Math.max(end, r.end);
  }
  return false;
}

/**
 * "Apply all suggestions" needs suggestions that do not overlap. Where two would, the second is
 * folded into the first as one suggestion with both findings when their edits meet (touch the same
 * lines) and agree; otherwise the second keeps its comment but shows its fix as a diff (after the
 * first is applied, a re-run shows what is left). A fix spread over places apart comes last, so
 * that it never swallows the small fixes between its places into one long suggestion.
 */
function foldOverlappingSuggestions(file: ReviewFile, items: PlannedFinding[], hunks: readonly Hunk[]): void {
  const kept: PlannedFinding[] = [];
  const spread = new Set(items.filter((p) => p.placement === 'inline' && p.suggestion && isSpread(file.text, p.finding.fix!)));
  const candidates = items.filter((p) => p.placement === 'inline' && p.suggestion).sort((a, b) => Number(spread.has(a)) - Number(spread.has(b)) || byImportance(a, b));
  for (const item of candidates) {
    const host = kept.find((k) => overlaps(k.suggestion!, item.suggestion!));
    if (!host) {
      kept.push(item);
      continue;
    }
    const a = host.fix ?? host.finding.fix!;
    const b = item.finding.fix!;
    const meet = editRanges(file.text, a).some((x) => editRanges(file.text, b).some((y) => overlaps(x, y)));
    // Edits that collide are fine when one fix deletes the text the other edits: it resolves both.
    const fix = meet ? (combinedFix(a, b) ?? (subsumes(a, b) ? a : subsumes(b, a) ? b : undefined)) : undefined;
    const merged = fix && lineReplacement(file.text, fix);
    if (fix && merged && hunkOf(hunks, merged.start, merged.end)) {
      // Every finding the suggestion fixes is named, also when a third one folds in.
      host.together = [...(host.together ?? []), item];
      const headlines = [host, ...host.together].map((p) => {
        const where = p.finding.line < merged.start || lastLine(p.finding) > merged.end ? `Line ${p.finding.line}: ` : '';
        return where + headline(p.finding, true);
      });
      // The finding keeps its identity: the run's annotations, outputs and fail-level look it up.
      host.fix = fix;
      host.suggestion = merged;
      host.comment = commentAt(file.path, merged, headlines, [fixLabel(fix), suggestionBlock(merged.lines, detectEol(file.text)), marker(host.id)]);
      Object.assign(item, { placement: 'folded' as const, comment: undefined, suggestion: undefined, foldedInto: host.id });
      continue;
    }
    // Conflicting edits: keep the comment, without a suggestion that would collide.
    const plain = inlineComment(file, item.finding, item.id, hunks, false);
    if (plain) Object.assign(item, { comment: plain.comment, suggestion: undefined });
  }
}

/** Where a folded finding is, said in its host's comment. */
function foldedWhere(item: PlannedFinding, host: PlannedFinding, deleted: boolean): string {
  const place = item.path === host.path ? `Line ${item.finding.line}` : `${code(item.path)} line ${item.finding.line}`;
  return deleted ? `${place}, in the file this fix deletes: ` : `${place}: `;
}

/** Shows `item` in `host`'s comment (its message's first line: the host's shows the rest), with what was folded into it. */
function foldInto(planned: readonly PlannedFinding[], host: PlannedFinding, item: PlannedFinding, deleted: boolean): void {
  addHeadline(host.comment!, foldedWhere(item, host, deleted) + headline(item.finding, 'first'));
  Object.assign(item, { placement: 'folded' as const, comment: undefined, suggestion: undefined, foldedInto: host.id, reason: undefined });
  for (const inner of planned) if (inner.foldedInto === item.id) foldInto(planned, host, inner, deleted);
}

/** Whether one of `fix`'s edits replaces the text `f` flags with text that no longer holds it (and leaves `f`'s own fix nothing to do). */
function rewritesAway(fix: Fix, f: Finding, text: string | undefined): boolean {
  if (text === undefined || f.endOffset <= f.startOffset) return false;
  const edit = fix.edits.find((e) => e.start <= f.startOffset && f.endOffset <= e.end && e.end > e.start);
  if (!edit || edit.text.includes(text.slice(f.startOffset, f.endOffset))) return false;
  return !f.fix?.files?.length && (f.fix?.edits ?? []).every((e) => edit.start <= e.start && e.end <= edit.end);
}

/**
 * A finding whose cause an inline comment's fix removes goes into that comment, not its own: every
 * finding in a file the fix deletes (the unit a conversion replaces), and a finding whose flagged text
 * one of the fix's edits rewrites away (shellcheck's SC2046 on the `$(cat pidfile)` that
 * `openrc/reload-by-hand` replaces). Hosts in a file another fix deletes go last, so they fold too.
 */
function foldRemovedCauses(planned: PlannedFinding[], files: readonly ReviewFile[]): void {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const deletes = (p: PlannedFinding) => (p.finding.fix?.files ?? []).filter((f) => f.content === null).map((f) => f.path);
  const doomed = new Set(planned.filter((p) => p.placement === 'inline').flatMap(deletes));
  const hosts = planned.filter((p) => p.placement === 'inline' && p.finding.fix).sort((a, b) => Number(doomed.has(a.path)) - Number(doomed.has(b.path)) || byImportance(a, b));
  for (const host of hosts) {
    if (host.placement !== 'inline') continue;
    const gone = new Set(deletes(host));
    for (const item of planned) {
      if (item === host || (item.placement !== 'inline' && item.placement !== 'body')) continue;
      if (gone.has(item.path)) foldInto(planned, host, item, true);
      else if (item.path === host.path && rewritesAway(host.fix ?? host.finding.fix!, item.finding, texts.get(item.path))) foldInto(planned, host, item, false);
    }
  }
}

/** The finding's own lines, then the lines it depends on (its evidence). */
function rangesOf(f: Finding): LineRange[] {
  return [{ line: f.line, endLine: lastLine(f) }, ...(f.evidence ?? [])];
}

/**
 * Where a comment without a suggestion goes: on the finding's own lines or an evidence line,
 * preferring lines the pull request adds (the change that made the finding), clipped to one hunk.
 */
function anchorRange(f: Finding, hunks: readonly Hunk[]): { start: number; end: number } | undefined {
  const candidates = rangesOf(f).flatMap((r) => hunks.filter((h) => r.line <= h.end && r.endLine >= h.start).map((h) => ({ h, start: Math.max(r.line, h.start), end: Math.min(r.endLine, h.end) })));
  const adds = (c: (typeof candidates)[number]) => {
    for (let l = c.start; l <= c.end; l++) if (c.h.added.has(l)) return true;
    return false;
  };
  const best = candidates.find(adds) ?? candidates[0];
  return best && { start: best.start, end: best.end };
}

/** Whether a finding is within the filter mode's scope: any of its own or evidence lines is. */
function inScope(file: ReviewFile, f: Finding, mode: FilterMode): boolean {
  if (!file.changed) return mode === 'nofilter';
  if (mode === 'file' || mode === 'nofilter' || file.hunks === 'unknown') return true;
  for (const range of rangesOf(f)) {
    for (const h of file.hunks) {
      for (let l = range.line; l <= range.endLine; l++) {
        if (mode === 'added' ? h.added.has(l) : l >= h.start && l <= h.end) return true;
      }
    }
  }
  return false;
}

const byImportance = (a: PlannedFinding, b: PlannedFinding) =>
  SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.finding.line - b.finding.line || a.finding.column - b.finding.column;

/**
 * Decides, for every finding, whether it becomes an inline comment, a line of
 * the review body, was posted before, or lies outside the filter. Pure: the
 * same files and options always give the same plan.
 */
export function planReview(files: readonly ReviewFile[], options: ReviewOptions): ReviewPlan {
  const existing = options.existing ?? new Set<string>();
  const planned: PlannedFinding[] = [];
  for (const file of files) {
    const seen = new Map<string, number>();
    for (const f of file.findings) {
      const fp = fingerprint(file.path, f.ruleId, file.text, f);
      const n = (seen.get(fp) ?? 0) + 1;
      seen.set(fp, n);
      const id = n === 1 ? fp : `${fp}:${n}`;
      const item: PlannedFinding = { path: file.path, finding: f, id, placement: 'out' };
      if (!inScope(file, f, options.filterMode)) {
        planned.push(item);
        continue;
      }
      if (existing.has(id)) {
        item.placement = 'posted';
        planned.push(item);
        continue;
      }
      const inline = file.changed && file.hunks !== 'unknown' ? inlineComment(file, f, id, file.hunks, options.suggestions) : undefined;
      if (inline) Object.assign(item, { placement: 'inline', ...inline });
      else Object.assign(item, { placement: 'body', reason: file.changed && file.hunks === 'unknown' ? 'no-patch' : 'outside-diff' });
      planned.push(item);
    }
    if (file.hunks !== 'unknown')
      foldOverlappingSuggestions(
        file,
        planned.filter((p) => p.path === file.path),
        file.hunks,
      );
  }
  foldRemovedCauses(planned, files);
  const inline = planned.filter((p) => p.placement === 'inline').sort(byImportance);
  for (const extra of inline.slice(Math.max(0, options.maxComments))) {
    // What was folded into the comment goes to the body with it.
    for (const p of [extra, ...planned.filter((q) => q.foldedInto === extra.id)]) Object.assign(p, { placement: 'body', reason: 'over-limit', comment: undefined, foldedInto: undefined });
  }
  return { findings: planned };
}

/** Moves planned comments GitHub refused (422) to the body. */
export function rejectComments(plan: ReviewPlan, rejected: ReadonlySet<PlannedFinding>): ReviewPlan {
  return {
    findings: plan.findings.map((p) =>
      rejected.has(p) || [...rejected].some((r) => p.foldedInto === r.id) ? { ...p, placement: 'body' as const, reason: 'rejected' as const, comment: undefined, foldedInto: undefined } : p,
    ),
  };
}

/** The payload of `POST /repos/{owner}/{repo}/pulls/{n}/reviews`. */
export interface ReviewPayload {
  commit_id: string;
  event: 'COMMENT';
  body: string;
  comments: ReviewComment[];
}

const REASON_TITLE: Record<NonNullable<PlannedFinding['reason']>, string> = {
  'outside-diff': 'Outside the changed lines',
  'no-patch': 'In files GitHub shows no diff for',
  'over-limit': 'More findings (over the inline comment limit)',
  rejected: 'Findings GitHub would not place on the diff',
};

/** GitHub refuses review bodies over 65,536 characters. */
const BODY_LIMIT = 65_000;
/** Room kept for the listed findings when the marker line is long. */
const MIN_LIST = 8_000;

/** A link to a line of a file at the reviewed commit, when the repository's web address is known. */
export type FileUrl = (path: string, line: number) => string | undefined;

function location(p: PlannedFinding, fileUrl: FileUrl | undefined): string {
  return link({ code: `${p.path}:${p.finding.line}` }, fileUrl?.(p.path, p.finding.line));
}

/** One finding of the body: where, what, and its fix folded (the fix's own label is the summary). */
function bodyItem(p: PlannedFinding, text: string | undefined, fileUrl: FileUrl | undefined): string {
  const f = p.finding;
  let item = `- ${location(p, fileUrl)} ${headline(f)}`;
  if (f.fix && text !== undefined) {
    const [label, ...rest] = fixAsText(text, f.fix).split('\n\n');
    item += `\n  <details><summary>${label}</summary>\n\n${rest.join('\n\n').replace(/^/gm, '  ')}\n\n  </details>`;
  }
  return item;
}

/** Several findings of one rule: the rule and message once, a count, the places as links. */
function bodyGroup(group: readonly PlannedFinding[], fileUrl: FileUrl | undefined): string {
  const [first] = group;
  const same = group.every((p) => p.finding.message === first.finding.message);
  const fixes = group.filter((p) => p.finding.fix);
  const lines = [`- ${headline(first.finding)}${same ? '' : ' (and similar)'} — ${group.length} findings:`, `  ${group.map((p) => location(p, fileUrl)).join(', ')}`];
  if (fixes.length) {
    const kinds = new Set(fixes.map((p) => p.finding.fix!.applicability));
    lines.push(
      `  ${fixes.length === group.length ? 'Each has' : `${fixes.length} have`} a ${kinds.size === 1 && kinds.has('safe') ? 'safe ' : ''}fix: ${inlineText(fixes[0].finding.fix!.description)}${fixes.length > 1 ? ' (or similar)' : ''}; \`initlint --fix\` applies the safe ones.`,
    );
  }
  return lines.join('\n');
}

/** The body's items for one section: findings of a rule seen more than once are grouped. */
function bodyItems(section: readonly PlannedFinding[], texts: ReadonlyMap<string, string>, fileUrl: FileUrl | undefined): Array<{ text: string; count: number }> {
  const byRule = new Map<string, PlannedFinding[]>();
  for (const p of section) byRule.set(p.finding.ruleId, [...(byRule.get(p.finding.ruleId) ?? []), p]);
  return [...byRule.values()].map((group) => ({
    text: group.length === 1 ? bodyItem(group[0], texts.get(group[0].path), fileUrl) : bodyGroup(group, fileUrl),
    count: group.length,
  }));
}

/**
 * The review to post, or undefined when there is nothing new (a re-run on the
 * same head posts nothing). The body lists findings that are not inline and
 * ends with a marker line naming them, so a later run does not repeat them.
 */
export function reviewPayload(plan: ReviewPlan, commitId: string, texts: ReadonlyMap<string, string> = new Map(), fileUrl?: FileUrl): ReviewPayload | undefined {
  const inline = plan.findings.filter((p) => p.placement === 'inline').sort(byImportance);
  const body = plan.findings.filter((p) => p.placement === 'body').sort(byImportance);
  if (inline.length === 0 && body.length === 0) return undefined;
  const folded = plan.findings.filter((p) => p.placement === 'folded');
  const shown = inline.length + folded.length;
  const count = (s: Severity) => [...inline, ...folded, ...body].filter((p) => p.finding.severity === s).length;
  const tally = (['error', 'warning', 'info'] as const)
    .map((s) => [count(s), s] as const)
    .filter(([n]) => n > 0)
    .map(([n, s]) => `${n} ${s}${n === 1 ? '' : s === 'info' ? '' : 's'}`)
    .join(', ');
  const total = shown + body.length;
  const lines = [`**initlint** found ${total} new problem${total === 1 ? '' : 's'} (${tally}): ${shown} inline${body.length ? `, ${body.length} listed below` : ''}.`];
  // Every finding of this review is marked, listed or summed up, so a re-run repeats none
  // (past ~3,000 findings the marker itself must be cut, and the rest may be listed again).
  const ids = [...inline, ...body, ...folded].map((p) => p.id);
  const markerRoom = BODY_LIMIT - MIN_LIST;
  while (ids.length && ids.join(',').length + 30 > markerRoom) ids.pop();
  const markerLine = `<!-- initlint-review:${ids.join(',')} -->`;
  const limit = BODY_LIMIT - markerLine.length - 200;
  let length = lines[0].length;
  let dropped = 0;
  for (const reason of Object.keys(REASON_TITLE) as Array<keyof typeof REASON_TITLE>) {
    const group = body.filter((p) => p.reason === reason);
    if (!group.length) continue;
    const title = `\n### ${REASON_TITLE[reason]}\n`;
    lines.push(title);
    length += title.length;
    for (const { text: item, count } of bodyItems(group, texts, fileUrl)) {
      if (length + item.length > limit) {
        dropped += count;
        continue;
      }
      lines.push(item);
      length += item.length + 1;
    }
  }
  if (dropped) lines.push(`\n…and ${dropped} more: see the job summary and the SARIF report.`);
  lines.push('', markerLine);
  return { commit_id: commitId, event: 'COMMENT', body: lines.join('\n'), comments: inline.map((p) => p.comment!) };
}
