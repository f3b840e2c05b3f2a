import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { auditSummary, auditTarget, auditWhere } from '../../src/action/audit/mode.js';
import type { AuditOutcome } from '../../src/action/audit/types.js';
import { cleanup, SHA1, workspace } from './helpers.js';

afterAll(cleanup);

const outcome = (over: Partial<AuditOutcome>): AuditOutcome => ({
  results: [], skipped: [], failed: false, lintMs: 1234,
  counts: { files: 12, filesWithFindings: 2, error: 1, warning: 2, info: 0, total: 3 },
  issue: { action: 'none' }, pullRequest: { action: 'none', fixes: 0, files: 0 },
  ...over,
});

describe('audit mode', () => {
  it('the summary links the issue and the fix pull request', () => {
    expect(auditSummary(outcome({
      issue: { action: 'updated', number: 7, url: 'https://github.com/a/b/issues/7' },
      pullRequest: { action: 'created', number: 9, url: 'https://github.com/a/b/pull/9', fixes: 2, files: 1 },
    }))).toBe([
      '### initlint audit',
      '',
      '12 init files audited in 1.2 s: 3 findings (1 error, 2 warning, 0 info).',
      '',
      'Tracking issue [#​7](https://github.com/a/b/issues/7): updated.',
      '',
      'Fix pull request [#​9](https://github.com/a/b/pull/9) (2 safe fixes in 1 file): opened.',
      '',
    ].join('\n'));
  });

  it('a failed write is said in the summary', () => {
    expect(auditSummary(outcome({ issue: { action: 'none', error: 'Resource not accessible by integration' } }))).toContain(
      'The tracking issue could not be written (Resource not accessible by integration); the findings are below and in SARIF.',
    );
  });

  it('audits the workflow repository unless `repository` names another checkout', () => {
    const ctx = { owner: 'acme', repo: 'ci', sha: SHA1, workspace: '/nonexistent' };
    expect(auditTarget(ctx, {})).toEqual({ owner: 'acme', repo: 'ci', sha: SHA1 });
    expect(auditTarget(ctx, { INPUT_REPOSITORY: 'ACME/ci' })).toEqual({ owner: 'acme', repo: 'ci', sha: SHA1 });
    expect(() => auditTarget(ctx, { INPUT_REPOSITORY: 'not a repo' })).toThrow('input `repository`: unexpected `not a repo`, expected owner/name');

    const dir = workspace({ 'a.service': '[Service]\nExecStart=/bin/true\n' });
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'x');
    expect(auditTarget({ ...ctx, workspace: dir }, { INPUT_REPOSITORY: 'acme/packaging' })).toEqual({ owner: 'acme', repo: 'packaging', sha: git('rev-parse', 'HEAD') });
  });

  it('the fix PR targets the audited branch; links use GITHUB_SERVER_URL', () => {
    const ctx = { owner: 'acme', repo: 'ci', sha: SHA1, workspace: '/nonexistent', ref: 'refs/heads/release-2' };
    expect(auditWhere(ctx, { GITHUB_SERVER_URL: 'https://ghe.example/' })).toEqual({ owner: 'acme', repo: 'ci', sha: SHA1, serverUrl: 'https://ghe.example', baseBranch: 'release-2' });
    expect(auditWhere({ ...ctx, ref: 'refs/tags/v1' }, {})).toEqual({ owner: 'acme', repo: 'ci', sha: SHA1, serverUrl: 'https://github.com' });
  });
});
