import { collectFiles } from '../core/collect.js';
import type { FileResult } from '../core/types.js';
import type { ActionContext, ModeResult } from './context.js';

/**
 * Lints every init file of the checkout (or the `paths` input): events that
 * are not pull requests, and the fallback when a PR's files cannot be listed.
 * Writes nothing to the API; run() reports through annotations, the job
 * summary and SARIF.
 */
export async function runTree(ctx: ActionContext): Promise<ModeResult> {
  const { config } = ctx.linter;
  const collected = collectFiles(ctx.inputs.paths, { cwd: ctx.workspace, ignore: config.ignore, maxFileSize: config.maxFileSize });
  for (const missing of collected.missing) ctx.log.warning(`initlint: ${missing}: no such file or directory`);
  const results: FileResult[] = await ctx.linter.lintFiles(collected.inputs);
  for (const s of collected.skipped) {
    ctx.log.info(`initlint: ${s.path}: ${s.reason}`);
    results.push({ path: s.path, kind: null, findings: [], skipped: s.reason });
  }
  return { results };
}
