import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\nsupervisor=supervise-daemon\ncommand=/usr/sbin/sshd\ncommand_args="-D -e"\n',
    { name: 'not supervised', code: '#!/sbin/openrc-run\ncommand=/usr/bin/memcached\ncommand_args="-d"\npidfile=/run/memcached.pid\n' },
    { name: 'a program the table does not know', code: '#!/sbin/openrc-run\nsupervisor=supervise-daemon\ncommand=/usr/bin/foo\ncommand_args="-d"\n' },
    { name: 'arguments behind an expansion', code: '#!/sbin/openrc-run\nsupervisor=supervise-daemon\ncommand=/usr/sbin/sshd\ncommand_args="${SSHD_OPTS}"\n' },
  ],
  invalid: [
    {
      name: 'supervise-daemon given a daemon that forks itself: a daemonize flag',
      code: '#!/sbin/openrc-run\nsupervisor=supervise-daemon\ncommand=/usr/bin/memcached\ncommand_args="-m 64 -d"\n',
      errors: [
        {
          message: 'Unexpected `memcached -d` under supervise-daemon: the daemon forks away from the process supervise-daemon watches, which then respawns it; remove `-d`',
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 23,
          severity: 'error',
        },
      ],
      output: '#!/sbin/openrc-run\nsupervisor=supervise-daemon\ncommand=/usr/bin/memcached\ncommand_args="-m 64"\n',
    },
    {
      name: 'supervise-daemon given a daemon that forks by default',
      code: '#!/sbin/openrc-run\nsupervisor="supervise-daemon"\ncommand=/usr/sbin/sshd\n',
      errors: [
        {
          message: 'Unexpected `sshd` under supervise-daemon without its foreground option: it forks away from the process supervise-daemon watches; add `-D` to command_args',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 23,
        },
      ],
      output: null,
    },
  ],
});
