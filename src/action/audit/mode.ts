import { execFileSync } from 'node:child_process';
import type { ActionContext, ActionInputs } from '../context.js';

/** The parts of the action's context that say where the audit runs. */
export type AuditModeContext = Pick<ActionContext, 'owner' | 'repo' | 'sha' | 'workspace' | 'serverUrl'> &
  Partial<Pick<ActionContext, 'ref' | 'runUrl'>> & { inputs: Pick<ActionInputs, 'repository'> };

/**
 * The repository to audit: the workflow's own, or another one checked out
 * into the workspace and named by the `repository` input (a fleet of
 * repositories audited from one workflow as a matrix). The audited commit is
 * then the checkout's HEAD, not the workflow's GITHUB_SHA.
 */
export function auditTarget(ctx: AuditModeContext): { owner: string; repo: string; sha: string } {
  const named = ctx.inputs.repository;
  if (!named || `${named.owner}/${named.repo}`.toLowerCase() === `${ctx.owner}/${ctx.repo}`.toLowerCase()) return { owner: ctx.owner, repo: ctx.repo, sha: ctx.sha };
  let sha = '';
  try {
    sha = execFileSync('git', ['-C', ctx.workspace, 'rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    // Not a git checkout at all: said below.
  }
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`input \`repository\`: ${ctx.workspace} is not a checkout of ${named.owner}/${named.repo}`);
  return { owner: named.owner, repo: named.repo, sha };
}

/**
 * Where the audit writes, for `run()`: the repository and commit (see
 * auditTarget), the server for links, and the branch the fix PR targets —
 * the audited branch, so that the PR holds only the fix commit even when a
 * workflow_dispatch audits a branch other than the default one.
 */
export function auditWhere(ctx: AuditModeContext): { owner: string; repo: string; sha: string; serverUrl: string; baseBranch?: string; runUrl?: string } {
  const target = auditTarget(ctx);
  const sameRepo = target.owner === ctx.owner && target.repo === ctx.repo;
  const branch = sameRepo && ctx.ref?.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : undefined;
  return { ...target, serverUrl: ctx.serverUrl, ...(branch ? { baseBranch: branch } : {}), ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}) };
}
