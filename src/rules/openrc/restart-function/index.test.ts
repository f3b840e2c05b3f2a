import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\nstop_pre() {\n\t[ "$RC_CMD" = restart ] && sleep 1\n\treturn 0\n}\n',
    { name: 'a function that only calls restart', code: '#!/sbin/openrc-run\nreload() {\n\trestart\n}\n' },
  ],
  invalid: [
    {
      code: '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\n\nrestart() {\n\tstop\n\tstart\n}\n\nreload() {\n\t:\n}\n',
      errors: [{ messageId: 'restart', line: 4, column: 1, endLine: 4, endColumn: 8, severity: 'error' }],
      output: '#!/sbin/openrc-run\ncommand="/usr/bin/foo"\n\nreload() {\n\t:\n}\n',
    },
    {
      name: 'last in the file, CRLF',
      code: '#!/sbin/openrc-run\r\ncommand="/usr/bin/foo"\r\n\r\nrestart() { stop; start; }\r\n',
      errors: [{ messageId: 'restart', line: 4, column: 1, endLine: 4, endColumn: 8 }],
      output: '#!/sbin/openrc-run\r\ncommand="/usr/bin/foo"\r\n',
    },
  ],
});
