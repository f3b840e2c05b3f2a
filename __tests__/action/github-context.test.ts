import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { context } from '@actions/github';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromRunner, graphqlEndpoint, workflowRunUrl } from '../../src/action/github-context.js';

/** A fresh @actions/github context, built as on the runner from these variables. */
function runnerContext(env: Record<string, string>): typeof context {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const Context = context.constructor as new () => typeof context;
  return new Context();
}

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the workflow run, from @actions/github's context", () => {
  it('event, payload, repository, commit and the GHES endpoints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'initlint-context-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ action: 'opened', pull_request: { number: 3, head: { sha: 'f'.repeat(40) } } }));
    const github = fromRunner(
      runnerContext({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(dir, 'event.json'),
        GITHUB_REPOSITORY: 'acme/services',
        GITHUB_SHA: 'c'.repeat(40),
        GITHUB_REF: 'refs/pull/3/merge',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_SERVER_URL: 'https://ghe.example.test/',
        GITHUB_API_URL: 'https://ghe.example.test/api/v3',
        GITHUB_GRAPHQL_URL: 'https://ghe.example.test/api/graphql',
      }),
    );
    expect(github).toEqual({
      eventName: 'pull_request',
      payload: { action: 'opened', pull_request: { number: 3, head: { sha: 'f'.repeat(40) } } },
      owner: 'acme',
      repo: 'services',
      sha: 'c'.repeat(40),
      ref: 'refs/pull/3/merge',
      runId: 4242,
      runAttempt: 2,
      serverUrl: 'https://ghe.example.test',
      apiUrl: 'https://ghe.example.test/api/v3',
      graphqlUrl: 'https://ghe.example.test/api/graphql',
    });
    expect(workflowRunUrl(github)).toBe('https://ghe.example.test/acme/services/actions/runs/4242/attempts/2');
  });

  it('without GITHUB_REPOSITORY the payload names the repository; with neither, empty names (the action says what is missing)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'initlint-context-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ repository: { name: 'ci', owner: { login: 'acme' } } }));
    expect(fromRunner(runnerContext({ GITHUB_REPOSITORY: '', GITHUB_EVENT_PATH: join(dir, 'event.json') }))).toMatchObject({ owner: 'acme', repo: 'ci' });
    const none = fromRunner(runnerContext({ GITHUB_REPOSITORY: '', GITHUB_EVENT_PATH: '' }));
    expect(none).toMatchObject({ owner: '', repo: '', payload: {}, serverUrl: 'https://github.com' });
    expect(workflowRunUrl(none)).toBeUndefined();
  });

  it("GraphQL's endpoint: GITHUB_GRAPHQL_URL, else next to the REST API (never github.com's for a GHES API)", () => {
    expect(graphqlEndpoint('https://api.github.com', undefined)).toBe('https://api.github.com/graphql');
    expect(graphqlEndpoint('https://ghe.example.test/api/v3/', '')).toBe('https://ghe.example.test/api/graphql');
    // @actions/github's default when GITHUB_GRAPHQL_URL is unset.
    expect(graphqlEndpoint('https://ghe.example.test/api/v3', 'https://api.github.com/graphql')).toBe('https://ghe.example.test/api/graphql');
    expect(graphqlEndpoint('https://ghe.example.test/api/v3', 'https://ghe.example.test/api/graphql/')).toBe('https://ghe.example.test/api/graphql');
  });
});
