import type { FileResult, Severity } from '../core/types.js';

const RD_SEVERITY: Record<Severity, string> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

/**
 * reviewdog's Diagnostic Format (rdjson): one diagnostic per finding, with
 * suggestions for fixes that only touch this file.
 */
export function formatRdjson(results: readonly FileResult[]): string {
  const diagnostics = results.flatMap((r) =>
    r.findings.map((f) => {
      const suggestions = f.fix && f.fix.edits.length > 0 && r.text !== undefined ? f.fix.edits.map((e) => ({ range: rangeOf(r.text!, e.start, e.end), text: e.text })) : undefined;
      return {
        message: f.message,
        location: {
          path: r.path,
          range: { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } },
        },
        severity: RD_SEVERITY[f.severity],
        code: { value: f.ruleId, ...(f.url ? { url: f.url } : {}) },
        ...(suggestions ? { suggestions } : {}),
      };
    }),
  );
  return JSON.stringify({ source: { name: 'initlint', url: 'https://github.com/initlint/initlint' }, diagnostics }) + '\n';
}

function rangeOf(text: string, start: number, end: number) {
  const point = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return { line, column };
  };
  return { start: point(start), end: point(end) };
}
