import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: ['#!/sbin/openrc-run\nextra_commands="checkconfig"\nextra_started_commands="reload"\n', { name: 'reloading something else', code: '#!/sbin/openrc-run\nextra_commands="reload_certs"\n' }],
  invalid: [
    {
      name: 'the only extra command: renamed list',
      code: '#!/sbin/openrc-run\nextra_commands="reload"\n',
      errors: [{ messageId: 'reload', line: 2, column: 17, endLine: 2, endColumn: 23, severity: 'warning' }],
      output: '#!/sbin/openrc-run\nextra_started_commands="reload"\n',
    },
    {
      name: 'with another command: a new list after it',
      code: '#!/sbin/openrc-run\nextra_commands="checkconfig reload"\ncommand=/usr/bin/foo\n',
      errors: [{ messageId: 'reload', line: 2, column: 29, endLine: 2, endColumn: 35 }],
      output: '#!/sbin/openrc-run\nextra_commands="checkconfig"\nextra_started_commands="reload"\ncommand=/usr/bin/foo\n',
    },
    {
      name: 'an existing extra_started_commands, CRLF',
      code: '#!/sbin/openrc-run\r\nextra_commands="reload checkconfig"\r\nextra_started_commands="rotate"\r\n',
      errors: [{ messageId: 'reload', line: 2, column: 17, endLine: 2, endColumn: 23 }],
      output: '#!/sbin/openrc-run\r\nextra_commands="checkconfig"\r\nextra_started_commands="rotate reload"\r\n',
    },
    {
      name: 'alone, with an existing extra_started_commands',
      code: "#!/sbin/openrc-run\nextra_commands=reload\nextra_started_commands='rotate'\n",
      errors: [{ messageId: 'reload', line: 2, column: 16, endLine: 2, endColumn: 22 }],
      output: "#!/sbin/openrc-run\nextra_started_commands='rotate reload'\n",
    },
  ],
});
