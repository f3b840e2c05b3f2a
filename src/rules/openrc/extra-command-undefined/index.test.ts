import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\nextra_commands="checkconfig"\nextra_started_commands="reload"\ncheckconfig() {\n\t:\n}\nreload() {\n\t:\n}\n',
    { name: 'expansions are not read', code: '#!/sbin/openrc-run\nextra_commands="${extra_commands} checkconfig"\ncheckconfig() { :; }\n' },
  ],
  invalid: [
    {
      code: '#!/sbin/openrc-run\nextra_commands="checkconfig"\nextra_stopped_commands="setup"\nextra_started_commands="reload"\nreload() {\n\t:\n}\n',
      errors: [
        { message: 'Unexpected `checkconfig` in extra_commands without a function `checkconfig()`: `rc-service … checkconfig` fails, define it or remove the name', line: 2, column: 17, endLine: 2, endColumn: 28, severity: 'error' },
        { messageId: 'undefined', line: 3, column: 25, endLine: 3, endColumn: 30 },
      ],
      output: null,
    },
  ],
});
