import { describe, expect, it } from 'vitest';
import { testRule } from '../../../testing/rule-tester.js';
import rule, { misspeltVariable, OPENRC_VARIABLES } from './index.js';

describe("the variables openrc-run reads (generated from Debian's openrc package)", () => {
  it("holds the guide's and the man page's names, and none of the libraries' working names", () => {
    for (const name of ['command', 'command_args', 'command_background', 'command_user', 'pidfile', 'error_log', 'output_log', 'supervisor', 'respawn_delay']) {
      expect(OPENRC_VARIABLES).toContain(name);
    }
    for (const name of ['start', 'stop', 'shebang', 'value', 'func']) expect(OPENRC_VARIABLES).not.toContain(name);
  });
  it('names the one near miss, and nothing for a far or ambiguous name', () => {
    expect(misspeltVariable('command_backround')).toBe('command_background');
    expect(misspeltVariable('errror_log')).toBe('error_log');
    expect(misspeltVariable('daemon_opts')).toBeUndefined();
    expect(misspeltVariable('command')).toBeUndefined();
  });
});

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\ncommand=/usr/bin/foo\ncommand_background=true\npidfile="/run/${RC_SVCNAME}.pid"\n',
    { name: "the script's own variable, read later", code: '#!/sbin/openrc-run\ncommands="a b"\nstart() {\n\tfor c in ${commands}; do :; done\n}\n' },
    { name: 'far from every openrc-run variable', code: '#!/sbin/openrc-run\nfoo_config=/etc/foo.conf\n' },
    { name: 'inside a function (a local working name)', code: '#!/sbin/openrc-run\nstart_pre() {\n\tpidfiles=1\n}\n' },
    { name: 'rc_* settings', code: '#!/sbin/openrc-run\nrc_ulimit="-n 4096"\n' },
    { name: 'exported for the daemon', code: '#!/sbin/openrc-run\nexport commandd=1\n' },
  ],
  invalid: [
    {
      name: 'misspelt openrc-run variables: command_backround=',
      code: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\ncommand_backround=true\npidfile="/run/${RC_SVCNAME}.pid"\n',
      errors: [
        {
          message: 'Unexpected `command_backround=`: openrc-run reads no such variable and silently ignores it, expected `command_background=`',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          severity: 'warning',
        },
      ],
      output: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\ncommand_background=true\npidfile="/run/${RC_SVCNAME}.pid"\n',
    },
    {
      name: 'misspelt openrc-run variables: errror_log=, CRLF',
      code: '#!/sbin/openrc-run\r\ncommand=/usr/bin/foo\r\nerrror_log=/var/log/foo.err\r\n',
      errors: [{ messageId: 'misspelt', line: 3, column: 1, endLine: 3, endColumn: 11 }],
      output: '#!/sbin/openrc-run\r\ncommand=/usr/bin/foo\r\nerror_log=/var/log/foo.err\r\n',
    },
    {
      name: 'the right name is set too: no fix',
      code: '#!/sbin/openrc-run\ncommand_args="-a"\ncommand_arg="-b"\n',
      errors: [{ messageId: 'misspelt', line: 3, column: 1, endLine: 3, endColumn: 12 }],
      output: null,
    },
  ],
});
