import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nType=forking\nPIDFile=/run/foo.pid\nExecStart=/usr/sbin/food\n',
    { name: 'lone drop-in: type unknown', path: 'foo.service.d/pid.conf', code: '[Service]\nPIDFile=/run/foo.pid\n' },
    {
      name: 'Type=forking set by a drop-in of the run',
      path: 'foo.service',
      code: '[Service]\nPIDFile=/run/foo.pid\nExecStart=/usr/sbin/food\n',
      others: [{ path: 'foo.service.d/type.conf', text: '[Service]\nType=forking\n' }],
    },
    {
      name: 'systemd reads it after ExecStartPost=',
      code: '[Service]\nPIDFile=/run/foo.pid\nExecStart=/usr/sbin/food -f\nExecStartPost=/usr/bin/foo-wait\n',
    },
    {
      name: 'a daemonizing command under Type=notify (Debian openvpn@.service)',
      path: 'openvpn@.service',
      code: '[Service]\nType=notify\nExecStart=/usr/sbin/openvpn --daemon ovpn-%i --config /etc/openvpn/%i.conf --writepid /run/openvpn/%i.pid\nPIDFile=/run/openvpn/%i.pid\n',
    },
  ],
  invalid: [
    {
      code: '[Service]\nType=simple\nPIDFile=/run/foo.pid\nExecStart=/usr/sbin/food -f\n',
      errors: [
        {
          messageId: 'unused',
          message: 'Unexpected `PIDFile=` with `Type=simple` (systemd tracks the main process itself and only removes the file at stop), expected no `PIDFile=`, or `Type=forking`',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 21,
          severity: 'info',
        },
      ],
      output: '[Service]\nType=simple\nExecStart=/usr/sbin/food -f\n',
    },
    {
      name: 'implicit simple, last line without newline, CRLF and BOM',
      code: '\uFEFF[Service]\r\nExecStart=/usr/sbin/food -f\r\nPIDFile=/run/foo.pid',
      errors: [{ messageId: 'unused', line: 3, column: 1, endLine: 3, endColumn: 21 }],
      output: '\uFEFF[Service]\r\nExecStart=/usr/sbin/food -f',
    },
  ],
});
