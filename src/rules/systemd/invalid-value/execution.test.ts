// systemd/invalid-value on the execution settings (values/execution.ts): Exec*= command lines, …
import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

const svc = (lines: string) => `[Service]\nExecStart=/usr/bin/foo\n${lines}\n`;

testRule(rule, {
  valid: [
    {
      name: 'every prefix systemd reads, alone and combined',
      code: svc(
        'ExecStartPre=-/bin/true\nExecStartPre=@/bin/busybox sh\nExecStartPre=:/bin/echo $X\nExecStartPre=+/bin/true\nExecStartPre=!/bin/true\nExecStartPre=!!/bin/true\nExecStartPre=-:@+/bin/x y\nExecStartPre=|echo hi',
      ),
    },
    { name: 'bare program names (systemd 239 and later search for them)', code: svc('ExecReload=kill -HUP $MAINPID\nExecStop=-true') },
    { name: 'commands separated by a lone `;`, and a literal `\\;`', code: svc('ExecStartPost=/bin/a ; /bin/b x ; -/bin/c\nExecStartPost=/usr/bin/find / -exec ls {} \\;') },
    { name: 'quotes and escapes systemd decodes; an unknown escape is kept (with a warning only)', code: svc('ExecStartPre="/bin/my prog" \'a b\' "c\\"d" \\x41 e\\q\nExecStartPre=\'/bin/true\'') },
    { name: 'specifiers in the path', code: svc('ExecStartPre=%h/bin/x\nExecStartPre=-%p-helper'), path: 'foo.service' },
    { name: 'an empty value resets the list', code: svc('ExecStartPre=') },
    { path: 'foo.socket', code: '[Socket]\nListenStream=80\nExecStartPre=-/bin/mkdir -p /run/foo\nExecStopPost=/bin/rm -f /run/foo\n' },
  ],
  invalid: [
    {
      name: 'a space after the prefixes leaves the path empty',
      code: svc('ExecStartPre=- /bin/true'),
      errors: [
        {
          messageId: 'invalid',
          message: 'Empty path in command line, ignoring: `-` (systemd ignores `ExecStartPre=`), expected a command after the prefixes, with no space between them',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 15,
        },
      ],
      output: svc('ExecStartPre=-/bin/true'),
    },
    {
      name: 'prefixes systemd does not combine: a doubled `-`, `+` with `!`, a third `!`',
      code: svc('ExecStartPre=--/bin/true\nExecStartPre=+!/bin/true\nExecStartPre=!!!/bin/true\nExecStartPre=!+/bin/true'),
      errors: [
        {
          messageId: 'invalid',
          message:
            'Neither a valid executable name nor an absolute path, ignoring: `--/bin/true` (systemd ignores `ExecStartPre=`), expected each prefix `-`, `@`, `:`, `+`, `!`, `|` at most once (`+`, `!` and `!!` exclude each other), then the command',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 25,
        },
        { messageId: 'invalid', line: 4, column: 14, endLine: 4, endColumn: 25 },
        { messageId: 'invalid', line: 5, column: 14, endLine: 5, endColumn: 26 },
        { messageId: 'invalid', line: 6, column: 14, endLine: 6, endColumn: 25 },
      ],
    },
    {
      name: 'a relative path with a directory, a directory, `.`',
      code: svc('ExecStartPost=bin/foo --now\nExecStartPost=/usr/bin/\nExecStartPost=.'),
      errors: [
        {
          messageId: 'invalid',
          message:
            'Neither a valid executable name nor an absolute path, ignoring: `bin/foo` (systemd ignores `ExecStartPost=`), expected an absolute path such as `/usr/bin/foo`, or a program name without `/`',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 22,
        },
        { messageId: 'invalid', message: /^Executable path specifies a directory, ignoring: `\/usr\/bin\/`/, line: 4, column: 15, endLine: 4, endColumn: 24 },
        { messageId: 'invalid', line: 5, column: 15, endLine: 5, endColumn: 16 },
      ],
    },
    {
      name: '`@` takes the next word as argv[0]: a command of one word has none',
      code: svc('ExecStartPre=/bin/true ; @/bin/sleep'),
      errors: [{ messageId: 'invalid', message: /^Empty executable name or zeroeth argument, ignoring: `@\/bin\/sleep`/, line: 3, column: 26, endLine: 3, endColumn: 37 }],
    },
    {
      name: 'an unterminated quote, from the word that opens it',
      code: svc('ExecStartPre=/bin/echo "hello world\nExecStartPre="/bin/tr\'ue"'),
      errors: [
        {
          messageId: 'invalid',
          message: /^Unbalanced quoting, ignoring: `"hello world` \(systemd ignores `ExecStartPre=`\), expected balanced quotes$/,
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 36,
        },
        { messageId: 'invalid', message: /^Executable path contains special characters, ignoring: `"\/bin\/tr'ue"`/, line: 4, column: 14, endLine: 4, endColumn: 26 },
      ],
    },
  ],
});
