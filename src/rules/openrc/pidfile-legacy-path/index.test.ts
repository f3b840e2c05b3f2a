import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../../linter/index.js';
import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '#!/sbin/openrc-run\npidfile="/run/${RC_SVCNAME}.pid"\n',
    // issue 11 item 8: on FreeBSD/NetBSD /var/run is the place and /run does not exist.
    { name: '/var/run in BSD-only OpenRC scripts: under /usr/local/etc/rc.d', code: '#!/sbin/openrc-run\npidfile="/var/run/foo.pid"\n', path: 'usr/local/etc/rc.d/foo' },
    { name: '/var/run in BSD-only OpenRC scripts: sources /etc/rc.subr', code: '#!/sbin/openrc-run\n. /etc/rc.subr\npidfile="/var/run/foo.pid"\n' },
    { name: '/var/run in BSD-only OpenRC scripts: rcvar=', code: '#!/sbin/openrc-run\nrcvar=foo_enable\npidfile="/var/run/foo.pid"\n' },
    { name: 'under ${RC_PREFIX}: a Gentoo Prefix tree has its own var/run', code: '#!/sbin/openrc-run\npidfile="${RC_PREFIX}/var/run/dhcpcd/pid"\n' },
    { name: 'other /var paths', code: '#!/sbin/openrc-run\npidfile="/var/lib/foo/foo.pid"\n' },
  ],
  invalid: [
    {
      code: '#!/sbin/openrc-run\npidfile="/var/run/${RC_SVCNAME}.pid"\n',
      errors: [{ messageId: 'legacy', line: 2, column: 10, endLine: 2, endColumn: 18, severity: 'info' }],
      output: '#!/sbin/openrc-run\npidfile="/run/${RC_SVCNAME}.pid"\n',
    },
    {
      name: 'start-stop-daemon --pidfile and a conf.d default, CRLF',
      code: '#!/sbin/openrc-run\r\npidfile=${FOO_PID:-/var/run/foo.pid}\r\nreload() {\r\n\tstart-stop-daemon --signal HUP --pidfile=/var/run/foo.pid\r\n}\r\n',
      errors: [
        { messageId: 'legacy', line: 2, column: 20, endLine: 2, endColumn: 28 },
        { messageId: 'legacy', line: 4, column: 43, endLine: 4, endColumn: 51 },
      ],
      output: '#!/sbin/openrc-run\r\npidfile=${FOO_PID:-/run/foo.pid}\r\nreload() {\r\n\tstart-stop-daemon --signal HUP --pidfile=/run/foo.pid\r\n}\r\n',
    },
  ],
});

describe('openrc/pidfile-legacy-path fix applicability', () => {
  it('is safe on a Linux script, unsafe on one that picks its behaviour by $RC_UNAME', async () => {
    const linux = '#!/sbin/openrc-run\npidfile="/var/run/foo.pid"\n';
    const both = '#!/sbin/openrc-run\nif [ "$RC_UNAME" = Linux ]; then :; fi\npidfile="/var/run/foo.pid"\n';
    const [a] = await lintFiles([{ path: 'init.d/foo', text: linux }], { rules: [rule] });
    const [b] = await lintFiles([{ path: 'init.d/foo', text: both }], { rules: [rule] });
    expect(a.findings.map((f) => f.fix?.applicability)).toEqual(['safe']);
    expect(b.findings.map((f) => f.fix?.applicability)).toEqual(['unsafe']);
  });
});
