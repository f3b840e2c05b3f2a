import { execFileSync } from 'node:child_process';
import type { ActionContext } from '../context.js';

/** The parts of the action's context that say where the audit runs. */
export type AuditModeContext = Pick<ActionContext, 'owner' | 'repo' | 'sha' | 'workspace'> & Partial<Pick<ActionContext, 'ref'>>;

/**
 * The repository to audit: the workflow's own, or another one checked out
 * into the workspace and named by the `repository` input (a fleet of
 * repositories audited from one workflow as a matrix). The audited commit is
 * then the checkout's HEAD, not the workflow's GITHUB_SHA.
 */
export function auditTarget(ctx: AuditModeContext, env: Readonly<Record<string, string | undefined>> = process.env): { owner: string; repo: string; sha: string } {
  const named = (env.INPUT_REPOSITORY ?? '').trim();
  if (!named || named.toLowerCase() === `${ctx.owner}/${ctx.repo}`.toLowerCase()) return { owner: ctx.owner, repo: ctx.repo, sha: ctx.sha };
  const m = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(named);
  if (!m) throw new Error(`input \`repository\`: unexpected \`${named}\`, expected owner/name`);
  const sha = execFileSync('git', ['-C', ctx.workspace, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`input \`repository\`: ${ctx.workspace} is not a checkout of ${named}`);
  return { owner: m[1], repo: m[2], sha };
}

/**
 * Where the audit writes, for `run()`: the repository and commit (see
 * auditTarget), the server for links, and the branch the fix PR targets —
 * the audited branch, so that the PR holds only the fix commit even when a
 * workflow_dispatch audits a branch other than the default one.
 */
export function auditWhere(
  ctx: AuditModeContext,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { owner: string; repo: string; sha: string; serverUrl: string; baseBranch?: string; runUrl?: string } {
  const target = auditTarget(ctx, env);
  const sameRepo = target.owner === ctx.owner && target.repo === ctx.repo;
  const branch = sameRepo && ctx.ref?.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runUrl = workflowRunUrl(serverUrl, env);
  return { ...target, serverUrl, ...(branch ? { baseBranch: branch } : {}), ...(runUrl ? { runUrl } : {}) };
}

/**
 * The page of this workflow run, which shows its job summary: in the workflow's own repository
 * (GITHUB_REPOSITORY), also when the audit writes to another one.
 */
export function workflowRunUrl(serverUrl: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(repository) || !/^\d+$/.test(runId)) return undefined;
  const attempt = /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') && Number(env.GITHUB_RUN_ATTEMPT) > 1 ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${serverUrl}/${repository}/actions/runs/${runId}${attempt}`;
}
