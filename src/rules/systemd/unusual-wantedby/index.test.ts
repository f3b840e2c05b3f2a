import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n',
    { name: 'user unit', path: 'systemd/user/foo.service', code: '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=default.target\n' },
    { name: 'early boot unit', code: '[Unit]\nDefaultDependencies=no\n[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=sysinit.target\n' },
    { name: 'a network provider orders itself before network.target', code: '[Unit]\nBefore=network.target\n[Service]\nExecStart=/sbin/ifup -a\n[Install]\nWantedBy=network.target\n' },
    { name: 'sockets are not services', path: 'a.socket', code: '[Install]\nWantedBy=sockets.target\n' },
  ],
  invalid: [
    {
      name: 'network.target',
      code: '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=network.target\n',
      errors: [{ messageId: 'unusual', line: 4, column: 10, endLine: 4, endColumn: 24, severity: 'info' }],
      output: '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n',
    },
    {
      name: 'default.target on a system unit, CRLF and BOM',
      path: 'lib/systemd/system/foo.service',
      code: '\uFEFF[Service]\r\nExecStart=/bin/true\r\n[Install]\r\nWantedBy=default.target\r\n',
      errors: [{ message: 'Unexpected `WantedBy=default.target`: it is an alias for whatever the boot target is, so the unit may not start when booting into another target; use `WantedBy=multi-user.target` instead', line: 4, column: 10, endLine: 4, endColumn: 24 }],
      output: '\uFEFF[Service]\r\nExecStart=/bin/true\r\n[Install]\r\nWantedBy=multi-user.target\r\n',
    },
  ],
});
