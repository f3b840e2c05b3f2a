/**
 * The words systemd's enum parsers accept (their `*_table[]` string tables in
 * systemd's source, every release from 252 to the newest; facts, not text),
 * with the message `log_syntax()` prints when a word is not among them.
 */
export interface EnumSpec {
  values: readonly string[];
  /** Also accepts systemd's boolean words (`DEFINE_STRING_TABLE_LOOKUP_WITH_BOOLEAN`). */
  boolean?: boolean;
  /** What systemd logs: "Failed to parse service type". */
  message: string;
  /** Compared without regard to case (protocol names). */
  anyCase?: boolean;
  /** Words the directive table does not date: the release that first accepts each. */
  since?: Readonly<Record<string, number>>;
}

const e = (message: string, values: string, boolean = false): EnumSpec => ({ message, values: values.split(' '), boolean });

/** Keyed by the parser function systemd's gperf table names for the key. */
export const ENUM_PARSERS: Record<string, EnumSpec> = {
  config_parse_service_type: e('Failed to parse service type', 'simple exec forking oneshot dbus notify notify-reload idle'),
  config_parse_service_restart: e('Failed to parse service restart specifier', 'no on-success on-failure on-abnormal on-watchdog on-abort always'),
  config_parse_service_restart_mode: e('Failed to parse service restart mode', 'normal direct debug'),
  config_parse_kill_mode: e('Failed to parse kill mode specification', 'control-group process mixed none'),
  config_parse_exec_input: e('Failed to parse input specifier', 'null tty tty-force tty-fail socket fd data file'),
  config_parse_exec_output: e('Failed to parse output specifier', 'inherit null tty kmsg kmsg+console journal journal+console socket fd file append truncate syslog syslog+console'),
  config_parse_protect_system: e('Failed to parse protect system value', 'no yes full strict', true),
  config_parse_protect_home: e('Failed to parse protect home value', 'no yes read-only tmpfs', true),
  config_parse_protect_hostname: e('Failed to parse protect hostname value', 'no yes private', true),
  config_parse_protect_control_groups: e('Failed to parse protect control groups value', 'no yes private strict', true),
  config_parse_private_tmp: e('Failed to parse private tmp value', 'no connected disconnected', true),
  config_parse_private_users: e('Failed to parse private users value', 'no self identity full managed', true),
  config_parse_private_pids: e('Failed to parse private pids value', 'no yes', true),
  config_parse_emergency_action: e(
    'Failed to parse emergency action',
    'none exit exit-force reboot reboot-force reboot-immediate poweroff poweroff-force poweroff-immediate soft-reboot soft-reboot-force kexec kexec-force halt halt-force halt-immediate',
  ),
  config_parse_notify_access: e('Failed to parse notify access specifier', 'none main exec all'),
  config_parse_job_mode: e('Failed to parse job mode', 'fail replace replace-irreversibly isolate flush ignore-dependencies ignore-requirements triggering restart-dependencies lenient'),
  config_parse_collect_mode: e('Failed to parse garbage collection mode', 'inactive inactive-or-failed'),
  config_parse_oom_policy: e('Failed to parse OOM policy', 'continue stop kill'),
  config_parse_exec_utmp_mode: e('Failed to parse utmp mode', 'init login user'),
  config_parse_exec_keyring_mode: e('Failed to parse keyring mode', 'inherit private shared'),
  config_parse_runtime_preserve_mode: e('Failed to parse runtime directory preserve mode', 'no yes restart', true),
  config_parse_exec_preserve_mode: e('Failed to parse runtime directory preserve mode', 'no yes restart on-success', true),
  config_parse_service_exit_type: e('Failed to parse service exit type', 'main cgroup'),
  config_parse_service_timeout_failure_mode: e('Failed to parse timeout failure mode', 'terminate abort kill'),
  config_parse_device_policy: e('Failed to parse device policy', 'auto closed strict'),
  config_parse_protect_proc: e('Failed to parse /proc/ protection mode', 'default noaccess invisible ptraceable'),
  config_parse_proc_subset: e('Failed to parse /proc/ subset mode', 'all pid'),
  config_parse_managed_oom_mode: e('Invalid syntax', 'auto kill'),
  config_parse_managed_oom_preference: e('Failed to parse ManagedOOMPreference=', 'none avoid omit'),
  config_parse_exec_io_class: e('Failed to parse IO scheduling class', 'none realtime best-effort idle 0 1 2 3'),
  config_parse_exec_cpu_sched_policy: e('Failed to parse CPU scheduling policy', 'other batch idle fifo ext rr 0 1 2 3 5 6 7'),
  config_parse_socket_bind: e('Failed to parse bind IPv6 only value', 'default both ipv6-only', true),
  config_parse_socket_timestamping: e('Failed to parse timestamping precision', 'off us usec µs μs ns nsec', true),
  config_parse_socket_protocol: { ...e('Failed to parse socket protocol', 'udplite sctp mptcp'), since: { mptcp: 257 }, anyCase: true },
  config_parse_exec_memory_thp: e('Failed to parse MemoryTHP', 'inherit disable madvise system'),
};
