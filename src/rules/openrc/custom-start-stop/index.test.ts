import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

const header = '#!/sbin/openrc-run\ndepend() {\n\tuse logger\n}\n\n';

testRule(rule, {
  valid: [
    `${header}command="/usr/bin/foo"\npidfile="/run/\${RC_SVCNAME}.pid"\n`,
    {
      name: 'start() that does more than start the daemon',
      code: `${header}start() {\n\tebegin "Starting foo"\n\tmodprobe foo\n\tstart-stop-daemon --start --exec /usr/bin/foo\n\teend $?\n}\n`,
    },
    {
      name: 'stop() with extra work keeps both',
      code: `${header}start() {\n\tstart-stop-daemon --start --exec /usr/bin/foo\n}\nstop() {\n\tstart-stop-daemon --stop --exec /usr/bin/foo\n\trm -f /tmp/foo.sock\n}\n`,
    },
    {
      name: 'two daemons',
      code: `${header}start() {\n\tstart-stop-daemon --start --exec /usr/bin/foo\n\tstart-stop-daemon --start --exec /usr/bin/bar\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'the full set: user, background, make-pidfile, arguments, retry',
      code:
        `${header}start() {\n\tebegin "Starting foo"\n\tstart-stop-daemon --start --quiet --user foo:foo --exec /usr/bin/foo \\\n\t\t--background --make-pidfile --pidfile /run/foo.pid -- --config "\${FOO_CONF}" -v\n\teend $?\n}\n\n` +
        'stop() {\n\tebegin "Stopping foo"\n\tstart-stop-daemon --stop --exec /usr/bin/foo --pidfile /run/foo.pid --retry TERM/30/KILL/5\n\teend $?\n}\n',
      errors: [
        {
          message: 'Unexpected hand-written start()/stop() around start-stop-daemon: use command, command_args and pidfile (with command_user, command_background) instead',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 6,
          severity: 'warning',
        },
      ],
      output: `${header}command="/usr/bin/foo"\ncommand_args="--config \${FOO_CONF} -v"\npidfile="/run/foo.pid"\ncommand_user="foo:foo"\ncommand_background=true\nretry="TERM/30/KILL/5"\n`,
    },
    {
      name: 'start() only, short options, variables the script sets, CRLF',
      code: '#!/sbin/openrc-run\r\ncommand=/usr/sbin/food\r\npidfile=/run/food.pid\r\n\r\nstart() {\r\n\tstart-stop-daemon -S -x "$command" -p "$pidfile" -N 5 -- -d\r\n}\r\n',
      errors: [{ messageId: 'wrapper', line: 5, column: 1, endLine: 5, endColumn: 6 }],
      output: '#!/sbin/openrc-run\r\ncommand=/usr/sbin/food\r\npidfile=/run/food.pid\r\n\r\ncommand_args="-d"\r\nstart_stop_daemon_args="-N 5"\r\n',
    },
    {
      // issue 11: a custom start() doing checkpath then start-stop-daemon was missed.
      name: 'custom-start-stop: checkpath then start-stop-daemon, checkpath moves to start_pre()',
      code: `${header}start() {\n\tebegin "Starting foo"\n\tcheckpath -d -m 0755 -o foo:foo /var/lib/foo\n\tstart-stop-daemon --start --exec /usr/bin/foo --background --make-pidfile --pidfile /run/foo.pid\n\teend $?\n}\n`,
      errors: [
        {
          message:
            'Unexpected hand-written start() around checkpath and start-stop-daemon: checkpath belongs in start_pre(), the rest in command, command_args and pidfile (with command_user, command_background)',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 6,
        },
      ],
      output: `${header}command="/usr/bin/foo"\npidfile="/run/foo.pid"\ncommand_background=true\n\nstart_pre() {\n\tcheckpath -d -m 0755 -o foo:foo /var/lib/foo\n}\n`,
    },
    {
      name: 'checkpath in start() while start_pre() exists: no fix',
      code: `${header}start_pre() {\n\t:\n}\nstart() {\n\tcheckpath -d /var/lib/foo\n\tstart-stop-daemon --start --exec /usr/bin/foo\n}\n`,
      errors: [{ messageId: 'prep', line: 9, column: 1, endLine: 9, endColumn: 6 }],
      output: null,
    },
    {
      name: 'a quoting that cannot be carried over: no fix',
      code: `${header}start() {\n\tstart-stop-daemon --start --exec /usr/bin/foo -- --name "a \\"b\\""\n}\n`,
      errors: [{ messageId: 'wrapper', line: 6, column: 1, endLine: 6, endColumn: 6 }],
      output: null,
    },
    {
      name: '--background without --make-pidfile: the daemon writes the PID file, no fix',
      code: `${header}start() {\n\tstart-stop-daemon --start --background --pidfile /run/foo.pid --exec /usr/bin/foo\n}\n`,
      errors: [{ messageId: 'wrapper', line: 6, column: 1, endLine: 6, endColumn: 6 }],
      output: null,
    },
  ],
});
