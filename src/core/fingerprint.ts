import type { Finding } from './types.js';

// node:crypto on first use: most runs (a unit checked in an editor, a hook) never fingerprint.
const createHash: typeof import('node:crypto').createHash = (algorithm) => process.getBuiltinModule('node:crypto').createHash(algorithm);

/**
 * A finding's identity across commits: the rule, the path and the flagged
 * lines' content with whitespace folded — not the line number, so a rebase or
 * an edit above the finding does not make it look new.
 */
export function fingerprint(path: string, ruleId: string, text: string | undefined, finding: Pick<Finding, 'line' | 'endLine'>): string {
  const lines = (text ?? '').split(/\r\n|\r|\n/).slice(finding.line - 1, Math.max(finding.line, finding.endLine));
  const content = lines.map((l) => l.trim().replace(/\s+/g, ' ')).join('\n');
  return createHash('sha256').update(`${ruleId}\0${path}\0${content}`).digest('hex').slice(0, 16);
}
