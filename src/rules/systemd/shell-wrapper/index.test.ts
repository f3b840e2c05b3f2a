import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../../linter/index.js';
import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    "[Service]\nExecStart=/bin/sh -c 'exec /usr/bin/foo --bar'\n",
    "[Service]\nExecStart=/bin/sh -c 'cd /srv && exec /usr/bin/foo'\n",
    { name: 'oneshot tasks may use a shell', code: "[Service]\nType=oneshot\nExecStart=/bin/sh -c 'a; b'\n" },
    { name: "forking: a control script is systemd/control-script-wrapper's", code: "[Service]\nType=forking\nExecStart=/bin/sh -c '/var/foo/bin/foo-control start'\n" },
    { name: "forking: the last command exec'd", code: "[Service]\nType=forking\nPIDFile=/run/x.pid\nExecStart=/bin/sh -c 'ulimit -n 4096; exec /usr/sbin/food'\n" },
    { name: 'ExecStartPre is not the main process', code: "[Service]\nExecStartPre=/bin/sh -c 'mkdir -p /run/x'\nExecStart=/usr/bin/x\n" },
    { name: 'loops are left alone', code: "[Service]\nExecStart=/bin/sh -c 'while :; do /usr/bin/x; done'\n" },
    { name: 'a script file, not -c', code: '[Service]\nExecStart=/bin/sh /usr/lib/x/run.sh\n' },
    { name: 'lone drop-in: type unknown', path: 'x.service.d/o.conf', code: "[Service]\nExecStart=\nExecStart=/bin/sh -c '/usr/bin/x'\n" },
    { name: 'sourcing a hook: the shell does the work (Debian ntpsec)', code: "[Service]\nEnvironment=reason=BOUND\nExecStart=/bin/sh -c '. /etc/dhcp/dhclient-exit-hooks.d/ntpsec'\n" },
  ],
  invalid: [
    {
      // issue 11: the readiness seed says an sh -c wrapper matches neither simple nor forking.
      name: 'shell-wrapper silent under Type=forking: now found',
      code: "[Service]\nType=forking\nPIDFile=/run/x.pid\nExecStart=/bin/sh -c '/usr/sbin/food'\n",
      errors: [
        {
          message:
            "Unexpected `sh -c` wrapper whose last command `/usr/sbin/food` is not exec'd with `Type=forking` (the shell, not the daemon, is the process systemd expects to fork and exit, and it guesses the main PID), expected `exec /usr/sbin/food` or no shell",
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 38,
          severity: 'warning',
        },
      ],
      output: '[Service]\nType=forking\nPIDFile=/run/x.pid\nExecStart=/usr/sbin/food\n',
    },
    {
      name: 'one plain command: unwrapped',
      code: '[Service]\nExecStart=/bin/sh -c \'/usr/bin/foo --bar "a b"\'\nExecReload=/bin/kill -HUP $MAINPID\n',
      errors: [
        {
          message:
            "Unexpected `sh -c` wrapper whose last command `/usr/bin/foo` is not exec'd (the shell becomes the main process: $MAINPID and ExecReload= reach the shell, not the daemon), expected `exec /usr/bin/foo` or no shell",
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 48,
          severity: 'warning',
        },
      ],
      output: '[Service]\nExecStart=/usr/bin/foo --bar "a b"\nExecReload=/bin/kill -HUP $MAINPID\n',
    },
    {
      name: 'several commands: exec inserted before the last',
      code: '[Service]\nExecStart=-/usr/bin/env bash -c "cd /srv; FOO=1 foo -x $ARG"\n',
      errors: [{ messageId: 'wrapper', line: 2, column: 25, endLine: 2, endColumn: 61 }],
      output: '[Service]\nExecStart=-/usr/bin/env bash -c "cd /srv; FOO=1 exec foo -x $ARG"\n',
    },
    {
      name: 'continuation lines, CRLF and BOM',
      code: "\uFEFF[Service]\r\nExecStart=/bin/sh -c '. /etc/default/x; \\\r\n  /usr/bin/x $OPTS'\r\n",
      errors: [{ messageId: 'wrapper', line: 2, column: 11, endLine: 3, endColumn: 20 }],
      output: "\uFEFF[Service]\r\nExecStart=/bin/sh -c '. /etc/default/x; \\\r\n  exec /usr/bin/x $OPTS'\r\n",
    },
    {
      name: "a pipeline cannot be exec'd: no fix",
      code: "[Service]\nExecStart=/bin/sh -c '/usr/bin/x | logger'\n",
      errors: [{ messageId: 'wrapper', line: 2, column: 11, endLine: 2, endColumn: 43 }],
      output: null,
    },
    {
      name: 'the daemon is not the last command: no fix',
      code: "[Service]\nExecStart=/bin/sh -c '/usr/bin/x; echo stopped'\n",
      errors: [{ messageId: 'wrapper', line: 2, column: 11, endLine: 2, endColumn: 48 }],
      output: null,
    },
    {
      name: 'template unit',
      path: 'ossec@.service',
      code: "[Service]\nExecStart=/bin/sh -c '/var/ossec/bin/ossec-%i -f'\n",
      errors: [{ messageId: 'wrapper', line: 2, column: 11, endLine: 2, endColumn: 50 }],
      output: '[Service]\nExecStart=/var/ossec/bin/ossec-%i -f\n',
    },
    {
      name: 'drop-in that sets the command, unit in the run',
      path: 'x.service.d/cmd.conf',
      code: "[Service]\nExecStart=\nExecStart=/bin/sh -c 'sleep 1; /usr/bin/x'\n",
      others: [{ path: 'x.service', text: '[Service]\nType=simple\nExecStart=/usr/bin/x\n' }],
      errors: [{ messageId: 'wrapper', line: 3, column: 11, endLine: 3, endColumn: 43 }],
      output: "[Service]\nExecStart=\nExecStart=/bin/sh -c 'sleep 1; exec /usr/bin/x'\n",
    },
  ],
});

describe('systemd/shell-wrapper severity', () => {
  it('is an error with Type=notify', async () => {
    const [result] = await lintFiles([{ path: 'x.service', text: "[Service]\nType=notify\nExecStart=/bin/sh -c 'ulimit -n 4096; /usr/bin/x'\n" }], { rules: [rule] });
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.message.includes('NotifyAccess=main')])).toEqual([['systemd/shell-wrapper', 'error', true]]);
  });
  // Holdout review (ejabberd.service): with NotifyAccess=all the child's READY=1 is accepted, so only
  // the plain wrapper finding (the shell is the main process) stays.
  it('is a warning with Type=notify and NotifyAccess=all', async () => {
    const text = "[Service]\nType=notify\nNotifyAccess=all\nExecStart=/bin/sh -c '/usr/bin/x --foreground'\n";
    const [result] = await lintFiles([{ path: 'x.service', text }], { rules: [rule] });
    expect(result.findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        "Unexpected `sh -c` wrapper whose last command `/usr/bin/x` is not exec'd (the shell becomes the main process: $MAINPID and ExecReload= reach the shell, not the daemon), expected `exec /usr/bin/x` or no shell",
      ],
    ]);
  });
  it('is a warning otherwise', async () => {
    const [result] = await lintFiles([{ path: 'x.service', text: "[Service]\nExecStart=/bin/sh -c 'ulimit -n 4096; /usr/bin/x'\n" }], { rules: [rule] });
    expect(result.findings.map((f) => f.severity)).toEqual(['warning']);
  });
});
