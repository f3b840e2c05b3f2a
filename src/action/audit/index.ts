import type { Severity } from '../../core/types.js';
import { loadLinter } from '../../linter/index.js';
import { computeSafeFixes, type WithheldFix } from './fixes.js';
import { syncIssue } from './issue.js';
import { syncFixPull } from './pull.js';
import type { AuditOptions, AuditOutcome } from './types.js';
import { lintWorkspace } from './workspace.js';

export type { AuditInputs, AuditLog, AuditOptions, AuditOutcome, AuditCounts, IssueAction, PullAction } from './types.js';
export { ISSUE_LABEL, ISSUE_MARKER } from './issue.js';
export { FIX_BRANCH } from './pull.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The scheduled audit: lints the whole workspace, keeps one tracking issue in
 * step with the findings and, with `fix-pr`, a pull request of every safe
 * fix. A failed API write is logged and recorded in the outcome; the findings
 * are returned regardless, so the summary and SARIF still carry them.
 */
export async function runAudit(options: AuditOptions): Promise<AuditOutcome> {
  const { octokit, owner, repo, sha, serverUrl, workspace, inputs, log } = options;
  const linter =
    options.linter ??
    loadLinter(workspace, {
      ...(inputs.config ? { configPath: inputs.config } : {}),
      ...(inputs.systemdVersion !== undefined ? { systemdVersion: inputs.systemdVersion } : {}),
      ...(options.config ? { config: options.config } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
      warn: (message) => log.warning(`initlint: ${message}`),
    });

  const linted = await lintWorkspace({ workspace, paths: inputs.paths, linter, log, progressEvery: options.progressEvery });
  const { results, counts } = linted;

  const outcome: AuditOutcome = {
    results,
    skipped: linted.collected.skipped,
    counts,
    issue: { action: 'none' },
    pullRequest: { action: 'none', fixes: 0, files: 0 },
    failed: inputs.failLevel !== 'none' && inputs.failLevel !== 'never' && results.some((r) => r.findings.some((f) => RANK[f.severity] >= RANK[inputs.failLevel as Severity])),
    lintMs: linted.ms,
  };

  try {
    outcome.issue = await syncIssue(octokit, { owner, repo, serverUrl, ...(options.runUrl ? { runUrl: options.runUrl } : {}) }, sha, results, counts, log);
  } catch (error) {
    outcome.issue = { action: 'none', error: describe(error) };
    log.warning(`initlint: could not update the tracking issue: ${describe(error)}`);
  }

  if (inputs.fixPr) {
    try {
      const anySafe = results.some((r) => r.findings.some((f) => f.fix?.applicability === 'safe'));
      // Parsed once more only when there is something to fix: cross-file fixes see the whole tree.
      const context = anySafe ? await linter.parseContext(linted.collected.inputs) : [];
      const withheld: WithheldFix[] = [];
      const fixes = anySafe ? await computeSafeFixes(linted.collected.inputs, results, { workspace, linter, context, log, withheld }) : [];
      const pull = await syncFixPull(octokit, { owner, repo, serverUrl, sha, baseBranch: options.baseBranch }, fixes, log, withheld);
      outcome.pullRequest = { ...pull, fixes: fixes.reduce((n, f) => n + f.fixes.length, 0), files: fixes.length };
    } catch (error) {
      outcome.pullRequest = { action: 'none', fixes: 0, files: 0, error: describe(error) };
      log.warning(`initlint: could not update the fix pull request: ${describe(error)}`);
    }
  }
  return outcome;
}
