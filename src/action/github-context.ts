import type { context as runnerContext } from '@actions/github';

/** @actions/github's context: built when its module loads, from the runner's GITHUB_* variables and event file. */
type RunnerContext = typeof runnerContext;

/**
 * What the action reads of the workflow run, as plain data: @actions/github's
 * `context` on the runner, or what a test injects (no environment, no event file).
 */
export interface GitHubContext {
  /** GITHUB_EVENT_NAME ('' when unset). */
  eventName: string;
  /** The event payload of GITHUB_EVENT_PATH ({} when absent). */
  payload: Record<string, any>;
  /** GITHUB_REPOSITORY, else the payload's repository; empty strings when neither says. */
  owner: string;
  repo: string;
  /** GITHUB_SHA and GITHUB_REF. */
  sha: string;
  ref: string;
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT (NaN when unset). */
  runId: number;
  runAttempt: number;
  /** GITHUB_SERVER_URL, GITHUB_API_URL (REST) and GITHUB_GRAPHQL_URL, without trailing slashes. */
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
}

const PUBLIC_API = 'https://api.github.com';

const trimSlashes = (url: string) => url.replace(/\/+$/, '');

/**
 * GraphQL's endpoint: GITHUB_GRAPHQL_URL, else the one next to the REST API
 * (GHES: https://HOST/api/v3 → https://HOST/api/graphql). @actions/github
 * falls back to github.com's endpoint, which is wrong on GHES.
 */
export function graphqlEndpoint(apiUrl: string, graphqlUrl: string | undefined): string {
  const api = trimSlashes(apiUrl || PUBLIC_API);
  const given = trimSlashes(graphqlUrl ?? '');
  if (given && !(given === `${PUBLIC_API}/graphql` && api !== PUBLIC_API)) return given;
  return `${api.replace(/\/api\/v3$/, '/api')}/graphql`;
}

function repository(context: RunnerContext): { owner: string; repo: string } {
  try {
    const { owner, repo } = context.repo;
    return { owner: owner ?? '', repo: repo ?? '' };
  } catch {
    // Neither GITHUB_REPOSITORY nor a payload repository: the caller says what is missing.
    return { owner: '', repo: '' };
  }
}

/**
 * @actions/github's context, loaded on demand: its module parses the event file as it loads,
 * so a malformed file would otherwise end the process with a stack trace before run() starts.
 */
export async function loadRunnerContext(): Promise<RunnerContext> {
  try {
    return (await import('./runner-context.js')).context;
  } catch (error) {
    const path = process.env.GITHUB_EVENT_PATH ?? '';
    throw new Error(`cannot read the workflow's event file GITHUB_EVENT_PATH (${path}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** A snapshot of @actions/github's context (whose `repo` reads the environment each time it is asked). */
export function fromRunner(context: RunnerContext): GitHubContext {
  const apiUrl = trimSlashes(context.apiUrl || PUBLIC_API);
  return {
    eventName: context.eventName ?? '',
    payload: (context.payload ?? {}) as Record<string, any>,
    ...repository(context),
    sha: context.sha ?? '',
    ref: context.ref ?? '',
    runId: context.runId,
    runAttempt: context.runAttempt,
    serverUrl: trimSlashes(context.serverUrl || 'https://github.com'),
    apiUrl,
    graphqlUrl: graphqlEndpoint(apiUrl, context.graphqlUrl),
  };
}

/**
 * The page of this workflow run, which shows its job summary: in the workflow's own repository,
 * also when an audit writes to another one.
 */
export function workflowRunUrl(github: Pick<GitHubContext, 'serverUrl' | 'owner' | 'repo' | 'runId' | 'runAttempt'>): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(github.owner) || !/^[A-Za-z0-9._-]+$/.test(github.repo) || !(Number.isInteger(github.runId) && github.runId > 0)) return undefined;
  const attempt = Number.isInteger(github.runAttempt) && github.runAttempt > 1 ? `/attempts/${github.runAttempt}` : '';
  return `${github.serverUrl}/${github.owner}/${github.repo}/actions/runs/${github.runId}${attempt}`;
}
