import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

const LSB = '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: x\n### END INIT INFO\n';

testRule(rule, {
  valid: [
    // Holdout review (ferm, kdump-tools): an init script that loads rules or a kernel and exits is a oneshot.
    {
      name: 'an init script whose start starts no daemon',
      code: '[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/etc/init.d/fw start\nExecStop=/etc/init.d/fw stop\n',
      others: [{ path: 'etc/init.d/fw', text: `${LSB}case "$1" in\n  start) /sbin/iptables-restore < /etc/fw.rules ;;\n  stop) /sbin/iptables -F ;;\nesac\n` }],
    },
    { name: 'an init script the project does not hold says nothing of what it starts', code: '[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/etc/init.d/fw start\n' },
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
      name: 'init script and service, whose start runs start-stop-daemon',
      code: '[Service]\nType=oneshot\nExecStart=/etc/init.d/foo start\nExecStart=/usr/sbin/service bar start\n',
      others: [
        { path: 'etc/init.d/foo', text: `${LSB}case "$1" in\n  start) start-stop-daemon --start --exec /usr/sbin/food ;;\n  stop) start-stop-daemon --stop --exec /usr/sbin/food ;;\nesac\n` },
        { path: 'etc/init.d/bar', text: `${LSB}do_start() {\n  /usr/sbin/bard &\n}\ncase "$1" in\n  start) do_start ;;\nesac\n` },
      ],
      errors: [
        { messageId: 'control', line: 3, column: 11, endLine: 3, endColumn: 26 },
        { messageId: 'control', line: 4, column: 11, endLine: 4, endColumn: 28 },
      ],
    },
  ],
});
