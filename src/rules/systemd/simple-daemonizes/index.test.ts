import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nExecStart=/usr/bin/memcached -u nobody\n',
    { name: 'forking is right for it', code: '[Service]\nType=forking\nPIDFile=/run/m.pid\nExecStart=/usr/bin/memcached -d -P /run/m.pid\n' },
    { name: '-d keeps chronyd in the foreground', code: '[Service]\nExecStart=/usr/sbin/chronyd -d\n' },
    { name: 'unknown programs never fire', code: '[Service]\nExecStart=/opt/x/bin/xd --daemon\n' },
    { name: 'an earlier command in the background is fine', code: "[Service]\nExecStart=/bin/sh -c '/usr/bin/helper & exec /usr/bin/x'\n" },
    { name: 'oneshot', code: "[Service]\nType=oneshot\nExecStart=/bin/sh -c '/usr/bin/x &'\n" },
    {
      name: 'Type=notify with PIDFile= (Debian openvpn@.service)',
      path: 'openvpn@.service',
      code: '[Service]\nType=notify\nExecStart=/usr/sbin/openvpn --daemon ovpn-%i --config /etc/openvpn/%i.conf --writepid /run/openvpn/%i.pid\nPIDFile=/run/openvpn/%i.pid\n',
    },
  ],
  invalid: [
    {
      code: '[Service]\nExecStart=/usr/bin/memcached -d -u nobody\n',
      errors: [
        {
          message: 'Unexpected `-d` with `Type=simple` (`memcached` daemonizes: the main process exits and systemd stops the service), expected `memcached` in the foreground',
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 32,
          severity: 'error',
        },
      ],
      output: '[Service]\nExecStart=/usr/bin/memcached -u nobody\n',
    },
    {
      name: 'smbd daemonizes by default: swap in its foreground flag',
      code: '[Service]\nType=notify\nExecStart=/usr/sbin/smbd -D\n',
      errors: [{ messageId: 'flag', line: 3, column: 26, endLine: 3, endColumn: 28 }],
      output: '[Service]\nType=notify\nExecStart=/usr/sbin/smbd -F\n',
    },
    {
      name: 'flag with a value, CRLF and BOM',
      code: '\uFEFF[Service]\r\nType=exec\r\nExecStart=/usr/bin/redis-server /etc/redis.conf --daemonize yes\r\n',
      errors: [{ messageId: 'flag', line: 3, column: 49, endLine: 3, endColumn: 64 }],
      output: '\uFEFF[Service]\r\nType=exec\r\nExecStart=/usr/bin/redis-server /etc/redis.conf --daemonize no\r\n',
    },
    {
      name: 'trailing & of a lone command: unwrapped',
      code: "[Service]\nExecStart=/bin/sh -c '/usr/bin/foo --x &'\n",
      errors: [{ messageId: 'background', line: 2, column: 40, endLine: 2, endColumn: 41 }],
      output: '[Service]\nExecStart=/usr/bin/foo --x\n',
    },
    {
      name: 'trailing & after other commands: exec instead',
      code: '[Service]\nExecStart=/bin/sh -c "cd /srv; foo $OPTS &"\n',
      errors: [{ messageId: 'background', line: 2, column: 42, endLine: 2, endColumn: 43 }],
      output: '[Service]\nExecStart=/bin/sh -c "cd /srv; exec foo $OPTS"\n',
    },
    {
      name: 'daemonize flag inside a wrapper',
      code: "[Service]\nExecStart=/bin/sh -c 'ulimit -n 5; /usr/sbin/php-fpm -D'\n",
      errors: [{ messageId: 'flag', line: 2, column: 54, endLine: 2, endColumn: 56 }],
      output: "[Service]\nExecStart=/bin/sh -c 'ulimit -n 5; exec /usr/sbin/php-fpm -F'\n",
    },
  ],
});
