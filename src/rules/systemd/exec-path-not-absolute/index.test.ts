import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    { name: 'no systemd-version: nothing version-related fires', code: '[Service]\nExecStart=foo\n' },
    { name: 'systemd 239 and later accept bare names', code: '[Service]\nExecStart=foo\n', systemdVersion: 239 },
    { code: '[Service]\nExecStart=/usr/bin/foo\nExecReload=-/bin/kill -HUP $MAINPID\n', systemdVersion: 219 },
    { code: '[Service]\nExecStart=%h/bin/foo\n', systemdVersion: 219 },
    { code: '[Service]\nExecStart=\n', systemdVersion: 219 },
    { code: '[Socket]\nExecStartPre=/bin/true\n', systemdVersion: 219 },
    { name: 'a relative path with a directory is refused by every release: systemd/invalid-value reports it', code: '[Service]\nExecStart=bin/foo\n', systemdVersion: 219 },
  ],
  invalid: [
    {
      code: '[Service]\nExecStart=/usr/bin/foo\nExecStartPre=-+mkdir -p /run/foo\n',
      systemdVersion: 238,
      errors: [
        {
          messageId: 'relative',
          message: 'Unexpected command `mkdir` without a path for systemd 238 (systemd before 239 refuses it), expected an absolute path such as `/usr/bin/mkdir`',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 21,
          severity: 'info',
        },
      ],
      output: null,
    },
    {
      name: 'quoted command',
      code: '[Service]\nExecStart="foo" -x\n',
      systemdVersion: 219,
      errors: [{ messageId: 'relative', line: 2, column: 11, endLine: 2, endColumn: 16 }],
    },
  ],
});
