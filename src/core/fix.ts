import type { FileChange, Finding, Fix, TextEdit } from './types.js';

/** Most passes of fix-then-relint, as ESLint does. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies edits to a text: sorted by position, each edit that overlaps one
 * already taken is skipped. Returns the new text and how many were applied.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { output: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let cursor = 0;
  let applied = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) continue;
    output += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    applied++;
  }
  return { output: output + text.slice(cursor), applied };
}

/** Whether `--fix` (safe only) or `--fix-unsafe` applies a fix. */
export function fixApplies(fix: Fix, unsafe: boolean): boolean {
  return fix.applicability === 'safe' || unsafe;
}

/**
 * Applies the fixes of one lint pass. A fix's edits go in together or not at
 * all: a fix that overlaps one already accepted waits for the next pass.
 */
export function applyFixes(text: string, findings: readonly Finding[], unsafe: boolean): { output: string; fixed: Finding[]; files: FileChange[] } {
  const candidates = findings
    .filter((f) => f.fix && fixApplies(f.fix, unsafe) && (f.fix.edits.length > 0 || (f.fix.files?.length ?? 0) > 0))
    .sort((a, b) => Math.min(...a.fix!.edits.map((e) => e.start), Infinity) - Math.min(...b.fix!.edits.map((e) => e.start), Infinity));
  const taken: TextEdit[] = [];
  const fixed: Finding[] = [];
  const files: FileChange[] = [];
  const overlaps = (e: TextEdit) => taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && t.start === t.end && e.start === t.start));
  for (const finding of candidates) {
    const edits = finding.fix!.edits;
    if (edits.some(overlaps)) continue;
    taken.push(...edits);
    fixed.push(finding);
    files.push(...(finding.fix!.files ?? []));
  }
  return { output: applyEdits(text, taken).output, fixed, files };
}
