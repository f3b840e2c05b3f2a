import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\npidfile="/run/${RC_SVCNAME}.pid"\ncommand_user="foo:foo"\n',
    // The corpus' podman user service: its own run directory under XDG_RUNTIME_DIR.
    {
      name: 'a user service',
      path: 'files/api.user.initd',
      code: '#!/sbin/openrc-run\nRUN_PATH="${XDG_RUNTIME_DIR}/api"\npidfile="${RUN_PATH}/${RC_SVCNAME}.pid"\nstart_pre() {\n\tcheckpath -o $USER -d "${RUN_PATH}"\n}\n',
    },
    // Holdout review (saned, freeradius): an owner that defaults to root hands nothing over unless conf.d says so.
    {
      name: 'an owner that defaults to root, conf.d not in the run',
      path: 'init.d/radius',
      code: '#!/sbin/openrc-run\npidfile=/run/radius/radius.pid\nstart_pre() {\n\tcheckpath -d -o "${RADIUS_USER:-root}:${RADIUS_GROUP:-root}" /run/radius\n}\n',
    },
    {
      name: 'root keeps the PID file directory',
      code: '#!/sbin/openrc-run\npidfile=/run/foo/foo.pid\nstart_pre() {\n\tcheckpath --directory --owner root:root --mode 0755 /run/foo\n}\n',
    },
    {
      name: 'another directory is handed over',
      code: '#!/sbin/openrc-run\npidfile=/run/foo.pid\nstart_pre() {\n\tcheckpath --directory --owner foo:foo /var/lib/foo\n}\n',
    },
  ],
  invalid: [
    {
      // The corpus' puppetmaster: the directory from conf.d, handed over under the same name.
      name: 'a PID directory from a conf.d variable, given away under that variable',
      path: 'files/master.init',
      code: '#!/sbin/openrc-run\npidfile="${MASTER_PID_DIR}/master.pid"\nstart_pre() {\n\tcheckpath --directory --owner puppet:puppet "${MASTER_PID_DIR}"\n}\n',
      others: [{ path: 'files/master.confd', text: 'MASTER_PID_DIR="/run/puppet"\n' }],
      errors: [{ messageId: 'owned', line: 4, column: 2, endLine: 4, endColumn: 65 }],
    },
    {
      name: 'an owner that defaults to root, set to a user by conf.d',
      path: 'init.d/radius',
      code: '#!/sbin/openrc-run\npidfile=/run/radius/radius.pid\nstart_pre() {\n\tcheckpath -d -o "${RADIUS_USER:-root}:${RADIUS_GROUP:-root}" /run/radius\n}\n',
      others: [{ path: 'conf.d/radius', text: 'RADIUS_USER=radius\nRADIUS_GROUP=radius\n' }],
      errors: [{ messageId: 'owned', line: 4, column: 2, endLine: 4, endColumn: 74 }],
    },
    {
      name: 'the same, the conf.d file under its packaging name next to the script',
      path: 'files/radius.initd',
      code: '#!/sbin/openrc-run\npidfile=/run/radius/radius.pid\nstart_pre() {\n\tcheckpath -d -o "${RADIUS_USER:-root}:${RADIUS_GROUP:-root}" /run/radius\n}\n',
      others: [{ path: 'files/radius.confd', text: 'RADIUS_USER=radius\nRADIUS_GROUP=radius\n' }],
      errors: [{ messageId: 'owned', line: 4, column: 2, endLine: 4, endColumn: 74 }],
    },
    {
      // issue 11 item 8: the message printed `${pidfile:-"/run/${SVCNAME}` (the default cut at its first `}`).
      name: 'message cut in half: a quoted default holding ${SVCNAME} is shown whole',
      code: '#!/sbin/openrc-run\npidfile="${pidfile:-"/run/${SVCNAME}/foo.pid"}"\nstart_pre() {\n\tcheckpath -d -o foo "/run/${SVCNAME}"\n}\n',
      errors: [
        {
          message:
            'Unexpected `checkpath` giving /run/${SVCNAME}, the PID file\'s directory, to `foo`: that user can make root signal any process, keep the PID file in a root-owned directory (pidfile="/run/${RC_SVCNAME}.pid")',
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 39,
        },
      ],
      output: '#!/sbin/openrc-run\npidfile="/run/${RC_SVCNAME}.pid"\n',
    },
    {
      name: "the guide's BAD example",
      code: '#!/sbin/openrc-run\npidfile="/var/run/foo/foo.pid"\n\nstart_pre() {\n\tcheckpath --directory --mode 0700 --owner foo:foo "/var/run/foo"\n}\n',
      errors: [
        {
          message:
            'Unexpected `checkpath` giving /var/run/foo, the PID file\'s directory, to `foo:foo`: that user can make root signal any process, keep the PID file in a root-owned directory (pidfile="/run/${RC_SVCNAME}.pid")',
          line: 5,
          column: 2,
          endLine: 5,
          endColumn: 66,
          severity: 'error',
        },
      ],
      output: '#!/sbin/openrc-run\npidfile="/run/${RC_SVCNAME}.pid"\n',
    },
    {
      name: 'pidfile default from conf.d, checkpath -o on ${pidfile%/*} among other work, CRLF',
      code: '#!/sbin/openrc-run\r\npidfile="${FOO_PIDFILE:-/run/foo/foo.pid}"\r\nstart_pre() {\r\n\tcheckpath -d -o foo "${pidfile%/*}"\r\n\tcheckpath -f -o foo /var/log/foo.log\r\n}\r\n',
      errors: [{ messageId: 'owned', line: 4, column: 2, endLine: 4, endColumn: 37 }],
      output: '#!/sbin/openrc-run\r\npidfile="/run/${RC_SVCNAME}.pid"\r\nstart_pre() {\r\n\tcheckpath -f -o foo /var/log/foo.log\r\n}\r\n',
    },
    {
      name: 'start-stop-daemon --pidfile and chown',
      code: '#!/sbin/openrc-run\nstart() {\n\tmkdir -p /run/foo\n\tchown foo /run/foo\n\tstart-stop-daemon --start --exec /usr/bin/foo --pidfile /run/foo/foo.pid\n}\n',
      errors: [{ messageId: 'owned', line: 4, column: 2, endLine: 4, endColumn: 20 }],
      output: '#!/sbin/openrc-run\nstart() {\n\tmkdir -p /run/foo\n\tstart-stop-daemon --start --exec /usr/bin/foo --pidfile "/run/${RC_SVCNAME}.pid"\n}\n',
    },
    {
      name: 'a world-writable directory',
      code: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\npidfile=/tmp/foo.pid\n',
      errors: [
        {
          message: 'Unexpected PID file in /tmp, a directory other users can write: they can make root signal any process, use pidfile="/run/${RC_SVCNAME}.pid" instead',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 21,
        },
      ],
      output: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\npidfile="/run/${RC_SVCNAME}.pid"\n',
    },
  ],
});
