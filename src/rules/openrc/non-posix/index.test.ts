import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\nstart_pre() {\n\tif [ -n "${FOO}" ] && [ "$BAR" = yes ]; then\n\t\t. /etc/foo.env\n\tfi\n}\n',
    { name: 'braces that are no expansion: quoted, ${…}, find -exec {}', code: '#!/sbin/openrc-run\nstart_pre() {\n\techo "/var/{lib,log}" \'{a,b}\' ${FOO:-x,y}\n\tfind /run/foo -exec rm {} +\n}\n' },
  ],
  invalid: [
    {
      // Holdout review (an Artix service script): dash makes a directory named `{lib,log}`.
      name: 'brace expansion in a checkpath argument',
      code: '#!/sbin/openrc-run\nstart_pre() {\n\tcheckpath --directory --owner "$command_user" /var/{lib,log}/foo\n\tfor i in {1..3}; do :; done\n}\n',
      errors: [
        {
          message: 'Unexpected `{a,b}`: openrc-run runs scripts with /bin/sh, use each word written out (`/var/lib/x /var/log/x`) instead',
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 62,
          severity: 'error',
        },
        { messageId: 'construct', line: 4, column: 11, endLine: 4, endColumn: 17 },
      ],
    },
    {
      name: '[[ ]] with a bare variable: quoted in the fix',
      code: '#!/sbin/openrc-run\nstart_pre() {\n\tif [[ -z $FOO_OPTS ]]; then\n\t\treturn 1\n\tfi\n}\n',
      errors: [{ message: 'Unexpected `[[`: openrc-run runs scripts with /bin/sh, use `[ … ]` (quote the variables) instead', line: 3, column: 5, endLine: 3, endColumn: 7, severity: 'error' }],
      output: '#!/sbin/openrc-run\nstart_pre() {\n\tif [ -z "$FOO_OPTS" ]; then\n\t\treturn 1\n\tfi\n}\n',
    },
    {
      name: '== in [ ], source, function keyword, CRLF',
      code: '#!/sbin/openrc-run\r\nfunction checkconfig {\r\n\tsource /etc/foo.env\r\n\t[ "$MODE" == fast ] && return 0\r\n}\r\n',
      errors: [
        { messageId: 'construct', line: 2, column: 1, endLine: 2, endColumn: 9 },
        { messageId: 'construct', line: 3, column: 2, endLine: 3, endColumn: 8 },
        { messageId: 'construct', line: 4, column: 12, endLine: 4, endColumn: 14 },
      ],
      output: '#!/sbin/openrc-run\r\ncheckconfig() {\r\n\t. /etc/foo.env\r\n\t[ "$MODE" = fast ] && return 0\r\n}\r\n',
    },
    {
      name: 'no POSIX rewrite: patterns, arrays, here-strings',
      code: '#!/sbin/openrc-run\nopts=(a b)\nstart_pre() {\n\t[[ $x == foo* ]] && grep -q x <<< "$y"\n}\n',
      errors: [
        { messageId: 'construct', line: 2, column: 1, endLine: 2, endColumn: 11 },
        { messageId: 'construct', line: 4, column: 2, endLine: 4, endColumn: 4 },
        { messageId: 'construct', line: 4, column: 32, endLine: 4, endColumn: 40 },
      ],
      output: null,
    },
  ],
});
