import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nExecStart=/usr/bin/foo\nExecReload=-/bin/kill -HUP $MAINPID\n',
    '[Service]\nExecStart=%h/bin/foo\n',
    '[Service]\nExecStart=\n',
    '[Socket]\nExecStartPre=/bin/true\n',
  ],
  invalid: [
    {
      code: '[Service]\nExecStart=/usr/bin/foo\nExecStartPre=-+mkdir -p /run/foo\n',
      errors: [{ messageId: 'relative', message: 'Unexpected command `mkdir` without a path (systemd before 239 refuses it), expected an absolute path such as `/usr/bin/mkdir`', line: 3, column: 16, endLine: 3, endColumn: 21, severity: 'info' }],
      output: null,
    },
    {
      name: 'quoted command',
      code: '[Service]\nExecStart="foo" -x\n',
      errors: [{ messageId: 'relative', line: 2, column: 11, endLine: 2, endColumn: 16 }],
    },
  ],
});
