/**
 * One validator per systemd parser function (the name systemd's gperf table
 * gives each key): `config_parse_bool`, `config_parse_sec`,
 * `config_parse_service_type`, … Each says whether systemd would accept the
 * value and, when not, what systemd logs and what it expects.
 */
import { ENUM_PARSERS } from './enums.js';
import { isUnitName, withoutSpecifiers } from './names.js';
import { isPercentage, isResourceLimit, isSize, parseInteger } from './numbers.js';
import { isCalendarEvent, isTimespan, unknownTimeZone } from './time.js';
import { splitWords } from './words.js';
import { isListenAddress, isNetlinkAddress } from './listen.js';
import { EXECUTION_VALIDATORS } from './execution.js';
import { SANDBOXING_VALIDATORS } from './sandboxing.js';

export interface ValueProblem {
  /** What systemd logs, up to the value: "Failed to parse boolean value". */
  message: string;
  /** What would be accepted, for the finding's "expected …". */
  expected: string;
  /** The offending part of the value (index into it); the whole value when absent. */
  start?: number;
  end?: number;
  /** For enums: the accepted words, for a near-miss fix. */
  choices?: readonly string[];
  /** systemd drops only this word of a list (`Environment=`), not the whole line. */
  wordOnly?: boolean;
  /** A safe edit of the value (indices into it) that gives what was meant, when that is certain. */
  edit?: { start: number; end: number; text: string };
}

/** `ltype` is the third column of the gperf line (`RLIMIT_NOFILE`, `TIMER_CALENDAR`, …). */
/** Words the directive table adds for an enum key (every release's), and whether it takes booleans. */
export interface TableWords {
  words?: readonly string[];
  booleans?: boolean;
}

export type Validator = (value: string, ltype?: string, key?: string, table?: TableWords) => ValueProblem | undefined;

const BOOLEAN = /^(1|yes|y|true|t|on|0|no|n|false|f|off)$/i;
export const isBoolean = (v: string): boolean => BOOLEAN.test(v);
const BOOL_WORDS = '`yes`/`no` (also `true`/`false`, `on`/`off`, `1`/`0`)';
const TIMESPAN = 'a time span such as `90`, `5min 20s` or `infinity`';

const problem = (message: string, expected: string, extra: Partial<ValueProblem> = {}): ValueProblem => ({ message, expected, ...extra });

/** Values with specifiers are expanded by systemd before parsing: judged only where the expansion cannot matter. */
const hasSpecifier = (v: string) => v.includes('%');

function boolValidator(message: string, allowEmpty = false): Validator {
  return (v) => ((allowEmpty && v === '') || isBoolean(v) ? undefined : problem(message, BOOL_WORDS));
}

function secValidator(message = 'Failed to parse sec value'): Validator {
  return (v) => (isTimespan(v) ? undefined : problem(message, TIMESPAN));
}

function rangeValidator(outOfRange: string, unparsable: string, min: number, max: number, words: string[] = []): Validator {
  return (v) => {
    if (words.includes(v)) return undefined;
    const n = parseInteger(v, true);
    const expected = `an integer from ${min} to ${max}${words.length ? ` or ${words.map((w) => `\`${w}\``).join(', ')}` : ''}`;
    if (n === undefined) return problem(unparsable, expected);
    return n < min || n > max ? problem(outOfRange, expected) : undefined;
  };
}

function enumValidator(name: string): Validator {
  const spec = ENUM_PARSERS[name];
  const own = new Set(spec.values);
  return (v, _ltype, _key, table) => {
    const booleans = spec.boolean || !!table?.booleans;
    const word = spec.anyCase ? v.toLowerCase() : v;
    if (own.has(word) || table?.words?.includes(word) || (booleans && isBoolean(v))) return undefined;
    const choices = [...new Set([...spec.values, ...(table?.words ?? [])])];
    const expected = choices.map((w) => `\`${w}\``).join(', ') + (booleans ? ', or a boolean' : '');
    return problem(spec.message, `one of ${expected}`, { choices });
  };
}

const OUTPUT_PREFIX = /^(file|append|truncate):/;
function outputValidator(): Validator {
  const plain = enumValidator('config_parse_exec_output');
  return (v, ltype, key, table) => {
    if (v.startsWith('fd:')) return /^fd:[^\s:]{0,255}$/.test(v) ? undefined : problem('Invalid file descriptor name', 'a file descriptor name after `fd:`');
    const prefix = OUTPUT_PREFIX.exec(v);
    if (prefix) return absolutePathProblem(v.slice(prefix[0].length), prefix[0].length);
    const p = plain(v, ltype, key, table);
    return p && { ...p, expected: `${p.expected}, or \`file:\`/\`append:\`/\`truncate:\` with an absolute path, or \`fd:NAME\`` };
  };
}

function inputValidator(): Validator {
  const plain = enumValidator('config_parse_exec_input');
  return (v, ltype, key, table) => {
    if (v.startsWith('fd:')) return undefined;
    if (v.startsWith('file:')) return absolutePathProblem(v.slice(5), 5);
    return plain(v, ltype, key, table);
  };
}

/** `path_simplify_and_warn(PATH_CHECK_ABSOLUTE)`: absolute, no `..` component. */
function absolutePathProblem(path: string, offset = 0): ValueProblem | undefined {
  const expanded = withoutSpecifiers(path);
  // Specifiers that expand to directories (%t, %h, %S, %f, %d, …) make a path absolute; names (%i, %n, %u, …) do not.
  const absolute = path.startsWith('/') || (path.startsWith('%') && !/^%[nNpPiIjJbBmMovlwWaAqgGuU%]/.test(path));
  if (!absolute) return problem('path is not absolute', 'an absolute path starting with `/`', { start: offset, end: offset + path.length });
  if (/(^|\/)\.\.(\/|$)/.test(expanded)) return problem('path contains ".." component', 'a normalized absolute path', { start: offset, end: offset + path.length });
  return undefined;
}

/** `PIDFile=`: a relative path is taken below /run, but `..` is refused. */
function normalizedPathValidator(): Validator {
  return (v) => (/(^|\/)\.\.(\/|$)/.test(withoutSpecifiers(v)) ? problem('path is not normalized', 'a path without `..` components') : undefined);
}

/** `ConditionPathExists=` and kin: `|` (trigger) then `!` (negate) may precede the absolute path. */
function conditionPathValidator(): Validator {
  return (v) => {
    let i = 0;
    if (v[i] === '|') i++;
    if (v[i] === '!') i++;
    return absolutePathProblem(v.slice(i), i);
  };
}

/** `RequiresMountsFor=`, `Symlinks=`, …: a list of absolute paths. */
function pathListValidator(): Validator {
  return (v) => {
    const { words, error } = splitWords(v, { unquote: true });
    if (error !== undefined) return problem('Invalid syntax', 'balanced quotes', { start: error, end: v.length });
    for (const w of words) {
      const found = absolutePathProblem(w.text);
      if (found) return { ...found, start: w.start, end: w.end };
    }
    return undefined;
  };
}

function pathValidator(prefixes: string): Validator {
  return (v) => {
    if (v === '') return undefined;
    let i = 0;
    while (i < v.length && prefixes.includes(v[i])) i++;
    return absolutePathProblem(v.slice(i), i);
  };
}

/** `env_assignment_is_valid()` for each word of `Environment=` (quotes and C escapes as systemd splits them). */
function environValidator(): Validator {
  return (v) => {
    const { words, error } = splitWords(v, { unquote: true, cunescape: true });
    if (error !== undefined) return problem('Invalid syntax', 'balanced quotes and valid escapes', { start: error, end: v.length });
    for (const w of words) {
      const eq = w.text.indexOf('=');
      if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(w.text.slice(0, eq))) continue;
      if (hasSpecifier(w.text)) continue;
      return problem('Invalid environment assignment', '`NAME=value` (a name of letters, digits and `_`, not starting with a digit; quote a value with spaces)', {
        start: w.start,
        end: w.end,
        wordOnly: true,
      });
    }
    return undefined;
  };
}

/** `Wants=`, `After=`, …: each word must be a valid unit name once specifiers are expanded. */
function unitListValidator(): Validator {
  return (v) => {
    const { words, error } = splitWords(v, { unquote: true, retainEscape: true });
    if (error !== undefined) return problem('Invalid syntax', 'balanced quotes', { start: error, end: v.length });
    for (const w of words) {
      if (isUnitName(withoutSpecifiers(w.text))) continue;
      return problem(`Failed to add dependency on ${w.text}`, 'unit names such as `foo.service` or `bar@baz.socket`, separated by spaces', { start: w.start, end: w.end });
    }
    return undefined;
  };
}

function triggerUnitValidator(): Validator {
  return (v) => (v === '' || isUnitName(withoutSpecifiers(v)) ? undefined : problem(`Failed to add trigger on ${v}`, 'one unit name such as `foo.service`'));
}

const SIGNALS = [
  'HUP',
  'INT',
  'QUIT',
  'ILL',
  'TRAP',
  'ABRT',
  'IOT',
  'BUS',
  'FPE',
  'KILL',
  'USR1',
  'SEGV',
  'USR2',
  'PIPE',
  'ALRM',
  'TERM',
  'STKFLT',
  'CHLD',
  'CONT',
  'STOP',
  'TSTP',
  'TTIN',
  'TTOU',
  'URG',
  'XCPU',
  'XFSZ',
  'VTALRM',
  'PROF',
  'WINCH',
  'IO',
  'POLL',
  'PWR',
  'SYS',
];
const SIGNAL_NAMES = new Set(SIGNALS);
/** `signal_from_string()`: `SIGTERM`, `TERM`, `15`, `RTMIN+3`, `SIGRTMAX-1`. */
export function isSignal(v: string): boolean {
  const name = v.startsWith('SIG') ? v.slice(3) : v;
  if (SIGNAL_NAMES.has(name)) return true;
  const rt = /^RTM(IN|AX)(?:([+-])([0-9]+))?$/.exec(name);
  if (rt) return !rt[2] || ((rt[1] === 'IN' ? rt[2] === '+' : rt[2] === '-') && Number(rt[3]) <= 30);
  if (v !== name) return false;
  const n = parseInteger(v);
  return n !== undefined && n >= 1 && n <= 64 && /^[0-9]+$/.test(v);
}

function signalValidator(): Validator {
  return (v) => (isSignal(v) ? undefined : problem('Failed to parse signal name', 'a signal such as `SIGTERM`, `SIGINT`, `SIGKILL` or `SIGRTMIN+3`'));
}

const EXIT_NAMES = new Set(
  (
    'SUCCESS FAILURE CHDIR NICE FDS EXEC MEMORY LIMITS OOM_ADJUST SIGNAL_MASK STDIN STDOUT CHROOT IOPRIO TIMERSLACK SECUREBITS ' +
    'SETSCHEDULER CPUAFFINITY GROUP USER CAPABILITIES CGROUP SETSID CONFIRM STDERR PAM NETWORK NAMESPACE NO_NEW_PRIVILEGES SECCOMP ' +
    'SELINUX_CONTEXT PERSONALITY APPARMOR ADDRESS_FAMILIES RUNTIME_DIRECTORY CHOWN SMACK_PROCESS_LABEL KEYRING STATE_DIRECTORY ' +
    'CACHE_DIRECTORY LOGS_DIRECTORY CONFIGURATION_DIRECTORY NUMA_POLICY CREDENTIALS BPF EXCEPTION INVALIDARGUMENT NOTIMPLEMENTED ' +
    'NOPERMISSION NOTINSTALLED NOTCONFIGURED NOTRUNNING USAGE DATAERR NOINPUT NOUSER NOHOST UNAVAILABLE SOFTWARE OSERR OSFILE ' +
    'CANTCREAT IOERR TEMPFAIL PROTOCOL NOPERM CONFIG'
  ).split(' '),
);
/** `SuccessExitStatus=`: exit codes 0–255, their names, or signals. */
function exitStatusValidator(signals: boolean): Validator {
  return (v) => {
    for (const w of splitWords(v).words) {
      const n = /^[0-9]+$/.test(w.text) ? Number(w.text) : undefined;
      if ((n !== undefined && n <= 255) || EXIT_NAMES.has(w.text) || (signals && isSignal(w.text))) continue;
      return problem(n !== undefined ? 'Value is out of range' : `Failed to parse status or signal: ${w.text}`, `exit codes 0–255 or their names${signals ? ', or signal names' : ''}`, {
        start: w.start,
        end: w.end,
      });
    }
    return undefined;
  };
}

const CAPABILITIES = new Set(
  (
    'chown dac_override dac_read_search fowner fsetid kill setgid setuid setpcap linux_immutable net_bind_service net_broadcast ' +
    'net_admin net_raw ipc_lock ipc_owner sys_module sys_rawio sys_chroot sys_ptrace sys_pacct sys_admin sys_boot sys_nice ' +
    'sys_resource sys_time sys_tty_config mknod lease audit_write audit_control setfcap mac_override mac_admin syslog wake_alarm ' +
    'block_suspend audit_read perfmon bpf checkpoint_restore'
  )
    .split(' ')
    .map((c) => `cap_${c}`),
);
function capabilityValidator(): Validator {
  return (v) => {
    const body = v.startsWith('~') ? v.slice(1) : v;
    const offset = v.length - body.length;
    const { words, error } = splitWords(body, { unquote: true });
    if (error !== undefined) return problem('Invalid syntax', 'balanced quotes', { start: offset + error, end: v.length });
    for (const w of words) {
      const n = /^[0-9]+$/.test(w.text) ? Number(w.text) : undefined;
      if (CAPABILITIES.has(w.text.toLowerCase()) || (n !== undefined && n < 63)) continue;
      return problem('Unknown capability', 'capability names such as `CAP_NET_BIND_SERVICE`, optionally after `~` (systemd drops unknown names, logging them only at debug level)', {
        start: offset + w.start,
        end: offset + w.end,
        wordOnly: true,
      });
    }
    return undefined;
  };
}

/** Limits that may be 0 (protections and swap caps); for the others 0 is "out of range". */
const ZERO_MEMORY_OK = /^(Startup|Default)?Memory(Min|Low|SwapMax|ZSwapMax)$/;
const isZero = (v: string) => /^0+(\.0*)?\s*[EPTGMKB]?$|^0+(\.0+)?%$/.test(v);

function memoryValidator(): Validator {
  return (v, _ltype, key) => {
    if (v !== 'infinity' && !isSize(v) && !isPercentage(v)) return problem('Invalid memory limit', 'a size such as `512M` or `2G`, a percentage, or `infinity`');
    if (key && !ZERO_MEMORY_OK.test(key) && isZero(v)) return problem('Memory limit out of range', 'a size above 0, a percentage, or `infinity`');
    return undefined;
  };
}

function tasksMaxValidator(): Validator {
  return (v) => {
    if (v !== 'infinity' && !isPercentage(v) && parseInteger(v) === undefined) return problem('Invalid maximum tasks value', 'a count, a percentage, or `infinity`');
    return isZero(v) ? problem('Maximum tasks value out of range', 'a count above 0, a percentage, or `infinity`') : undefined;
  };
}

function sizeValidator(message: string): Validator {
  return (v) => (isSize(v) ? undefined : problem(message, 'a size such as `64K` or `8M`'));
}

function modeValidator(): Validator {
  return (v) => (/^[0-7]+$/.test(v) && parseInt(v, 8) <= 0o7777 ? undefined : problem('Failed to parse mode value', 'an octal mode such as `0022` or `0755`'));
}

function rlimitValidator(): Validator {
  return (v, resource) =>
    isResourceLimit(v, resource ?? '')
      ? undefined
      : problem('Failed to parse resource value', resource === 'RLIMIT_NOFILE' || !resource ? 'a number, `infinity`, or `soft:hard`' : "a value of the limit's unit, `infinity`, or `soft:hard`");
}

function timerValidator(): Validator {
  return (raw, which) => {
    // With specifiers, refuse only what no expansion could make valid (tried with digits and with letters).
    const accepts = (check: (v: string) => boolean) => (hasSpecifier(raw) ? ['0', 'x'].some((c) => check(raw.replace(/%./g, (s) => (s === '%%' ? '%' : c)))) : check(raw));
    if (which === 'TIMER_CALENDAR') {
      if (accepts(isCalendarEvent)) return undefined;
      const zone = hasSpecifier(raw) ? undefined : unknownTimeZone(raw);
      if (zone) {
        const { start, end, spelling } = zone;
        const edit = spelling === undefined ? undefined : { start, end, text: spelling };
        return problem(
          'Failed to parse calendar specification',
          spelling ? `\`${spelling}\` (zone names are case-sensitive)` : 'a time-zone name of the tz database such as `Europe/Berlin` or `UTC`',
          { start, end, edit },
        );
      }
      return problem('Failed to parse calendar specification', 'a calendar event such as `daily`, `Mon..Fri *-*-* 03:00:00` or `*:0/15` (systemd.time(7))');
    }
    return accepts((x) => isTimespan(x)) ? undefined : problem('Failed to parse timer value', TIMESPAN);
  };
}

function listenValidator(): Validator {
  return (raw, kind, key) => {
    // Specifiers such as %t expand to absolute directories; the others to plain words.
    const v = raw.replace(/%./g, (s) => (s === '%%' ? '%' : /%[tThHSCLEVg]/.test(s) && raw.startsWith(s) ? '/x' : 'x'));
    if (key === 'ListenSequentialPacket' && isListenAddress(v) && !/^[/@]/.test(v))
      return problem('Address family not supported', 'a file-system socket path or `@abstract` name (sequential packets are AF_UNIX only)');
    if (kind === 'SOCKET_SOCKET')
      return isListenAddress(v) ? undefined : problem('Failed to parse address value', 'a port 1–65535, `ADDRESS:PORT` (`[IPv6]:PORT`), an absolute socket path, `@abstract`, or `vsock:CID:PORT`');
    return absolutePathProblem(v);
  };
}

function netlinkValidator(): Validator {
  return (v) =>
    v === '' || hasSpecifier(v) || isNetlinkAddress(v)
      ? undefined
      : problem('Failed to parse address value', 'a netlink family such as `route` or `kobject-uevent`, optionally followed by a group number');
}

/** `Documentation=`: http(s)://, file:/, info: or man: URLs, ASCII only. */
function documentationValidator(): Validator {
  return (v) => {
    for (const w of splitWords(v, { unquote: true }).words) {
      if (/^(https?:\/\/.|file:\/|info:.|man:.)[\x20-\x7e]*$/.test(w.text)) continue;
      return problem('Invalid URL', 'a `https://`, `http://`, `file:/`, `man:` or `info:` URL', { start: w.start, end: w.end, wordOnly: true });
    }
    return undefined;
  };
}

const NAMESPACES = new Set(['cgroup', 'ipc', 'net', 'mnt', 'pid', 'user', 'uts', 'time']);
/** `RestrictNamespaces=`: a boolean, or namespace names (after an optional `~`). */
function namespaceFlagsValidator(): Validator {
  return (v) => {
    if (isBoolean(v)) return undefined;
    const body = v.startsWith('~') ? v.slice(1) : v;
    const offset = v.length - body.length;
    for (const w of splitWords(body).words) {
      if (NAMESPACES.has(w.text)) continue;
      return problem('Failed to parse namespace type string', 'a boolean, or namespace names among `cgroup`, `ipc`, `net`, `mnt`, `pid`, `user`, `uts`, `time` (optionally after `~`)', {
        start: offset + w.start,
        end: offset + w.end,
      });
    }
    return undefined;
  };
}

function cpuQuotaValidator(): Validator {
  return (v) => (v === '' || (/^[0-9]+(\.[0-9]{1,2})?%$/.test(v) && Number(v.slice(0, -1)) > 0) ? undefined : problem('Invalid CPU quota', 'a percentage above 0 such as `20%` or `150%`'));
}

function enumValidators(): Record<string, Validator> {
  const out: Record<string, Validator> = {};
  for (const name of Object.keys(ENUM_PARSERS)) out[name] = enumValidator(name);
  out.config_parse_exec_output = outputValidator();
  out.config_parse_exec_input = inputValidator();
  return out;
}

/** The validators, by the systemd parser function they mirror. */
export const VALIDATORS: Readonly<Record<string, Validator>> = {
  ...enumValidators(),
  ...EXECUTION_VALIDATORS,
  ...SANDBOXING_VALIDATORS,
  config_parse_bool: boolValidator('Failed to parse boolean value'),
  config_parse_tristate: boolValidator('Failed to parse boolean value', true),
  config_parse_sec: secValidator(),
  config_parse_sec_fix_0: secValidator(),
  config_parse_sec_def_infinity: secValidator(),
  config_parse_sec_def_unset: secValidator(),
  config_parse_service_timeout: secValidator('Failed to parse timeout'),
  config_parse_service_timeout_abort: secValidator('Failed to parse timeout'),
  config_parse_job_timeout_sec: secValidator('Failed to parse job timeout'),
  config_parse_job_running_timeout_sec: secValidator('Failed to parse job running timeout'),
  config_parse_timer: timerValidator(),
  config_parse_exec_nice: rangeValidator('Nice priority out of range', 'Failed to parse nice priority', -20, 19),
  config_parse_exec_oom_score_adjust: rangeValidator('OOM score adjust value out of range', 'Failed to parse the OOM score adjust value', -1000, 1000),
  config_parse_exec_io_priority: rangeValidator('Failed to parse IO priority', 'Failed to parse IO priority', 0, 7),
  config_parse_exec_cpu_sched_prio: rangeValidator('CPU scheduling priority is out of range', 'Failed to parse CPU scheduling priority', 0, 99),
  config_parse_cg_weight: rangeValidator('Weight out of range', 'Invalid weight', 1, 10000),
  config_parse_cg_cpu_weight: rangeValidator('CPU weight out of range', 'Invalid CPU weight', 1, 10000, ['idle']),
  config_parse_rlimit: rlimitValidator(),
  config_parse_signal: signalValidator(),
  config_parse_mode: modeValidator(),
  config_parse_environ: environValidator(),
  config_parse_unit_deps: unitListValidator(),
  config_parse_trigger_unit: triggerUnitValidator(),
  config_parse_socket_listen: listenValidator(),
  config_parse_socket_netlink: netlinkValidator(),
  config_parse_set_status: exitStatusValidator(true),
  config_parse_capability_set: capabilityValidator(),
  config_parse_memory_limit: memoryValidator(),
  config_parse_tasks_max: tasksMaxValidator(),
  config_parse_iec_size: sizeValidator('Failed to parse size value'),
  config_parse_cpu_quota: cpuQuotaValidator(),
  config_parse_documentation: documentationValidator(),
  config_parse_namespace_flags: namespaceFlagsValidator(),
  config_parse_pid_file: normalizedPathValidator(),
  config_parse_unit_env_file: pathValidator('-'),
  config_parse_unit_path_printf: pathValidator(''),
  config_parse_path_spec: pathValidator(''),
  config_parse_unit_condition_path: conditionPathValidator(),
  config_parse_unit_mounts_for: pathListValidator(),
  config_parse_unit_path_strv_printf: pathListValidator(),
};

/**
 * Parsers for which an empty value resets the setting. The others refuse it
 * (`Type=`, `NoNewPrivileges=`, `LimitNOFILE=`, `UMask=`, `KillSignal=` … log
 * "Failed to parse …, ignoring:"), as systemd-analyze verify shows.
 */
const EMPTY_RESETS = new Set([
  'config_parse_unit_deps',
  'config_parse_capability_set',
  'config_parse_cg_weight',
  'config_parse_cg_cpu_weight',
  'config_parse_cpu_quota',
  'config_parse_sec_def_infinity',
  'config_parse_memory_limit',
  'config_parse_tasks_max',
  'config_parse_managed_oom_mode',
  'config_parse_kill_mode',
  'config_parse_socket_listen',
  'config_parse_socket_netlink',
  'config_parse_timer',
  'config_parse_set_status',
  'config_parse_exec_nice',
  'config_parse_exec_oom_score_adjust',
  'config_parse_exec_io_class',
  'config_parse_exec_io_priority',
  'config_parse_exec_cpu_sched_policy',
  'config_parse_service_timeout_abort',
  'config_parse_environ',
  'config_parse_unit_env_file',
  'config_parse_pid_file',
  'config_parse_tristate',
  'config_parse_trigger_unit',
  'config_parse_unit_path_printf',
  'config_parse_unit_condition_path',
  'config_parse_unit_mounts_for',
  'config_parse_unit_path_strv_printf',
  'config_parse_documentation',
  'config_parse_namespace_flags',
]);

/** Checks `value` with the validator of `parser`; undefined when accepted or when no validator knows the parser. */
export function validateValue(parser: string, value: string, ltype?: string, key?: string, table?: TableWords): ValueProblem | undefined {
  const validate = VALIDATORS[parser];
  if (!validate || (value === '' && EMPTY_RESETS.has(parser))) return undefined;
  return validate(value, ltype, key, table);
}
