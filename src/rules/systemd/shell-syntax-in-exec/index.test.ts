import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    "[Service]\nExecStart=/bin/sh -c '/usr/bin/foo | logger'\n",
    { name: 'quoted operators are arguments', code: '[Service]\nExecStart=/usr/bin/grep "a|b" /x\n' },
    { name: 'find -exec ;', code: '[Service]\nType=oneshot\nExecStart=/usr/bin/find /tmp -exec rm {} \\;\n' },
    { name: 'a lone ; separates commands', code: '[Service]\nType=oneshot\nExecStart=/bin/true ; /bin/true\n' },
  ],
  invalid: [
    {
      name: 'redirection: StandardOutput=',
      code: '[Service]\nExecStart=/usr/bin/foo --x > /var/log/foo.log 2>&1\n\n[Install]\nWantedBy=multi-user.target\n',
      errors: [
        {
          message: 'Unexpected shell syntax `>` in `ExecStart=` (no shell runs it: systemd passes it as a literal argument), expected `StandardOutput=file:/var/log/foo.log`',
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 29,
          severity: 'error',
        },
      ],
      output: '[Service]\nExecStart=/usr/bin/foo --x\nStandardOutput=file:/var/log/foo.log\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    {
      name: 'append without 2>&1, CRLF and BOM',
      code: '\uFEFF[Service]\r\nExecStart=/usr/bin/foo >>/var/log/foo.log\r\n',
      errors: [{ messageId: 'syntax', line: 2, column: 24, endLine: 2, endColumn: 42 }],
      output: '\uFEFF[Service]\r\nExecStart=/usr/bin/foo\r\nStandardOutput=append:/var/log/foo.log\r\nStandardError=journal\r\n',
    },
    {
      name: 'input',
      code: '[Service]\nExecStart=/usr/bin/foo < /etc/foo.in\n',
      errors: [{ messageId: 'syntax', line: 2, column: 24, endLine: 2, endColumn: 25 }],
      output: '[Service]\nExecStart=/usr/bin/foo\nStandardInput=file:/etc/foo.in\n',
    },
    {
      name: 'pipeline in a oneshot: wrapped',
      code: '[Service]\nType=oneshot\nExecStart=/usr/bin/foo | /usr/bin/logger -t foo\n',
      errors: [{ messageId: 'syntax', line: 3, column: 24, endLine: 3, endColumn: 25 }],
      output: "[Service]\nType=oneshot\nExecStart=/bin/sh -c '/usr/bin/foo | /usr/bin/logger -t foo'\n",
    },
    {
      name: 'pipeline in a long-running ExecStart: no fix (the shell would stay the main process)',
      code: '[Service]\nExecStart=/usr/bin/foo | /usr/bin/logger -t foo\n',
      errors: [{ messageId: 'syntax', line: 2, column: 24, endLine: 2, endColumn: 25 }],
      output: null,
    },
    {
      name: '&& and $(…), prefixes kept, exec added',
      code: '[Service]\nExecStartPre=-/usr/bin/test -d /x && /bin/mkdir /x\nExecStart=/usr/bin/foo --name $(hostname)\n',
      errors: [
        { messageId: 'syntax', line: 2, column: 35, endLine: 2, endColumn: 37 },
        { messageId: 'syntax', line: 3, column: 31, endLine: 3, endColumn: 42 },
      ],
      output: "[Service]\nExecStartPre=-/bin/sh -c '/usr/bin/test -d /x && exec /bin/mkdir /x'\nExecStart=/bin/sh -c 'exec /usr/bin/foo --name $(hostname)'\n",
    },
    {
      name: 'backticks in a socket unit',
      path: 'foo.socket',
      code: '[Socket]\nListenStream=80\nExecStartPre=/bin/echo `date`\n',
      errors: [{ message: /`…`/, line: 3, column: 24, endLine: 3, endColumn: 30 }],
      output: "[Socket]\nListenStream=80\nExecStartPre=/bin/sh -c 'exec /bin/echo `date`'\n",
    },
    {
      name: 'a trailing & is removed',
      code: '[Service]\nExecStart=/usr/bin/foo --x &\n',
      errors: [
        {
          message: 'Unexpected shell syntax `&` in `ExecStart=` (no shell runs it: systemd passes it as a literal argument), expected no `&` (systemd runs and supervises the command itself)',
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 29,
        },
      ],
      output: '[Service]\nExecStart=/usr/bin/foo --x\n',
    },
  ],
});
