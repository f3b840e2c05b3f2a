import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

const checkconfig = 'checkconfig() {\n\t/usr/bin/foo -t\n}\n';
const startPre = 'start_pre() {\n\tif [ "${RC_CMD}" != "restart" ]; then\n\t\tcheckconfig || return $?\n\tfi\n}\n';
const stopPre = 'stop_pre() {\n\tif [ "${RC_CMD}" = "restart" ]; then\n\t\tcheckconfig || return $?\n\tfi\n}\n';

testRule(rule, {
  valid: [
    `#!/sbin/openrc-run\n${checkconfig}\n${startPre}\n${stopPre}`,
    { name: 'no checkconfig', code: '#!/sbin/openrc-run\ncommand=/usr/bin/foo\n' },
    {
      // issue 11 item 5: a check at the top of stop()/stop_pre() already runs before a restart stops.
      name: 'restart-without-checkconfig: checkconfig || return 1 at the top of stop()',
      code: `#!/sbin/openrc-run\n${checkconfig}start() {\n\tcheckconfig || return 1\n\tstart-stop-daemon --start --exec /usr/bin/foo\n}\nstop() {\n\tcheckconfig || return 1\n\tstart-stop-daemon --stop --exec /usr/bin/foo\n}\n`,
    },
    {
      name: 'restart-without-checkconfig: stop() tests RC_CMD = restart',
      code: `#!/sbin/openrc-run\n${checkconfig}${startPre}stop() {\n\tif [ "\${RC_CMD}" = restart ]; then\n\t\tcheckconfig || return 1\n\tfi\n\tstart-stop-daemon --stop --exec /usr/bin/foo\n}\n`,
    },
    {
      name: 'restart-without-checkconfig: stop_pre checks on every stop',
      code: `#!/sbin/openrc-run\n${checkconfig}${startPre}stop_pre() {\n\tcheckconfig || return 1\n}\n`,
    },
    {
      name: 'restart-without-checkconfig: a checkconfig() that checks nothing (messages and directories only)',
      code: '#!/sbin/openrc-run\ncheckconfig() {\n\teinfo "Using ${CONF}"\n\tcheckpath -d -m 0755 /run/foo\n\treturn 0\n}\nstart_pre() {\n\tcheckconfig || return 1\n}\n',
    },
    {
      name: 'start() checks, stop_pre guards',
      code: `#!/sbin/openrc-run\n${checkconfig}start() {\n\tcheckconfig || return 1\n\tstart-stop-daemon --start --exec /usr/bin/foo\n}\n${stopPre}`,
    },
  ],
  invalid: [
    {
      name: "neither hook: the guide's pair after checkconfig()",
      code: `#!/sbin/openrc-run\n${checkconfig}\nreload() {\n\tcheckconfig || return $?\n}\n`,
      errors: [{ messageId: 'restart', line: 2, column: 1, endLine: 2, endColumn: 12, severity: 'info' }],
      output: `#!/sbin/openrc-run\n${checkconfig}\n${startPre}\n${stopPre}\nreload() {\n\tcheckconfig || return $?\n}\n`,
    },
    {
      name: 'start_pre without the check, no stop_pre, CRLF',
      code: '#!/sbin/openrc-run\r\ncheckconfig() {\r\n\tfoo -t\r\n}\r\nstart_pre() {\r\n\tcheckpath -d /run/foo\r\n}\r\n',
      errors: [{ messageId: 'restart', line: 2, column: 1, endLine: 2, endColumn: 12 }],
      output:
        // issue 12 item 6: a blank line between the inserted stop_pre() and the start_pre() after it.
        '#!/sbin/openrc-run\r\ncheckconfig() {\r\n\tfoo -t\r\n}\r\n\r\nstop_pre() {\r\n\tif [ "${RC_CMD}" = "restart" ]; then\r\n\t\tcheckconfig || return $?\r\n\tfi\r\n}\r\n\r\n' +
        'start_pre() {\r\n\tif [ "${RC_CMD}" != "restart" ]; then\r\n\t\tcheckconfig || return $?\r\n\tfi\r\n\tcheckpath -d /run/foo\r\n}\r\n',
    },
  ],
});
