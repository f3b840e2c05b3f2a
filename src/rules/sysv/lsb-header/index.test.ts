import rule from './index.js';
import { testRule } from '../../../testing/rule-tester.js';

const FULL = `#!/bin/sh
### BEGIN INIT INFO
# Provides:          foo
# Required-Start:    $remote_fs $syslog
# Required-Stop:     $remote_fs $syslog
# Default-Start:     2 3 4 5
# Default-Stop:      0 1 6
# Short-Description: foo daemon
### END INIT INFO
case "$1" in start) /usr/sbin/foo ;; esac
`;

const PARTIAL = `#!/bin/sh
### BEGIN INIT INFO
# Provides:          foo
# Required-Start:    $network
# Default-Start:     2 3 4 5
### END INIT INFO
DESC="Foo monitoring daemon"
case "$1" in start) /usr/sbin/foo ;; esac
`;

testRule(rule, {
  valid: [
    // Holdout review (Debian's ferm): insserv and systemd-sysv-generator match keywords in any case.
    { name: 'a keyword in lower case', code: FULL.replace('Short-Description:', 'short-description:').replace('Default-Stop:', 'DEFAULT-STOP:') },
    // issue 11: scripts for other Unixes' rc systems.
    {
      name: 'an HP-UX packaging script',
      path: 'contrib/hpux-packaging/syslog-ng.init',
      code: '#!/bin/sh\ncase "$1" in\n  start) /opt/syslog-ng/sbin/syslog-ng ;;\n  stop) kill `cat /var/run/syslog-ng.pid` ;;\nesac\n',
    },
    {
      name: 'an AIX script with a partial header',
      path: 'scripts/Aix/nut.init.in',
      code: '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: nut\n### END INIT INFO\ncase "$1" in\n  start) upsd ;;\nesac\n',
    },
    FULL,
    {
      name: 'empty Required-Stop and Default-Stop are deliberate LSB values (openssh-server, cron)',
      code: FULL.replace('0 1 6', '').replace('# Required-Stop:     $remote_fs $syslog', '# Required-Stop:'),
    },
  ],
  invalid: [
    {
      name: 'an empty Short-Description says nothing',
      code: FULL.replace('foo daemon', ''),
      errors: [{ message: "Unexpected LSB header without Short-Description: insserv and systemd's generator need them", line: 2, column: 1, endLine: 2, endColumn: 20 }],
    },
    {
      name: 'missing fields are added before END INIT INFO',
      code: PARTIAL,
      errors: [
        {
          message: "Unexpected LSB header without Required-Stop, Default-Stop, Short-Description: insserv and systemd's generator need them",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 20,
          severity: 'warning',
        },
      ],
      output: PARTIAL.replace(
        '### END INIT INFO',
        `# Required-Stop:     $network
# Default-Stop:      0 1 6
# Short-Description: Foo monitoring daemon
### END INIT INFO`,
      ),
    },
    {
      name: 'an empty field counts as missing but is left for a human',
      code: FULL.replace('# Short-Description: foo daemon', '# Short-Description:'),
      errors: [{ messageId: 'incomplete', line: 2, column: 1, endLine: 2, endColumn: 20 }],
      output: null,
    },
    {
      name: 'a header that is never closed: reported, no fix',
      code: PARTIAL.replace('### END INIT INFO\n', ''),
      errors: [{ messageId: 'incomplete', line: 2, column: 1, endLine: 2, endColumn: 20 }],
      output: null,
    },
    {
      name: 'CRLF',
      code: PARTIAL.replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'incomplete', line: 2, column: 1, endLine: 2, endColumn: 20 }],
      output: PARTIAL.replace(
        '### END INIT INFO',
        `# Required-Stop:     $network
# Default-Stop:      0 1 6
# Short-Description: Foo monitoring daemon
### END INIT INFO`,
      ).replace(/\n/g, '\r\n'),
    },
  ],
});
