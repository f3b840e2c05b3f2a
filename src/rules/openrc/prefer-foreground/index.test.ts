import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\ncommand="/usr/sbin/ntpd"\ncommand_args="-n"\ncommand_background=true\npidfile="/run/${RC_SVCNAME}.pid"\n',
    { name: "no foreground option known (the guide's cancd)", code: '#!/sbin/openrc-run\ncommand="/usr/sbin/cancd"\ncommand_user="cancd"\nprocname="cancd"\n' },
  ],
  invalid: [
    {
      name: 'ntpd matched by name',
      code: '#!/sbin/openrc-run\ncommand="/usr/sbin/ntpd"\ncommand_args="-g"\nprocname="ntpd"\n',
      errors: [
        {
          message: 'Unexpected procname for ntpd, which can stay in the foreground: use `-n` with command_background=true and pidfile instead (matching by name is unreliable)',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 16,
          severity: 'warning',
        },
      ],
      output: '#!/sbin/openrc-run\ncommand="/usr/sbin/ntpd"\ncommand_args="-g -n"\ncommand_background=true\npidfile="/run/${RC_SVCNAME}.pid"\n',
    },
    {
      name: 'memcached -d: drop the daemonize flag, CRLF',
      code: '#!/sbin/openrc-run\r\ncommand=/usr/bin/memcached\r\ncommand_args="-d -p 11211"\r\nprocname=memcached\r\n',
      errors: [{ message: /use it without its daemonize flag/, line: 4, column: 1, endLine: 4, endColumn: 19 }],
      output: '#!/sbin/openrc-run\r\ncommand=/usr/bin/memcached\r\ncommand_args="-p 11211"\r\ncommand_background=true\r\npidfile="/run/${RC_SVCNAME}.pid"\r\n',
    },
    {
      name: 'no command_args',
      code: '#!/sbin/openrc-run\ncommand=/usr/sbin/sshd\nprocname=sshd\npidfile=/run/sshd.pid\n',
      errors: [{ messageId: 'procname', line: 3, column: 1, endLine: 3, endColumn: 14 }],
      output: '#!/sbin/openrc-run\ncommand=/usr/sbin/sshd\ncommand_args="-D"\ncommand_background=true\npidfile=/run/sshd.pid\n',
    },
  ],
});
