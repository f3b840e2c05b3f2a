import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Unit]\nAfter=a.service\nAfter=b.service\n[Service]\nExecStartPre=/bin/true\nExecStartPre=/bin/true\nEnvironment=A=1\nEnvironment=B=2\nExecStart=/bin/true\n',
    { name: 'reset idiom in a drop-in', path: 'foo.service.d/override.conf', code: '[Service]\nUser=\nUser=bar\n' },
    { name: 'same key in different sections', path: 'a.socket', code: '[Socket]\nDirectoryMode=0755\n[Unit]\nDescription=x\n' },
  ],
  invalid: [
    {
      name: 'User set twice',
      code: '[Service]\nUser=foo\nExecStart=/bin/true\nUser=bar\n',
      errors: [
        { message: 'Unexpected `User=foo`: line 4 sets `User=` again and wins, so this assignment is ignored; remove one of them', line: 2, column: 1, endLine: 2, endColumn: 9, severity: 'warning' },
      ],
      output: '[Service]\nExecStart=/bin/true\nUser=bar\n',
    },
    {
      name: 'across two [Service] sections, CRLF and BOM',
      code: '\uFEFF[Service]\r\nType=simple\r\nExecStart=/bin/true\r\n[Service]\r\nType=oneshot\r\n',
      errors: [{ messageId: 'duplicate', line: 2, column: 1, endLine: 2, endColumn: 12 }],
      output: '\uFEFF[Service]\r\nExecStart=/bin/true\r\n[Service]\r\nType=oneshot\r\n',
    },
    {
      name: 'three times: the first two are ignored',
      code: '[Unit]\nDescription=a\nDescription=b\nDescription=c\n',
      errors: [
        { messageId: 'duplicate', line: 2, column: 1, endLine: 2, endColumn: 14 },
        { messageId: 'duplicate', line: 3, column: 1, endLine: 3, endColumn: 14 },
      ],
      output: '[Unit]\nDescription=c\n',
    },
  ],
});
