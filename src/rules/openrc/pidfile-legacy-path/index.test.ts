import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\npidfile="/run/${RC_SVCNAME}.pid"\n',
    { name: 'other /var paths', code: '#!/sbin/openrc-run\npidfile="/var/lib/foo/foo.pid"\n' },
  ],
  invalid: [
    {
      code: '#!/sbin/openrc-run\npidfile="/var/run/${RC_SVCNAME}.pid"\n',
      errors: [{ messageId: 'legacy', line: 2, column: 10, endLine: 2, endColumn: 18, severity: 'info' }],
      output: '#!/sbin/openrc-run\npidfile="/run/${RC_SVCNAME}.pid"\n',
    },
    {
      name: 'start-stop-daemon --pidfile and a conf.d default, CRLF',
      code: '#!/sbin/openrc-run\r\npidfile=${FOO_PID:-/var/run/foo.pid}\r\nreload() {\r\n\tstart-stop-daemon --signal HUP --pidfile=/var/run/foo.pid\r\n}\r\n',
      errors: [
        { messageId: 'legacy', line: 2, column: 20, endLine: 2, endColumn: 28 },
        { messageId: 'legacy', line: 4, column: 43, endLine: 4, endColumn: 51 },
      ],
      output: '#!/sbin/openrc-run\r\npidfile=${FOO_PID:-/run/foo.pid}\r\nreload() {\r\n\tstart-stop-daemon --signal HUP --pidfile=/run/foo.pid\r\n}\r\n',
    },
  ],
});
