import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\nextra_commands="checkconfig"\nextra_started_commands="reload"\ncheckconfig() {\n\t:\n}\nreload() {\n\t:\n}\n',
    { name: 'expansions are not read', code: '#!/sbin/openrc-run\nextra_commands="${extra_commands} checkconfig"\ncheckconfig() { :; }\n' },
    { name: 'reload is built in under s6', code: '#!/sbin/openrc-run\nsupervisor=s6\nextra_started_commands="reload"\n' },
    { name: 'the default functions', code: '#!/sbin/openrc-run\nextra_commands="status describe"\n' },
  ],
  invalid: [
    {
      code: '#!/sbin/openrc-run\nextra_commands="checkconfig"\nextra_stopped_commands="setup"\nextra_started_commands="reload"\nreload() {\n\t:\n}\n',
      errors: [
        {
          message: 'Unexpected `checkconfig` in extra_commands without a function `checkconfig()`: `rc-service … checkconfig` fails, define it or remove the name',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 28,
          severity: 'error',
        },
        { messageId: 'undefined', line: 3, column: 25, endLine: 3, endColumn: 30 },
      ],
      output: null,
    },
    {
      name: 'reload listed, none written (a real Yocto script)',
      code: '#!/sbin/openrc-run\nextra_started_commands="reload"\ncommand="/usr/sbin/tcf-agent"\n',
      errors: [{ messageId: 'undefined', line: 2, column: 25, endLine: 2, endColumn: 31 }],
      output: null,
    },
  ],
});
