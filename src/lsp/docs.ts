/**
 * What hover shows: for systemd, the section or directive, where it is documented, and (from the
 * directive table) its accepted values; for OpenRC, what openrc-run does with a variable or function.
 * The sentences are initlint's own summaries; the man pages are the reference they link to.
 */
import { groupOf, keyInfo, keysOf, OLDEST_RELEASE } from '../languages/systemd/directives.js';

const MAN_BASE = 'https://www.freedesktop.org/software/systemd/man/latest/';

/** The man page that documents a section's own keys. */
const SECTION_PAGE: Record<string, string> = {
  Unit: 'systemd.unit',
  Install: 'systemd.unit',
  Service: 'systemd.service',
  Socket: 'systemd.socket',
  Timer: 'systemd.timer',
  Path: 'systemd.path',
  Mount: 'systemd.mount',
  Automount: 'systemd.automount',
  Swap: 'systemd.swap',
  Slice: 'systemd.slice',
  Scope: 'systemd.scope',
};

const SECTION_DOCS: Record<string, string> = {
  Unit: 'Generic settings of any unit: description, documentation, dependencies and ordering, conditions and asserts.',
  Install: 'Read by `systemctl enable`/`disable` only, never at boot: which symlinks enabling the unit creates (`WantedBy=`, `RequiredBy=`, `Alias=`, `Also=`).',
  Service: 'How the service runs: its type (readiness protocol), its commands, restart policy, PID file, plus execution, resource-control and kill settings.',
  Socket: 'Sockets, FIFOs and other endpoints systemd listens on and hands to the service it activates.',
  Timer: 'When the timer elapses (calendar or monotonic triggers) and which unit it starts.',
  Path: 'File-system paths systemd watches, and the unit it starts when they change.',
  Mount: 'A file system mount point; the unit name must be the escaped `Where=` path.',
  Automount: 'A mount point mounted on first access; the unit name must be the escaped `Where=` path.',
  Swap: 'A swap device or file.',
  Slice: 'A node of the control-group tree: resource-control settings for the units placed in it.',
  Scope: 'Resource-control and kill settings for processes started outside systemd (created at run time, not from unit files).',
};

/** Short summaries of the directives people get wrong most, in initlint's words. */
const KEY_DOCS: Record<string, string> = {
  Type: 'The readiness protocol: how systemd knows the service has started. `simple`/`exec`: the command itself is the daemon and stays in the foreground; `forking`: the command forks and the parent exits once the daemon is ready (pair it with `PIDFile=`); `notify`/`notify-reload`: the daemon calls sd_notify(READY=1); `oneshot`: the command runs to completion; `dbus`: ready when `BusName=` appears.',
  ExecStart:
    'The command that starts the service: an absolute path (or, since systemd 239, a name searched in the executable path) and its arguments. Not run by a shell: pipes, redirections and `&&` are literal arguments.',
  ExecStartPre: 'Commands run before `ExecStart=`; a `-` prefix ignores their failure, `+` runs them with full privileges.',
  ExecStartPost: 'Commands run after the service is started (after readiness for `notify`, after the fork for `forking`).',
  ExecReload: 'The command `systemctl reload` runs; `$MAINPID` is the main process, so `kill -HUP $MAINPID` signals the daemon itself.',
  ExecStop: 'The command that stops the service; after it, remaining processes are killed as `KillMode=` says.',
  Restart: 'When systemd restarts the service after it exits: `no`, `on-success`, `on-failure`, `on-abnormal`, `on-watchdog`, `on-abort` or `always`.',
  RestartSec: 'How long to wait before a restart (a time span such as `5s` or `1min 30s`).',
  PIDFile: 'The PID file a `Type=forking` service writes, so systemd knows the main process. Keep it under `/run`, writable by root only.',
  User: 'The user the processes run as (a name or a UID).',
  Group: 'The group the processes run as.',
  WantedBy: 'Enabling the unit adds it to the `.wants/` of these units: they pull it in, and do not fail when it fails.',
  RequiredBy: 'Enabling the unit adds it to the `.requires/` of these units: a hard dependency; restarting this unit restarts them too.',
  Wants: 'Weak dependency: start these units too; this unit does not fail if they do.',
  Requires: 'Hard dependency: start these units too; stopping or restarting one of them stops or restarts this unit. Add `After=` to order them.',
  After: 'Ordering only: start this unit after these units have started (and stop it before them). Pulls nothing in by itself.',
  Before: 'Ordering only: start this unit before these units.',
  BindsTo: 'Like `Requires=`, and this unit also stops when a bound unit stops or disappears.',
  Conflicts: 'Starting this unit stops these units, and the other way round.',
  Description: 'A short human name for the unit, shown by systemctl and in the journal.',
  Documentation: 'URIs (`man:`, `https:`, `file:`, `info:`) documenting the unit.',
  Environment: 'Variable assignments `NAME=value` for the processes; quote an assignment that contains spaces: `"NAME=a b"`.',
  EnvironmentFile: 'Files of `NAME=value` lines read for the environment; a `-` prefix ignores a missing file.',
  KillMode: 'Which processes stopping kills: `control-group` (all), `mixed` (SIGTERM to the main process, SIGKILL to the rest), `process` (main only) or `none` (deprecated: leaves processes behind).',
  RemainAfterExit: 'For `Type=oneshot`: keep the unit active after the command exits, so `stop` has something to stop.',
  TimeoutStartSec: 'How long start-up may take before systemd gives up and kills the service.',
  TimeoutStopSec: 'How long stopping may take before systemd kills the rest with SIGKILL.',
  NoNewPrivileges: 'When true, the processes and their children can never gain privileges (setuid, file capabilities).',
  ProtectSystem: 'Mount `/usr` and the boot loader directories read-only (`true`), also `/etc` (`full`), or the whole file system except API mounts (`strict`).',
  ProtectHome: 'Make `/home`, `/root` and `/run/user` inaccessible (`true`), read-only (`read-only`) or empty (`tmpfs`).',
  PrivateTmp: 'Give the service its own `/tmp` and `/var/tmp`.',
  StandardOutput: 'Where standard output goes: `journal`, `inherit`, `null`, `tty`, `kmsg`, `socket`, `file:PATH`, `append:PATH`, `truncate:PATH`, `fd:NAME`.',
  StandardError: 'Where standard error goes; the same choices as `StandardOutput=`.',
  BusName: 'The D-Bus name a `Type=dbus` service takes; the service is ready when the name appears.',
  ListenStream: 'A stream socket to listen on: a port, `ADDRESS:PORT`, `[IPv6]:PORT`, a `/path` (AF_UNIX) or `@name` (abstract).',
  ListenDatagram: 'A datagram socket to listen on, in the same forms as `ListenStream=`.',
  Accept: 'When true, one service instance (`NAME@.service`) per connection; when false, the service gets the listening socket.',
  OnCalendar: 'A calendar event (systemd.time(7)): `daily`, `Mon..Fri *-*-* 03:00:00`, …',
  Unit: 'The unit this timer, socket or path unit activates (default: the one of the same name).',
  LimitNOFILE: 'The open-files limit: a number, `infinity`, or `soft:hard`.',
  Nice: 'The scheduling priority, from -20 (highest) to 19 (lowest).',
};

/** The man page of each group of keys systemd shares between sections. */
const GROUP_PAGE: Record<string, string> = { exec: 'systemd.exec', cgroup: 'systemd.resource-control', kill: 'systemd.kill' };

/** Documentation link of a directive: its man page, anchored at the key. */
export function directivePage(section: string, key: string): { page: string; url: string } {
  const group = groupOf(key);
  const page = (group && GROUP_PAGE[group]) ?? SECTION_PAGE[section] ?? 'systemd.unit';
  return { page: `${page}(5)`, url: `${MAN_BASE}${page}.html#${key}=` };
}

/** Markdown hover for a `[Section]` header. */
export function sectionHover(section: string): string | undefined {
  const doc = SECTION_DOCS[section];
  if (!doc) return undefined;
  const page = SECTION_PAGE[section];
  return `**[${section}]**\n\n${doc}\n\nSee [${page}(5)](${MAN_BASE}${page}.html).`;
}

/** Markdown hover for `Key=` in a section; undefined for a key systemd does not know there. */
export function directiveHover(section: string, key: string, extra: readonly string[] = []): string | undefined {
  if (!keysOf(section)?.has(key) && !KEY_DOCS[key]) return undefined;
  const { page, url } = directivePage(section, key);
  const parts = [`**${key}=** in \`[${section}]\``];
  if (KEY_DOCS[key]) parts.push(KEY_DOCS[key]);
  parts.push(...extra);
  parts.push(`See [${page}](${url}).`);
  return parts.join('\n\n');
}

/** What openrc-run does with its variables and functions (the OpenRC service script guide, openrc-run(8)). */
export const OPENRC_DOCS: Record<string, string> = {
  command: 'The daemon to run. With `command=` set (and no `start()`), openrc-run starts and stops it with start-stop-daemon (or the `supervisor`).',
  command_args: 'Arguments for `command`.',
  command_args_foreground: 'Arguments that keep `command` in the foreground, used when a supervisor runs it.',
  command_args_background: 'Arguments that make `command` daemonize itself; not together with `command_background`.',
  command_background: 'When `true`, openrc-run forks the foreground `command` into the background itself; needs `pidfile`, which openrc-run then writes.',
  command_user: 'The `user[:group]` `command` runs as; the way to drop privileges instead of `su` or `sudo`.',
  command_progress: 'Print dots while waiting for the daemon.',
  pidfile: 'The PID file of the daemon, used to stop it and to tell whether it runs. Keep it under `/run`, writable by root only, and not configurable from conf.d.',
  procname: 'The process name to match when there is no PID file; a foreground option with `command_background` and `pidfile` is more reliable.',
  name: 'The display name of the service.',
  description: 'A one-line description shown by `rc-service --list` and `rc-status`.',
  extra_commands: 'Extra actions that work whether or not the service runs (each needs a function of the same name).',
  extra_started_commands: 'Extra actions only for a started service, such as `reload` (each needs a function of the same name).',
  extra_stopped_commands: 'Extra actions only for a stopped service.',
  supervisor: 'Run `command` under a supervisor: `supervise-daemon` (restarts it) or `s6`; the daemon must stay in the foreground.',
  respawn_delay: 'With supervise-daemon: seconds to wait before restarting the daemon.',
  respawn_max: 'With supervise-daemon: how many restarts within `respawn_period` before giving up.',
  respawn_period: 'With supervise-daemon: the window `respawn_max` counts in.',
  output_log: "File the daemon's standard output is appended to (with `command_background` or a supervisor).",
  error_log: "File the daemon's standard error is appended to.",
  retry: 'The stop schedule: signals and timeouts, e.g. `SIGTERM/30/SIGKILL/5`.',
  stopsig: 'The signal that stops the daemon (default SIGTERM).',
  capabilities: 'Linux capabilities for `command` (with `command_user`).',
  umask: 'The umask `command` starts with.',
  directory: 'The directory `command` starts in.',
  chroot: 'The root directory `command` runs in.',
  start_stop_daemon_args: 'Extra options for start-stop-daemon.',
  rc_need: 'In conf.d: extra `need` dependencies, without editing the script.',
  rc_use: 'In conf.d: extra `use` dependencies.',
  rc_after: 'In conf.d: extra `after` ordering.',
  depend: 'Declares dependencies with `need`, `use`, `want`, `after`, `before`, `provide`, `keyword` and `config`; openrc-run reads it to order services, so it must be plain and fast.',
  start: 'Starts the service. Without it, openrc-run starts `command`; write one only when the built-in start cannot do the job.',
  stop: 'Stops the service. Without it, openrc-run stops `command` by its `pidfile`.',
  start_pre: 'Runs before start: create directories with `checkpath`, check the configuration.',
  start_post: 'Runs after a successful start.',
  stop_pre: 'Runs before stop; with `[ "${RC_CMD}" = restart ]` the place to refuse a restart with a broken configuration.',
  stop_post: 'Runs after stop: clean up.',
  status: 'Reports whether the service runs; the default checks `pidfile`.',
  reload: 'An extra command (list it in `extra_started_commands`): make the daemon re-read its configuration, e.g. `start-stop-daemon --signal HUP --pidfile "${pidfile}"`.',
  checkconfig: "A conventional function that tests the daemon's configuration; call it from `start_pre`, `reload` and a restart guard.",
  restart: 'Do not define it: openrc-run maps restart to stop then start, with dependencies.',
};

/** The value types of systemd's most used parsers, in words. */
const VALUE_TYPES: Record<string, string> = {
  config_parse_bool: 'a boolean: `yes`/`no`, `true`/`false`, `on`/`off`, `1`/`0`',
  config_parse_tristate: 'a boolean, or empty for the default',
  config_parse_sec: 'a time span: `30`, `5s`, `1min 30s`, `2h`, `infinity`',
  config_parse_sec_fix_0: 'a time span (`0` means no limit)',
  config_parse_sec_def_infinity: 'a time span, or `infinity`',
  config_parse_memory_limit: 'bytes with an optional K/M/G/T suffix (base 1024), a percentage, or `infinity`',
  config_parse_rlimit: 'a limit: a number, `infinity`, or `soft:hard`',
  config_parse_unit_deps: 'unit names, separated by spaces',
  config_parse_exec: 'a command line: an executable with optional `-`, `@`, `:`, `+`, `!` prefixes, then its arguments',
  config_parse_unit_path_printf: 'an absolute path; specifiers are expanded',
  config_parse_unit_string_printf: 'a string; specifiers are expanded',
  config_parse_mode: 'an octal file mode such as `0755`',
  config_parse_signal: 'a signal name (`SIGTERM`, `TERM`) or number',
  config_parse_unsigned: 'a non-negative integer',
  config_parse_exec_output: '`inherit`, `null`, `tty`, `journal`, `kmsg`, `journal+console`, `kmsg+console`, `socket`, `fd:NAME`, `file:PATH`, `append:PATH` or `truncate:PATH`',
  config_parse_socket_listen: 'an address: a port, `ADDRESS:PORT`, `[IPv6]:PORT`, an absolute path, or `@abstract`',
  config_parse_capability_set: 'capability names (`CAP_NET_BIND_SERVICE`), optionally led by `~` to invert',
  config_parse_unit_condition_path: 'a path, optionally led by `!` (negate) and `|` (trigger)',
  config_parse_unit_condition_string: 'a string, optionally led by `!` (negate) and `|` (trigger)',
  config_parse_exec_directories: 'relative directory names, separated by spaces',
  config_parse_namespace_path_strv: 'absolute paths, each optionally led by `-` (ignore if missing) or `+`',
  config_parse_environ: 'assignments `NAME=value`, separated by spaces; quote one that contains spaces',
  config_parse_nice: 'an integer from -20 to 19',
  config_parse_oom_score_adjust: 'an integer from -1000 to 1000',
  config_parse_timer: 'a time span or a calendar event, depending on the key',
  config_parse_calendar: 'a calendar event: `daily`, `Mon..Fri *-*-* 03:00`, …',
};

/** Extra hover lines about a key's values: their type, the accepted words, the release that added it. */
export function valueNotes(section: string, key: string): string[] {
  const info = keyInfo(section, key);
  if (!info) return [];
  const notes: string[] = [];
  if (info.deprecated === 'ignored') notes.push(`Ignored by systemd${info.deprecatedSince ? ` since ${info.deprecatedSince}` : ''}: it logs a warning and does nothing with it.`);
  const words = valuesOf(section, key);
  const since = (w: string) => info.values?.[w] ?? OLDEST_RELEASE;
  if (words.length) notes.push(`Values: ${words.map((w) => `\`${w}\`${since(w) > OLDEST_RELEASE ? ` (systemd ${since(w)}+)` : ''}`).join(', ')}${info.booleans ? ', or a boolean' : ''}.`);
  else if (VALUE_TYPES[info.parser]) notes.push(`Value: ${VALUE_TYPES[info.parser]}.`);
  notes.push(info.since > OLDEST_RELEASE ? `Added in systemd ${info.since}.` : `Accepted by every systemd release since ${OLDEST_RELEASE}.`);
  return notes;
}

/** The words a key accepts (newest release), for completion after `Key=` and for hover. */
export function valuesOf(section: string, key: string): string[] {
  const info = keyInfo(section, key);
  if (info?.values) return Object.keys(info.values);
  return info?.parser === 'config_parse_bool' ? ['yes', 'no'] : [];
}
