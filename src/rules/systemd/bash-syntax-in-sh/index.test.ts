import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    "[Service]\nExecStart=/bin/sh -c 'if [ -f /etc/foo ]; then exec /usr/bin/foo; fi'\n",
    { name: 'bash runs it', code: "[Service]\nExecStart=/bin/bash -c '[[ -f /etc/foo ]] && exec /usr/bin/foo'\n" },
    { name: 'the bashism is only text in single quotes', code: '[Service]\nExecStartPre=/bin/sh -c "echo \'[[ x ]]\'"\nExecStart=/usr/bin/foo\n' },
    { name: "systemd's $$ is one $ to the shell: $$$$ is the shell's PID, not ${!…}", code: "[Service]\nExecStart=/bin/sh -c 'echo $$$$ > /run/%i.pid; exec /usr/bin/foo'\n" },
  ],
  invalid: [
    {
      name: 'bash syntax ([[) inside sh -c',
      code: "[Service]\nExecStart=/bin/sh -c '[[ -f /etc/foo ]] && exec /usr/bin/foo'\n",
      errors: [
        {
          message: 'Unexpected `[[` in a `sh -c` script: /bin/sh is dash or busybox ash on many systems and refuses it; run it with /bin/bash, or write it in POSIX sh',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 25,
          severity: 'error',
        },
      ],
      output: "[Service]\nExecStart=/bin/bash -c '[[ -f /etc/foo ]] && exec /usr/bin/foo'\n",
    },
    {
      name: 'source in ExecStartPre=',
      code: '[Service]\nExecStartPre=/bin/sh -c "source /etc/default/foo; /usr/bin/foo-setup"\nExecStart=/usr/bin/foo\n',
      errors: [{ messageId: 'bashism', line: 2, column: 26, endLine: 2, endColumn: 32 }],
      output: '[Service]\nExecStartPre=/bin/bash -c "source /etc/default/foo; /usr/bin/foo-setup"\nExecStart=/usr/bin/foo\n',
    },
    {
      name: '== in [ ], after escaped quotes and a continuation line, at its place in the file',
      code: '[Service]\nExecStart=/bin/sh -c "echo \\"%i\\"; \\\n  [ \\"$$1\\" == start ] && exec /usr/bin/foo"\n',
      errors: [
        {
          message: 'Unexpected `==` in a `sh -c` script: /bin/sh is dash or busybox ash on many systems and refuses it; run it with /bin/bash, or write it in POSIX sh',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 15,
        },
      ],
      output: '[Service]\nExecStart=/bin/bash -c "echo \\"%i\\"; \\\n  [ \\"$$1\\" == start ] && exec /usr/bin/foo"\n',
    },
    {
      name: '&> redirection in dash -c',
      code: "[Service]\nExecStartPre=/usr/bin/dash -c '/usr/bin/foo --check &>/dev/null'\nExecStart=/usr/bin/foo\n",
      errors: [
        {
          message: 'Unexpected `&>` in a `dash -c` script: /bin/sh is dash or busybox ash on many systems and refuses it; run it with /bin/bash, or write it in POSIX sh',
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 55,
        },
      ],
      output: "[Service]\nExecStartPre=/bin/bash -c '/usr/bin/foo --check &>/dev/null'\nExecStart=/usr/bin/foo\n",
    },
  ],
});
