import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Bottleneck from 'bottleneck';
import type { ActionCore, AnnotationProperties } from '../../src/action/context.js';
import type { GitHubContext } from '../../src/action/github-context.js';
import { graphqlEndpoint } from '../../src/action/github-context.js';
import { run, type RunDeps } from '../../src/action/main.js';
import type { OctokitOptions } from '../../src/action/octokit.js';

export const API = 'https://ghe.example.test/api/v3';
export const GRAPHQL = 'https://ghe.example.test/api/graphql';
export const OWNER = 'acme';
export const REPO = 'services';
export const PR = 7;
export const HEAD = 'a'.repeat(40);
export const TOKEN = 'ghs_RECOGNISABLE0SECRET0TOKEN0value123';

/** Every call made on the core, to assert on and to search for the token. */
export interface RecordingCore extends ActionCore {
  calls: Array<{ method: string; message: string; properties?: AnnotationProperties }>;
  outputs: Record<string, string | number>;
  summary: string;
  failed?: string;
  secrets: string[];
  /** Everything written anywhere, joined. */
  all(): string;
}

export function recordingCore(): RecordingCore {
  const core: RecordingCore = {
    calls: [],
    outputs: {},
    summary: '',
    secrets: [],
    info: (m) => void core.calls.push({ method: 'info', message: m }),
    debug: (m) => void core.calls.push({ method: 'debug', message: m }),
    warning: (m, p) => void core.calls.push({ method: 'warning', message: m, ...(p ? { properties: p } : {}) }),
    error: (m, p) => void core.calls.push({ method: 'error', message: m, ...(p ? { properties: p } : {}) }),
    notice: (m, p) => void core.calls.push({ method: 'notice', message: m, ...(p ? { properties: p } : {}) }),
    setOutput: (name, value) => void (core.outputs[name] = value),
    setFailed: (m) => void (core.failed = m),
    setSecret: (s) => void core.secrets.push(s),
    appendSummary: async (markdown) => void (core.summary += markdown),
    all: () => [JSON.stringify(core.calls), JSON.stringify(core.outputs), core.summary, core.failed ?? ''].join('\n'),
  };
  return core;
}

const made: string[] = [];
export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temporary checkout with these files (no .git). */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-action-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A pull_request event payload as the runner writes it to GITHUB_EVENT_PATH. */
export function prEvent(changedFiles: number, event = 'synchronize'): Record<string, unknown> {
  return {
    action: event,
    number: PR,
    pull_request: {
      number: PR,
      state: 'open',
      changed_files: changedFiles,
      head: { sha: HEAD, ref: 'feature', repo: { full_name: `${OWNER}/${REPO}` } },
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } },
    },
    repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
  };
}

/** The patch GitHub shows for a new file. */
export function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

/** Client options for tests: millisecond retry delays, none of the 1 s / 3 s spacing between writes, no shared limiter state. */
export function fastOctokit(): Partial<OctokitOptions> {
  return {
    retryAfterBaseValue: 1,
    throttle: {
      id: randomUUID(),
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      fallbackSecondaryRateRetryAfter: 1,
    },
  };
}

export interface ActionRun {
  core: RecordingCore;
  outcome: Awaited<ReturnType<typeof run>>;
}

/**
 * The workflow run as @actions/github's context describes it, from the GITHUB_* variables a test
 * sets (the action takes it injected, so that no test depends on the process environment).
 */
export function githubContext(env: Readonly<Record<string, string | undefined>>, payload: Record<string, any>): GitHubContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY || payload.repository?.full_name || '').split('/');
  const apiUrl = env.GITHUB_API_URL ?? 'https://api.github.com';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId: Number.parseInt(env.GITHUB_RUN_ID ?? '', 10),
    runAttempt: Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl,
    graphqlUrl: graphqlEndpoint(apiUrl, env.GITHUB_GRAPHQL_URL),
  };
}

/** Runs the action on a pull_request event, as the runner would, with the given inputs. */
export async function runAction(options: {
  workspace: string;
  event?: Record<string, unknown>;
  eventName?: string;
  inputs?: Record<string, string>;
  /** Extra environment variables. */
  env?: Record<string, string>;
  deps?: Partial<RunDeps>;
}): Promise<ActionRun> {
  const event = options.event ?? prEvent(1);
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: API,
    GITHUB_GRAPHQL_URL: GRAPHQL,
    GITHUB_SHA: 'c'.repeat(40),
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_FILTER-MODE': 'added',
    'INPUT_FAIL-LEVEL': 'error',
    INPUT_REVIEW: 'true',
    INPUT_ANNOTATIONS: 'true',
    INPUT_SUGGESTIONS: 'true',
    'INPUT_MAX-COMMENTS': '30',
    INPUT_MODE: 'auto',
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, options.env);
  const core = recordingCore();
  // A copy of the payload through JSON, as the runner's event file would give it.
  const github = githubContext(env, JSON.parse(JSON.stringify(event)));
  const outcome = await run({ env, github, core, octokitOptions: fastOctokit(), now: () => new Date(0), ...options.deps });
  return { core, outcome };
}
