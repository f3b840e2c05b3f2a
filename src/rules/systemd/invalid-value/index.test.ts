import { describe, expect, it } from 'vitest';
import { testRule } from '../../../testing/rule-tester.js';
import rule, { nearMiss } from './index.js';

const svc = (lines: string) => `[Service]\nExecStart=/usr/bin/foo\n${lines}\n`;

testRule(rule, {
  valid: [
    svc('Type=notify\nRestart=on-failure\nRestartSec=5min 20s\nTimeoutStopSec=infinity\nNice=-20\nOOMScoreAdjust=-1000'),
    svc('StandardOutput=append:/var/log/foo.log\nStandardError=journal+console\nStandardInput=file:/dev/null\nStandardOutput=fd:foo'),
    svc('LimitNOFILE=1024:524288\nLimitCORE=infinity\nLimitMEMLOCK=64M\nLimitCPU=30min\nLimitNICE=-5\nLimitNOFILE=0x1000'),
    svc('Environment=MODE=relay "DEBUG=1 2" A=\nEnvironment="X=%i"\nEnvironment=PATH=/usr/bin:/bin'),
    svc('KillSignal=SIGINT\nRestartKillSignal=TERM\nFinalKillSignal=9\nSuccessExitStatus=1 2 SIGUSR1 NOTINSTALLED'),
    svc('UMask=0027\nMemoryMax=80%\nMemoryHigh=1G\nTasksMax=infinity\nCPUQuota=150%\nCPUWeight=idle\nIOWeight=100'),
    svc('CapabilityBoundingSet=~CAP_SYS_ADMIN cap_net_raw\nAmbientCapabilities=CAP_NET_BIND_SERVICE'),
    svc('ProtectSystem=strict\nProtectHome=read-only\nPrivateTmp=yes\nNoNewPrivileges=true\nProtectSystem=false'),
    svc('Type=notify-reload\nPrivateTmp=disconnected\nExitType=cgroup'),
    { name: 'specifiers are expanded by systemd first', code: '[Unit]\nWants=foo@%i.service\n[Service]\nExecStart=/bin/foo\nPIDFile=%t/foo.pid\n', path: 'foo@.service' },
    '[Unit]\nAfter=network-online.target foo@bar.service\nOnFailure=notify@%n.service\nStartLimitAction=reboot-force\n',
    { name: '%n is the full unit name, its suffix included', code: '[Unit]\nOnFailure=alert@%n\nWants=%n\n' },
    { path: 'foo.timer', code: '[Timer]\nOnCalendar=Mon..Fri *-*-* 03:00:00\nOnCalendar=weekly\nOnCalendar=*:0/15\nOnCalendar=Sat,Sun 10:00 Europe/Berlin\nOnBootSec=5min\nUnit=foo.service\n' },
    {
      path: 'foo.socket',
      code: '[Socket]\nListenStream=8080\nListenStream=[::1]:53\nListenStream=127.0.0.1:80\nListenDatagram=/run/foo.sock\nListenStream=@foo\nListenNetlink=kobject-uevent 1\nListenFIFO=/run/foo.fifo\nListenStream=vsock::1024\n',
    },
    { name: 'empty values reset lists and numbers', code: svc('Environment=\nNice=\nMemoryMax=\nKillMode=\nSuccessExitStatus=') + '[Unit]\nAfter=\n' },
    { name: "unknown keys are another rule's business", code: svc('Frobnicate=maybe') },
    { name: 'build-template placeholders are filled in before systemd reads the file', code: svc('EnvironmentFile=-@initconfdir@/zfs\nUser={{SERVICE_USER}}\nNice=@NICE@') },
  ],
  invalid: [
    {
      name: 'the sample of issue 10',
      code: '[Service]\nType=forked\nRestart=on-faliure\nRestartSec=5x\nStandardOutput=jounral\nLimitNOFILE=lots\nNoNewPrivileges=maybe\nProtectSystem=stric\nNice=40\nKillMode=proccess\nEnvironment=MODE=relay DEBUG\n',
      errors: [
        {
          messageId: 'nearMiss',
          message: 'Failed to parse service type, ignoring: `forked` (systemd ignores `Type=`), expected `forking`',
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 12,
          severity: 'error',
        },
        { messageId: 'nearMiss', line: 3, column: 9, endLine: 3, endColumn: 19 },
        {
          messageId: 'invalid',
          message: 'Failed to parse sec value, ignoring: `5x` (systemd ignores `RestartSec=`), expected a time span such as `90`, `5min 20s` or `infinity`',
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 14,
        },
        { messageId: 'nearMiss', line: 5, column: 16, endLine: 5, endColumn: 23 },
        { messageId: 'invalid', message: /^Failed to parse resource value, ignoring: `lots`/, line: 6, column: 13, endLine: 6, endColumn: 17 },
        { messageId: 'invalid', message: /^Failed to parse boolean value, ignoring: `maybe`/, line: 7, column: 17, endLine: 7, endColumn: 22 },
        { messageId: 'nearMiss', line: 8, column: 15, endLine: 8, endColumn: 20 },
        { messageId: 'invalid', message: 'Nice priority out of range, ignoring: `40` (systemd ignores `Nice=`), expected an integer from -20 to 19', line: 9, column: 6, endLine: 9, endColumn: 8 },
        { messageId: 'nearMiss', line: 10, column: 10, endLine: 10, endColumn: 18 },
        { messageId: 'invalidWord', message: /^Invalid environment assignment, ignoring: `DEBUG` \(systemd drops this word of `Environment=`\)/, line: 11, column: 24, endLine: 11, endColumn: 29 },
      ],
      output:
        '[Service]\nType=forking\nRestart=on-failure\nRestartSec=5x\nStandardOutput=journal\nLimitNOFILE=lots\nNoNewPrivileges=maybe\nProtectSystem=strict\nNice=40\nKillMode=process\nEnvironment=MODE=relay DEBUG\n',
    },
    {
      path: 'foo.timer',
      code: '[Timer]\nOnCalendar=Mon..Fry 03:00\n',
      errors: [{ messageId: 'invalid', message: /^Failed to parse calendar specification, ignoring: `Mon..Fry 03:00`/, line: 2, column: 12, endLine: 2, endColumn: 26 }],
      output: null,
    },
    {
      path: 'foo.socket',
      code: '[Socket]\nListenStream=99999\nListenStream=0\nListenStream=1.2.3.4\nListenFIFO=run/fifo\n',
      errors: [
        { messageId: 'invalid', message: /^Failed to parse address value, ignoring: `99999`/, line: 2, column: 14, endLine: 2, endColumn: 19 },
        { messageId: 'invalid', line: 3, column: 14, endLine: 3, endColumn: 15 },
        { messageId: 'invalid', line: 4, column: 14, endLine: 4, endColumn: 21 },
        { messageId: 'invalid', message: /^path is not absolute, ignoring: `run\/fifo`/, line: 5, column: 12, endLine: 5, endColumn: 20 },
      ],
    },
    {
      name: 'one bad unit name in a list, found at its word',
      code: '[Unit]\nAfter=network.target foo\n',
      errors: [{ messageId: 'invalid', message: /^Failed to add dependency on foo, ignoring: `foo`/, line: 2, column: 22, endLine: 2, endColumn: 25 }],
    },
    {
      name: 'a value continued over two lines',
      code: '[Service]\nCapabilityBoundingSet=CAP_NET_RAW \\\n  CAP_NET_BIND\n',
      errors: [{ messageId: 'invalidWord', message: /^Unknown capability, ignoring: `CAP_NET_BIND` \(systemd drops this word/, line: 3, column: 3, endLine: 3, endColumn: 15 }],
    },
    {
      name: 'an empty value where systemd wants one (it does not reset these)',
      code: '[Service]\nLimitNOFILE=\nType=\nRestartSec=\n',
      errors: [
        { messageId: 'invalid', message: /^Failed to parse resource value, ignoring: `` /, line: 2, column: 13, endLine: 2, endColumn: 13 },
        { messageId: 'invalid', line: 3, column: 6 },
        { messageId: 'invalid', line: 4, column: 12 },
      ],
    },
    {
      name: 'two candidates equally close: no fix',
      code: '[Service]\nKillMode=mixd\nProtectHome=ye\n',
      errors: [
        { messageId: 'nearMiss', line: 2, column: 10 },
        { messageId: 'invalid', line: 3, column: 13 },
      ],
      output: '[Service]\nKillMode=mixed\nProtectHome=ye\n',
    },
    {
      code: '[Service]\nOOMScoreAdjust=-1001\nUMask=0999\nMemoryMax=lots\nKillSignal=SIGFOO\nSuccessExitStatus=256\nCPUWeight=0\n',
      errors: [2, 3, 4, 5, 6, 7].map((line) => ({
        messageId: 'invalid',
        line,
        column: /=/.exec(['', '', 'OOMScoreAdjust=', 'UMask=', 'MemoryMax=', 'KillSignal=', 'SuccessExitStatus=', 'CPUWeight='][line])!.index + 2,
      })),
    },
  ],
});

describe('nearMiss', () => {
  it('takes the single close word and nothing when two are as close', () => {
    expect(nearMiss('forked', ['simple', 'forking', 'oneshot'])).toBe('forking');
    expect(nearMiss('stric', ['no', 'yes', 'full', 'strict'])).toBe('strict');
    expect(nearMiss('ye', ['no', 'yes', 'read-only', 'tmpfs'])).toBeUndefined();
    expect(nearMiss('tty-forc', ['tty', 'tty-force', 'tty-fail'])).toBeUndefined();
    expect(nearMiss('banana', ['simple', 'forking'])).toBeUndefined();
  });
});

// System calls, address families, devices, CPU sets (src/languages/systemd/values/{seccomp,network,devices,cpu}.ts).
testRule(rule, {
  valid: [
    svc('SystemCallFilter=@system-service\nSystemCallFilter=~@privileged @resources\nSystemCallFilter=~@mount:EPERM ptrace:kill uname:1\nSystemCallFilter='),
    svc('SystemCallErrorNumber=EPERM\nSystemCallErrorNumber=kill\nSystemCallErrorNumber=eacces\nSystemCallArchitectures=native x86\nSystemCallLog=~@sandbox\nPersonality=x86'),
    svc('RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6\nRestrictAddressFamilies=~AF_PACKET\nRestrictAddressFamilies=none\nRestrictAddressFamilies=af_netlink'),
    svc('IPAddressDeny=any\nIPAddressAllow=localhost link-local multicast 10.0.0.0/8 192.168.1.1 ::1/128 fe80::/64'),
    svc('DeviceAllow=/dev/null rw\nDeviceAllow=char-pts rw\nDeviceAllow=block-loop\nDeviceAllow=/dev/fuse\nDeviceAllow=%h rw'),
    svc('Slice=system-foo.slice\nSlice=-.slice\nSlice=user-%U.slice'),
    svc('CPUAffinity=0-3,8 10\nCPUAffinity=numa\nNUMAMask=all\nNUMAMask=0-1\nNUMAPolicy=interleave\nAllowedCPUs=0-1\nAllowedMemoryNodes=%i'),
  ],
  invalid: [
    {
      name: 'an unknown system call is dropped from the filter, at its word',
      code: svc('SystemCallFilter=@system-service wirte'),
      errors: [
        {
          messageId: 'invalidWord',
          message: /^System call wirte is not known, ignoring: `wirte` \(systemd drops this word of `SystemCallFilter=`\), expected system call names/,
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 39,
        },
      ],
    },
    {
      code: svc('SystemCallFilter=~@mount @nope\nSystemCallFilter=uname:EPERM\nSystemCallFilter=~uname:ENOPE\nSystemCallErrorNumber=0\nSystemCallArchitectures=amd64'),
      errors: [
        { messageId: 'invalidWord', message: /^Unknown system call group, ignoring: `@nope`/, line: 3, column: 26, endLine: 3, endColumn: 31 },
        { messageId: 'invalidWord', message: /^Allow-listed system calls cannot take error number, ignoring: `uname:EPERM`/, line: 4, column: 18, endLine: 4, endColumn: 29 },
        { messageId: 'invalidWord', message: /^Failed to parse syscall:errno, ignoring: `uname:ENOPE`/, line: 5, column: 19, endLine: 5, endColumn: 30 },
        { messageId: 'invalid', message: /^Invalid error number, ignoring: `0` \(systemd ignores `SystemCallErrorNumber=`\)/, line: 6, column: 23, endLine: 6, endColumn: 24 },
        { messageId: 'invalidWord', message: /^Failed to parse system call architecture "amd64", ignoring: `amd64`/, line: 7, column: 25, endLine: 7, endColumn: 30 },
      ],
    },
    {
      code: svc('RestrictAddressFamilies=AF_UNIX AF_INTE\nPersonality=amd64\nIPAddressAllow=10.0.0.0/33 ::1'),
      errors: [
        { messageId: 'invalid', message: /^Failed to parse address family, ignoring: `AF_INTE` \(systemd ignores `RestrictAddressFamilies=`\)/, line: 3, column: 33, endLine: 3, endColumn: 40 },
        { messageId: 'invalid', message: /^Failed to parse personality, ignoring: `amd64`/, line: 4, column: 13, endLine: 4, endColumn: 18 },
        { messageId: 'invalidWord', message: /^Invalid address prefix is specified, ignoring: `10.0.0.0\/33`/, line: 5, column: 16, endLine: 5, endColumn: 27 },
      ],
    },
    {
      code: svc('Slice=foo.service\nSlice=foo@bar.slice'),
      errors: [
        {
          messageId: 'invalid',
          message: /^Failed to assign slice foo\.service, ignoring: `foo\.service` \(systemd ignores `Slice=`\), expected a unit name ending in `\.slice`/,
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 18,
        },
        { messageId: 'invalid', message: /^Failed to load slice unit foo@bar\.slice, ignoring/, line: 4, column: 7, endLine: 4, endColumn: 20 },
      ],
    },
    {
      name: 'a slice takes no Slice=: its parent follows from its name',
      path: 'a-b.slice',
      code: '[Slice]\nSlice=a.slice\n',
      errors: [
        {
          messageId: 'invalid',
          message: /^Failed to assign slice, ignoring: `a\.slice` \(systemd ignores `Slice=`\), expected no `Slice=` in a slice unit/,
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 14,
        },
      ],
    },
    {
      code: svc('DeviceAllow=/dev/sda x\nDeviceAllow=sda rw\nCPUAffinity=3-1 8192\nNUMAMask=x\nNUMAPolicy=bnd'),
      errors: [
        { messageId: 'invalid', message: /^Invalid device rights, ignoring: `x`/, line: 3, column: 22, endLine: 3, endColumn: 23 },
        { messageId: 'invalid', message: /^Invalid device node path, ignoring: `sda`/, line: 4, column: 13, endLine: 4, endColumn: 16 },
        { messageId: 'invalidWord', message: /^Invalid CPU range \(3 > 1\), ignoring: `3-1`/, line: 5, column: 13, endLine: 5, endColumn: 16 },
        { messageId: 'invalid', message: /^Failed to parse NUMA node mask, ignoring: `x`/, line: 6, column: 10, endLine: 6, endColumn: 11 },
        { messageId: 'nearMiss', message: 'Invalid NUMA policy type, ignoring: `bnd` (systemd ignores `NUMAPolicy=`), expected `bind`', line: 7, column: 12, endLine: 7, endColumn: 15 },
      ],
      output: svc('DeviceAllow=/dev/sda x\nDeviceAllow=sda rw\nCPUAffinity=3-1 8192\nNUMAMask=x\nNUMAPolicy=bind'),
    },
  ],
});
