import rule from './index.js';
import { testRule } from '../../../testing/rule-tester.js';
import { LSB_HEADER } from '../test-fixtures.js';

const HEADER = LSB_HEADER;

const STOP = `${HEADER}PIDFILE=/run/foo.pid
case "$1" in
  start) start-stop-daemon --start --pidfile "$PIDFILE" --exec /usr/sbin/foo ;;
  stop) killall -TERM foo ;;
esac
`;

testRule(rule, {
  valid: [
    `${HEADER}PIDFILE=/run/foo.pid
case "$1" in
  stop) start-stop-daemon --stop --pidfile "$PIDFILE" ;;
esac
`,
    {
      name: 'killall outside the stop path',
      code: `${HEADER}case "$1" in
  stop) start-stop-daemon --stop --pidfile /run/foo.pid ;;
  zap) killall foo ;;
esac
`,
    },
    {
      name: 'killall5 signals every process but the omitted ones, on purpose (sendsigs at shutdown)',
      code: `${HEADER}case "$1" in
  stop) killall5 -15 $OMITPIDS ;;
esac
`,
    },
  ],
  invalid: [
    {
      name: 'killall with a signal and a PID file: replaced',
      code: STOP,
      errors: [
        {
          message: "Unexpected `killall -TERM foo` in stop: it kills every process called foo, not only this service's; use `start-stop-daemon --stop --pidfile …` instead",
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 26,
          severity: 'warning',
        },
      ],
      output: STOP.replace('killall -TERM foo', 'start-stop-daemon --stop --quiet --signal TERM --pidfile "$PIDFILE"'),
    },
    {
      name: 'pkill in a stop function, no PID file known: no fix',
      code: `${HEADER}do_stop() {
  pkill -f /usr/sbin/foo
}
case "$1" in
  stop|restart) do_stop ;;
esac
`,
      errors: [{ messageId: 'byName', line: 11, column: 3, endLine: 11, endColumn: 25 }],
      output: null,
    },
    {
      name: 'CRLF',
      code: STOP.replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'byName', line: 13, column: 9, endLine: 13, endColumn: 26 }],
      output: STOP.replace('killall -TERM foo', 'start-stop-daemon --stop --quiet --signal TERM --pidfile "$PIDFILE"').replace(/\n/g, '\r\n'),
    },
  ],
});
