import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { removeNodeLines } from '../../shared/edits.js';
import type { Directive, UnitFile } from '../../../languages/systemd/types.js';

/**
 * Keys that hold one value: a second assignment replaces the first
 * (systemd.syntax(7)). List-valued keys (After=, ExecStart=, Environment=,
 * Condition*=, Listen*=) accumulate and are not here.
 */
const SINGLE: Record<string, ReadonlySet<string>> = {
  Unit: new Set([
    'Description',
    'SourcePath',
    'StopWhenUnneeded',
    'RefuseManualStart',
    'RefuseManualStop',
    'AllowIsolate',
    'DefaultDependencies',
    'OnFailureJobMode',
    'OnSuccessJobMode',
    'IgnoreOnIsolate',
    'JobTimeoutSec',
    'JobRunningTimeoutSec',
    'JobTimeoutAction',
    'StartLimitIntervalSec',
    'StartLimitBurst',
    'StartLimitAction',
    'FailureAction',
    'SuccessAction',
    'RebootArgument',
    'CollectMode',
  ]),
  Service: new Set([
    'Type',
    'ExitType',
    'RemainAfterExit',
    'GuessMainPID',
    'PIDFile',
    'BusName',
    'Restart',
    'RestartSec',
    'TimeoutSec',
    'TimeoutStartSec',
    'TimeoutStopSec',
    'TimeoutAbortSec',
    'RuntimeMaxSec',
    'WatchdogSec',
    'NotifyAccess',
    'FileDescriptorStoreMax',
    'OOMPolicy',
    'RootDirectoryStartOnly',
    'PermissionsStartOnly',
    'User',
    'Group',
    'DynamicUser',
    'WorkingDirectory',
    'RootDirectory',
    'RootImage',
    'UMask',
    'Nice',
    'OOMScoreAdjust',
    'StandardInput',
    'StandardOutput',
    'StandardError',
    'SyslogIdentifier',
    'SyslogFacility',
    'SyslogLevel',
    'TTYPath',
    'PrivateTmp',
    'PrivateDevices',
    'PrivateNetwork',
    'PrivateUsers',
    'PrivateIPC',
    'ProtectSystem',
    'ProtectHome',
    'ProtectKernelTunables',
    'ProtectKernelModules',
    'ProtectKernelLogs',
    'ProtectControlGroups',
    'ProtectClock',
    'ProtectHostname',
    'NoNewPrivileges',
    'LockPersonality',
    'MemoryDenyWriteExecute',
    'RestrictRealtime',
    'RestrictSUIDSGID',
    'RemoveIPC',
    'KeyringMode',
    'KillMode',
    'KillSignal',
    'FinalKillSignal',
    'SendSIGKILL',
    'SendSIGHUP',
    'MemoryMax',
    'MemoryHigh',
    'MemoryLow',
    'MemoryMin',
    'MemorySwapMax',
    'MemoryLimit',
    'CPUQuota',
    'CPUWeight',
    'CPUShares',
    'IOWeight',
    'TasksMax',
    'Slice',
    'LimitNOFILE',
    'LimitNPROC',
    'LimitCORE',
    'LimitMEMLOCK',
    'LimitAS',
    'LimitFSIZE',
    'LimitSTACK',
    'LimitDATA',
    'LimitRSS',
    'LimitCPU',
  ]),
  Install: new Set(['DefaultInstance']),
  Timer: new Set(['AccuracySec', 'RandomizedDelaySec', 'Persistent', 'WakeSystem', 'RemainAfterElapse', 'Unit', 'FixedRandomDelay']),
  Socket: new Set(['Accept', 'Service', 'SocketMode', 'SocketUser', 'SocketGroup', 'Backlog', 'MaxConnections', 'BindIPv6Only', 'ReusePort', 'DirectoryMode', 'RemoveOnStop']),
  Path: new Set(['Unit', 'MakeDirectory', 'DirectoryMode']),
  Mount: new Set(['What', 'Where', 'Type', 'Options', 'DirectoryMode', 'TimeoutSec', 'LazyUnmount', 'ForceUnmount', 'SloppyOptions', 'ReadWriteOnly']),
};

export default defineRule<UnitFile>({
  id: 'systemd/duplicate-directive',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: 'a single-valued key set twice in one section: the later assignment silently wins',
    source: [man('systemd.syntax(7)')],
  },
  fixable: 'unsafe',
  messages: {
    duplicate: 'Unexpected `{key}={value}`: line {line} sets `{key}=` again and wins, so this assignment is ignored; remove one of them',
  },
  check(ctx) {
    // Sections of the same name are merged by systemd, so compare across them.
    const byKey = new Map<string, Directive[]>();
    for (const section of ctx.tree.children) {
      const single = SINGLE[section.name];
      if (!single) continue;
      for (const d of section.children) {
        if (d.type !== 'directive' || !single.has(d.key)) continue;
        const id = `${section.name}\0${d.key}`;
        const list = byKey.get(id) ?? [];
        list.push(d);
        byKey.set(id, list);
      }
    }
    for (const list of byKey.values()) {
      for (let i = 0; i < list.length - 1; i++) {
        const d = list[i];
        // `Key=` resets to the default: a deliberate idiom in drop-ins.
        if (d.value === '') continue;
        const later = list[list.length - 1];
        ctx.report({
          messageId: 'duplicate',
          data: { key: d.key, value: d.value, line: later.position.start.line },
          at: d,
          fix: { description: `Remove the ignored \`${d.key}=\``, applicability: 'unsafe', edits: [removeNodeLines(ctx, d)] },
        });
      }
    }
  },
});
