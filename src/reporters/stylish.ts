import { escapeControl } from '../text/index.js';
import type { FileResult, Severity } from '../core/types.js';

export interface StylishOptions {
  color?: boolean;
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warning: 33, info: 36 };

/** Human output, grouped by file, in the style of ESLint's stylish formatter. */
export function formatStylish(results: readonly FileResult[], options: StylishOptions = {}): string {
  const color = options.color ?? false;
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  for (const result of results) {
    if (result.skipped) {
      out.push(`${paint(color, 4, escapeControl(result.path))}: skipped: ${escapeControl(result.skipped)}`);
      continue;
    }
    if (result.findings.length === 0) continue;
    // A file name or message from a scanned tree can neither start a new line nor drive the terminal.
    out.push(paint(color, 4, escapeControl(result.path)));
    const rows = result.findings.map((f) => [
      `  ${f.line}:${f.column}`,
      paint(color, SEVERITY_COLOR[f.severity], f.severity),
      escapeControl(f.message.replace(/\r?\n/g, ' ')) + (f.fix ? ` (${f.fix.applicability} fix)` : ''),
      paint(color, 2, escapeControl(f.ruleId)),
    ]);
    const width = Math.max(...rows.map((r) => r[0].length));
    const sevWidth = Math.max(...result.findings.map((f) => f.severity.length));
    for (const [i, row] of rows.entries()) {
      const f = result.findings[i];
      out.push(`${row[0].padEnd(width)}  ${row[1]}${' '.repeat(sevWidth - f.severity.length)}  ${row[2]}  ${row[3]}`);
      totals[f.severity]++;
      if (f.fix?.applicability === 'safe') fixable++;
    }
    out.push('');
  }
  const total = totals.error + totals.warning + totals.info;
  if (total === 0) return out.length ? out.join('\n') + '\n' : '';
  out.push(
    paint(
      color,
      totals.error ? 31 : 33,
      `✖ ${total} problem${total === 1 ? '' : 's'} (${totals.error} error${totals.error === 1 ? '' : 's'}, ${totals.warning} warning${totals.warning === 1 ? '' : 's'}, ${totals.info} info)`,
    ),
  );
  if (fixable) out.push(`  ${fixable} can be fixed with \`--fix\``);
  return out.join('\n') + '\n';
}
