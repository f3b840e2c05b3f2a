import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nType=oneshot\nRestart=on-failure\nExecStart=/usr/bin/foo\n',
    '[Service]\nType=simple\nRestart=always\nExecStart=/usr/bin/foo\n',
    '[Service]\nRestart=always\nExecStart=/usr/bin/foo\n',
    { name: 'type unknown in a lone drop-in', path: 'foo.service.d/r.conf', code: '[Service]\nRestart=always\n' },
  ],
  invalid: [
    {
      code: '[Service]\nType=oneshot\nExecStart=/usr/bin/foo\nRestart=always\n',
      errors: [
        {
          messageId: 'restart',
          message: 'Unexpected `Restart=always` with `Type=oneshot` (systemd refuses the unit), expected `Restart=on-failure` or no `Restart=`',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 15,
          severity: 'error',
        },
      ],
      output: '[Service]\nType=oneshot\nExecStart=/usr/bin/foo\nRestart=on-failure\n',
    },
    {
      name: 'CRLF and BOM kept',
      code: '\uFEFF[Service]\r\nType=oneshot\r\nRestart=on-success\r\nExecStart=/usr/bin/foo\r\n',
      errors: [{ messageId: 'restart', line: 3, column: 9, endLine: 3, endColumn: 19 }],
      output: '\uFEFF[Service]\r\nType=oneshot\r\nRestart=on-failure\r\nExecStart=/usr/bin/foo\r\n',
    },
    {
      name: 'a drop-in whose unit is a oneshot',
      path: 'foo.service.d/restart.conf',
      code: '[Service]\nRestart=always\n',
      others: [{ path: 'foo.service', text: '[Service]\nType=oneshot\nExecStart=/usr/bin/foo\n' }],
      errors: [{ messageId: 'restart', line: 2, column: 9, endLine: 2, endColumn: 15 }],
      output: '[Service]\nRestart=on-failure\n',
    },
  ],
});

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'an instance drop-in whose template is a oneshot',
      path: 'job@nightly.service.d/restart.conf',
      code: '[Service]\nRestart=on-success\n',
      others: [{ path: 'job@.service', text: '[Service]\nType=oneshot\nExecStart=/usr/bin/job %i\n' }],
      errors: [{ messageId: 'restart', line: 2, column: 9, endLine: 2, endColumn: 19 }],
      output: '[Service]\nRestart=on-failure\n',
    },
  ],
});
