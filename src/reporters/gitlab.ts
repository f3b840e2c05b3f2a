import { fingerprint } from '../core/fingerprint.js';
import type { FileResult, Severity } from '../core/types.js';

/** One issue of GitLab's Code Quality report (the subset GitLab reads). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

const SEVERITY: Record<Severity, CodeQualityIssue['severity']> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab's Code Quality report (`artifacts: reports: codequality`), so a merge request shows the
 * findings in its widget and diff. The fingerprint is the one the review and SARIF use, so it
 * survives edits above the finding; GitLab needs it unique, so repeats in one file get a suffix.
 */
export function formatGitlab(results: readonly FileResult[]): string {
  const issues: CodeQualityIssue[] = [];
  const seen = new Map<string, number>();
  for (const result of results) {
    for (const f of result.findings) {
      const base = fingerprint(result.path, f.ruleId, result.text, f);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      issues.push({
        description: `${f.message} (${f.ruleId})`,
        check_name: f.ruleId,
        fingerprint: count === 0 ? base : `${base}-${count}`,
        severity: SEVERITY[f.severity],
        location: { path: result.path, lines: { begin: f.line, end: f.endLine } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
}
