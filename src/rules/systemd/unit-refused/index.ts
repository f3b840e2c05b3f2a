import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { valueOffset } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { inSelf, unitView } from '../../shared/unit-view.js';
import { ownSection, refusals } from './checks.js';

/**
 * A build template's placeholder on a line of its own (`@listen_streams@`,
 * `{{SERVICE_WATCHDOG}}`) stands for lines the build writes: what the unit
 * will hold is not known, so it is not judged.
 */
const WHOLE_LINE_PLACEHOLDER = /^[ \t]*(@[A-Za-z_][A-Za-z0-9_-]*@|\{\{[^}]*\}\})[ \t]*\r?$/m;

export default defineRule<UnitFile>({
  id: 'systemd/unit-refused',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary:
      'A unit systemd refuses to load after parsing it: a service with no command, a socket with no valid `Listen…=`, a timer with no trigger, a mount whose `Where=` does not match its file name, …',
    source: [
      man('systemd.service(5)'),
      man('systemd.socket(5)'),
      man('systemd.timer(5)'),
      man('systemd.mount(5)'),
      man('systemd.automount(5)'),
      man('systemd.swap(5)'),
      man('systemd.path(5)'),
      { kind: 'code', project: 'systemd', what: 'service_verify(), socket_verify(), timer_verify(), mount_verify(), path_verify(), unit_verify_contexts()' },
    ],
  },
  messages: {
    serviceNoCommand:
      'Unexpected service with no `ExecStart=`, `ExecStop=` or `SuccessAction=` (systemd: "Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing."), expected an `ExecStart=` line',
    serviceNoExecStart:
      'Unexpected `Type={type}` service with no `ExecStart=` (systemd: "Service has no ExecStart= setting, which is only allowed for Type=oneshot services. Refusing."), expected an `ExecStart=` line, or `Type=oneshot`',
    serviceStopOnly:
      'Unexpected service with only `ExecStop=` and no `RemainAfterExit=yes` (systemd: "Service has no ExecStart= and no SuccessAction= settings and does not have RemainAfterExit=yes set. Refusing."), expected `RemainAfterExit=yes` or an `ExecStart=`',
    oneshotRestartForce:
      'Unexpected `RestartForceExitStatus=` in a `Type=oneshot` service (systemd before 256, below the `systemd-version:` floor: "…isn\'t allowed for Type=oneshot services. Refusing."), expected no such line',
    oneshotExitCgroup: 'Unexpected `ExitType=cgroup` in a `Type=oneshot` service (systemd: "…isn\'t allowed for Type=oneshot services. Refusing."), expected `ExitType=main`',
    socketNoListen:
      'Unexpected socket with no valid `Listen…=` setting (systemd: "Unit has no Listen setting (ListenStream=, ListenDatagram=, ListenFIFO=, ...). Refusing."), expected a `ListenStream=`, `ListenDatagram=`, `ListenFIFO=`, … line',
    acceptNonStream:
      'Unexpected `{key}=` in an `Accept=yes` socket (systemd: "Unit configured for accepting sockets, but sockets are non-accepting. Refusing."), expected only `ListenStream=`/`ListenSequentialPacket=`, or `Accept=no`',
    acceptMaxConnections: 'Unexpected `MaxConnections=0` in an `Accept=yes` socket (systemd: "MaxConnection= setting too small. Refusing."), expected a positive number',
    acceptService:
      'Unexpected `Service=` in an `Accept=yes` socket (systemd: "Explicit service configuration for accepting socket units not supported. Refusing."), expected the `NAME@.service` template the socket is named after',
    timerNoTrigger:
      'Unexpected timer with no valid trigger (systemd: "Timer unit lacks value setting. Refusing."), expected `OnCalendar=`, `OnBootSec=`, `OnActiveSec=`, `OnStartupSec=`, `OnUnitActiveSec=`, `OnUnitInactiveSec=`, `OnClockChange=yes` or `OnTimezoneChange=yes`',
    whereMismatch: 'Unexpected `{key}=` for `{name}` (systemd: "Where= setting doesn\'t match unit name. Refusing."), expected the file to be named `{expected}`, or a `Where=` matching the name',
    swapWhatMismatch: 'Unexpected `What=` for `{name}` (systemd refuses a swap whose What= does not match its name), expected the file to be named `{expected}`',
    automountRoot: 'Unexpected automount of `/` (systemd: "Cannot have an automount unit for the root directory. Refusing."), expected another mount point',
    sliceName:
      'Unexpected slice name `{name}` (systemd: "Slice name {name} is not valid. Refusing."), expected dash-separated parts with no leading, trailing or doubled dash and no `@`, such as `system-foo.slice`',
    pathNoSpec:
      'Unexpected path unit with no valid `PathExists=`, `PathExistsGlob=`, `PathChanged=`, `PathModified=` or `DirectoryNotEmpty=` (systemd: "Path unit lacks path setting. Refusing."), expected one of them with an absolute path',
    symlinksNoNode:
      'Unexpected `Symlinks=` in a socket with {count} file-system listeners (systemd: "Unit has symlinks set but none or more than one node in the file system. Refusing."), expected exactly one `ListenStream=`/`ListenDatagram=`/`ListenSequentialPacket=` socket path or `ListenFIFO=`',
    acceptDeferTrigger:
      'Unexpected `DeferTrigger=` in an `Accept=yes` socket (systemd 258+: "Socket unit is configured to be accepting with DeferTrigger= enabled. Refusing."), expected `DeferTrigger=no` or `Accept=no`',
    pamKillMode:
      "Unexpected `KillMode={mode}` with `PAMName=` (systemd: \"Unit has PAM enabled. Kill mode must be set to 'control-group' or 'mixed'. Refusing.\"), expected `KillMode=control-group` or `KillMode=mixed`",
    pamKillModeOld:
      'Unexpected `KillMode={mode}` with `PAMName=` outside a service (systemd before 257, below the `systemd-version: {floor}` floor: "Unit has PAM enabled. Kill mode must be set to \'control-group\'. Refusing."), expected `KillMode=control-group`',
    pamPrivatePids: 'Unexpected `PAMName=` with `PrivatePIDs=yes` (systemd 261+: "PAM is not supported under PrivatePIDs=. Refusing."), expected one of the two',
    privatePidsNotService: 'Unexpected `PrivatePIDs=` outside a service (systemd 257+: "PrivatePIDs= setting is only supported for service units. Refusing."), expected no such line',
    forkingPrivatePids:
      'Unexpected `PrivatePIDs=yes` in a `Type=forking` service (systemd 257+: "Service of Type=forking does not support PrivatePIDs=yes. Refusing."), expected another `Type=` or no `PrivatePIDs=`',
    dynamicUserHome: 'Unexpected `WorkingDirectory=~` with `DynamicUser=yes` (systemd 256+: "WorkingDirectory=~ is not allowed under DynamicUser=yes. Refusing."), expected an absolute directory',
    privateUsersManaged:
      'Unexpected `PrivateUsers=managed` with `User=`, `Group=`, `DynamicUser=` or `PAMName=` (systemd 260+: "PrivateUsers=managed may not be used in combination with User=/DynamicUser=/Group=/PAMName=. Refusing."), expected one or the other',
    userNamespacePath: 'Unexpected `PrivateUsers=` with `UserNamespacePath=` (systemd 260+: "PrivateUsers= may not be used with custom UserNamespacePath=. Refusing."), expected `PrivateUsers=no`',
    mountNoWhat: 'Unexpected mount with no `What=` (systemd: "What= setting is missing. Refusing."), expected `What=` naming the device or file system to mount',
  },
  check(ctx) {
    // A drop-in alone is partial, and an empty file is a masked unit: neither is refused.
    if (ctx.tree.info.dropIn || ctx.text === '' || WHOLE_LINE_PLACEHOLDER.test(ctx.text)) return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    for (const r of refusals(view, ctx.tree, ctx.systemdVersion)) {
      if (r.at === 'section' || !inSelf(view, r.at)) {
        // Unit-level: at the unit's own section header (or the file's start when it has none).
        const header = ownSection(ctx.tree)?.headerPosition;
        ctx.report({ messageId: r.messageId, data: r.data, at: header ? { start: header.start.offset!, end: header.end.offset! } : { start: 0, end: 0 } });
      } else {
        ctx.report({ messageId: r.messageId, data: r.data, at: { start: valueOffset(r.at, 0), end: valueOffset(r.at, r.at.value.length) } });
      }
    }
  },
});
