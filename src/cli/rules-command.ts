import { parseArgs } from 'node:util';
import { ENGINE_RULES, type DocumentedRule } from '../core/engine-rules.js';
import { rules } from '../rules/index.js';
import type { CliIO } from './main.js';

/** A rule as `initlint rules` lists it. */
export interface RuleRow {
  id: string;
  kinds: readonly string[];
  /** Level in the `recommended` preset (`off` for rules only `strict` turns on). */
  recommended: string;
  strict: string;
  fixable: 'safe' | 'unsafe' | null;
  summary: string;
  url: string;
}

export function ruleRows(list: readonly DocumentedRule[] = [...ENGINE_RULES, ...rules]): RuleRow[] {
  return [...list]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => ({
      id: r.id,
      kinds: r.kinds,
      recommended: r.strict ? 'off' : r.severity,
      strict: r.severity,
      fixable: r.fixable ?? null,
      summary: r.docs.summary,
      url: r.url,
    }));
}

/** `initlint rules [--format table|json]`: every rule with its default level and fixability. */
export function rulesCommand(argv: readonly string[], io: CliIO): number {
  let format: string;
  try {
    const { values } = parseArgs({ args: [...argv], options: { format: { type: 'string', short: 'f' } } });
    format = values.format ?? 'table';
  } catch (error) {
    io.stderr(`initlint rules: ${(error as Error).message}\n`);
    return 2;
  }
  const rows = ruleRows();
  if (format === 'json') {
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  if (format !== 'table') {
    io.stderr(`initlint rules: unexpected --format ${format}, expected table or json\n`);
    return 2;
  }
  const table = [['RULE', 'RECOMMENDED', 'STRICT', 'FIX'], ...rows.map((r) => [r.id, r.recommended, r.strict, r.fixable ?? '-'])];
  const widths = table[0].map((_, col) => Math.max(...table.map((row) => row[col].length)));
  io.stdout(table.map((row) => row.map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col]))).join('  ')).join('\n') + '\n');
  return 0;
}
