import { execFileSync } from 'node:child_process';
import type { ActionContext, ActionInputs } from '../context.js';
import { link, plural } from './markdown.js';
import type { AuditOutcome } from './types.js';

/** The parts of the action's context the audit reads. */
export type AuditModeContext = Pick<ActionContext, 'octokit' | 'owner' | 'repo' | 'sha' | 'workspace' | 'log' | 'config'> & {
  inputs: Pick<ActionInputs, 'paths' | 'config' | 'failLevel' | 'fixPr'>;
};

/** The markdown the audit puts above the job summary's table: where the issue and the PR are. */
export function auditSummary(outcome: AuditOutcome): string {
  const lines = ['### initlint audit', ''];
  const { counts, issue, pullRequest } = outcome;
  lines.push(
    `${plural(counts.files, 'init file')} audited in ${(outcome.lintMs / 1000).toFixed(1)} s: ` +
      `${plural(counts.total, 'finding')} (${counts.error} error, ${counts.warning} warning, ${counts.info} info).`,
  );
  const issueText: Record<string, string> = { created: 'opened', updated: 'updated', unchanged: 'unchanged', reopened: 'reopened', closed: 'closed, nothing left' };
  if (issue.number && issue.url && issue.action in issueText) lines.push('', `Tracking issue ${link(`#${issue.number}`, issue.url)}: ${issueText[issue.action]}.`);
  if (issue.error) lines.push('', `The tracking issue could not be written (${issue.error}); the findings are below and in SARIF.`);
  const pullText: Record<string, string> = {
    created: 'opened', updated: 'updated', unchanged: 'unchanged', closed: 'closed, nothing left to fix',
    'skipped-foreign-commits': 'not updated: its branch has commits the audit did not make',
  };
  if (pullRequest.number && pullRequest.url && pullRequest.action in pullText) {
    lines.push('', `Fix pull request ${link(`#${pullRequest.number}`, pullRequest.url)} (${plural(pullRequest.fixes, 'safe fix', 'safe fixes')} in ${plural(pullRequest.files, 'file')}): ${pullText[pullRequest.action]}.`);
  }
  if (pullRequest.error) lines.push('', `The fix pull request could not be written (${pullRequest.error}).`);
  return lines.join('\n') + '\n';
}

/**
 * The repository to audit: the workflow's own, or another one checked out
 * into the workspace and named by the `repository` input (a fleet of
 * repositories audited from one workflow as a matrix). The audited commit is
 * then the checkout's HEAD, not the workflow's GITHUB_SHA.
 */
export function auditTarget(ctx: Pick<AuditModeContext, 'owner' | 'repo' | 'sha' | 'workspace'>, env: Readonly<Record<string, string | undefined>> = process.env): { owner: string; repo: string; sha: string } {
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
  ctx: Pick<AuditModeContext, 'owner' | 'repo' | 'sha' | 'workspace'> & { ref?: string },
  env: Readonly<Record<string, string | undefined>> = process.env,
): { owner: string; repo: string; sha: string; serverUrl: string; baseBranch?: string } {
  const target = auditTarget(ctx, env);
  const sameRepo = target.owner === ctx.owner && target.repo === ctx.repo;
  const branch = sameRepo && ctx.ref?.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : undefined;
  return { ...target, serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''), ...(branch ? { baseBranch: branch } : {}) };
}
