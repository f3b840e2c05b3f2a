import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/foo \\\n\t\t--pidfile /run/foo.pid\n}\n',
    { name: 'a dash inside an argument', code: '#!/sbin/openrc-run\nstart() {\n\techo --pidfile\n}\n' },
  ],
  invalid: [
    {
      name: 'a multi-line command whose continuation \\ is missing',
      code: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/foo \\\n\t\t--background --make-pidfile\n\t\t--pidfile /run/foo.pid\n}\n',
      errors: [
        {
          message: 'Unexpected command `--pidfile`: the line before it lacks a trailing `\\`, so its options are cut off and `--pidfile` runs as a command; end the line before with ` \\`',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 12,
          severity: 'error',
        },
      ],
      output: '#!/sbin/openrc-run\nstart() {\n\tstart-stop-daemon --start --exec /usr/bin/foo \\\n\t\t--background --make-pidfile \\\n\t\t--pidfile /run/foo.pid\n}\n',
    },
    {
      name: 'in a SysV script, the line above has a comment: no fix',
      path: 'init.d/foo',
      code: '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: foo\n### END INIT INFO\ncase "$1" in\n  start) start-stop-daemon --start --exec /usr/sbin/food # the daemon\n    -- -c /etc/food.conf ;;\nesac\n',
      errors: [{ messageId: 'orphan', line: 7, column: 5, endLine: 7, endColumn: 7 }],
      output: null,
    },
  ],
});
