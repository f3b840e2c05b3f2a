import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nType=forking\nPIDFile=/run/foo.pid\nExecStart=/usr/sbin/food\n',
    '[Service]\nExecStart=/usr/sbin/food -f\n',
    { name: 'drop-ins are partial', path: 'foo.service.d/t.conf', code: '[Service]\nType=forking\n' },
    {
      name: 'PIDFile= in a drop-in of the run',
      path: 'foo.service',
      code: '[Service]\nType=forking\nExecStart=/usr/sbin/food\n',
      others: [{ path: 'foo.service.d/pid.conf', text: '[Service]\nPIDFile=/run/food.pid\n' }],
    },
    {
      name: 'GuessMainPID=no: nothing to track on purpose (rc-local.service)',
      code: '[Service]\nType=forking\nExecStart=/etc/rc.local start\nTimeoutSec=0\nRemainAfterExit=yes\nGuessMainPID=no\n',
    },
  ],
  invalid: [
    {
      code: '[Service]\nType=forking\nExecStart=/usr/sbin/food\n',
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 13, severity: 'warning' }],
      output: null,
    },
    {
      name: "names the daemon's pidfile option",
      code: '[Service]\nType=forking\nExecStart=/usr/bin/memcached -d -u nobody\n',
      errors: [
        {
          message: 'Unexpected `Type=forking` without `PIDFile=` (systemd must guess the main PID), expected `PIDFile=/run/…` naming the file memcached writes (set with -P)',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 13,
        },
      ],
    },
  ],
});
