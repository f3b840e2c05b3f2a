import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../../linter/index.js';
import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    // issue 11 corpus review: rpc-statd, virtlockd, gpsdctl@ and sssd's sockets.
    { name: 'a service requires a socket: sockets.target comes before basic.target', path: 'rpc-statd.service', code: '[Unit]\nRequires=rpcbind.socket\n[Service]\nExecStart=/sbin/rpc.statd\n' },
    { name: 'two sockets bound to each other only listen', path: 'sssd-pam.socket', code: '[Unit]\nBindsTo=sssd-pam-priv.socket\n[Socket]\nListenStream=/run/sssd/pam\n' },
    '[Unit]\nRequires=postgresql.service\nAfter=postgresql.service\n[Service]\nExecStart=/bin/true\n',
    { name: 'Debian dbus.service: its own socket is ordered implicitly', path: 'dbus.service', code: '[Unit]\nRequires=dbus.socket\n[Service]\nExecStart=/usr/bin/dbus-daemon --system\n' },
    { name: 'slices and devices', code: '[Unit]\nRequires=foo.slice\nBindsTo=dev-ttyS0.device\n' },
    { name: 'RequiresMountsFor= orders itself', code: '[Unit]\nRequiresMountsFor=/var/lib/foo\n' },
    { name: 'Before= is an ordering too', code: '[Unit]\nRequires=a.service\nBefore=a.service\n' },
    { name: 'the other unit orders itself before this one', path: 'b.service', code: '[Unit]\nRequires=a.service\n', others: [{ path: 'a.service', text: '[Unit]\nBefore=b.service\n' }] },
    { name: "a target is ordered after what it requires (systemd's graphical-session.target)", path: 'graphical-session.target', code: '[Unit]\nRequires=basic.target\n' },
    {
      name: 'the socket of an Alias= (rsyslog.service, syslog.socket)',
      path: 'rsyslog.service',
      code: '[Unit]\nRequires=syslog.socket\n[Service]\nExecStart=/usr/sbin/rsyslogd -n\n[Install]\nAlias=syslog.service\n',
    },
    {
      name: 'the other unit orders itself after this one (nfs-idmapd, nfs-server)',
      path: 'nfs-idmapd.service',
      code: '[Unit]\nDefaultDependencies=no\nBindsTo=nfs-server.service\n',
      others: [{ path: 'nfs-server.service', text: '[Unit]\nAfter=nfs-idmapd.service\n' }],
    },
    { name: 'After=network-online.target orders after network.target too', code: '[Unit]\nDefaultDependencies=no\nRequires=network.target\nAfter=network-online.target\n' },
    { name: 'default dependencies order a service after basic.target and sysinit.target', code: '[Unit]\nRequires=sysinit.target sockets.target local-fs.target\n' },
    { name: 'Sockets= lists the socket', path: 'x.service', code: '[Unit]\nRequires=y.socket\n[Service]\nSockets=y.socket\n' },
    // Holdout review (pcp's pmfind.service): a timer is ordered before the service it starts.
    { name: 'a service bound to its own timer', path: 'scan.service', code: '[Unit]\nBindsTo=scan.timer\n[Service]\nExecStart=/usr/bin/scan\n' },
    { name: 'a service bound to its own path unit', path: 'scan.service', code: '[Unit]\nRequires=scan.path\n[Service]\nExecStart=/usr/bin/scan\n' },
    {
      name: 'a timer whose Unit= starts this service',
      path: 'scan.service',
      code: '[Unit]\nBindsTo=nightly.timer\n[Service]\nExecStart=/usr/bin/scan\n',
      others: [{ path: 'nightly.timer', text: '[Timer]\nOnCalendar=daily\nUnit=scan.service\n' }],
    },
    // Holdout G (meta-openembedded's openl2tpd.service): rpcbind.service orders itself before rpcbind.target.
    { name: 'After= a target that the required service comes before (rpcbind)', code: '[Unit]\nRequires=rpcbind.service\nAfter=rpcbind.target\n[Service]\nExecStart=/usr/sbin/l2tpd\n' },
    {
      name: 'After= a target that the other unit of the project orders itself before',
      path: 'client.service',
      code: '[Unit]\nRequires=mapper.service\nAfter=mapper.target\n[Service]\nExecStart=/usr/bin/client\n',
      others: [{ path: 'mapper.service', text: '[Unit]\nBefore=mapper.target\n[Service]\nExecStart=/usr/bin/mapper\n' }],
    },
  ],
  invalid: [
    {
      name: 'After= a target the other unit does not come before is no ordering',
      path: 'client.service',
      code: '[Unit]\nRequires=mapper.service\nAfter=mapper.target\n[Service]\nExecStart=/usr/bin/client\n',
      others: [{ path: 'mapper.service', text: '[Unit]\nBefore=other.target\n[Service]\nExecStart=/usr/bin/mapper\n' }],
      errors: [{ message: /^Unexpected `Requires=mapper.service` without `After=mapper.service`/, line: 2, column: 10, endLine: 2, endColumn: 24 }],
    },
    {
      name: "another unit's timer is no ordering",
      path: 'scan.service',
      code: '[Unit]\nBindsTo=nightly.timer\n[Service]\nExecStart=/usr/bin/scan\n',
      others: [{ path: 'nightly.timer', text: '[Timer]\nOnCalendar=daily\nUnit=backup.service\n' }],
      errors: [{ message: /^Unexpected `BindsTo=nightly.timer` without `After=nightly.timer`/, line: 2, column: 9, endLine: 2, endColumn: 22 }],
    },
    {
      name: 'Requires without After',
      code: '[Unit]\nRequires=postgresql.service\n[Service]\nExecStart=/bin/true\n',
      errors: [
        {
          message:
            'Unexpected `Requires=postgresql.service` without `After=postgresql.service`: systemd starts both at the same time, so this unit can start before postgresql.service is up; add `After=postgresql.service`',
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 28,
          severity: 'warning',
        },
      ],
      output: '[Unit]\nRequires=postgresql.service\nAfter=postgresql.service\n[Service]\nExecStart=/bin/true\n',
    },
    {
      name: 'BindsTo, two units, CRLF and BOM, no final newline',
      code: '\uFEFF[Unit]\r\nBindsTo=a.service b.mount',
      errors: [
        { messageId: 'missingAfter', line: 2, column: 9, endLine: 2, endColumn: 18 },
        { messageId: 'missingAfter', line: 2, column: 19, endLine: 2, endColumn: 26 },
      ],
      output: '\uFEFF[Unit]\r\nBindsTo=a.service b.mount\r\nAfter=b.mount\r\nAfter=a.service',
    },
    {
      name: "another unit's socket without default dependencies is not ordered by sockets.target",
      path: 'web.service',
      others: [{ path: 'db.socket', text: '[Unit]\nDefaultDependencies=no\n[Socket]\nListenStream=/run/db.sock\n' }],
      code: '[Unit]\nRequires=db.socket\n',
      errors: [{ messageId: 'missingAfter', line: 2, column: 10, endLine: 2, endColumn: 19 }],
      output: '[Unit]\nRequires=db.socket\nAfter=db.socket\n',
    },
    {
      name: 'DefaultDependencies=no: sysinit.target is not implied',
      code: '[Unit]\nDefaultDependencies=no\nRequires=sysinit.target\n',
      errors: [{ messageId: 'missingAfter', line: 3, column: 10, endLine: 3, endColumn: 24 }],
      output: '[Unit]\nDefaultDependencies=no\nRequires=sysinit.target\nAfter=sysinit.target\n',
    },
    {
      name: 'a target with DefaultDependencies=no',
      path: 'x.target',
      code: '[Unit]\nDefaultDependencies=no\nRequires=y.service\n',
      errors: [{ messageId: 'missingAfter', line: 3, column: 10, endLine: 3, endColumn: 19 }],
      output: '[Unit]\nDefaultDependencies=no\nRequires=y.service\nAfter=y.service\n',
    },
  ],
});

describe('systemd/requires-without-after fix applicability', () => {
  it('is safe when the other unit is in the project, unsafe when a cycle cannot be ruled out', async () => {
    const code = '[Unit]\nRequires=db.service\n[Service]\nExecStart=/bin/true\n';
    const [alone] = await lintFiles([{ path: 'web.service', text: code }], { rules: [rule] });
    const [withDb] = await lintFiles(
      [
        { path: 'web.service', text: code },
        { path: 'db.service', text: '[Service]\nExecStart=/bin/true\n' },
      ],
      { rules: [rule] },
    );
    expect(alone.findings.map((f) => f.fix?.applicability)).toEqual(['unsafe']);
    expect(withDb.findings.map((f) => f.fix?.applicability)).toEqual(['safe']);
  });
});
