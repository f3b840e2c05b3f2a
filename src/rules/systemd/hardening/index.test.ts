import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

const FULL = 'NoNewPrivileges=yes\nPrivateTmp=yes\nProtectSystem=full\nProtectHome=read-only\nPrivateDevices=yes\nProtectKernelTunables=yes\nProtectKernelModules=yes\nProtectControlGroups=yes\n';

testRule(rule, {
  valid: [
    `[Unit]\nAfter=network.target\n[Service]\nExecStart=/usr/sbin/food\n${FULL}`,
    { name: 'not a network service', code: '[Service]\nExecStart=/usr/sbin/food\n' },
    {
      name: 'a socket on a path is local (dbus.service)',
      path: 'dbus.service',
      code: '[Unit]\nRequires=dbus.socket\n[Service]\nExecStart=/usr/bin/dbus-daemon --system\n',
      others: [{ path: 'dbus.socket', text: '[Socket]\nListenStream=/run/dbus/system_bus_socket\n' }],
    },
    { name: 'oneshot', code: '[Unit]\nAfter=network.target\n[Service]\nType=oneshot\nExecStart=/usr/sbin/setup\n' },
    { name: 'explicit no counts as a decision', code: `[Unit]\nAfter=network.target\n[Service]\nExecStart=/usr/sbin/food\n${FULL.replace('PrivateDevices=yes', 'PrivateDevices=no')}` },
    {
      name: 'DynamicUser implies four of them',
      code: '[Unit]\nAfter=network.target\n[Service]\nDynamicUser=yes\nExecStart=/usr/sbin/food\nPrivateDevices=yes\nProtectKernelTunables=yes\nProtectKernelModules=yes\nProtectControlGroups=yes\n',
    },
  ],
  invalid: [
    {
      name: 'socket-activated, CRLF and BOM',
      path: 'food.service',
      others: [{ path: 'food.socket', text: '[Socket]\nListenStream=80\n' }],
      code: '\uFEFF[Service]\r\nExecStart=/usr/sbin/food\r\nNoNewPrivileges=yes\r\nPrivateTmp=yes\r\nProtectSystem=strict\r\nProtectHome=yes\r\nPrivateDevices=yes\r\n',
      errors: [
        {
          message:
            'Unexpected network service without `ProtectKernelTunables=`, `ProtectKernelModules=`, `ProtectControlGroups=`: add them (or set them to `no` where the daemon needs it) to limit what a compromised daemon can reach',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 10,
          severity: 'info',
        },
      ],
      output:
        '\uFEFF[Service]\r\nExecStart=/usr/sbin/food\r\nNoNewPrivileges=yes\r\nPrivateTmp=yes\r\nProtectSystem=strict\r\nProtectHome=yes\r\nPrivateDevices=yes\r\nProtectKernelTunables=yes\r\nProtectKernelModules=yes\r\nProtectControlGroups=yes\r\n',
    },
    {
      name: 'nothing set',
      code: '[Unit]\nAfter=network.target\n\n[Service]\nExecStart=/usr/sbin/food\n\n[Install]\nWantedBy=multi-user.target\n',
      errors: [{ messageId: 'missing', line: 4, column: 1, endLine: 4, endColumn: 10 }],
      output: `[Unit]\nAfter=network.target\n\n[Service]\nExecStart=/usr/sbin/food\n${FULL.trimEnd()}\n\n[Install]\nWantedBy=multi-user.target\n`,
    },
  ],
});
