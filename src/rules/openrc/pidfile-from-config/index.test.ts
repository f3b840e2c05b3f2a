import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    // issue 11 item 8
    {
      name: 'pidfile-from-config: PIDFILE assigned at the top of the script itself (it overrides conf.d)',
      code: '#!/sbin/openrc-run\nPIDFILE=/run/foo.pid\npidfile="${PIDFILE}"\n',
      others: [{ path: 'conf.d/foo', text: 'PIDFILE=/var/run/other.pid\n' }],
    },
    { name: 'build-time placeholder ${PV} is no run-time config', code: '#!/sbin/openrc-run\npidfile="/run/foo-${PV}.pid"\n' },
    { name: 'build-time placeholder @VAR@ is no run-time config', code: '#!/sbin/openrc-run\npidfile="@PIDDIR@/${FOO_NAME}.pid"\n' },
    { name: "a user service's XDG_RUNTIME_DIR is the login environment", code: '#!/sbin/openrc-run\npidfile="${XDG_RUNTIME_DIR}/${RC_SVCNAME}.pid"\n' },
    '#!/sbin/openrc-run\npidfile="/run/${RC_SVCNAME}.pid"\n',
    { name: 'built from a variable the script sets', code: '#!/sbin/openrc-run\nrundir=/run/foo\npidfile="${rundir}/foo.pid"\n' },
    { name: 'build-time path', code: '#!/sbin/openrc-run\npidfile="@piddir@/${RC_SVCNAME}.pid"\n' },
    { name: "--pidfile of the script's own pidfile", code: '#!/sbin/openrc-run\npidfile=/run/foo.pid\nreload() {\n\tstart-stop-daemon --signal HUP --pidfile "${pidfile}"\n}\n' },
    {
      name: 'a loop variable is not a conf.d variable',
      code: '#!/sbin/openrc-run\nstart_pre() {\n\tfor x in /run/*.pid; do\n\t\tstart-stop-daemon --test --stop --pidfile "$x" && continue\n\tdone\n}\n',
    },
    { name: 'lower-case names come from the script', code: '#!/sbin/openrc-run\nstop_post() {\n\tlocal p\n\tstart-stop-daemon --stop --pidfile "$p"\n}\n' },
  ],
  invalid: [
    {
      code: '#!/sbin/openrc-run\npidfile="${PIDFILE}"\ncommand="/usr/bin/foo"\n',
      errors: [
        {
          message: 'Unexpected PID file path from the conf.d variable `PIDFILE`: a change while the service runs makes it unstoppable, use pidfile="/run/${RC_SVCNAME}.pid" instead',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 21,
          severity: 'warning',
        },
      ],
      output: '#!/sbin/openrc-run\npidfile="/run/${RC_SVCNAME}.pid"\ncommand="/usr/bin/foo"\n',
    },
    {
      name: 'with a default, and the conf.d file in the run',
      code: '#!/sbin/openrc-run\r\npidfile="${FOO_PIDFILE:-/run/foo.pid}"\r\ncommand_args="-p ${pidfile}"\r\n',
      path: 'init.d/foo',
      others: [{ path: 'conf.d/foo', text: 'FOO_PIDFILE=/run/foo/foo.pid\n' }],
      errors: [{ messageId: 'config', line: 2, column: 9, endLine: 2, endColumn: 39 }],
      output: '#!/sbin/openrc-run\r\npidfile="/run/${RC_SVCNAME}.pid"\r\ncommand_args="-p ${pidfile}"\r\n',
    },
    {
      name: 'the daemon reads the same variable: no fix',
      code: '#!/sbin/openrc-run\npidfile="${PIDFILE}"\ncommand_args="--pid ${PIDFILE}"\n',
      errors: [{ messageId: 'config', line: 2, column: 9, endLine: 2, endColumn: 21 }],
      output: null,
    },
    {
      name: 'start-stop-daemon --pidfile',
      code: '#!/sbin/openrc-run\nreload() {\n\tstart-stop-daemon --signal HUP --pidfile $PIDFILE\n}\n',
      errors: [{ messageId: 'config', line: 3, column: 43, endLine: 3, endColumn: 51 }],
      output: '#!/sbin/openrc-run\nreload() {\n\tstart-stop-daemon --signal HUP --pidfile "/run/${RC_SVCNAME}.pid"\n}\n',
    },
  ],
});
