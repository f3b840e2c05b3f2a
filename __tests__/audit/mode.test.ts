import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { auditTarget, auditWhere } from '../../src/action/audit/mode.js';
import { InputError, parseInputs } from '../../src/action/inputs.js';
import { cleanup, SHA1, workspace } from './helpers.js';

afterAll(cleanup);

describe('audit mode', () => {
  it('audits the workflow repository unless `repository` names another checkout', () => {
    const ctx = { owner: 'acme', repo: 'ci', sha: SHA1, workspace: '/nonexistent', serverUrl: 'https://github.com', inputs: {} };
    const named = (repository: string) => ({ ...ctx, inputs: parseInputs({ INPUT_REPOSITORY: repository }) });
    expect(auditTarget(ctx)).toEqual({ owner: 'acme', repo: 'ci', sha: SHA1 });
    expect(auditTarget(named('ACME/ci'))).toEqual({ owner: 'acme', repo: 'ci', sha: SHA1 });

    const dir = workspace({ 'a.service': '[Service]\nExecStart=/bin/true\n' });
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'x');
    expect(auditTarget({ ...named('acme/packaging'), workspace: dir })).toEqual({ owner: 'acme', repo: 'packaging', sha: git('rev-parse', 'HEAD') });
    expect(() => auditTarget(named('acme/packaging'))).toThrow('input `repository`: /nonexistent is not a checkout of acme/packaging');
  });

  it('the `repository` input is parsed with the others: owner/name as GitHub allows them, or a clear error', () => {
    expect(parseInputs({ INPUT_REPOSITORY: ' acme/pkg.tools_2 ' }).repository).toEqual({ owner: 'acme', repo: 'pkg.tools_2' });
    expect(parseInputs({ INPUT_REPOSITORY: '' }).repository).toBeUndefined();
    for (const bad of ['not a repo', 'acme', 'acme/', '/ci', 'acme/ci/extra', '-acme/ci', 'ac--me/ci', 'acme/..', 'acme/c i', `${'a'.repeat(40)}/ci`, `acme/${'c'.repeat(101)}`]) {
      expect(() => parseInputs({ INPUT_REPOSITORY: bad }), bad).toThrow(InputError);
      expect(() => parseInputs({ INPUT_REPOSITORY: bad }), bad).toThrow(`input \`repository\`: unexpected \`${bad.trim()}\`, expected owner/name (for example acme/services)`);
    }
  });

  it('the fix PR targets the audited branch; links use the server URL and the run page', () => {
    const ctx = { owner: 'acme', repo: 'ci', sha: SHA1, workspace: '/nonexistent', ref: 'refs/heads/release-2', serverUrl: 'https://ghe.example', inputs: {} };
    expect(auditWhere(ctx)).toEqual({ owner: 'acme', repo: 'ci', sha: SHA1, serverUrl: 'https://ghe.example', baseBranch: 'release-2' });
    expect(auditWhere({ ...ctx, ref: 'refs/tags/v1', runUrl: 'https://ghe.example/acme/ci/actions/runs/7' })).toEqual({
      owner: 'acme',
      repo: 'ci',
      sha: SHA1,
      serverUrl: 'https://ghe.example',
      runUrl: 'https://ghe.example/acme/ci/actions/runs/7',
    });
  });
});
