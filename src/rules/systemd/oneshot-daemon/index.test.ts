import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nType=oneshot\nExecStart=/usr/local/sbin/debamax-upgrade\n',
    { name: 'systemctl start starts another unit', code: '[Service]\nType=oneshot\nExecStart=/bin/systemctl start foo.service\n' },
    { name: 'foreground flag', code: '[Service]\nType=oneshot\nExecStart=/usr/sbin/sshd -t\n' },
    { name: 'not oneshot', code: '[Service]\nExecStart=/usr/sbin/sshd -D\n' },
    { name: 'config decides: unknown', code: '[Service]\nType=oneshot\nExecStart=/usr/sbin/nginx -t\n' },
  ],
  invalid: [
    {
      code: '[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/sbin/sshd\n',
      errors: [
        {
          message:
            'Unexpected `Type=oneshot` for `sshd`, which forks a long-lived daemon (systemd does not track it, so stop and restart act on nothing), expected `Type=simple` with `sshd` in the foreground',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 25,
          severity: 'warning',
        },
      ],
      output: '[Service]\nType=simple\nExecStart=/usr/sbin/sshd -D\n',
    },
    {
      name: 'daemonize flag dropped, CRLF and BOM',
      code: '\uFEFF[Service]\r\nType=oneshot\r\nExecStart=/usr/bin/memcached -d -u nobody\r\nRemainAfterExit=yes\r\n',
      errors: [{ messageId: 'daemon', line: 3, column: 30, endLine: 3, endColumn: 32 }],
      output: '\uFEFF[Service]\r\nType=simple\r\nExecStart=/usr/bin/memcached -u nobody\r\n',
    },
    {
      name: 'the ossec story: a control script',
      code: '[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/var/ossec/bin/ossec-control start\nExecStop=/var/ossec/bin/ossec-control stop\n',
      errors: [
        {
          message:
            'Unexpected `Type=oneshot` for the control script `ossec-control start`, which leaves daemons behind that systemd does not track, expected one unit per daemon run in the foreground',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 39,
        },
      ],
      output: null,
    },
    {
      name: 'init script and service',
      code: '[Service]\nType=oneshot\nExecStart=/etc/init.d/foo start\nExecStart=/usr/sbin/service bar start\n',
      errors: [
        { messageId: 'control', line: 3, column: 11, endLine: 3, endColumn: 26 },
        { messageId: 'control', line: 4, column: 11, endLine: 4, endColumn: 28 },
      ],
    },
  ],
});
