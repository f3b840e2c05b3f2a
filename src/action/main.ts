import { VERSION } from '../text/version.js';
import { resolve } from 'node:path';
import { reportRoot, writeFiles } from '../core/write.js';
import type { Octokit } from '@octokit/rest';
import { ConfigError } from '../core/config.js';
import type { Rule } from '../core/rule.js';
import type { FileResult, Finding, Severity } from '../core/types.js';
import { formatSarif } from '../reporters/sarif.js';
import { plural } from '../reporters/markdown.js';
import { formatSummary, tally } from '../reporters/summary.js';
import { loadLinter } from '../linter/index.js';
import type { ActionContext, ActionCore, ActionMode, FailLevel, ModeResult } from './context.js';
import { redactingCore, runnerCore } from './core.js';
import { describeError } from './errors.js';
import { InputError, parseInputs } from './inputs.js';
import { fromRunner, loadRunnerContext, workflowRunUrl, type GitHubContext } from './github-context.js';
import { createOctokit, type OctokitOptions } from './octokit.js';
import { runPr } from './pr.js';
import { runTree } from './tree.js';

/** The action's version (package.json's), in SARIF and the user agent. */
export const ACTION_VERSION = VERSION;

/** What run() needs from the outside world; every field has a real default. */
export interface RunDeps {
  /** Environment: INPUT_*, GITHUB_WORKSPACE, INITLINT_PULL_REQUEST (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The workflow run: event, payload, repository, server and API URLs (default @actions/github's context). */
  github?: GitHubContext;
  /** Logs, annotations, outputs, summary (default @actions/core). */
  core?: ActionCore;
  /** Builds the API client (default: Octokit with retry and throttling). */
  createOctokit?: (options: OctokitOptions) => Octokit;
  /** Merged into the client options (tests: small retry delays, their own throttle groups). */
  octokitOptions?: Partial<OctokitOptions>;
  /** The clock (timings in the log). */
  now?: () => Date;
  /** The rules to run (default every rule). */
  rules?: readonly Rule<any>[];
}

/** What a run did, for tests and the bench. */
export interface RunOutcome {
  mode: 'pr' | 'audit' | 'tree' | 'none';
  results: FileResult[];
  /** Findings inside the filter, by severity. */
  counts: Record<Severity, number>;
  failed: boolean;
}

/**
 * Which front end runs for an event. A `workflow_run` that follows a
 * pull_request workflow is a PR review (the fork-safe pattern); other events
 * that are neither PRs nor audits lint the checkout.
 */
export function resolveMode(mode: ActionMode, eventName: string, payload: Record<string, any> = {}): 'pr' | 'audit' | 'tree' {
  if (mode === 'pr' || mode === 'audit') return mode;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return 'pr';
  if (eventName === 'workflow_run' && payload.workflow_run?.event === 'pull_request') return 'pr';
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') return 'audit';
  return 'tree';
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Annotations GitHub displays per level and step; the rest only count. */
const ANNOTATIONS_SHOWN = 10;

/** Whether findings fail the step at this fail-level. */
export function failsAt(level: FailLevel, counts: Record<Severity, number>): boolean {
  if (level === 'none') return false;
  return (Object.keys(counts) as Severity[]).some((s) => counts[s] > 0 && RANK[s] >= RANK[level]);
}

/**
 * The pull request of a `workflow_run` event: GitHub lists it in
 * `workflow_run.pull_requests` for same-repository PRs only; for forks the
 * number comes from INITLINT_PULL_REQUEST (written by the trusted workflow from
 * an artifact, so it must be a plain number). The head sha is GitHub's own.
 */
export function workflowRunPullRequest(payload: Record<string, any>, env: Readonly<Record<string, string | undefined>>): { number: number; head: { sha: string } } | undefined {
  const run = payload.workflow_run;
  if (!run || typeof run.head_sha !== 'string') return undefined;
  const listed = run.pull_requests?.[0]?.number;
  const given = env.INITLINT_PULL_REQUEST?.trim();
  const number = typeof listed === 'number' ? listed : given && /^[1-9]\d{0,9}$/.test(given) ? Number(given) : undefined;
  return number ? { number, head: { sha: run.head_sha } } : undefined;
}

/** Audit mode (runAudit): the whole tree, one tracking issue, optionally a fix PR. */
async function auditMode(ctx: ActionContext): Promise<ModeResult> {
  // Loaded for audits only: a pull request's run never compiles it (nor its zlib, crypto, child_process).
  const [{ runAudit }, { auditWhere }] = await Promise.all([import('./audit/index.js'), import('./audit/mode.js')]);
  // The workflow's own repository, or the one named by the `repository` input (a fleet audited as a matrix).
  const where = auditWhere(ctx);
  const audit = await runAudit({
    octokit: ctx.octokit,
    ...where,
    workspace: ctx.workspace,
    inputs: {
      paths: ctx.inputs.paths,
      ...(ctx.inputs.config ? { config: ctx.inputs.config } : {}),
      fixPr: ctx.inputs.fixPr,
      failLevel: ctx.inputs.failLevel === 'none' ? 'never' : ctx.inputs.failLevel,
    },
    log: ctx.log,
    linter: ctx.linter,
  });
  const lines: string[] = [];
  const { issue, pullRequest } = audit;
  if (issue.error) lines.push(`The tracking issue could not be updated (${issue.error}).`);
  else if (issue.action !== 'none') lines.push(`Tracking issue${issue.number ? ` #${issue.number}` : ''}: ${issue.action}.`);
  if (pullRequest.error) lines.push(`The fix pull request could not be updated (${pullRequest.error}).`);
  else if (pullRequest.action !== 'none')
    lines.push(
      `Fix pull request${pullRequest.number ? ` #${pullRequest.number}` : ''}: ${pullRequest.action.replace(/-/g, ' ')} (${plural(pullRequest.fixes, 'safe fix', 'safe fixes')} in ${plural(pullRequest.files, 'file', 'files')}).`,
    );
  const skipped = audit.skipped.map((s) => ({ path: s.path, kind: null, findings: [], skipped: s.reason }));
  return { results: [...audit.results, ...skipped], ...(lines.length ? { summary: lines.join(' ') } : {}) };
}

/** Annotations, job summary, SARIF and outputs of a mode's result; returns the in-filter counts. */
async function report(ctx: ActionContext, result: ModeResult): Promise<{ counts: Record<Severity, number>; scoped: Array<{ path: string; finding: Finding }> }> {
  const { core, inputs } = ctx;
  const linted = result.results.filter((r) => r.kind !== null);
  const inScope = result.inScope ?? (() => true);
  const scoped = linted.flatMap((r) => r.findings.filter((f) => inScope(r.path, f)).map((finding) => ({ path: r.path, finding })));
  if (inputs.annotations) {
    for (const { path, finding: f } of scoped) {
      const properties = {
        title: f.ruleId,
        file: path,
        startLine: f.line,
        endLine: f.endLine,
        // GitHub takes columns only for a single-line annotation.
        ...(f.endLine === f.line ? { startColumn: f.column, endColumn: f.endColumn } : {}),
      };
      if (f.severity === 'error') core.error(f.message, properties);
      else if (f.severity === 'warning') core.warning(f.message, properties);
      else core.notice(f.message, properties);
    }
  }
  const perLevel = (s: Severity) => scoped.filter((x) => x.finding.severity === s).length;
  const capped = inputs.annotations && (['error', 'warning', 'info'] as const).some((s) => perLevel(s) > ANNOTATIONS_SHOWN);
  const intro = [result.summary, capped ? `GitHub shows at most ${ANNOTATIONS_SHOWN} annotations of each level per step; the table below lists every finding.` : undefined]
    .filter(Boolean)
    .join('\n\n');
  const summary = formatSummary(result.results, {
    ...(intro ? { intro } : {}),
    ...(result.inScope ? { inScope } : {}),
  });
  try {
    await core.appendSummary(summary);
  } catch (error) {
    ctx.log.warning(`initlint: cannot write the job summary (${describeError(error)})`);
  }
  let sarifPath = '';
  if (inputs.sarifFile) {
    sarifPath = resolve(ctx.workspace, inputs.sarifFile);
    // The checkout is the PR's: a planted link at the SARIF path is refused, not followed.
    let refusal: string | undefined;
    try {
      refusal = writeFiles(reportRoot(ctx.workspace, sarifPath), [{ path: sarifPath, content: formatSarif(linted, { version: ACTION_VERSION }), mode: 'report' }]).refused[0]?.reason;
    } catch (error) {
      refusal = describeError(error);
    }
    if (refusal) {
      ctx.log.warning(`initlint: cannot write SARIF to ${inputs.sarifFile} (${refusal})`);
      sarifPath = '';
    }
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { finding } of scoped) counts[finding.severity]++;
  core.setOutput('findings', scoped.length);
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('sarif-file', sarifPath);
  return { counts, scoped };
}

/**
 * The action: reads inputs and the event, runs PR review, audit or a plain
 * lint of the checkout, then reports (annotations, summary, SARIF, outputs)
 * and fails the step per `fail-level`. Never throws; never prints the token.
 */
export async function run(deps: RunDeps = {}): Promise<RunOutcome> {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => new Date());
  const secrets: string[] = [];
  const core = redactingCore(deps.core ?? runnerCore(), () => secrets);
  const log = { info: (m: string) => core.info(m), warning: (m: string) => core.warning(m), debug: (m: string) => core.debug(m) };
  const outcome: RunOutcome = { mode: 'none', results: [], counts: { error: 0, warning: 0, info: 0 }, failed: false };
  const started = now().getTime();
  try {
    const inputs = parseInputs(env);
    if (inputs.githubToken) {
      secrets.push(inputs.githubToken);
      core.setSecret(inputs.githubToken);
    }
    const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
    const github = deps.github ?? fromRunner(await loadRunnerContext());
    const { eventName, owner, repo } = github;
    // A copy: a workflow_run's pull request is added to it below.
    const payload = { ...github.payload };
    const mode = resolveMode(inputs.mode, eventName, payload);
    if (mode === 'pr' && !payload.pull_request && eventName === 'workflow_run') {
      const pr = workflowRunPullRequest(payload, env);
      if (pr) payload.pull_request = pr;
    }
    if (mode !== 'tree' && (!owner || !repo)) throw new InputError('GITHUB_REPOSITORY is not set (expected owner/name)');
    if (mode !== 'tree' && !inputs.githubToken) throw new InputError('input `github-token` is empty; pass `${{ github.token }}` or a token with pull-requests: write');
    const linter = loadLinter(workspace, {
      ...(inputs.config ? { configPath: inputs.config } : {}),
      ...(inputs.systemdVersion !== undefined ? { systemdVersion: inputs.systemdVersion } : {}),
      ...(deps.rules ? { rules: deps.rules } : {}),
      warn: (m) => log.warning(`initlint: ${m}`),
    });
    const octokit = (deps.createOctokit ?? createOctokit)({
      token: inputs.githubToken,
      baseUrl: github.apiUrl,
      log,
      userAgent: `initlint-action/${ACTION_VERSION}`,
      ...deps.octokitOptions,
    });
    const ctx: ActionContext = {
      octokit,
      graphqlUrl: github.graphqlUrl,
      owner,
      repo,
      sha: (payload.pull_request?.head?.sha as string | undefined) ?? github.sha,
      workspace,
      eventName,
      payload,
      ref: github.ref,
      serverUrl: github.serverUrl,
      runUrl: workflowRunUrl(github),
      inputs,
      log,
      core,
      linter,
      now,
    };
    outcome.mode = mode;
    log.info(`initlint: ${mode === 'pr' ? 'reviewing the pull request' : mode === 'audit' ? 'auditing the repository' : 'linting the checkout'} (event ${eventName || 'none'})`);
    const result: ModeResult = mode === 'pr' ? await runPr(ctx) : mode === 'audit' ? await auditMode(ctx) : await runTree(ctx);
    outcome.results = result.results;
    const { counts, scoped } = await report(ctx, result);
    const scopedFindings = scoped.map((x) => x.finding);
    outcome.counts = counts;
    const files = result.results.filter((r) => r.kind !== null).length;
    log.info(`initlint: ${files} init file${files === 1 ? '' : 's'} linted in ${now().getTime() - started} ms; ${tally(scopedFindings)} in scope`);
    if (failsAt(inputs.failLevel, counts)) {
      const n = (Object.keys(counts) as Severity[]).filter((s) => RANK[s] >= RANK[inputs.failLevel as Severity]).reduce((sum, s) => sum + counts[s], 0);
      core.setFailed(`initlint: ${n} finding${n === 1 ? '' : 's'} at fail-level ${inputs.failLevel} or above`);
      outcome.failed = true;
    }
  } catch (error) {
    const message = error instanceof InputError || error instanceof ConfigError ? error.message : describeError(error);
    core.setFailed(`initlint: ${message}`);
    outcome.failed = true;
  }
  return outcome;
}
