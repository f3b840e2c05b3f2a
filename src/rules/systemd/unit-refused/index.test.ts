import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Service]\nExecStart=/usr/bin/foo\n',
    { name: 'a oneshot with only ExecStop= that remains after exit', code: '[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStop=/usr/bin/cleanup\n' },
    { name: 'SuccessAction= alone', code: '[Unit]\nSuccessAction=reboot\n[Service]\nType=oneshot\n' },
    { name: 'an empty file is a masked unit', code: '' },
    { name: 'a drop-in alone is partial', path: 'foo.service.d/override.conf', code: '[Service]\nRestart=always\n' },
    {
      name: 'the main unit with a drop-in that gives the command',
      path: 'foo.service',
      code: '[Service]\nRestart=always\n',
      others: [{ path: 'foo.service.d/cmd.conf', text: '[Service]\nExecStart=/usr/bin/foo\n' }],
    },
    { path: 'foo.socket', code: '[Socket]\nListenStream=8080\nAccept=yes\n' },
    { path: 'foo.socket', code: '[Socket]\nListenNetlink=kobject-uevent 1\n' },
    { path: 'foo.timer', code: '[Timer]\nOnCalendar=daily\n' },
    { path: 'foo.timer', code: '[Timer]\nOnClockChange=yes\n' },
    { path: 'var-lib-foo\\x2dbar.mount', code: '[Mount]\nWhat=/dev/sdb1\nWhere=/var/lib/foo-bar\n' },
    { path: 'home.automount', code: '[Automount]\nWhere=/home/\n' },
    { path: 'dev-sdb2.swap', code: '[Swap]\nWhat=/dev/sdb2\n' },
    { name: 'PAM with KillMode=mixed in a service', code: '[Service]\nExecStart=/bin/a\nPAMName=login\nKillMode=mixed\n' },
    { name: 'PAM with the default kill mode', code: '[Service]\nExecStart=/bin/a\nPAMName=login\nKillMode=process\nKillMode=\n' },
    { name: 'an empty PAMName= turns PAM off', code: '[Service]\nExecStart=/bin/a\nPAMName=login\nPAMName=\nKillMode=none\n' },
    { name: 'PAM in a socket with KillMode=mixed, from 257 on', path: 'foo.socket', code: '[Socket]\nListenStream=80\nPAMName=foo\nKillMode=mixed\n' },
    { path: 'foo.path', code: '[Path]\nPathExists=/etc/foo\nPathChanged=%t/foo\n' },
    { path: 'foo.socket', code: '[Socket]\nListenStream=/run/a.sock\nListenStream=80\nListenStream=@abstract\nSymlinks=/run/c\n' },
    { path: 'foo.socket', code: '[Socket]\nListenStream=80\nAccept=yes\nDeferTrigger=no\n' },
    { name: 'RestartForceExitStatus= in a oneshot, accepted from 256 on', code: '[Service]\nType=oneshot\nExecStart=/bin/a\nRestartForceExitStatus=3\n' },
  ],
  invalid: [
    {
      code: '[Unit]\nDescription=x\n\n[Service]\nRestart=always\n',
      errors: [
        { messageId: 'serviceNoCommand', message: /^Unexpected service with no `ExecStart=`, `ExecStop=` or `SuccessAction=`/, line: 4, column: 1, endLine: 4, endColumn: 10, severity: 'error' },
      ],
      output: null,
    },
    {
      name: 'a command systemd cannot parse does not count',
      code: '[Service]\nType=simple\nExecStop=/bin/stop\n',
      errors: [{ messageId: 'serviceNoExecStart', message: /^Unexpected `Type=simple` service with no `ExecStart=`/, line: 1, column: 1 }],
    },
    {
      name: 'ExecStop= alone in a oneshot without RemainAfterExit=yes',
      code: '[Service]\nType=oneshot\nExecStop=/bin/stop\n',
      errors: [{ messageId: 'serviceStopOnly', line: 1, column: 1 }],
    },
    {
      name: 'an empty ExecStart= resets the list',
      code: '[Service]\nExecStart=/bin/a\nExecStart=\n',
      errors: [{ messageId: 'serviceNoCommand', line: 1, column: 1 }],
    },
    {
      name: 'RestartForceExitStatus= in a oneshot, refused before 256',
      code: '[Service]\nType=oneshot\nExecStart=/bin/a\nRestartForceExitStatus=3\nExitType=cgroup\n',
      systemdVersion: 255,
      errors: [{ messageId: 'oneshotRestartForce', line: 4, column: 24, endLine: 4, endColumn: 25 }],
    },
    {
      name: 'ExitType=cgroup in a oneshot (RestartForceExitStatus= is accepted from 256 on)',
      code: '[Service]\nType=oneshot\nExecStart=/bin/a\nRestartForceExitStatus=3\nExitType=cgroup\n',
      errors: [{ messageId: 'oneshotExitCgroup', line: 5, column: 10, endLine: 5, endColumn: 16 }],
    },
    {
      name: 'PAM with a kill mode that leaves the session behind',
      code: '[Service]\nExecStart=/bin/login-shell\nPAMName=login\nKillMode=process\n',
      errors: [
        {
          messageId: 'pamKillMode',
          message:
            "Unexpected `KillMode=process` with `PAMName=` (systemd: \"Unit has PAM enabled. Kill mode must be set to 'control-group' or 'mixed'. Refusing.\"), expected `KillMode=control-group` or `KillMode=mixed`",
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 17,
        },
      ],
    },
    {
      name: 'PAM in a socket with KillMode=mixed, refused before 257',
      path: 'foo.socket',
      code: '[Socket]\nListenStream=80\nPAMName=foo\nKillMode=mixed\n',
      systemdVersion: 252,
      errors: [{ messageId: 'pamKillModeOld', line: 4, column: 10, endLine: 4, endColumn: 15 }],
    },
    { path: 'foo.path', code: '[Unit]\nDescription=x\n[Path]\nPathExists=relative\nUnit=foo.service\n', errors: [{ messageId: 'pathNoSpec', line: 3, column: 1, endLine: 3, endColumn: 7 }] },
    {
      path: 'foo.socket',
      code: '[Socket]\nListenStream=/run/a.sock\nListenFIFO=/run/b.fifo\nSymlinks=/run/c\n',
      errors: [{ messageId: 'symlinksNoNode', message: /^Unexpected `Symlinks=` in a socket with 2 file-system listeners/, line: 4, column: 10, endLine: 4, endColumn: 16 }],
    },
    { path: 'foo.socket', code: '[Socket]\nListenStream=80\nSymlinks=/run/c\n', errors: [{ messageId: 'symlinksNoNode', line: 3, column: 10 }] },
    { path: 'foo.socket', code: '[Socket]\nListenStream=80\nAccept=yes\nDeferTrigger=patient\n', errors: [{ messageId: 'acceptDeferTrigger', line: 4, column: 14, endLine: 4, endColumn: 21 }] },
    { code: '[Service]\nExecStart=/bin/a\nDynamicUser=yes\nWorkingDirectory=~\n', errors: [{ messageId: 'dynamicUserHome', line: 4, column: 18, endLine: 4, endColumn: 19 }] },
    { code: '[Service]\nType=forking\nExecStart=/bin/a\nPrivatePIDs=yes\n', errors: [{ messageId: 'forkingPrivatePids', line: 4, column: 13, endLine: 4, endColumn: 16 }] },
    { code: '[Service]\nExecStart=/bin/a\nPrivatePIDs=yes\nPAMName=login\n', errors: [{ messageId: 'pamPrivatePids', line: 4, column: 9, endLine: 4, endColumn: 14 }] },
    { path: 'data.mount', code: '[Mount]\nWhat=/dev/sdb1\nWhere=/data\nPrivatePIDs=yes\n', errors: [{ messageId: 'privatePidsNotService', line: 4, column: 13 }] },
    { code: '[Service]\nExecStart=/bin/a\nUser=foo\nPrivateUsers=managed\n', errors: [{ messageId: 'privateUsersManaged', line: 4, column: 14 }] },
    { code: '[Service]\nExecStart=/bin/a\nUserNamespacePath=/proc/1/ns/user\nPrivateUsers=self\n', errors: [{ messageId: 'userNamespacePath', line: 4, column: 14 }] },
    {
      path: 'foo.socket',
      code: '[Unit]\nDescription=x\n[Socket]\nListenStream=99999\n',
      errors: [{ messageId: 'socketNoListen', message: /^Unexpected socket with no valid `Listen…=` setting/, line: 3, column: 1, endLine: 3, endColumn: 9 }],
    },
    { path: 'foo.socket', code: '[Socket]\nListenDatagram=514\nAccept=yes\n', errors: [{ messageId: 'acceptNonStream', line: 2, column: 16 }] },
    { path: 'foo.socket', code: '[Socket]\nListenStream=80\nAccept=yes\nService=web.service\n', errors: [{ messageId: 'acceptService', line: 4, column: 9 }] },
    { path: 'foo.timer', code: '[Timer]\nOnCalendar=Mon..Fry 03:00\nPersistent=true\n', errors: [{ messageId: 'timerNoTrigger', line: 1, column: 1, endColumn: 8 }] },
    {
      path: 'var-lib-foo.mount',
      code: '[Mount]\nWhat=/dev/sdb1\nWhere=/var/lib/foo-bar\n',
      errors: [{ messageId: 'whereMismatch', message: /expected the file to be named `var-lib-foo\\x2dbar\.mount`/, line: 3, column: 7, endLine: 3, endColumn: 23 }],
    },
    { path: 'data.mount', code: '[Mount]\nWhere=/data\n', errors: [{ messageId: 'mountNoWhat', line: 1, column: 1 }] },
    { path: 'srv.automount', code: '[Automount]\nWhere=/srv/x\n', errors: [{ messageId: 'whereMismatch', message: /`srv-x\.automount`/, line: 2, column: 7 }] },
  ],
});
