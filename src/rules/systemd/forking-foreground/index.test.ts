import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nType=forking\nPIDFile=/run/nginx.pid\nExecStart=/usr/sbin/nginx\n',
    // issue 11 item 7: OpenBGPD's bgpd forks by default; Quagga's stays in the foreground. Unknown without a hint.
    { name: 'daemon facts keyed by basename: OpenBGPD bgpd is not Quagga bgpd', path: 'openbgpd.service', code: '[Service]\nType=forking\nExecStart=/usr/sbin/bgpd\n' },
    { name: 'daemon facts keyed by basename: a shared basename with no package hint is unknown', path: 'bgpd.service', code: '[Service]\nType=forking\nExecStart=/usr/sbin/bgpd\n' },
    { name: 'bgpd -f names a config file', code: '[Service]\nType=forking\nPIDFile=/run/bgpd.pid\nExecStart=/usr/sbin/bgpd -d -f /etc/quagga/bgpd.conf\n' },
    { name: 'unknown programs never fire', code: '[Service]\nType=forking\nExecStart=/opt/x/bin/xd -f\n' },
    { name: 'the shell backgrounds it', code: "[Service]\nType=forking\nExecStart=/bin/sh -c '/usr/sbin/sshd -D &'\n" },
    { name: 'not forking', code: '[Service]\nExecStart=/usr/sbin/sshd -D\n' },
    { name: 'lone drop-in: type unknown', path: 'ssh.service.d/x.conf', code: '[Service]\nExecStart=\nExecStart=/usr/sbin/sshd -D\n' },
  ],
  invalid: [
    {
      code: '[Service]\nType=forking\nPIDFile=/run/nginx.pid\nExecStart=/usr/sbin/nginx -g "daemon off;"\nExecReload=/usr/sbin/nginx -s reload\n',
      errors: [
        {
          message:
            'Unexpected `Type=forking` for `nginx -g "daemon off;"`, which stays in the foreground (systemd waits for the start process to exit, times out and kills it), expected `Type=simple`',
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 43,
          severity: 'error',
        },
      ],
      output: '[Service]\nType=simple\nExecStart=/usr/sbin/nginx -g "daemon off;"\nExecReload=/usr/sbin/nginx -s reload\n',
    },
    {
      name: 'the ossec story: -f keeps ossec daemons in the foreground; template, CRLF and BOM',
      path: 'ossec@.service',
      code: '\uFEFF[Service]\r\nType=forking\r\nExecStart=/usr/bin/env /var/ossec/bin/%p-%i -f\r\n',
      errors: [{ messageId: 'flag', line: 3, column: 45, endLine: 3, endColumn: 47 }],
      output: '\uFEFF[Service]\r\nType=simple\r\nExecStart=/usr/bin/env /var/ossec/bin/%p-%i -f\r\n',
    },
    {
      name: 'last command of a shell wrapper: exec added too',
      code: "[Service]\nType=forking\nExecStart=/bin/sh -c 'ulimit -n 9; /usr/sbin/sshd -D'\n",
      errors: [{ messageId: 'flag', line: 3, column: 51, endLine: 3, endColumn: 53 }],
      output: "[Service]\nType=simple\nExecStart=/bin/sh -c 'ulimit -n 9; exec /usr/sbin/sshd -D'\n",
    },
    {
      name: 'foreground by default',
      code: '[Service]\nType=forking\nExecStart=/usr/lib/postgresql/15/bin/postgres \\\n  -D /var/lib/postgresql/15/main\n',
      errors: [{ messageId: 'default', line: 3, column: 11, endLine: 3, endColumn: 46 }],
      output: '[Service]\nType=simple\nExecStart=/usr/lib/postgresql/15/bin/postgres \\\n  -D /var/lib/postgresql/15/main\n',
    },
    {
      name: 'Type= in the unit, command in the drop-in: no fix here',
      path: 'redis.service.d/fg.conf',
      code: '[Service]\nExecStart=\nExecStart=/usr/bin/redis-server /etc/redis.conf --daemonize no\n',
      others: [{ path: 'redis.service', text: '[Service]\nType=forking\nPIDFile=/run/redis.pid\nExecStart=/usr/bin/redis-server /etc/redis.conf\n' }],
      errors: [{ messageId: 'flag', line: 3, column: 49, endLine: 3, endColumn: 63 }],
      output: null,
    },
  ],
});
