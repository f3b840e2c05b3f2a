import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    // issue 11 corpus review: Debian's rsync.service runs the rsync server.
    { name: 'rsync --daemon is a server', code: '[Unit]\nAfter=network.target\n[Service]\nExecStart=/usr/bin/rsync --daemon --no-detach\n' },
    '[Unit]\nWants=network-online.target\nAfter=network-online.target\n[Service]\nExecStart=/usr/bin/curl -fsS https://example.org/ping\n',
    { name: 'a server needs only the stack', code: '[Unit]\nAfter=network.target\n[Service]\nExecStart=/usr/sbin/sshd -D\n' },
    { name: 'a local URL is no client', code: '[Unit]\nAfter=network.target\n[Service]\nExecStart=/usr/bin/foo --socket unix:///run/foo.sock\n' },
    { name: 'no network ordering at all', code: '[Service]\nExecStart=/usr/bin/rsync -a /a /b\n' },
  ],
  invalid: [
    {
      name: 'curl after network.target',
      code: '[Unit]\nAfter=network.target\n[Service]\nType=oneshot\nExecStart=/usr/bin/curl -fsS https://example.org/ping\n',
      errors: [
        {
          message:
            'Unexpected `After=network.target` as the only network ordering of a client (it runs `curl`): network.target does not mean the network is configured; add `Wants=network-online.target` and `After=network-online.target`',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 21,
          severity: 'info',
        },
      ],
      output: '[Unit]\nAfter=network.target\nWants=network-online.target\nAfter=network-online.target\n[Service]\nType=oneshot\nExecStart=/usr/bin/curl -fsS https://example.org/ping\n',
    },
    {
      name: 'URL in a shell wrapper, CRLF and BOM',
      code: '\uFEFF[Unit]\r\nAfter=syslog.target network.target\r\n[Service]\r\nExecStart=/bin/sh -c "exec /opt/agent --server wss://hub.example.org"\r\n',
      errors: [{ messageId: 'networkTarget', line: 2, column: 21, endLine: 2, endColumn: 35 }],
      output:
        '\uFEFF[Unit]\r\nAfter=syslog.target network.target\r\nWants=network-online.target\r\nAfter=network-online.target\r\n[Service]\r\nExecStart=/bin/sh -c "exec /opt/agent --server wss://hub.example.org"\r\n',
    },
    {
      name: 'After=network-online.target without Wants',
      code: '[Unit]\nAfter=network-online.target\n[Service]\nExecStart=/usr/bin/git pull\n',
      errors: [{ messageId: 'notPulled', line: 2, column: 7, endLine: 2, endColumn: 28 }],
      output: '[Unit]\nAfter=network-online.target\nWants=network-online.target\n[Service]\nExecStart=/usr/bin/git pull\n',
    },
  ],
});
