import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { ActionLog } from './context.js';
import { actionFetch } from './http-fetch.js';

/**
 * Octokit with secondary-rate-limit throttling and retries of 5xx and network errors. Not
 * @actions/github's getOctokit: its proxy-aware defaults bring undici (+0.84 MB, 1.26× CPU at
 * start-up, bench/README.md); Node's own fetch honours HTTPS_PROXY under NODE_USE_ENV_PROXY=1.
 */
export const ActionOctokit = Octokit.plugin(throttling, retry);

export interface OctokitOptions {
  token: string;
  /** GITHUB_API_URL (GHES: https://HOST/api/v3). */
  baseUrl: string;
  log: ActionLog;
  /** Milliseconds per second of Retry-After and of retry back-off (1000; tests set it small). */
  retryAfterBaseValue?: number;
  /** How often a failed request (5xx, network) is retried. */
  retries?: number;
  /** Extra throttle options (tests pass their own Bottleneck groups). */
  throttle?: Record<string, unknown>;
  userAgent?: string;
  /** The fetch to use (tests inject network failures). */
  fetch?: typeof fetch;
}

/**
 * Octokit's request log reports every failed request (`GET /path - 404 with id …`) as an error. The
 * callers handle failures and warn with context themselves, and some 404s are the expected answer
 * (no label yet, no fix branch yet): those lines go to the debug log, other statuses to the plain log,
 * never to a warning annotation.
 */
const REQUEST_LOG = /^[A-Z]+ \S+ - (\d{3}|undefined) with id /;

export function routeOctokitError(log: ActionLog, message: string): void {
  const m = REQUEST_LOG.exec(message);
  if (!m) log.warning(message);
  else if (m[1] === '404') log.debug(message);
  else log.info(message);
}

/** Longest wait for a primary rate limit before giving up (the findings still reach annotations and SARIF). */
const MAX_RATE_LIMIT_WAIT_S = 120;

/**
 * The API client of one run. Secondary rate limits are waited out (Retry-After,
 * twice at most); a primary limit only when it resets within two minutes;
 * 5xx and network errors are retried with back-off.
 */
export function createOctokit(options: OctokitOptions): Octokit {
  const base = options.retryAfterBaseValue ?? 1000;
  return new ActionOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'initlint-action',
    // Not Node's fetch by default: its first call loads undici (~45 ms of CPU; src/action/http-fetch.ts).
    request: { fetch: options.fetch ?? actionFetch() },
    log: {
      debug: (m: string) => options.log.debug(m),
      info: (m: string) => options.log.debug(m),
      warn: (m: string) => options.log.warning(m),
      error: (m: string) => routeOctokitError(options.log, m),
    },
    retry: { retryAfterBaseValue: base, retries: options.retries ?? 3 },
    throttle: {
      retryAfterBaseValue: base,
      onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
        options.log.warning(`initlint: secondary rate limit on ${request.method} ${request.url}; retrying after ${retryAfter} s`);
        return retryCount < 2;
      },
      onRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
        const wait = retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
        options.log.warning(`initlint: rate limit reached on ${request.method} ${request.url}; ${wait ? `retrying after ${retryAfter} s` : 'not retrying'}`);
        return wait;
      },
      ...options.throttle,
    },
  }) as unknown as Octokit;
}
