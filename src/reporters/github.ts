import type { FileResult, Severity } from '../core/types.js';

/**
 * GitHub workflow-command annotations, for a plain `run: npx initlint --format github` step:
 * `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=RULE::message`.
 * Values are encoded as the runner decodes them, so a file name or message can never end the
 * command early or start a new one (`%`, CR, LF always; `:` and `,` inside properties).
 */
export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    if (result.skipped) {
      lines.push(`::notice file=${escapeProperty(result.path)},title=initlint::${escapeData(`skipped: ${result.skipped}`)}`);
      continue;
    }
    for (const f of result.findings) {
      const properties = [
        `file=${escapeProperty(result.path)}`,
        `line=${f.line}`,
        `endLine=${f.endLine}`,
        // GitHub rejects a column range that spans lines.
        ...(f.line === f.endLine ? [`col=${f.column}`, `endColumn=${f.endColumn}`] : []),
        `title=${escapeProperty(f.ruleId)}`,
      ];
      lines.push(`::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The runner's encoding of a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's encoding of a workflow command's property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
