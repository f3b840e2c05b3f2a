import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: ['[Service]\nType=forking\nPIDFile=/run/foo.pid\n', '[Service]\nPIDFile=/var/lib/foo/foo.pid\n'],
  invalid: [
    {
      code: '[Service]\nType=forking\nPIDFile=/var/run/foo/foo.pid\nExecStart=/usr/sbin/food\n',
      errors: [{ messageId: 'legacy', message: 'PIDFile= under the legacy `/var/run/`: use `/run/foo/foo.pid` instead', line: 3, column: 9, endLine: 3, endColumn: 17, severity: 'warning' }],
      output: '[Service]\nType=forking\nPIDFile=/run/foo/foo.pid\nExecStart=/usr/sbin/food\n',
    },
    {
      name: 'CRLF and BOM kept',
      code: '\uFEFF[Service]\r\nType=forking\r\nPIDFile = /var/run/foo.pid\r\n',
      errors: [{ messageId: 'legacy', line: 3, column: 11, endLine: 3, endColumn: 19 }],
      output: '\uFEFF[Service]\r\nType=forking\r\nPIDFile = /run/foo.pid\r\n',
    },
  ],
});
