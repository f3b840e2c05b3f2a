import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/foo --pidfile /run/foo.pid -- -c /etc/foo.conf\n}\n',
    { name: 'no daemon arguments', code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/foo --background --make-pidfile --pidfile /run/foo.pid\n}\n' },
    { name: 'stopping', code: '#!/sbin/openrc-run\nstop() {\n\tstart-stop-daemon --stop --exec /usr/bin/foo -x /usr/bin/foo\n}\n' },
    { name: 'plain daemon arguments without options', code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/foo /etc/foo.conf\n}\n' },
    {
      name: "a plain argument, then -- and the daemon's options (mono app.exe -- --data …)",
      code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/mono /opt/app/app.exe -- --data /var/lib/app\n}\n',
    },
    { name: "expansions that may hold the daemon's arguments", code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec $command $command_args -1 $log -2 $log\n}\n' },
    { name: 'an option from a variable', code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/foo ${SSD_OPTS}\n}\n' },
  ],
  invalid: [
    {
      name: 'start-stop-daemon arguments for the daemon without --: an option start-stop-daemon lacks',
      code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/foo --config /etc/foo.conf\n}\n',
      errors: [
        {
          message: "Unexpected `--config` before `--`: it is no start-stop-daemon option, so start-stop-daemon refuses to start; put `--` before the daemon's arguments",
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 56,
          severity: 'warning',
        },
      ],
      output: null,
    },
    {
      name: 'start-stop-daemon arguments for the daemon without --: options after a plain argument',
      code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/foo /etc/foo.conf -v\n}\n',
      errors: [{ messageId: 'after', line: 3, column: 62, endLine: 3, endColumn: 64 }],
      output: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/foo -- /etc/foo.conf -v\n}\n',
    },
  ],
});
