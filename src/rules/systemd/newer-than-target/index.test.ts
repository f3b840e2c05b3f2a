import { testRule } from '../../../testing/rule-tester.js';
import rule from './index.js';

const modern = '[Service]\nType=notify-reload\nRestartSteps=5\nImportCredential=foo.*\nExecStart=/usr/bin/foo\n';

testRule(rule, {
  valid: [
    { name: 'no systemd-version: every key and value of any release is valid', code: modern },
    { name: 'a floor at or above every release used', code: modern, systemdVersion: 254 },
    { name: 'keys and values old enough', code: '[Service]\nType=notify\nProtectSystem=strict\nPrivateTmp=yes\nStandardOutput=file:/var/log/x\nExecStart=/usr/bin/foo\n', systemdVersion: 240 },
    { name: 'booleans of a key that was a boolean before it took words', code: '[Service]\nPrivateTmp=true\nExecStart=/bin/foo\n', systemdVersion: 219 },
    { name: 'a key the oldest scanned release has: its since is a lower bound', code: '[Service]\nExecStart=/bin/foo\n', systemdVersion: 150 },
    { name: "unknown keys and values are other rules' findings", code: '[Service]\nFrobnicate=1\nType=forked\nExecStart=/bin/foo\n', systemdVersion: 219 },
    { name: 'X- keys', code: '[Service]\nX-Foo=1\nExecStart=/bin/foo\n', systemdVersion: 219 },
    { name: 'user names: no check before 232, the relaxed one from 246', code: '[Service]\nUser=Dömäne User\nSupplementaryGroups=a.b 1x\nExecStart=/bin/foo\n', systemdVersion: 231 },
    { name: 'user names under the relaxed check', code: '[Service]\nUser=Dömäne User\nExecStart=/bin/foo\n', systemdVersion: 246 },
    { name: 'user names of the strict check', code: '[Service]\nUser=www-data\nGroup=0\nSupplementaryGroups=adm _x %i\nExecStart=/bin/foo\n', systemdVersion: 239 },
    { name: 'ImportCredential= without a new name', code: '[Service]\nImportCredential=ssh.*\nExecStart=/bin/foo\n', systemdVersion: 254 },
    { name: 'command prefixes the floor reads', code: '[Service]\nExecStart=-@/bin/foo foo\nExecStartPre=+/bin/a ; !/bin/b\nExecStartPost=:/bin/c $X\n', systemdVersion: 242 },
  ],
  invalid: [
    {
      name: 'ImportCredential=GLOB:NAME before 257 (and user names pass: 254 checks them the relaxed way)',
      code: '[Service]\nUser=Dömäne\nSupplementaryGroups=adm a.b\nImportCredential=foo.*:bar\nExecStart=/bin/foo\n',
      systemdVersion: 254,
      errors: [
        {
          messageId: 'older',
          message: 'Unexpected `:NAME` (a new name for the imported credential) in `ImportCredential=` for systemd 254: it was added in systemd 257, and older releases refuse the line',
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 27,
        },
      ],
      output: null,
    },
    {
      name: 'user names the strict check of 232–245 refuses (systemd then refuses the unit)',
      code: '[Service]\nUser=Dömäne\nSupplementaryGroups=adm a.b\nExecStart=/bin/foo\n',
      systemdVersion: 239,
      errors: [
        {
          messageId: 'older',
          message:
            'Unexpected user/group name `Dömäne` in `User=` for systemd 239: systemd 232 to 245 take only letters, digits, `_` and `-` (`.` from 245), at most 31 characters, and refuse the unit otherwise; 246 relaxed the check',
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 12,
        },
        { messageId: 'older', message: /^Unexpected user\/group name `a\.b` in `SupplementaryGroups=` for systemd 239/, line: 3, column: 25, endLine: 3, endColumn: 28 },
      ],
      output: null,
    },
    {
      name: 'command prefixes newer than the floor: `|` (258), `:` (242), `!` (235), `+` (231)',
      code: '[Service]\nExecStart=|exec foo\nExecStartPre=-:/bin/a\nExecStartPost=/bin/b ; !!/bin/c\nExecStopPost=+/bin/d\n',
      systemdVersion: 230,
      errors: [
        {
          messageId: 'older',
          message: 'Unexpected command prefix `|` in `ExecStart=` for systemd 230: it was added in systemd 258, and older releases refuse the command line',
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 12,
        },
        { messageId: 'older', message: /^Unexpected command prefix `:` in `ExecStartPre=` for systemd 230: it was added in systemd 242/, line: 3, column: 14, endLine: 3, endColumn: 16 },
        { messageId: 'older', message: /^Unexpected command prefix `!!` in `ExecStartPost=` for systemd 230: it was added in systemd 235/, line: 4, column: 24, endLine: 4, endColumn: 26 },
        { messageId: 'older', message: /^Unexpected command prefix `\+` in `ExecStopPost=` for systemd 230: it was added in systemd 231/, line: 5, column: 14, endLine: 5, endColumn: 15 },
      ],
      output: null,
    },
    {
      name: 'the acceptance unit with systemd-version: 252',
      code: modern,
      systemdVersion: 252,
      errors: [
        {
          messageId: 'value',
          message: 'Unexpected `Type=notify-reload` for systemd 252: `notify-reload` was added in systemd 253, and older releases refuse the value with only a log line',
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 19,
        },
        {
          messageId: 'key',
          message: 'Unexpected `RestartSteps=` for systemd 252: it was added in systemd 254, and older releases ignore it with only a log line',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 13,
        },
        {
          messageId: 'key',
          message: 'Unexpected `ImportCredential=` for systemd 252: it was added in systemd 254, and older releases ignore it with only a log line',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 17,
        },
      ],
      output: null,
    },
    {
      name: 'enum values newer than the floor: PrivateTmp=disconnected, FailureAction=halt-force, StandardOutput=truncate:',
      code: '[Unit]\nFailureAction=halt-force\n\n[Service]\nPrivateTmp=disconnected\nStandardOutput=truncate:/var/log/foo.log\nExecStart=/bin/foo\n',
      systemdVersion: 247,
      errors: [
        {
          message: 'Unexpected `FailureAction=halt-force` for systemd 247: `halt-force` was added in systemd 254, and older releases refuse the value with only a log line',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 25,
        },
        { message: /`disconnected` was added in systemd 257/, line: 5, column: 12, endLine: 5, endColumn: 24 },
        { message: /`truncate` was added in systemd 248/, line: 6, column: 16, endLine: 6, endColumn: 24 },
      ],
    },
    {
      name: 'the release a key reached its section: [Unit] FailureAction= (236), not [Service] (213)',
      code: '[Unit]\nFailureAction=reboot\n\n[Service]\nExecStart=/bin/foo\n',
      systemdVersion: 235,
      errors: [{ messageId: 'key', message: /added in systemd 236/, line: 2, column: 1, endLine: 2, endColumn: 14 }],
    },
    {
      name: 'boolean words a key took later than its enum words',
      code: '[Service]\nProtectHome=tmpfs\nExecStart=/bin/foo\n',
      systemdVersion: 238,
      errors: [{ message: /`tmpfs` was added in systemd 239/, line: 2, column: 13, endLine: 2, endColumn: 18 }],
    },
    {
      name: 'system-call groups, architectures and CPU words newer than their keys',
      code: '[Service]\nExecStart=/bin/foo\nSystemCallFilter=~@sandbox @mount:EPERM @known\nSystemCallArchitectures=native loongarch64\nCPUAffinity=numa\nNUMAMask=all\n',
      systemdVersion: 245,
      errors: [
        {
          messageId: 'word',
          message: 'Unexpected `@sandbox` in `SystemCallFilter=` for systemd 245: it was added in systemd 254, and older releases drop it with only a log line',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 27,
        },
        { messageId: 'word', message: /`@known` in `SystemCallFilter=` for systemd 245: it was added in systemd 247/, line: 3, column: 41, endLine: 3, endColumn: 47 },
        { messageId: 'word', message: /`loongarch64` in `SystemCallArchitectures=` for systemd 245: it was added in systemd 255/, line: 4, column: 32, endLine: 4, endColumn: 43 },
        { messageId: 'word', message: /`numa` in `CPUAffinity=` for systemd 245: it was added in systemd 246/, line: 5, column: 13, endLine: 5, endColumn: 17 },
        { messageId: 'word', message: /`all` in `NUMAMask=` for systemd 245: it was added in systemd 247/, line: 6, column: 10, endLine: 6, endColumn: 13 },
      ],
    },
    {
      name: 'keys of the exec context in a socket',
      path: 'foo.socket',
      code: '[Socket]\nListenStream=80\nPrivatePIDs=yes\n',
      systemdVersion: 256,
      errors: [{ message: /`PrivatePIDs=` for systemd 256: it was added in systemd 257/, line: 3, column: 1, endLine: 3, endColumn: 12 }],
    },
  ],
});
