import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../../linter/index.js';
import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    // issue 11 corpus review: Gentoo's files/sshd_at.service is installed as sshd@.service.
    {
      name: "an Accept=yes socket whose template is Gentoo's NAME_at.service",
      path: 'files/sshd.socket',
      code: '[Socket]\nListenStream=22\nAccept=yes\n',
      others: [
        { path: 'files/sshd_at.service', text: '[Service]\nExecStart=-/usr/sbin/sshd -i\nStandardInput=socket\n' },
        { path: 'files/sshd.service', text: '[Service]\nExecStart=/usr/sbin/sshd -D\n' },
      ],
    },
    {
      name: 'an Accept=yes socket whose template is NAME_at-rN.service',
      path: 'files/git-daemon.socket',
      code: '[Socket]\nListenStream=9418\nAccept=true\n',
      others: [{ path: 'files/git-daemon_at-r1.service', text: '[Service]\nExecStart=-/usr/bin/git daemon --inetd\nStandardInput=socket\n' }],
    },
    { path: 'backup.timer', code: '[Timer]\nOnCalendar=daily\n' },
    { path: 'backup.timer', code: '[Timer]\nOnCalendar=daily\nUnit=run-backup.service\n', others: [{ path: 'run-backup.service', text: '[Service]\nExecStart=/bin/backup\n' }] },
    { path: 'web.socket', code: '[Socket]\nListenStream=80\nAccept=yes\n', others: [{ path: 'web@.service', text: '[Service]\nExecStart=/bin/web\nStandardInput=socket\n' }] },
    { path: 'web.socket', code: '[Socket]\nListenStream=80\nAccept=no\n' },
    { name: 'a specifier is resolved by systemd', path: 'a@.timer', code: '[Timer]\nOnCalendar=daily\nUnit=b@%i.service\n' },
    { name: 'a drop-in alone is partial', path: 'backup.timer.d/x.conf', code: '[Timer]\nUnit=other.service\n' },
  ],
  invalid: [
    {
      path: 'backup.timer',
      code: '[Timer]\nOnCalendar=daily\nUnit=run-backup.service\n',
      errors: [
        {
          messageId: 'unit',
          message:
            'Unexpected `Unit=run-backup.service`: no `run-backup.service` in this project, so the timer triggers nothing unless it is installed from elsewhere; expected a unit file named `run-backup.service`',
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 24,
          severity: 'warning',
        },
      ],
      output: null,
    },
    {
      path: 'web.socket',
      code: '[Socket]\nListenStream=80\nAccept=yes\n',
      errors: [{ messageId: 'template', line: 3, column: 8, endLine: 3, endColumn: 11, severity: 'warning' }],
    },
    {
      name: 'Accept=yes next to a plain service: the template is missing for sure',
      path: 'web.socket',
      code: '[Socket]\nListenStream=80\nAccept=true\n',
      others: [{ path: 'web.service', text: '[Service]\nExecStart=/bin/web\n' }],
      errors: [{ messageId: 'notTemplate', message: /^Unexpected `Accept=yes` with `web\.service` in this project/, line: 3, column: 8 }],
    },
  ],
});

describe('severity with the default config', () => {
  it('is an error when a plain NAME.service sits next to the Accept=yes socket', async () => {
    const results = await lintFiles([
      { path: 'web.socket', text: '[Socket]\nListenStream=80\nAccept=yes\n' },
      { path: 'web.service', text: '[Service]\nExecStart=/bin/web\n' },
    ]);
    const found = results.flatMap((r) => r.findings).filter((f) => f.ruleId === rule.id);
    expect(found.map((f) => [f.line, f.severity])).toEqual([[3, 'error']]);
  });
});
