import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    // Holdout review: su that starts no daemon of its own, or a control program the default start cannot replace.
    {
      name: 'su prepares files; start-stop-daemon starts the daemon',
      code: '#!/sbin/openrc-run\nstart() {\n\tsu foo -c "cp /usr/share/foo/* /var/lib/foo"\n\tstart-stop-daemon --start --exec /usr/bin/food\n}\n',
    },
    // Holdout D (a Gentoo overlay's nextcloud-notify_push): su tests a file as the user; command_user runs the daemon.
    {
      name: 'su tests something as the user',
      code: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\nstart_pre() {\n\tif ! su -s /bin/sh -c "test -r /etc/foo.conf" foo; then\n\t\treturn 1\n\tfi\n}\n',
    },
    {
      name: 'command_user is set: su in start_pre starts no daemon',
      code: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\ncommand_user=foo\nstart_pre() {\n\tsu -s /bin/sh -c "/usr/bin/foo --init-db" foo\n}\n',
    },
    { name: "su runs a control program's start action", code: '#!/sbin/openrc-run\nstart() {\n\tsu - db -c "/usr/bin/db_ctl start -w -D /var/lib/db"\n}\n' },
    { name: 'one su per item of a loop: several daemons', code: '#!/sbin/openrc-run\nstart() {\n\tfor u in $USERS; do\n\t\tsu "$u" -c "/usr/bin/viewer :1"\n\tdone\n}\n' },
    {
      name: 'start-stop-daemon runs a control program (`multi start`)',
      code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --user=foo --exec /usr/bin/workerctl -- multi start w1 w2\n}\n',
    },
    { name: 'su inside $(…) asks a question as the user', code: '#!/sbin/openrc-run\nstart_pre() {\n\tlimit=$(su -l foo -c "ulimit -n")\n}\n' },
    {
      name: 'two daemons started by hand: the default start cannot replace them',
      code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --user foo --exec /usr/bin/foo-a\n\tstart-stop-daemon --start --user foo --exec /usr/bin/foo-b\n}\n',
    },
    {
      // issue 11 item 7: the daemon's own -c after `--` is no start-stop-daemon --chuid.
      name: "start-stop-daemon options vs the daemon's options after --: -- -c FILE",
      code: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\nstart_stop_daemon_args="--background -- -c ${CONFIG}"\n',
    },
    {
      name: "start-stop-daemon options vs the daemon's options after --, in start()",
      code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/foo -- -c "${CONFIG}" -u nobody\n}\n',
    },
    '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\ncommand_user="foo:foo"\n',
    { name: 'su outside a start function', code: '#!/sbin/openrc-run\ncheckconfig() {\n\tsu -s /bin/sh -c "/usr/bin/foo --check" foo\n}\n' },
    { name: 'start-stop-daemon --user while stopping', code: '#!/sbin/openrc-run\nstop() {\n\tstart-stop-daemon --stop --user foo --exec /usr/bin/foo\n}\n' },
  ],
  invalid: [
    {
      // The corpus' UniFi controller: `start` is the Java program's own argument; --background makes it the daemon.
      name: 'a backgrounded daemon whose own arguments end in start',
      code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --background --make-pidfile --pidfile /run/u.pid --user u:u --exec java -- -cp /u/ace.jar com.u.Main start\n}\n',
      errors: [{ messageId: 'ssdUser', line: 3, column: 77, endLine: 3, endColumn: 87 }],
    },
    {
      name: 'su in start(): no mechanical fix',
      code: '#!/sbin/openrc-run\nstart() {\n\tebegin "Starting foo"\n\tsu -s /bin/sh -c "/usr/bin/foo --daemon" foo\n\teend $?\n}\n',
      errors: [
        {
          message: 'Unexpected `su` to run the daemon as another user: use command_user="user:group" with the default start instead',
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 4,
          severity: 'warning',
        },
      ],
      output: null,
    },
    {
      name: 'start-stop-daemon --user in a plain wrapper: the default start replaces it',
      code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --user foo:foo --exec /usr/bin/foo -b -m -p /run/foo.pid\n}\n',
      errors: [{ message: 'Unexpected `start-stop-daemon --user` in start(): use command_user="foo:foo" with the default start instead', line: 3, column: 28, endLine: 3, endColumn: 42 }],
      output: '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\npidfile="/run/foo.pid"\ncommand_user="foo:foo"\ncommand_background=true\n',
    },
    {
      name: 'start-stop-daemon -c in start_pre-less start() that does more',
      code: '#!/sbin/openrc-run\nstart() {\n\tmkdir -p /var/lib/foo\n\tstart-stop-daemon -S -c foo -x /usr/bin/foo\n}\n',
      errors: [{ messageId: 'ssdUser', line: 4, column: 23, endLine: 4, endColumn: 29 }],
      output: null,
    },
    {
      name: 'start_stop_daemon_args --user with --group',
      code: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\nstart_stop_daemon_args="--user foo --group bar --nicelevel 5"\n',
      errors: [{ message: 'Unexpected `--user foo` in start_stop_daemon_args: use command_user="foo:bar" instead', line: 3, column: 25, endLine: 3, endColumn: 35 }],
      output: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\nstart_stop_daemon_args="--nicelevel 5"\ncommand_user="foo:bar"\n',
    },
    {
      name: 'start_stop_daemon_args that only switches user, CRLF',
      code: '#!/sbin/openrc-run\r\ncommand=/usr/bin/foo\r\nstart_stop_daemon_args="-u foo:foo"\r\n',
      errors: [{ messageId: 'argsUser', line: 3, column: 25, endLine: 3, endColumn: 35 }],
      output: '#!/sbin/openrc-run\r\ncommand=/usr/bin/foo\r\ncommand_user="foo:foo"\r\n',
    },
    {
      name: 'a value with escaped quotes and a continuation line, read as eval reads it',
      code: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\nstart_stop_daemon_args="--chdir \\"/var/lib/foo\\" \\\n\t--user foo --group bar"\n',
      errors: [{ message: 'Unexpected `--user foo` in start_stop_daemon_args: use command_user="foo:bar" instead', line: 4, column: 2, endLine: 4, endColumn: 12 }],
      output: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\nstart_stop_daemon_args="--chdir \\"/var/lib/foo\\""\ncommand_user="foo:bar"\n',
    },
  ],
});
