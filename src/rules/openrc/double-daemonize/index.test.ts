import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\ncommand="/usr/bin/memcached"\ncommand_args="-p 11211"\ncommand_background=true\npidfile="/run/${RC_SVCNAME}.pid"\n',
    { name: 'the daemon forks itself and no command_background', code: '#!/sbin/openrc-run\ncommand="/usr/bin/memcached"\ncommand_args="-d -P ${pidfile}"\npidfile="/run/memcached.pid"\n' },
    { name: 'a program the table does not know', code: '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\ncommand_args="-d"\ncommand_background=true\npidfile=/run/foo.pid\n' },
    { name: 'sshd -D in the foreground', code: '#!/sbin/openrc-run\ncommand="/usr/sbin/sshd"\ncommand_args="-D -e"\ncommand_background=yes\npidfile=/run/sshd.pid\n' },
    { name: 'chronyd -d stays in the foreground', code: '#!/sbin/openrc-run\ncommand="/usr/sbin/chronyd"\ncommand_args="-d"\ncommand_background=true\npidfile=/run/chronyd.pid\n' },
    {
      name: 'busybox httpd -f is not Apache: a foreground-looking flag keeps the rule quiet',
      code: '#!/sbin/openrc-run\ncommand="/usr/sbin/httpd"\ncommand_args="-f -p 8080"\ncommand_background=true\npidfile=/run/httpd.pid\n',
    },
    { name: 'arguments from conf.d may hold the foreground flag', code: '#!/sbin/openrc-run\ncommand="/usr/sbin/sshd"\ncommand_args="${SSHD_OPTS}"\ncommand_background=true\npidfile=/run/sshd.pid\n' },
  ],
  invalid: [
    {
      name: 'memcached -d',
      code: '#!/sbin/openrc-run\ncommand="/usr/bin/memcached"\ncommand_args="-p 11211 -d -u memcached"\ncommand_background=true\npidfile="/run/${RC_SVCNAME}.pid"\n',
      errors: [
        {
          message: 'Unexpected `-d` with command_background: memcached forks away from the PID start-stop-daemon records, remove one of them',
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 26,
          severity: 'error',
        },
      ],
      output: '#!/sbin/openrc-run\ncommand="/usr/bin/memcached"\ncommand_args="-p 11211 -u memcached"\ncommand_background=true\npidfile="/run/${RC_SVCNAME}.pid"\n',
    },
    {
      name: 'first word, CRLF',
      code: '#!/sbin/openrc-run\r\ncommand=/usr/bin/memcached\r\ncommand_args="--daemon -p 11211"\r\ncommand_background=true\r\npidfile=/run/m.pid\r\n',
      errors: [{ messageId: 'flag', line: 3, column: 15, endLine: 3, endColumn: 23 }],
      output: '#!/sbin/openrc-run\r\ncommand=/usr/bin/memcached\r\ncommand_args="-p 11211"\r\ncommand_background=true\r\npidfile=/run/m.pid\r\n',
    },
    {
      name: 'a daemon that forks by default: add its foreground flag',
      code: '#!/sbin/openrc-run\ncommand="/usr/sbin/sshd"\ncommand_args="-e"\ncommand_background=true\npidfile=/run/sshd.pid\n',
      errors: [{ message: 'Unexpected command_background for sshd, which forks by default: add `-D` to command_args so it stays in the foreground', line: 4, column: 1, endLine: 4, endColumn: 24 }],
      output: '#!/sbin/openrc-run\ncommand="/usr/sbin/sshd"\ncommand_args="-e -D"\ncommand_background=true\npidfile=/run/sshd.pid\n',
    },
    {
      name: 'no command_args at all',
      code: '#!/sbin/openrc-run\ncommand="/usr/sbin/ntpd"\ncommand_background=true\npidfile=/run/ntpd.pid\n',
      errors: [{ messageId: 'default', line: 3, column: 1, endLine: 3, endColumn: 24 }],
      output: '#!/sbin/openrc-run\ncommand="/usr/sbin/ntpd"\ncommand_args="-n"\ncommand_background=true\npidfile=/run/ntpd.pid\n',
    },
  ],
});
