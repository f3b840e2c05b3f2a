import rule from './index.js';
import { testRule } from '../../../testing/rule-tester.js';
import { LSB_HEADER } from '../test-fixtures.js';

const HEADER = LSB_HEADER;

testRule(rule, {
  valid: [
    `${HEADER}[ -r /etc/default/foo ] && . /etc/default/foo
`,
    {
      name: '[ ! -f X ] || . X (squid)',
      code: `${HEADER}[ ! -f /etc/default/foo ] || . /etc/default/foo
`,
    },
    {
      name: 'if test -f … then',
      code: `${HEADER}if [ -f /etc/default/foo ]; then
  . /etc/default/foo
fi
`,
    },
    {
      name: 'a test through a variable',
      code: `${HEADER}DEFAULTS=/etc/default/foo
test -r "$DEFAULTS" && . "$DEFAULTS"
`,
    },
    {
      name: 'not a defaults file',
      code: `${HEADER}. /lib/lsb/init-functions
`,
    },
  ],
  invalid: [
    {
      name: 'plain source of /etc/default',
      code: `${HEADER}. /etc/default/foo
`,
      errors: [
        {
          message: 'Unexpected `. /etc/default/foo` without a test: the script dies when the file is missing; use `[ -r /etc/default/foo ] && . /etc/default/foo` instead',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 19,
          severity: 'warning',
        },
      ],
      output: `${HEADER}[ -r /etc/default/foo ] && . /etc/default/foo
`,
    },
    {
      name: 'through a variable, /etc/sysconfig, inside a function; CRLF',
      code: `${HEADER}CONF="/etc/sysconfig/foo"\r\nload() {\r\n  . "$CONF"\r\n}\r\n`,
      errors: [{ messageId: 'untested', line: 12, column: 3, endLine: 12, endColumn: 12 }],
      output: `${HEADER}CONF="/etc/sysconfig/foo"\r\nload() {\r\n  [ -r "$CONF" ] && . "$CONF"\r\n}\r\n`,
    },
  ],
});
