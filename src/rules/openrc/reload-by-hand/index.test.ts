import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\nreload() {\n\tstart-stop-daemon --signal HUP --pidfile "${pidfile}"\n}\n',
    { name: 'kill outside reload', code: '#!/sbin/openrc-run\nstop_post() {\n\tkill $(cat /run/foo-helper.pid)\n}\n' },
  ],
  invalid: [
    {
      code: '#!/sbin/openrc-run\npidfile=/run/foo.pid\nreload() {\n\tebegin "Reloading"\n\tkill -HUP $(cat "$pidfile")\n\teend $?\n}\n',
      errors: [
        {
          message: 'Unexpected `kill` with a PID read by `cat`: use `start-stop-daemon --signal HUP --pidfile "${pidfile}"` instead (it checks the process is the daemon)',
          line: 5,
          column: 2,
          endLine: 5,
          endColumn: 29,
          severity: 'info',
        },
      ],
      output: '#!/sbin/openrc-run\npidfile=/run/foo.pid\nreload() {\n\tebegin "Reloading"\n\tstart-stop-daemon --signal HUP --pidfile "${pidfile}"\n\teend $?\n}\n',
    },
    {
      name: 'kill -s USR1 with backticks and a literal path, redirection kept',
      code: '#!/sbin/openrc-run\nreload() {\n\tkill -s USR1 `cat /run/foo.pid` 2>/dev/null\n}\n',
      errors: [{ messageId: 'kill', line: 3, column: 2, endLine: 3, endColumn: 33 }],
      output: '#!/sbin/openrc-run\nreload() {\n\tstart-stop-daemon --signal USR1 --pidfile "/run/foo.pid" 2>/dev/null\n}\n',
    },
    {
      name: 'kill -1, CRLF',
      code: '#!/sbin/openrc-run\r\nreload() {\r\n\tkill -1 $(cat ${pidfile})\r\n}\r\n',
      errors: [{ messageId: 'kill', line: 3, column: 2, endLine: 3, endColumn: 27 }],
      output: '#!/sbin/openrc-run\r\nreload() {\r\n\tstart-stop-daemon --signal HUP --pidfile "${pidfile}"\r\n}\r\n',
    },
  ],
});
