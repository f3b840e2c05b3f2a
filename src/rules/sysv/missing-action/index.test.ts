import rule from './index.js';
import { testRule } from '../../../testing/rule-tester.js';
import { LSB_HEADER } from '../test-fixtures.js';

const HEADER = LSB_HEADER;

testRule(rule, {
  valid: [
    `${HEADER}case "$1" in
  start) do_start ;;
  stop) do_stop ;;
  restart|force-reload) do_stop; do_start ;;
  status) status_of_proc /usr/sbin/foo foo ;;
  *) echo "Usage: $0 {start|stop|restart|force-reload|status}" >&2; exit 3 ;;
esac
`,
    {
      name: 'a case on something other than $1',
      code: `${HEADER}case "$2" in
  start) echo ;;
esac
`,
    },
    {
      // issue 11 item 8: LSB's five actions are asked of LSB scripts only.
      name: "missing-action on non-LSB platforms' scripts (no LSB header: AIX, Solaris, BSD)",
      code: '#!/bin/sh\ncase "$1" in\n  start) /usr/sbin/foo ;;\n  stop) kill `cat /var/run/foo.pid` ;;\nesac\n',
      path: 'contrib/solaris/foo.init',
    },
    {
      name: 'no dispatcher at all',
      code: `${HEADER}/usr/sbin/foo
`,
    },
  ],
  invalid: [
    {
      // Holdout review (cloud-init, nut-client, drbd): the main dispatcher, not an earlier or inner `case "$1"`.
      name: "the main dispatcher is judged, not a helper function's nor an early one",
      code: `${HEADER}if [ -n "$UPSTART_JOB" ]; then
  case "$1" in
    stop) exit 0 ;;
    *) exit 1 ;;
  esac
fi
run() {
  case "$1" in
    start) /usr/sbin/foo ;;
  esac
}
case "$1" in
  start) run start ;;
  stop) run stop ;;
  restart|force-reload) run stop; run start ;;
esac
`,
      errors: [{ message: 'Unexpected dispatcher without `status`: an LSB init script must implement start, stop, restart, force-reload and status', line: 21, column: 1, endLine: 21, endColumn: 13 }],
    },
    {
      name: 'force-reload and status missing',
      code: `${HEADER}case "$1" in
  start) do_start ;;
  stop) do_stop ;;
  restart) do_stop; do_start ;;
esac
`,
      errors: [
        {
          message: 'Unexpected dispatcher without `force-reload`, `status`: an LSB init script must implement start, stop, restart, force-reload and status',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 13,
          severity: 'warning',
        },
      ],
      output: null,
    },
    {
      name: 'quoted patterns, CRLF',
      code: `${HEADER}case "\${1}" in\r\n  'start') do_start ;;\r\n  "stop") do_stop ;;\r\nesac\r\n`,
      errors: [{ message: /without `restart`, `force-reload`, `status`/, line: 10, column: 1, endLine: 10, endColumn: 15 }],
    },
  ],
});
