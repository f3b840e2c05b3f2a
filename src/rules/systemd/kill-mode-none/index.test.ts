import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: ['[Service]\nExecStart=/usr/bin/foo\nKillMode=mixed\n', '[Service]\nKillMode=process\n'],
  invalid: [
    {
      code: '[Service]\nExecStart=/usr/bin/foo\nKillMode=none\n',
      errors: [{ messageId: 'none', line: 3, column: 10, endLine: 3, endColumn: 14, severity: 'warning' }],
      output: '[Service]\nExecStart=/usr/bin/foo\nKillMode=mixed\n',
    },
    {
      name: 'CRLF and BOM kept',
      code: '\uFEFF[Service]\r\nKillMode = none\r\n',
      errors: [{ messageId: 'none', line: 2, column: 12, endLine: 2, endColumn: 16 }],
      output: '\uFEFF[Service]\r\nKillMode = mixed\r\n',
    },
    {
      name: 'in a drop-in',
      path: 'foo.service.d/kill.conf',
      code: '[Service]\nKillMode=none',
      errors: [{ messageId: 'none', line: 2, column: 10, endLine: 2, endColumn: 14 }],
      output: '[Service]\nKillMode=mixed',
    },
  ],
});
