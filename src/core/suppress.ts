import type { LineIndex } from '../text/index.js';
import type { Finding } from './types.js';

/** One `initlint-disable…` comment. */
export interface Suppression {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  line: number;
  start: number;
  end: number;
  used: boolean;
}

const DIRECTIVE = /^[ \t]*[#;][ \t]*initlint-(disable-next-line|disable|enable)\b[ \t]*([^\r\n]*)$/;

/** Finds suppression comments: whole-line `#` or `;` comments, in units and scripts alike. */
export function findSuppressions(lines: LineIndex): Suppression[] {
  const found: Suppression[] = [];
  // Most files have none: one search of the text instead of a slice and a search per line.
  if (!lines.text.includes('initlint-')) return found;
  for (let line = 1; line <= lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (!text.includes('initlint-')) continue;
    const match = DIRECTIVE.exec(text);
    if (!match) continue;
    const rules = match[2]
      .replace(/\s+--.*$/, '') // allow a trailing "-- reason"
      .split(/[\s,]+/)
      .filter(Boolean);
    const start = lines.lineStart(line) + text.search(/[#;]/);
    found.push({ kind: match[1] as Suppression['kind'], rules, line, start, end: lines.lineEnd(line), used: false });
  }
  return found;
}

const names = (s: Suppression, ruleId: string) => s.rules.length === 0 || s.rules.includes(ruleId);

/**
 * Drops suppressed findings and marks the suppressions that were used.
 * `parse-error` is never suppressed: a file that cannot be read must be seen.
 */
export function applySuppressions(findings: Finding[], suppressions: Suppression[]): Finding[] {
  if (suppressions.length === 0) return findings;
  return findings.filter((finding) => {
    if (finding.ruleId === 'parse-error') return true;
    for (const s of suppressions) {
      if (s.kind === 'disable-next-line' && s.line + 1 === finding.line && names(s, finding.ruleId)) {
        s.used = true;
        return false;
      }
    }
    // Ranges: the latest disable/enable before the finding's line decides, per rule.
    let disabledBy: Suppression | undefined;
    for (const s of suppressions) {
      if (s.line >= finding.line) break;
      if (!names(s, finding.ruleId)) continue;
      if (s.kind === 'disable') disabledBy = s;
      else if (s.kind === 'enable') disabledBy = undefined;
    }
    if (disabledBy) {
      disabledBy.used = true;
      return false;
    }
    return true;
  });
}
