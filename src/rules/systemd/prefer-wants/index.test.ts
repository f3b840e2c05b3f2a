import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

const oneshot = { path: 'setup.service', text: '[Service]\nType=oneshot\nExecStart=/usr/bin/setup\n' };

testRule(rule, {
  valid: [
    '[Unit]\nWants=network-online.target\nAfter=network-online.target\n',
    {
      name: 'a long-running service is a real dependency',
      code: '[Unit]\nRequires=postgresql.service\nAfter=postgresql.service\n',
      others: [{ path: 'postgresql.service', text: '[Service]\nExecStart=/usr/bin/postgres\n' }],
    },
    {
      name: 'a oneshot with RemainAfterExit is a state',
      code: '[Unit]\nRequires=setup.service\n',
      others: [{ path: 'setup.service', text: '[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/bin/setup\n' }],
    },
    { name: 'unknown units are not guessed at', code: '[Unit]\nRequires=setup.service\n' },
    { name: "targets built from requirements (systemd's graphical.target)", path: 'graphical.target', code: '[Unit]\nRequires=multi-user.target\n' },
    { name: 'early-boot sync targets', code: '[Unit]\nDefaultDependencies=no\nRequires=sysinit.target local-fs.target\n' },
  ],
  invalid: [
    {
      name: 'a target',
      code: '[Unit]\nRequires=network-online.target\nAfter=network-online.target\n',
      errors: [{ messageId: 'target', line: 2, column: 10, endLine: 2, endColumn: 31, severity: 'info' }],
      output: '[Unit]\nWants=network-online.target\nAfter=network-online.target\n',
    },
    {
      name: 'a oneshot of the project, with another unit on the line, CRLF and BOM',
      code: '\uFEFF[Unit]\r\nRequires=setup.service db.service\r\nAfter=setup.service db.service\r\n',
      others: [oneshot],
      errors: [
        {
          message: 'Unexpected `Requires=setup.service`: setup.service is a oneshot that has done its work once it exits, and restarting it restarts this unit; use `Wants=setup.service` instead',
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 23,
        },
      ],
      output: '\uFEFF[Unit]\r\nRequires=db.service\r\nWants=setup.service\r\nAfter=setup.service db.service\r\n',
    },
  ],
});
