/**
 * systemd's own oracle for the value checks: units generated from the
 * key → parser table, each line a probe value, handed to the installed
 * `systemd-analyze verify`; its "…, ignoring" lines are compared with
 * `systemd/invalid-value` findings line by line. Test-only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allDirectives, type DirectiveInfo } from '../../src/languages/systemd/directives.js';
import { ENUM_PARSERS } from '../../src/languages/systemd/values/enums.js';
import { checkValue, parserOf, VALIDATORS } from '../../src/languages/systemd/values/index.js';

export interface Probe {
  section: string;
  key: string;
  value: string;
}

export interface Verdict extends Probe {
  /** What verify logged for the line, if anything. */
  verify?: string;
  /** What initlint reports, if anything. */
  initlint?: string;
}

/** The installed systemd's major version, or undefined when systemd-analyze is missing. */
export function installedSystemd(): number | undefined {
  try {
    const out = execFileSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
    return Number(/systemd (\d+)/.exec(out)?.[1]);
  } catch {
    return undefined;
  }
}

/** Does release `version` know the key (added by then, not yet removed)? */
const knownIn = (info: DirectiveInfo, version: number) => info.since <= version && (info.removed === undefined || info.removed > version);

/** A unit file of this type carries each section's keys (Unit and Install go in a .service). */
const FILE_OF_SECTION: Record<string, string> = {
  Unit: 'service',
  Service: 'service',
  Socket: 'socket',
  Timer: 'timer',
  Mount: 'mount',
  Automount: 'automount',
  Swap: 'swap',
  Path: 'path',
  Slice: 'slice',
};

const BOOLS = ['yes', 'no', 'true', 'off', 'On', '1', '0', 'maybe', '2', 'yess', ''];
const TIMESPANS = ['5min 20s', '5min20s', '90', '1.5h', '.5s', '10 ms', 'infinity', '2weeks', '1y 2M', '5x', '-1', 'soon', '1h 1.5.3m', '5 minutes', ''];
const NUMBERS = ['0', '1', '7', '19', '20', '-20', '-21', '40', '99', '100', '1000', '-1000', '-1001', '10000', '10001', '0x10', 'x', '1.5', ''];
const SIZES = ['512M', '1G', '1.5G', '1G 512M', '4096', '80%', '12.5%', '101%', '0', 'infinity', 'lots', '5X', '-1', ''];

/** Command lines: every prefix 252 reads (not `|`, from 258), bad combinations, empty and relative paths, quoting. */
const EXEC_LINES = [
  '/bin/true',
  '-/bin/true',
  '@/bin/true true',
  ':/bin/true $X',
  '+/bin/true',
  '!/bin/true',
  '!!/bin/true',
  '-:@+/bin/true x',
  'true',
  '/bin/true ; /bin/true x',
  '"/bin/true" "a b" \\q',
  '- /bin/true',
  '--/bin/true',
  '+!/bin/true',
  '!!!/bin/true',
  '!+/bin/true',
  'bin/true',
  '/bin/',
  '.',
  '-',
  '@/bin/true',
  '/bin/true ; @/bin/true',
  '/bin/true "unterminated',
  '"/bin/tr\'ue"',
  '',
];

/** Values to try for a parser: accepted ones and near misses. */
function probeValues(parser: string, ltype: string | undefined, key: string): string[] {
  const spec = ENUM_PARSERS[parser];
  if (spec) {
    const words = spec.values.slice(0, 6);
    const slips = words.flatMap((w) => [w.slice(0, -1), w + 'x', w.toUpperCase()]);
    return [...words, ...slips, 'maybe', 'yes', ''];
  }
  switch (parser) {
    case 'config_parse_bool':
    case 'config_parse_tristate':
      return BOOLS;
    case 'config_parse_timer':
      return ltype === 'TIMER_CALENDAR'
        ? [
            'daily',
            'weekly',
            'Mon..Fri *-*-* 03:00:00',
            'Mon..Fry 03:00',
            '*:0/15',
            '*-*-* 25:00',
            'Sat,Sun 10:00',
            '2023-02-30',
            '*-*~03',
            '@1700000000',
            '12:60',
            'Mon-Wed 1:2:3',
            'daily UTC',
            'daily Europe/Berlin',
            'Mon 10:00 America/New_York',
            'daily US/Eastern',
            'daily Etc/GMT+2',
            'daily Factory',
            'daily Europe/Berln',
            'daily europe/berlin',
            'daily Mars/Olympus',
            'daily CEST',
            '*-*-* 00:00:00.5',
            'fortnightly',
            '',
          ]
        : TIMESPANS;
    case 'config_parse_rlimit':
      return ['1024', '1024:4096', 'infinity', '1:infinity', '64M', '30min', '-5', '+5', 'lots', '1:2:3', '1K', ''];
    case 'config_parse_signal':
      return ['SIGTERM', 'TERM', 'SIGKILL', '9', 'RTMIN+3', 'SIGRTMAX-1', 'SIGFOO', '65', 'sigterm', ''];
    case 'config_parse_mode':
      return ['0022', '755', '0777', '07777', '0999', '10000', 'rwx', ''];
    case 'config_parse_environ':
      return ['A=1', 'MODE=relay DEBUG', '"A=1 2" B=3', 'A', '1A=2', 'A="unterminated', 'A=\\q', ''];
    case 'config_parse_unit_deps':
      return ['foo.service', 'a.service b.target', 'foo', 'foo@bar.service', 'foo@.service', 'foo.bar', '@x.service', ''];
    case 'config_parse_trigger_unit':
      return ['foo.service', 'foo', 'foo.bar'];
    case 'config_parse_socket_listen':
      if (ltype !== 'SOCKET_SOCKET') return ['/run/foo', 'run/foo', ''];
      if (key === 'ListenNetlink') return ['route', 'kobject-uevent 1', 'audit', 'nope', ''];
      return ['8080', '0', '99999', '127.0.0.1:80', '1.2.3.4', '[::1]:53', '[::1]', '/run/x.sock', '@abstract', 'vsock:2:1234', 'localhost:80', ''];
    case 'config_parse_set_status':
      return ['1', '1 2 SIGUSR1', '255', '256', 'NOTINSTALLED', 'SIGFOO', 'x', ''];
    case 'config_parse_capability_set':
      return ['CAP_NET_RAW', '~CAP_SYS_ADMIN cap_chown', 'CAP_FOO', 'x', ''];
    case 'config_parse_memory_limit':
    case 'config_parse_tasks_max':
    case 'config_parse_iec_size':
      return SIZES;
    case 'config_parse_cpu_quota':
      return ['20%', '150%', '0%', '20', '1.5%', 'x', ''];
    case 'config_parse_unit_condition_path':
      return ['/etc/x', '!/etc/x', '|/etc/x', '|!/etc/x', 'etc/x', '!etc/x', '/etc/../x', ''];
    case 'config_parse_unit_mounts_for':
    case 'config_parse_unit_path_strv_printf':
      return ['/var/lib/x', '/a /b', 'var/lib', '/a b', ''];
    case 'config_parse_unit_path_printf':
    case 'config_parse_path_spec':
      return ['/run/x', 'run/x', '/run/../x', ''];
    case 'config_parse_exec':
      // A second ExecStart= makes 252 refuse the whole service: the other Exec keys share the parser.
      return key === 'ExecStart' ? [] : EXEC_LINES;
    case 'config_parse_user_group_compat':
      return ['foo', 'foo-bar_1', '1foo', 'foo bar', 'Dömäne', '0', '4294967294', 'foo:bar', 'a/b', '-1', '65535', '4294967295', '0123', '.', ''];
    case 'config_parse_user_group_strv_compat':
      return ['wheel', 'wheel adm 4', '"a b"', 'wheel b/c', 'adm 65535', ''];
    case 'config_parse_load_credential':
      return ['foo', 'foo:/etc/foo.key', 'foo:bar', 'foo:/a/', 'a\\:b:/x', 'foo:/a/../b', 'foo:/a//b', 'foo:/a/./b', 'foo:bar/baz', ':/a', 'a/b:/x', '.:/x', ''];
    case 'config_parse_set_credential':
      return ltype === '1'
        ? ['foo:aGVsbG8=', 'foo:aGVs bG8=', 'foo:aGVsbG8', 'foo:not base64!', 'foo', 'a/b:aGVsbG8=', '']
        : ['foo:bar', 'foo:a:b', 'foo:line\\n', 'foo:\\x41', 'foo', 'foo:', 'foo:a\\qb', '.:x', 'a/b:x', ''];
    case 'config_parse_import_credential':
      return ['foo', 'foo.*', '*', 'foo:bar', 'foo*bar', 'foo?', 'a/b', 'foo:a/b', ''];
    case 'config_parse_bind_paths':
      return ['/a', '-/a', '/a:/b', '/a:/b:rbind', '/a:/b:norbind', '/a:/b: /c', '"/a b":/c /d', '/a\\:b', '/a:', '/a::/b', 'a:/b', '/a:b', '/a/../b', '/a:/b:ro', '-/a:-/b', '/a:/b:"x', ''];
    case 'config_parse_temporary_filesystems':
      return ['/a', '/a:ro /b:mode=0755', '"/a b"', 'a', '/a x', '/a/../b', ''];
    case 'config_parse_namespace_path_strv':
      return ['/a', '-/a +/b -+/c', '"/a b"', 'a', '+-/b', '/a ./b', '/a/../b', '/a "x', ''];
    case 'config_parse_pid_file':
    case 'config_parse_unit_env_file':
      return ['/run/foo.pid', '-/etc/default/foo', 'run/foo', '/run/../foo', ''];
    case 'config_parse_syscall_filter':
      return [
        '@system-service',
        '~@privileged @resources',
        'write read',
        '~@mount:EPERM',
        '~ptrace:EACCES kill:kill',
        '~uname:1',
        'uname:EPERM',
        '~uname:',
        '~:EPERM',
        '~uname:ENOPE',
        '~uname:5000',
        '@nope',
        'wirte',
        '~@obsolete bogus_call',
        '"@sync"',
        '',
      ];
    case 'config_parse_syscall_log':
      return ['@system-service', '~@sandbox', 'write', 'wirte', '@nope', ''];
    case 'config_parse_syscall_archs':
      return ['native', 'x86 x86-64', 'arm64', 'x86_64', 'amd64', ''];
    case 'config_parse_syscall_errno':
      return ['EPERM', 'kill', '1', '0', '4095', '4096', '-1', 'EPRM', 'eperm', ''];
    case 'config_parse_personality':
      return ['x86', 'x86-64', 'amd64', 'linux', ''];
    case 'config_parse_address_families':
      return ['AF_UNIX AF_INET AF_INET6', '~AF_PACKET', 'none', 'AF_NETLINK', 'AF_INTE', 'INET', 'af_unix', '~AF_UNIX AF_BOGUS', ''];
    case 'config_parse_in_addr_prefixes':
      return ['any', 'localhost', 'link-local', 'multicast', '10.0.0.0/8', '192.168.1.1', '::1/128', 'fe80::/64', '10.0.0.0/33', '::/129', '1.2.3', 'everything', '127.0.0.1 nope', 'fe80::1%eth0', ''];
    case 'config_parse_device_allow':
      return ['/dev/null rw', '/dev/fuse rwm', 'char-pts rw', 'block-loop', '/dev/sda x', '/dev/null', 'null rw', '/etc/passwd r', '/dev/', '/dev/../etc r', ''];
    case 'config_parse_unit_cpu_set':
    case 'config_parse_exec_cpu_affinity':
    case 'config_parse_numa_mask':
      return ['0', '0-3', '0-3,8', '1 3 5', '3-1', '0-', 'x', '8191', '8192', '0-99999', 'numa', 'all', ''];
    case 'config_parse_unit_slice':
      return ['system.slice', '-.slice', 'system-foo.slice', 'foo', 'foo.service', 'foo@bar.slice', 'Foo_Bar.slice', ''];
    case 'config_parse_numa_policy':
      return ['default', 'bind', 'interleave', 'local', 'preferred', 'bnd', 'x', ''];
    default:
      return NUMBERS;
  }
}

/**
 * Every probe for keys release `version` knows and initlint validates; enum
 * words that release does not know yet (`Type=notify-reload` before 253) are
 * left out, as the oracle can only judge what it knows.
 */
export function probes(version: number): Probe[] {
  const out: Probe[] = [];
  for (const info of allDirectives()) {
    const { section, key } = info;
    if (!FILE_OF_SECTION[section] || !knownIn(info, version) || info.deprecated === 'ignored') continue;
    const p = parserOf(section, key);
    if (!p || !VALIDATORS[p.parser]) continue;
    const dated = { ...ENUM_PARSERS[p.parser]?.since, ...info.values };
    const newer = new Set(
      Object.entries(dated)
        .filter(([, since]) => since > version)
        .map(([word]) => word),
    );
    for (const value of probeValues(p.parser, p.ltype, key)) if (!newer.has(value)) out.push({ section, key, value });
  }
  return out;
}

/** A `…, ignoring` line (or a value-range complaint) that verify logs for one line of a unit. */
const REFUSAL = /(, ignoring|[Ii]nvalid|out of range|Failed to parse)/;
const NOT_VALUE = /Unknown (key|section)|Failed to resolve unit specifiers|is not supported for this unit type/;
/** Keys this systemd does not know (newer than it): their values are not its to judge. */
const UNKNOWN_KEY = /Unknown key|is not supported for this unit type/;

interface Batch {
  name: string;
  probes: Probe[];
  /** Line number of each probe. */
  lines: number[];
}

function writeBatch(dir: string, name: string, section: string, list: Probe[]): Batch {
  const type = FILE_OF_SECTION[section];
  const head = type === 'service' && section === 'Unit' ? ['[Service]', 'ExecStart=/bin/true', `[${section}]`] : [`[${section}]`];
  const text = [...head];
  const lines: number[] = [];
  for (const p of list) {
    text.push(`${p.key}=${p.value}`);
    lines.push(text.length);
  }
  if (type === 'service' && section === 'Service') text.push('ExecStart=/bin/true');
  writeFileSync(join(dir, name), text.join('\n') + '\n');
  return { name, probes: list, lines };
}

/** verify's refusals by `file:line`, and the files whose loading stopped at a fatal line. */
function verify(dir: string, names: string[]): { logged: Map<string, string>; fatal: Set<string>; unknown: Set<string> } {
  const run = spawnSync('systemd-analyze', ['verify', '--man=no', ...names], { cwd: dir, encoding: 'utf8', env: { ...process.env, SYSTEMD_LOG_COLOR: '0' } });
  const logged = new Map<string, string>();
  const fatal = new Set<string>();
  const unknown = new Set<string>();
  for (const line of `${run.stderr}\n${run.stdout}`.split('\n')) {
    const stop = /^(?:Unit )?(\S+?):? (?:Unit configuration has fatal error|failed to load properly)/.exec(line);
    if (stop) fatal.add(stop[1]);
    const m = /([^/\s:]+):(\d+): (.*)$/.exec(line);
    if (m && UNKNOWN_KEY.test(m[3])) unknown.add(`${m[1]}:${m[2]}`);
    if (!m || !REFUSAL.test(m[3]) || NOT_VALUE.test(m[3])) continue;
    logged.set(`${m[1]}:${m[2]}`, m[3]);
  }
  return { logged, fatal, unknown };
}

/**
 * Runs verify over the probes, a few hundred lines per unit file and every file
 * in one call. A value systemd finds fatal stops the loading of its file, so
 * such a file is split in halves and verified again until the fatal line
 * stands alone (a handful of extra calls).
 */
export function runOracle(all: Probe[], linesPerFile = 400): Verdict[] {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-oracle-'));
  const verdicts: Verdict[] = [];
  let serial = 0;
  try {
    let pending: Array<{ section: string; probes: Probe[] }> = [];
    const bySection = new Map<string, Probe[]>();
    for (const p of all) bySection.set(p.section, [...(bySection.get(p.section) ?? []), p]);
    for (const [section, list] of bySection) {
      for (let i = 0; i < list.length; i += linesPerFile) pending.push({ section, probes: list.slice(i, i + linesPerFile) });
    }
    while (pending.length) {
      const batches = pending.map((b) => ({ section: b.section, batch: writeBatch(dir, `oracle-${b.section.toLowerCase()}-${serial++}.${FILE_OF_SECTION[b.section]}`, b.section, b.probes) }));
      const { logged, fatal, unknown } = verify(
        dir,
        batches.map((b) => b.batch.name),
      );
      pending = [];
      for (const { section, batch } of batches) {
        if (fatal.has(batch.name) && batch.probes.length > 1) {
          const half = Math.ceil(batch.probes.length / 2);
          pending.push({ section, probes: batch.probes.slice(0, half) }, { section, probes: batch.probes.slice(half) });
          continue;
        }
        batch.probes.forEach((p, i) => {
          if (unknown.has(`${batch.name}:${batch.lines[i]}`)) return;
          const found = checkValue(p.section, p.key, p.value);
          const said = logged.get(`${batch.name}:${batch.lines[i]}`) ?? (fatal.has(batch.name) ? 'fatal: the unit failed to load' : undefined);
          verdicts.push({ ...p, verify: said, initlint: found && `${found.message}: ${p.value.slice(found.start ?? 0, found.end ?? p.value.length)}` });
        });
      }
    }
    return verdicts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
