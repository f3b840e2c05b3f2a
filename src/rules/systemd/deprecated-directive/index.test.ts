import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    '[Unit]\nStartLimitIntervalSec=10\nStartLimitBurst=5\nBindsTo=a.device\n[Service]\nExecStart=/bin/true\nMemoryMax=1G\nCPUWeight=50\nIOWeight=100\nStandardOutput=journal\n',
    { name: 'StartLimitBurst= in [Unit] is where it belongs', code: '[Unit]\nStartLimitBurst=3\n' },
    { name: 'syslog in another key is not this', code: '[Service]\nSyslogIdentifier=syslog\nExecStart=/bin/true\n' },
    { name: 'a single ! is current', code: '[Service]\nExecStart=!/bin/true\nExecStartPre=-!/bin/true\n' },
    { name: 'a key newer systemd ignores, without systemd-version: nothing version-related fires', code: '[Service]\nExecStart=/bin/true\nCPUAccounting=yes\n' },
    { name: 'a key systemd 258 ignores still works on a 257 floor', code: '[Service]\nExecStart=/bin/true\nCPUAccounting=yes\n', systemdVersion: 257 },
  ],
  invalid: [
    {
      name: 'a floor at or after the release that dropped the key: the line does nothing on any target',
      code: '[Unit]\nConditionNull=true\n\n[Service]\nExecStart=/bin/true\nCPUAccounting=yes\n',
      systemdVersion: 258,
      errors: [
        { message: 'Unexpected `ConditionNull=` for systemd 258: systemd ignores it since release 247, so it does nothing on any target; remove it', line: 2, column: 1, endLine: 2, endColumn: 14 },
        { message: 'Unexpected `CPUAccounting=` for systemd 258: systemd ignores it since release 258, so it does nothing on any target; remove it', line: 6, column: 1, endLine: 6, endColumn: 14 },
      ],
      output: '[Unit]\n\n[Service]\nExecStart=/bin/true\n',
    },
    {
      name: 'MemoryLimit, CRLF and BOM',
      code: '\uFEFF[Service]\r\nExecStart=/bin/true\r\nMemoryLimit=512M\r\n',
      errors: [{ message: 'Unexpected deprecated `MemoryLimit=`: use `MemoryMax=` instead', line: 3, column: 1, endLine: 3, endColumn: 12, severity: 'warning' }],
      output: '\uFEFF[Service]\r\nExecStart=/bin/true\r\nMemoryMax=512M\r\n',
    },
    {
      name: 'CPUShares: value rescaled, unsafe',
      code: '[Service]\nCPUShares=2048\n',
      errors: [{ messageId: 'renamed', line: 2, column: 1, endLine: 2, endColumn: 10 }],
      output: '[Service]\nCPUWeight=200\n',
    },
    {
      name: 'BlockIOWeight and BlockIODeviceWeight',
      code: '[Service]\nBlockIOWeight=1000\nBlockIODeviceWeight=/dev/sda 250\n',
      errors: [
        { messageId: 'renamed', line: 2, column: 1, endLine: 2, endColumn: 14 },
        { messageId: 'renamed', line: 3, column: 1, endLine: 3, endColumn: 20 },
      ],
      output: '[Service]\nIOWeight=200\nIODeviceWeight=/dev/sda 50\n',
    },
    {
      name: 'StartLimitInterval and StartLimitBurst move from [Service] to [Unit]',
      code: '[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/true\nStartLimitInterval=30\nStartLimitBurst=3\n',
      errors: [
        { message: 'Unexpected `StartLimitInterval=` in [Service] (deprecated there): use `StartLimitIntervalSec=` in [Unit] instead', line: 6, column: 1, endLine: 6, endColumn: 19 },
        { messageId: 'moved', line: 7, column: 1, endLine: 7, endColumn: 16 },
      ],
      output: '[Unit]\nDescription=x\nStartLimitIntervalSec=30\nStartLimitBurst=3\n\n[Service]\nExecStart=/bin/true\n',
    },
    {
      name: 'no [Unit]: one is created, CRLF kept',
      code: '[Service]\r\nExecStart=/bin/true\r\nStartLimitInterval=30\r\n',
      errors: [{ messageId: 'moved', line: 3, column: 1, endLine: 3, endColumn: 19 }],
      output: '[Unit]\r\nStartLimitIntervalSec=30\r\n\r\n[Service]\r\nExecStart=/bin/true\r\n',
    },
    {
      name: 'StartLimitInterval= in [Unit] is only renamed',
      code: '[Unit]\nStartLimitInterval=30\n',
      errors: [{ messageId: 'renamed', line: 2, column: 1, endLine: 2, endColumn: 19 }],
      output: '[Unit]\nStartLimitIntervalSec=30\n',
    },
    {
      name: 'PermissionsStartOnly: + on the other commands',
      code: '[Service]\nUser=foo\nPermissionsStartOnly=true\nExecStartPre=/bin/mkdir -p /run/foo\nExecStartPre=-+/bin/chown foo /run/foo\nExecStart=/usr/bin/foo\nExecStopPost=-/bin/rm -rf /run/foo\n',
      errors: [{ messageId: 'permissionsStartOnly', line: 3, column: 1, endLine: 3, endColumn: 21 }],
      output: '[Service]\nUser=foo\nExecStartPre=+/bin/mkdir -p /run/foo\nExecStartPre=-+/bin/chown foo /run/foo\nExecStart=/usr/bin/foo\nExecStopPost=+-/bin/rm -rf /run/foo\n',
    },
    {
      name: 'the !! prefix, ignored since 258',
      code: '[Service]\nExecStart=!!/usr/bin/foo\nExecStartPost=-!!/bin/true ; /bin/true\n',
      errors: [
        {
          messageId: 'ambientPrefix',
          message:
            'Unexpected `!!` prefix in `ExecStart=`: systemd 258 and later ignore it ("The !! modifier … is no longer supported and is now ignored"), expected no prefix (the command runs as `User=` with its ambient capabilities, as `!!` did on kernels since 4.3)',
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 13,
        },
        { messageId: 'ambientPrefix', line: 3, column: 15, endLine: 3, endColumn: 18 },
      ],
      output: '[Service]\nExecStart=/usr/bin/foo\nExecStartPost=-/bin/true ; /bin/true\n',
    },
    {
      name: 'PermissionsStartOnly=no is the default',
      code: '[Service]\nPermissionsStartOnly=no\nExecStart=/bin/true\n',
      errors: [{ messageId: 'permissionsStartOnlyOff', line: 2, column: 1, endLine: 2, endColumn: 21 }],
      output: '[Service]\nExecStart=/bin/true\n',
    },
    {
      name: 'BindTo and StandardOutput=syslog',
      code: '[Unit]\nBindTo=dev-foo.device\n[Service]\nStandardOutput=syslog+console\nStandardError=syslog\n',
      errors: [
        { messageId: 'renamed', line: 2, column: 1, endLine: 2, endColumn: 7 },
        {
          message: 'Unexpected deprecated `StandardOutput=syslog+console`: use `StandardOutput=journal+console` instead (systemd already logs to the journal)',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 30,
        },
        { messageId: 'value', line: 5, column: 1, endLine: 5, endColumn: 21 },
      ],
      output: '[Unit]\nBindsTo=dev-foo.device\n[Service]\nStandardOutput=journal+console\nStandardError=journal\n',
    },
    {
      name: 'removed key: no fix',
      code: '[Service]\nCapabilities=cap_net_bind_service+ep\n',
      errors: [{ message: 'Unexpected `Capabilities=`: systemd removed it and ignores it; use `CapabilityBoundingSet=` and `AmbientCapabilities=`', line: 2, column: 1, endLine: 2, endColumn: 13 }],
      output: null,
    },
  ],
});
