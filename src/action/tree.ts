import { collectFiles } from '../core/collect.js';
import { lintFiles } from '../core/lint.js';
import type { FileResult } from '../core/types.js';
import type { ActionContext, ModeResult } from './context.js';
import { shellcheckFindings } from '../shellcheck/index.js';

/**
 * Lints every init file of the checkout (or the `paths` input): events that
 * are not pull requests, and the fallback when a PR's files cannot be listed.
 * Writes nothing to the API; run() reports through annotations, the job
 * summary and SARIF.
 */
export async function runTree(ctx: ActionContext): Promise<ModeResult> {
  const collected = collectFiles(ctx.inputs.paths, { cwd: ctx.workspace, ignore: ctx.config.ignore, maxFileSize: ctx.config.maxFileSize });
  for (const missing of collected.missing) ctx.log.warning(`initlint: ${missing}: no such file or directory`);
  const results: FileResult[] = await lintFiles(collected.inputs, { config: ctx.config, extraFindings: shellcheckFindings(ctx.config), ...(ctx.rules ? { rules: ctx.rules } : {}) });
  for (const s of collected.skipped) {
    ctx.log.info(`initlint: ${s.path}: ${s.reason}`);
    results.push({ path: s.path, kind: null, findings: [], skipped: s.reason });
  }
  return { results };
}
