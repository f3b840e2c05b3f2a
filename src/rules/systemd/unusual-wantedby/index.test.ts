import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n',
    { name: 'user unit', path: 'systemd/user/foo.service', code: '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=default.target\n' },
    { name: 'early boot unit', code: '[Unit]\nDefaultDependencies=no\n[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=sysinit.target\n' },
    { name: 'a network provider orders itself before network.target', code: '[Unit]\nBefore=network.target\n[Service]\nExecStart=/sbin/ifup -a\n[Install]\nWantedBy=network.target\n' },
    { name: 'sockets are not services', path: 'a.socket', code: '[Install]\nWantedBy=sockets.target\n' },
    // class 4 (issue 11): user units judged as system units.
    { name: 'class 4: a *-user.service is a user unit', path: 'files/syncthing-user.service', code: '[Service]\nExecStart=/usr/bin/syncthing\n[Install]\nWantedBy=default.target\n' },
    {
      name: 'class 4: a unit tied to graphical-session.target is a user unit',
      path: 'contrib/foo.service',
      code: '[Unit]\nPartOf=graphical-session.target\n[Service]\nExecStart=/usr/bin/foo\n[Install]\nWantedBy=default.target\n',
    },
  ],
  invalid: [
    {
      name: 'class 4: a user unit is offered default.target, never multi-user.target',
      path: 'usr/lib/systemd/user/foo.service',
      code: '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=network.target\n',
      errors: [
        {
          message:
            'Unexpected `WantedBy=network.target`: it marks that the network stack is being set up; services that need the network order themselves `After=` it; use `WantedBy=default.target` instead',
          line: 4,
          column: 10,
        },
      ],
      output: '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=default.target\n',
    },
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
      errors: [
        {
          message:
            'Unexpected `WantedBy=default.target`: it is an alias for whatever the boot target is, so the unit may not start when booting into another target; use `WantedBy=multi-user.target` instead',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 24,
        },
      ],
      output: '\uFEFF[Service]\r\nExecStart=/bin/true\r\n[Install]\r\nWantedBy=multi-user.target\r\n',
    },
  ],
});
