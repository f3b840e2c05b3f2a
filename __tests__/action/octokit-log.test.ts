import { describe, expect, it } from 'vitest';
import { routeOctokitError } from '../../src/action/octokit.js';

describe("Octokit's request log", () => {
  const record = () => {
    const lines: string[] = [];
    return { lines, log: { info: (m: string) => lines.push(`info ${m}`), warning: (m: string) => lines.push(`warning ${m}`), debug: (m: string) => lines.push(`debug ${m}`) } };
  };

  it('an expected 404 (no label, no fix branch yet) goes to the debug log, not a warning annotation', () => {
    const { lines, log } = record();
    routeOctokitError(log, 'GET /repos/acme/services/labels/initlint - 404 with id UNKNOWN in 3ms');
    routeOctokitError(log, 'GET /repos/acme/services/git/ref/heads%2Finitlint%2Ffixes - 404 with id 9A:1 in 40ms');
    expect(lines).toEqual([
      'debug GET /repos/acme/services/labels/initlint - 404 with id UNKNOWN in 3ms',
      'debug GET /repos/acme/services/git/ref/heads%2Finitlint%2Ffixes - 404 with id 9A:1 in 40ms',
    ]);
  });

  it('other failed requests are plain log lines (the caller warns with context); anything else stays a warning', () => {
    const { lines, log } = record();
    routeOctokitError(log, 'POST /repos/acme/services/pulls - 403 with id UNKNOWN in 12ms');
    routeOctokitError(log, 'something unexpected');
    expect(lines).toEqual(['info POST /repos/acme/services/pulls - 403 with id UNKNOWN in 12ms', 'warning something unexpected']);
  });
});
