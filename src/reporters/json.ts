import type { FileResult } from '../core/types.js';

/**
 * The JSON contract other tools read: one entry per linted file,
 * `{path, kind, messages: [{ruleId, severity, message, line, column, endLine, endColumn, fix?}]}`.
 */
export function formatJson(results: readonly FileResult[]): string {
  const files = results
    .filter((r) => r.kind !== null || r.findings.length > 0)
    .map((r) => ({
      path: r.path,
      kind: r.kind,
      ...(r.skipped ? { skipped: r.skipped } : {}),
      messages: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        ...(f.fix ? { fix: f.fix } : {}),
        ...(f.evidence ? { evidence: f.evidence } : {}),
      })),
    }));
  return JSON.stringify(files, null, 2) + '\n';
}
