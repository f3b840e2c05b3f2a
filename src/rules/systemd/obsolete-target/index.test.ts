import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Unit]\nAfter=network.target\n[Service]\nExecStart=/usr/bin/foo\n',
    { name: 'syslog.service is a real unit (the syslog daemon alias)', code: '[Unit]\nAfter=syslog.service\n[Service]\nExecStart=/usr/bin/foo\n' },
  ],
  invalid: [
    {
      name: 'After=syslog.target obsolete, with another target on the line',
      code: '[Unit]\nAfter=syslog.target network.target\n[Service]\nExecStart=/usr/bin/foo\n',
      errors: [
        {
          message: 'Unexpected `After=syslog.target`: the syslog socket is socket-activated from early boot, so every service can log without it; remove it',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 20,
          severity: 'warning',
        },
      ],
      output: '[Unit]\nAfter=network.target\n[Service]\nExecStart=/usr/bin/foo\n',
    },
    {
      name: 'alone on its line: the line goes, CRLF',
      code: '[Unit]\r\nDescription=Foo\r\nAfter=syslog.target\r\n[Service]\r\nExecStart=/usr/bin/foo\r\n',
      errors: [{ messageId: 'obsolete', line: 3, column: 7, endLine: 3, endColumn: 20 }],
      output: '[Unit]\r\nDescription=Foo\r\n[Service]\r\nExecStart=/usr/bin/foo\r\n',
    },
    {
      name: 'Wants= and After= both',
      code: '[Unit]\nWants=syslog.target\nAfter=syslog.target\n[Service]\nExecStart=/usr/bin/foo\n',
      errors: [
        { messageId: 'obsolete', line: 2, column: 7, endLine: 2, endColumn: 20 },
        { messageId: 'obsolete', line: 3, column: 7, endLine: 3, endColumn: 20 },
      ],
      output: '[Unit]\n[Service]\nExecStart=/usr/bin/foo\n',
    },
  ],
});
