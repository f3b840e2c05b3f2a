import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

const checkconfig = 'checkconfig() {\n\t/usr/bin/foo -t\n}\n';

testRule(rule, {
  valid: [
    `#!/sbin/openrc-run\n${checkconfig}reload() {\n\tcheckconfig || return $?\n\tebegin "Reloading"\n\tstart-stop-daemon --signal HUP --pidfile "\${pidfile}"\n\teend $?\n}\n`,
    { name: 'no checkconfig to call', code: '#!/sbin/openrc-run\nreload() {\n\tstart-stop-daemon --signal HUP --pidfile "${pidfile}"\n}\n' },
    { name: 'reload that sends no signal', code: `#!/sbin/openrc-run\n${checkconfig}reload() {\n\t/usr/bin/foo-ctl reload\n}\n` },
  ],
  invalid: [
    {
      code: `#!/sbin/openrc-run\n${checkconfig}reload() {\n\tebegin "Reloading"\n\tstart-stop-daemon --signal HUP --pidfile "\${pidfile}"\n\teend $?\n}\n`,
      errors: [{ messageId: 'unchecked', line: 5, column: 1, endLine: 5, endColumn: 7, severity: 'warning' }],
      output: `#!/sbin/openrc-run\n${checkconfig}reload() {\n\tcheckconfig || return $?\n\tebegin "Reloading"\n\tstart-stop-daemon --signal HUP --pidfile "\${pidfile}"\n\teend $?\n}\n`,
    },
    {
      name: 'kill, checkconfig only after it, CRLF and spaces',
      code: '#!/sbin/openrc-run\r\ncheckconfig() { :; }\r\nreload() {\r\n    kill -HUP $(cat /run/foo.pid)\r\n    checkconfig\r\n}\r\n',
      errors: [{ messageId: 'unchecked', line: 3, column: 1, endLine: 3, endColumn: 7 }],
      output: '#!/sbin/openrc-run\r\ncheckconfig() { :; }\r\nreload() {\r\n    checkconfig || return $?\r\n    kill -HUP $(cat /run/foo.pid)\r\n    checkconfig\r\n}\r\n',
    },
    {
      name: 'one-line reload: no fix',
      code: `#!/sbin/openrc-run\n${checkconfig}reload() { start-stop-daemon --signal HUP --pidfile "\${pidfile}"; }\n`,
      errors: [{ messageId: 'unchecked', line: 5, column: 1, endLine: 5, endColumn: 7 }],
      output: null,
    },
  ],
});
