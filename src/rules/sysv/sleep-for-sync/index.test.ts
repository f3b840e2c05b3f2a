import rule from './index.js';
import { testRule } from '../../../testing/rule-tester.js';
import { LSB_HEADER } from '../test-fixtures.js';

const HEADER = LSB_HEADER;

testRule(rule, {
  valid: [
    // Holdout G (meta-openembedded's collectd.init): a grace period before a loop that polls.
    {
      name: 'sleep before an if that polls',
      code: `${HEADER}do_stop() {
  start-stop-daemon --stop --pidfile /run/foo.pid
  sleep 1
  if kill -0 "$PID" 2>/dev/null; then
    while kill -0 "$PID" 2>/dev/null; do sleep 1; done
  fi
}
case "$1" in stop) do_stop ;; esac
`,
    },
    {
      name: 'sleep before a while that polls',
      code: `${HEADER}case "$1" in
  stop) kill "$PID"; sleep 1
    while kill -0 "$PID" 2>/dev/null; do sleep 1; done ;;
esac
`,
    },
    `${HEADER}case "$1" in
  start) start-stop-daemon --start --exec /usr/sbin/foo ;;
  stop) start-stop-daemon --stop --retry TERM/5 --pidfile /run/foo.pid ;;
esac
`,
    {
      name: 'sleep in an action that neither starts nor stops',
      code: `${HEADER}case "$1" in
  start) /usr/sbin/foo ;;
  status) sleep 1; pidof foo ;;
esac
`,
    },
    {
      name: 'sleep inside a loop that polls for the condition',
      code: `${HEADER}do_stop() {
  kill "$(cat /run/foo.pid)"
  while [ -e /proc/"$(cat /run/foo.pid)" ]; do
    sleep 1
  done
}
case "$1" in stop) do_stop ;; esac
`,
    },
    {
      // Holdout review (PCP's pmproxy): a counted for loop is a poll with a time limit.
      name: 'sleep inside a counted for loop that polls',
      code: `${HEADER}do_stop() {
  kill "$(cat /run/foo.pid)"
  for i in 1 2 3 4 5 6
  do
    sleep 3
    pidof foo >/dev/null || break
  done
  for i in $(seq 10); do sleep 1; [ -e /run/foo.sock ] || break; done
}
case "$1" in stop) do_stop ;; esac
`,
    },
    {
      name: 'sleep 0',
      code: `${HEADER}case "$1" in start) /usr/sbin/foo; sleep 0 ;; esac
`,
    },
  ],
  invalid: [
    {
      name: 'sleep before an if that only checks once is no poll',
      code: `${HEADER}case "$1" in
  stop) kill "$PID"; sleep 1
    if kill -0 "$PID" 2>/dev/null; then kill -9 "$PID"; fi
    while read -r x; do echo "$x"; done < /etc/foo ;;
esac
`,
      errors: [{ messageId: 'sleep', line: 11, column: 22, endLine: 11, endColumn: 29 }],
    },
    {
      // The corpus' memcached: the whole dispatcher runs once per instance.
      name: 'a C-style for loop over instances is no poll',
      code: `${HEADER}for ((i=0; i < 2; i++)); do
case "$1" in
  restart) stop_it; sleep 1; start_it ;;
esac
done
`,
      errors: [{ messageId: 'sleep', line: 12, column: 21, endLine: 12, endColumn: 28 }],
    },
    {
      name: 'a for loop over things is no poll',
      code: `${HEADER}case "$1" in
  start) for d in a b; do /usr/sbin/foo-$d; sleep 2; done ;;
esac
`,
      errors: [{ messageId: 'sleep', line: 11, column: 45, endLine: 11, endColumn: 52 }],
    },
    {
      name: 'sleep between stop and start, and in a called function',
      code: `${HEADER}do_stop() {
  kill "$(cat /run/foo.pid)"
  sleep 2
}
case "$1" in
  start) /usr/sbin/foo ;;
  stop) do_stop ;;
  restart)
    do_stop
    sleep 1
    /usr/sbin/foo
    ;;
esac
`,
      errors: [
        {
          message:
            'Unexpected `sleep 2` in stop: waiting a fixed time races with the process it waits for; wait for the condition itself (a PID file, a socket, `start-stop-daemon --retry`), or let systemd order the units',
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 10,
          severity: 'info',
        },
        { messageId: 'sleep', line: 19, column: 5, endLine: 19, endColumn: 12 },
      ],
      output: null,
    },
    {
      name: 'CRLF',
      code: `${HEADER}case "$1" in\r\n  start) /usr/sbin/foo; sleep 3 ;;\r\nesac\r\n`,
      errors: [{ messageId: 'sleep', line: 11, column: 25, endLine: 11, endColumn: 32 }],
    },
  ],
});
