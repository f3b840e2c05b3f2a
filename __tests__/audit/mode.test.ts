import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { auditTarget, auditWhere } from '../../src/action/audit/mode.js';
import { cleanup, SHA1, workspace } from './helpers.js';

afterAll(cleanup);

describe('audit mode', () => {
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
