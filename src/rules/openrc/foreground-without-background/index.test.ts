import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\ncommand=/usr/sbin/sshd\ncommand_args="-D"\ncommand_background=true\npidfile="/run/${RC_SVCNAME}.pid"\n',
    { name: 'the daemon forks by itself', code: '#!/sbin/openrc-run\ncommand=/usr/sbin/sshd\npidfile=/run/sshd.pid\n' },
    { name: 'supervise-daemon keeps it in the foreground on purpose', code: '#!/sbin/openrc-run\nsupervisor=supervise-daemon\ncommand=/usr/sbin/sshd\ncommand_args="-D"\n' },
    { name: 'a hand-written start()', code: '#!/sbin/openrc-run\ncommand=/usr/sbin/sshd\ncommand_args="-D"\nstart() {\n\tstart-stop-daemon --start --background --exec /usr/sbin/sshd -- -D\n}\n' },
    {
      name: 'start_stop_daemon_args has --background',
      code: '#!/sbin/openrc-run\ncommand=/usr/sbin/sshd\ncommand_args="-D"\nstart_stop_daemon_args="--background --make-pidfile"\npidfile=/run/sshd.pid\n',
    },
    { name: 'a program the table does not know', code: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\ncommand_args="-f"\n' },
    { name: 'arguments hidden behind expansions', code: '#!/sbin/openrc-run\ncommand=/usr/bin/memcached\ncommand_args="${MEMCACHED_OPTS}"\n' },
  ],
  invalid: [
    {
      name: 'a foreground flag with no command_background: start blocks',
      code: '#!/sbin/openrc-run\ncommand=/usr/sbin/sshd\ncommand_args="-D -e"\n',
      errors: [
        {
          message:
            'Unexpected `sshd -D` without command_background: the daemon stays in the foreground, so start-stop-daemon waits for it and the start never returns; set command_background=true with a pidfile',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 23,
          severity: 'error',
        },
      ],
      output: '#!/sbin/openrc-run\ncommand=/usr/sbin/sshd\ncommand_background=true\npidfile="/run/${RC_SVCNAME}.pid"\ncommand_args="-D -e"\n',
    },
    {
      name: 'a daemon that stays in the foreground by default, pidfile already set',
      code: '#!/sbin/openrc-run\ncommand="/usr/bin/memcached"\ncommand_args="-m 64"\npidfile=/run/memcached.pid\n',
      errors: [{ messageId: 'default', line: 2, column: 1, endLine: 2, endColumn: 29 }],
      output: '#!/sbin/openrc-run\ncommand="/usr/bin/memcached"\ncommand_background=true\ncommand_args="-m 64"\npidfile=/run/memcached.pid\n',
    },
    {
      name: 'command_background=false said on purpose: no fix',
      code: '#!/sbin/openrc-run\ncommand=/usr/sbin/sshd\ncommand_args="-D"\ncommand_background=false\n',
      errors: [{ messageId: 'flag', line: 2, column: 1, endLine: 2, endColumn: 23 }],
      output: null,
    },
  ],
});
