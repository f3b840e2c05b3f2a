import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    "[Service]\nExecStart=/bin/sh -c 'if [ -f /etc/foo ]; then exec /usr/bin/foo; fi'\n",
    { name: 'bash runs it', code: "[Service]\nExecStart=/bin/bash -c '[[ -f /etc/foo ]] && exec /usr/bin/foo'\n" },
    { name: 'the bashism is only text in single quotes', code: '[Service]\nExecStartPre=/bin/sh -c "echo \'[[ x ]]\'"\nExecStart=/usr/bin/foo\n' },
  ],
  invalid: [
    {
      name: 'bash syntax ([[) inside sh -c',
      code: "[Service]\nExecStart=/bin/sh -c '[[ -f /etc/foo ]] && exec /usr/bin/foo'\n",
      errors: [
        {
          message: 'Unexpected `[[` in a `sh -c` script: /bin/sh is dash or busybox ash on many systems and refuses it; run it with /bin/bash, or write it in POSIX sh',
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 62,
          severity: 'error',
        },
      ],
      output: "[Service]\nExecStart=/bin/bash -c '[[ -f /etc/foo ]] && exec /usr/bin/foo'\n",
    },
    {
      name: 'source in ExecStartPre=',
      code: '[Service]\nExecStartPre=/bin/sh -c "source /etc/default/foo; /usr/bin/foo-setup"\nExecStart=/usr/bin/foo\n',
      errors: [{ messageId: 'bashism', line: 2, column: 14, endLine: 2, endColumn: 70 }],
      output: '[Service]\nExecStartPre=/bin/bash -c "source /etc/default/foo; /usr/bin/foo-setup"\nExecStart=/usr/bin/foo\n',
    },
  ],
});
