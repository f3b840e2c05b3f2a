import { describe, expect, it } from 'vitest';
import type { FileResult } from '../core/types.js';
import { formatGitlab } from './gitlab.js';

const text = '[Unit]\nDescription=x\n\n[Install]\nRequiredBy=multi-user.target\nRequiredBy=multi-user.target\n';
const finding = { ruleId: 'systemd/required-by-target', severity: 'error' as const, message: 'Unexpected `RequiredBy=`', line: 5, column: 1, endLine: 5, endColumn: 30, startOffset: 0, endOffset: 0 };

describe('formatGitlab', () => {
  it('writes the Code Quality fields GitLab reads, with unique fingerprints', () => {
    const results: FileResult[] = [{ path: 'units/foo.service', kind: 'systemd', text, findings: [finding, { ...finding, line: 6, endLine: 6, severity: 'warning' }] }];
    const issues = JSON.parse(formatGitlab(results));
    expect(issues).toHaveLength(2);
    expect(issues[0]).toEqual({
      description: 'Unexpected `RequiredBy=` (systemd/required-by-target)',
      check_name: 'systemd/required-by-target',
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      severity: 'major',
      location: { path: 'units/foo.service', lines: { begin: 5, end: 5 } },
    });
    // Same rule, same line content: the second gets a suffix so GitLab keeps both.
    expect(issues[1].fingerprint).toBe(`${issues[0].fingerprint}-1`);
    expect(issues[1].severity).toBe('minor');
  });

  it('no findings is an empty array, which GitLab accepts', () => {
    expect(formatGitlab([])).toBe('[]\n');
  });
});
