import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n',
    { name: 'X- sections are for other tools', code: '[Service]\nExecStart=/bin/true\n[X-Fleet]\nConflicts=a\n' },
    { name: 'socket unit', path: 'a.socket', code: '[Socket]\nListenStream=80\n' },
    { name: 'a target has [Unit] and [Install]', path: 'a.target', code: '[Unit]\nDescription=x\n[Install]\nWantedBy=multi-user.target\n' },
    { name: 'drop-in of a timer', path: 'a.timer.d/override.conf', code: '[Timer]\nOnCalendar=daily\n' },
    { name: 'D-Bus activation file is not a unit', path: 'dbus/org.example.Foo.service', code: '[D-BUS Service]\nName=org.example.Foo\nExec=/bin/false\n' },
  ],
  invalid: [
    {
      name: 'trailing blank inside the brackets',
      code: '[Service ]\nExecStart=/bin/true\n',
      errors: [{ messageId: 'typo', line: 1, column: 1, endLine: 1, endColumn: 11, severity: 'error' }],
      output: '[Service]\nExecStart=/bin/true\n',
    },
    {
      name: 'typo, CRLF and BOM',
      code: '\uFEFF[Service]\r\nExecStart=/bin/true\r\n[Instal]\r\nWantedBy=multi-user.target\r\n',
      errors: [{ messageId: 'typo', line: 3, column: 1, endLine: 3, endColumn: 9 }],
      output: '\uFEFF[Service]\r\nExecStart=/bin/true\r\n[Install]\r\nWantedBy=multi-user.target\r\n',
    },
    {
      name: 'wrong case',
      code: '[unit]\nDescription=x\n',
      errors: [{ messageId: 'typo', line: 1, column: 1, endLine: 1, endColumn: 7 }],
      output: '[Unit]\nDescription=x\n',
    },
    {
      name: 'a section of another unit type',
      code: '[Service]\nExecStart=/bin/true\n[Socket]\nListenStream=80\n',
      errors: [
        {
          message: 'Unexpected section `[Socket]` in a .service unit, expected one of [Unit], [Service], [Install]: `[Socket]` belongs in a .socket unit, and systemd ignores it here',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 9,
        },
      ],
      output: null,
    },
    {
      name: 'nothing close',
      path: 'a.target',
      code: '[Whatever]\nA=b\n',
      errors: [{ messageId: 'unknown', line: 1, column: 1, endLine: 1, endColumn: 11 }],
      output: null,
    },
  ],
});
