import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\ncommand_background=true\npidfile="/run/${RC_SVCNAME}.pid"\n',
    // Holdout review (an Alpine user-aports script): the `: ${var:=default}` idiom sets pidfile.
    { name: 'pidfile set by a default expansion', code: '#!/sbin/openrc-run\n: ${pidfile:="/run/${RC_SVCNAME}.pid"}\ncommand="/usr/bin/foo"\ncommand_background=true\n' },
    { name: 'background off', code: '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\ncommand_background=no\n' },
    { name: 'supervise-daemon tracks the process itself', code: '#!/sbin/openrc-run\nsupervisor=supervise-daemon\ncommand="/usr/bin/foo"\ncommand_background=yes\n' },
    { name: 'pidfile set later', code: '#!/sbin/openrc-run\ncommand_background="yes"\ncommand="/usr/bin/foo"\npidfile=/run/foo.pid\n' },
  ],
  invalid: [
    {
      code: '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\ncommand_background=true\n',
      errors: [{ messageId: 'noPidfile', line: 3, column: 1, endLine: 3, endColumn: 24, severity: 'error' }],
      output: '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\ncommand_background=true\npidfile="/run/${RC_SVCNAME}.pid"\n',
    },
    {
      name: 'yes, CRLF, no final newline',
      code: '#!/sbin/openrc-run\r\ncommand="/usr/bin/foo"\r\ncommand_background="YES"',
      errors: [{ messageId: 'noPidfile', line: 3, column: 1, endLine: 3, endColumn: 25 }],
      output: '#!/sbin/openrc-run\r\ncommand="/usr/bin/foo"\r\ncommand_background="YES"\r\npidfile="/run/${RC_SVCNAME}.pid"\r\n',
    },
    {
      name: 'both ways of backgrounding',
      code: '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\ncommand_args_background="--daemon"\ncommand_background=1\npidfile="/run/foo.pid"\n',
      errors: [{ messageId: 'both', line: 4, column: 1, endLine: 4, endColumn: 21 }],
      output: null,
    },
  ],
});
