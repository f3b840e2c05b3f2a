import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    // Holdout review (a Gentoo overlay's webmin.service, filled in by its ebuild).
    { name: 'build-template placeholders', code: '[Unit]\nConditionFileNotEmpty=%config%\n[Service]\nExecStart=%exe% %conf%\nPIDFile=%pid%\nEnvironment="PERLLIB=%perllib%"\n' },
    '[Service]\nExecStart=/bin/date +%%s\nEnvironment=HOME=%h\n',
    {
      name: 'ossec template of seed 000',
      path: 'ossec@.service',
      code: '[Unit]\nDescription=The OSSEC HIDS %i server\nAfter=network.target\n[Service]\nType=simple\nExecStartPre=/usr/bin/env /var/ossec/bin/%p-%i -t\nExecStart=/usr/bin/env /var/ossec/bin/%p-%i -f\n[Install]\nWantedBy=multi-user.target\n',
    },
    // issue 11 item 3: Gentoo's packaging name for a template.
    { name: 'a Gentoo template named NAME_at.service uses %i', path: 'files/unbound_at.service', code: '[Service]\nExecStart=/usr/sbin/unbound -d -c /etc/unbound/%i.conf\n' },
    {
      name: 'a Gentoo template named NAME_at-simple.service uses %I',
      path: 'files/php-fpm_at-simple.service',
      code: '[Service]\nPIDFile=/run/php-fpm/php-fpm-%I.pid\nExecStart=/usr/libexec/php-fpm-launcher php%I\n',
    },
    { name: 'socket-activated per-connection template', path: 'sshd@.service', code: '[Service]\nExecStart=-/usr/sbin/sshd -i\nStandardInput=socket\n' },
    {
      name: 'template whose socket is in the project',
      path: 'echo@.service',
      code: '[Service]\nExecStart=/usr/bin/cat\n',
      others: [{ path: 'echo.socket', text: '[Socket]\nListenStream=7\nAccept=yes\n' }],
    },
    { name: 'fsck-style %f', path: 'fsck@.service', code: '[Service]\nExecStart=/sbin/fsck %f\n' },
    { name: 'drop-in of a template', path: 'getty@.service.d/x.conf', code: '[Service]\nTTYVTDisallocate=no\n' },
    { name: "percentages of resource control (systemd's user-.slice.d/10-defaults.conf)", path: 'user-.slice.d/10-defaults.conf', code: '[Slice]\nTasksMax=33%\nCPUQuota=150%\nMemoryHigh=80%\n' },
    { name: 'X- keys are not expanded', code: '[Unit]\nX-Note=100%\n' },
  ],
  invalid: [
    {
      name: 'lone % at the end, CRLF and BOM',
      code: '\uFEFF[Service]\r\nExecStart=/usr/bin/throttle 50%\r\n',
      errors: [{ messageId: 'lone', line: 2, column: 31, endLine: 2, endColumn: 32, severity: 'warning' }],
      output: '\uFEFF[Service]\r\nExecStart=/usr/bin/throttle 50%%\r\n',
    },
    {
      name: 'two letters between percents are specifiers, not a placeholder (`date +%FT%T`)',
      code: '[Service]\nExecStart=/bin/date +%FT%T\n',
      errors: [{ messageId: 'unknown', line: 2, column: 22, endLine: 2, endColumn: 24 }],
      output: '[Service]\nExecStart=/bin/date +%%FT%T\n',
    },
    {
      name: 'unknown specifier',
      code: '[Service]\nExecStart=/bin/date +%z\n',
      errors: [{ message: 'Unexpected specifier `%z` in `ExecStart=`: systemd refuses the setting; write `%%z` for a literal `%z`', line: 2, column: 22, endLine: 2, endColumn: 24 }],
      output: '[Service]\nExecStart=/bin/date +%%z\n',
    },
    {
      name: '%i outside a template',
      path: 'foo.service',
      code: '[Service]\nExecStart=/usr/bin/foo --name %i\n',
      errors: [{ message: 'Unexpected `%i` in `ExecStart=`: foo.service is not a template (`NAME@.service`), so the instance is empty', line: 2, column: 31, endLine: 2, endColumn: 33 }],
      output: null,
    },
    {
      name: 'template that never uses its instance',
      path: 'worker@.service',
      code: '[Unit]\nDescription=Worker\n[Service]\nExecStart=/usr/bin/worker\n',
      errors: [{ messageId: 'unusedInstance', line: 3, column: 1, endLine: 3, endColumn: 10 }],
      output: null,
    },
    {
      name: 'Slice= is expanded: %i there is still an instance',
      path: 'foo.service',
      code: '[Service]\nSlice=user-%i.slice\n',
      errors: [{ messageId: 'notTemplate', line: 2, column: 12, endLine: 2, endColumn: 14 }],
      output: null,
    },
  ],
});
