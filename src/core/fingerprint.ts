import type { Finding } from './types.js';

// node:crypto on first use: most runs (a unit checked in an editor, a hook) never fingerprint.
const createHash: typeof import('node:crypto').createHash = (algorithm) => process.getBuiltinModule('node:crypto').createHash(algorithm);

// Callers fingerprint every finding of one file in a row: its lines are split
// once, not once per finding (a 120 KB file with thousands of findings).
let lastText: string | undefined;
let lastLines: string[] = [];

function linesOf(text: string): string[] {
  if (text !== lastText) {
    lastText = text;
    lastLines = text.split(/\r\n|\r|\n/);
  }
  return lastLines;
}

/**
 * A finding's identity across commits: the rule, the path and the flagged
 * lines' content with whitespace folded — not the line number, so a rebase or
 * an edit above the finding does not make it look new.
 */
export function fingerprint(path: string, ruleId: string, text: string | undefined, finding: Pick<Finding, 'line' | 'endLine'>): string {
  const lines = linesOf(text ?? '').slice(finding.line - 1, Math.max(finding.line, finding.endLine));
  const content = lines.map((l) => l.trim().replace(/\s+/g, ' ')).join('\n');
  return createHash('sha256').update(`${ruleId}\0${path}\0${content}`).digest('hex').slice(0, 16);
}
