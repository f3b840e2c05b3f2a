/**
 * What common daemons' command-line flags mean, keyed by program basename; basenames that
 * two unrelated programs share (OpenBGPD's and Quagga's `bgpd`) are keyed by package (SHARED_NAMES).
 *
 * Flags are per program: `-f` keeps `ossec-analysisd` in the foreground, names a
 * config file for `bgpd`, and sets a growth factor for `memcached`; `-d`
 * daemonizes `memcached` but keeps `chronyd` and `dnsmasq` in the foreground.
 * So nothing here is guessed from a flag's look: a program or flag the table
 * does not know yields `undefined`, and rules built on it stay silent.
 *
 * Programs this hand-kept table lacks are looked up in daemons-mined.json, which
 * scripts/mine-daemons.mjs generates from the manual pages of ~190 Debian daemon
 * packages (each entry keeps its package, version, page and the option's text).
 * Mined entries give flags only, never a default mode, and a basename several
 * packages install counts only when the program's path or the file names one.
 *
 * Shared by the systemd rules (forking-foreground, simple-daemonizes, …), the
 * OpenRC rules (double-daemonize, prefer-foreground) and the converter.
 * Facts come from each program's manual page.
 */

/**
 * A flag: `flag` alone (`-f`, `--foreground`), or `flag` with a value that
 * must match `value`, given as the next argument, as `--flag=value`, or glued
 * to a short flag (`-DFOREGROUND`).
 */
export interface FlagSpec {
  flag: string;
  value?: RegExp;
  /** How to write the flag in a suggested command line (defaults to `flag`). */
  text?: string;
}

import mined from './daemons-mined.json' with { type: 'json' };

/** A flag that looks like a foreground/daemonize flag elsewhere but means something else here. */
export interface LookAlike {
  flag: string;
  meaning: string;
}

export interface Daemon {
  /** Flags that keep the program in the foreground (attached to its parent). */
  foreground: readonly FlagSpec[];
  /** Flags that make the program fork into the background and exit. */
  daemonize: readonly FlagSpec[];
  /**
   * What the program does with neither: `foreground` (nothing can make it fork
   * but a flag), `daemon` (forks unless told otherwise), `config` (its config
   * file decides, e.g. nginx's `daemon`, php-fpm's `daemonize`).
   */
  defaultMode: 'foreground' | 'daemon' | 'config';
  /** How to tell the program where to write its PID file (an option, or a config directive). */
  pidfile?: string;
  /** The flag that checks the configuration and exits (`-t`), if it has one. */
  configTest?: string;
  /** Flags that look alike but mean something else for this program. */
  lookAlikes?: readonly LookAlike[];
  /** The foreground flag beats a daemonize flag wherever they stand (`rsync --daemon --no-detach`). */
  foregroundWins?: boolean;
}

const f = (flag: string, value?: RegExp, text?: string): FlagSpec => ({ flag, value, text });

const ossecDaemon: Daemon = {
  foreground: [f('-f')],
  daemonize: [],
  defaultMode: 'daemon',
  configTest: '-t',
  lookAlikes: [{ flag: '-d', meaning: 'debug output' }],
};

const quaggaDaemon: Daemon = {
  foreground: [],
  daemonize: [f('-d'), f('--daemon')],
  defaultMode: 'foreground',
  pidfile: '-i',
  configTest: '-C',
  lookAlikes: [{ flag: '-f', meaning: 'names the configuration file' }],
};

const sambaDaemon: Daemon = {
  foreground: [f('-F'), f('--foreground'), f('-i'), f('--interactive')],
  daemonize: [f('-D'), f('--daemon')],
  defaultMode: 'daemon',
  pidfile: '`pid directory` in smb.conf',
};

const apache: Daemon = {
  foreground: [f('-D', /^(FOREGROUND|NO_DETACH)$/, '-DFOREGROUND'), f('-X')],
  daemonize: [],
  defaultMode: 'daemon',
  pidfile: '`PidFile` in the configuration',
  configTest: '-t',
  lookAlikes: [{ flag: '-D', meaning: 'defines a configuration parameter; only `-DFOREGROUND` keeps it in the foreground' }],
};

// cronie's crond stays in the foreground with -n, busybox's with -f (-b backgrounds).
const crond: Daemon = {
  foreground: [f('-n'), f('-f')],
  daemonize: [f('-b')],
  defaultMode: 'daemon',
};

// Debian's cron: -f stays in the foreground; -n only changes mail subjects.
const cron: Daemon = {
  foreground: [f('-f')],
  daemonize: [],
  defaultMode: 'daemon',
  lookAlikes: [{ flag: '-n', meaning: 'puts the full host name in mail subjects' }],
};

/**
 * OpenBSD's routing daemons, ported as OpenBGPD, OpenOSPFD, …: `-d` keeps them in the foreground
 * ("do not daemonize"), `-f` names the configuration file, `-n` checks it — the opposite of
 * Quagga/FRR daemons of the same names, whose `-d` daemonizes.
 */
const openbsdRoutingDaemon: Daemon = {
  foreground: [f('-d')],
  daemonize: [],
  defaultMode: 'daemon',
  configTest: '-n',
  lookAlikes: [{ flag: '-f', meaning: 'names the configuration file' }],
};

/** The table, keyed by program basename. */
export const DAEMONS: Readonly<Record<string, Daemon>> = {
  nginx: {
    foreground: [f('-g', /daemon\s+off\s*;/, "-g 'daemon off;'")],
    daemonize: [f('-g', /daemon\s+on\s*;/, "-g 'daemon on;'")],
    defaultMode: 'config',
    pidfile: "`pid` in nginx.conf (or -g 'pid /run/nginx.pid;')",
    configTest: '-t',
    lookAlikes: [{ flag: '-g', meaning: 'sets global directives; only `daemon off;` keeps it in the foreground' }],
  },
  sshd: {
    foreground: [f('-D')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '`PidFile` in sshd_config',
    configTest: '-t',
    lookAlikes: [{ flag: '-d', meaning: 'debug mode, which serves a single connection and exits' }],
  },
  httpd: apache,
  apache2: apache,
  'redis-server': {
    foreground: [f('--daemonize', /^no$/i, '--daemonize no')],
    daemonize: [f('--daemonize', /^yes$/i, '--daemonize yes')],
    defaultMode: 'config',
    pidfile: '--pidfile',
  },
  dnsmasq: {
    foreground: [f('-k'), f('--keep-in-foreground'), f('-d'), f('--no-daemon')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '-x / --pid-file',
    configTest: '--test',
  },
  rsyslogd: {
    foreground: [f('-n')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '-i',
    configTest: '-N1',
    lookAlikes: [{ flag: '-d', meaning: 'debug output' }],
  },
  named: {
    foreground: [f('-f'), f('-g')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '`pid-file` in named.conf',
    lookAlikes: [{ flag: '-d', meaning: 'sets the debug level' }],
  },
  dhcpd: {
    foreground: [f('-f'), f('-d')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '-pf',
    configTest: '-t',
  },
  haproxy: {
    foreground: [f('-db'), f('-Ws'), f('-Ds'), f('-d')],
    daemonize: [f('-D')],
    defaultMode: 'config',
    pidfile: '-p',
    configTest: '-c',
    lookAlikes: [{ flag: '-f', meaning: 'names the configuration file' }],
  },
  'php-fpm': {
    foreground: [f('-F'), f('--nodaemonize')],
    daemonize: [f('-D'), f('--daemonize')],
    defaultMode: 'config',
    pidfile: '-g / --pid',
    configTest: '-t',
  },
  memcached: {
    foreground: [],
    daemonize: [f('-d'), f('--daemon')],
    defaultMode: 'foreground',
    pidfile: '-P',
    lookAlikes: [{ flag: '-f', meaning: 'sets the chunk size growth factor' }],
  },
  chronyd: {
    foreground: [f('-d'), f('-n')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '`pidfile` in chrony.conf',
    lookAlikes: [{ flag: '-f', meaning: 'names the configuration file' }],
  },
  smbd: sambaDaemon,
  nmbd: sambaDaemon,
  winbindd: sambaDaemon,
  samba: sambaDaemon,
  cupsd: {
    foreground: [f('-f'), f('-F'), f('-l')],
    daemonize: [],
    defaultMode: 'daemon',
    configTest: '-t',
    lookAlikes: [{ flag: '-c', meaning: 'names the configuration file' }],
  },
  'avahi-daemon': {
    foreground: [],
    daemonize: [f('-D'), f('--daemonize')],
    defaultMode: 'foreground',
    lookAlikes: [{ flag: '-f', meaning: 'names the configuration file' }],
  },
  openvpn: {
    foreground: [],
    daemonize: [f('--daemon')],
    defaultMode: 'config',
    pidfile: '--writepid',
  },
  squid: {
    foreground: [f('-N'), f('--foreground')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '`pid_filename` in squid.conf',
    configTest: '-k parse',
    lookAlikes: [
      { flag: '-f', meaning: 'names the configuration file' },
      { flag: '-d', meaning: 'sets the debug level' },
    ],
  },
  postgres: {
    foreground: [],
    daemonize: [],
    defaultMode: 'foreground',
    lookAlikes: [{ flag: '-D', meaning: 'names the data directory' }],
  },
  mysqld: {
    foreground: [],
    daemonize: [f('--daemonize')],
    defaultMode: 'config',
    pidfile: '--pid-file',
    configTest: '--validate-config',
  },
  mariadbd: {
    foreground: [],
    daemonize: [],
    defaultMode: 'foreground',
    pidfile: '--pid-file',
  },
  ntpd: {
    foreground: [f('-n'), f('--nofork')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '-p',
    lookAlikes: [{ flag: '-g', meaning: 'allows a large first time step' }],
  },
  crond,
  cron,
  atd: { foreground: [f('-f')], daemonize: [], defaultMode: 'daemon' },
  zebra: quaggaDaemon,
  ripngd: quaggaDaemon,
  isisd: quaggaDaemon,
  pimd: quaggaDaemon,
  staticd: quaggaDaemon,
  lighttpd: {
    foreground: [f('-D')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '`server.pid-file` in lighttpd.conf',
    configTest: '-t',
    lookAlikes: [{ flag: '-f', meaning: 'names the configuration file' }],
  },
  'syslog-ng': {
    foreground: [f('-F'), f('--foreground')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '-p / --pidfile',
    configTest: '--syntax-only',
    lookAlikes: [{ flag: '-f', meaning: 'names the configuration file' }],
  },
  rsync: {
    foreground: [f('--no-detach')],
    daemonize: [f('--daemon')],
    defaultMode: 'foreground',
    foregroundWins: true,
  },
  unbound: {
    foreground: [f('-d')],
    daemonize: [],
    defaultMode: 'config',
    pidfile: '`pidfile` in unbound.conf',
    lookAlikes: [{ flag: '-c', meaning: 'names the configuration file' }],
  },
  snmpd: {
    foreground: [f('-f')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '-p',
  },
  keepalived: {
    foreground: [f('-n'), f('--dont-fork')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '-p / --pid',
    configTest: '-t',
  },
  collectd: {
    foreground: [f('-f')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '-P',
    configTest: '-t',
  },
  'dbus-daemon': {
    foreground: [f('--nofork')],
    daemonize: [f('--fork')],
    defaultMode: 'config',
  },
  hostapd: { foreground: [], daemonize: [f('-B')], defaultMode: 'foreground', pidfile: '-P' },
  wpa_supplicant: { foreground: [], daemonize: [f('-B')], defaultMode: 'foreground', pidfile: '-P' },
  mosquitto: {
    foreground: [],
    daemonize: [f('-d'), f('--daemon')],
    defaultMode: 'config',
    lookAlikes: [{ flag: '-c', meaning: 'names the configuration file' }],
  },
  gunicorn: {
    foreground: [],
    daemonize: [f('-D'), f('--daemon')],
    defaultMode: 'config',
    pidfile: '-p / --pid',
    configTest: '--check-config',
  },
  supervisord: {
    foreground: [f('-n'), f('--nodaemon')],
    daemonize: [],
    defaultMode: 'config',
    pidfile: '-j / --pidfile',
  },
  mongod: {
    foreground: [],
    daemonize: [f('--fork')],
    defaultMode: 'config',
    pidfile: '--pidfilepath',
  },
  proftpd: {
    foreground: [f('-n'), f('--nodaemon')],
    daemonize: [],
    defaultMode: 'config',
    configTest: '-t',
  },
  'pure-ftpd': { foreground: [], daemonize: [f('-B')], defaultMode: 'foreground', pidfile: '-g' },
  smartd: {
    foreground: [f('-n'), f('--no-fork')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '-p / --pidfile',
  },
  acpid: { foreground: [f('-f'), f('--foreground')], daemonize: [], defaultMode: 'daemon' },
  irqbalance: { foreground: [f('-f'), f('--foreground')], daemonize: [], defaultMode: 'daemon' },
  rpcbind: { foreground: [f('-f')], daemonize: [], defaultMode: 'daemon' },
  nrpe: {
    foreground: [f('-f'), f('--foreground')],
    daemonize: [f('-d'), f('--daemon')],
    defaultMode: 'foreground',
    lookAlikes: [{ flag: '-c', meaning: 'names the configuration file' }],
  },
  bird: {
    foreground: [f('-f')],
    daemonize: [],
    defaultMode: 'daemon',
    pidfile: '-P',
    configTest: '-p',
    lookAlikes: [{ flag: '-c', meaning: 'names the configuration file' }],
  },
  spamd: { foreground: [], daemonize: [f('-d'), f('--daemonize')], defaultMode: 'foreground', pidfile: '-r / --pidfile' },
  gpsd: { foreground: [f('-N')], daemonize: [], defaultMode: 'daemon', pidfile: '-P' },
  dockerd: { foreground: [], daemonize: [], defaultMode: 'foreground', pidfile: '-p / --pidfile' },
};

/**
 * Basenames that two unrelated programs share. The entry is used only when the program's path or the
 * linted file's path names its package (`/usr/lib/frr/bgpd`, `net-misc/quagga/files/bgpd.init`,
 * `openbgpd.service`); otherwise the program counts as unknown and rules built on the table stay silent.
 */
export const SHARED_NAMES: Readonly<Record<string, ReadonlyArray<{ package: string; hint: RegExp; daemon: Daemon }>>> = Object.fromEntries(
  ['bgpd', 'ospfd', 'ospf6d', 'ripd', 'ldpd'].map((name) => [
    name,
    [
      { package: 'quagga, frr', hint: /(^|[\s/_.-])(quagga|frr|frrouting)([\s/_.-]|$)/i, daemon: quaggaDaemon },
      { package: `open${name.replace(/d$/, '')}d (OpenBSD)`, hint: new RegExp(`(^|[\\s/_.-])open(bgpd|ospfd|ripd|ldpd|${name})([\\s/_.-]|$)|openbsd`, 'i'), daemon: openbsdRoutingDaemon },
    ],
  ]),
);

/** Prefixes of daemon families whose members share one set of flags. */
const FAMILIES: ReadonlyArray<[RegExp, Daemon]> = [
  // The OSSEC/Wazuh daemons: ossec-analysisd, ossec-remoted, …; `%p-%i` in a template.
  [/^(ossec|wazuh)-(?!control$)[\w%.-]+$/, ossecDaemon],
  // php-fpm8.2, php7.4-fpm, php5-fpm
  [/^php[\d.]*-fpm[\d.]*$/, DAEMONS['php-fpm']],
];

/** One program's facts mined from a Debian package's manual page by scripts/mine-daemons.mjs. */
interface MinedEntry {
  package: string;
  path: string;
  foreground: ReadonlyArray<{ flags: readonly string[] }>;
  daemonize: ReadonlyArray<{ flags: readonly string[] }>;
  pidfile: ReadonlyArray<{ flags: readonly string[] }>;
}

const MINED = (mined as { programs: Record<string, readonly MinedEntry[]> }).programs;

/**
 * The mined facts as a table entry: only the flags (the page says what `-d` does, not what the program
 * does without it, so the default is left to the config and decides nothing). A flag a page lists as
 * both foreground and daemonize is dropped.
 */
function fromMined(entry: MinedEntry): Daemon {
  const fg = entry.foreground.flatMap((o) => o.flags);
  const bg = entry.daemonize.flatMap((o) => o.flags);
  return {
    foreground: fg.filter((x) => !bg.includes(x)).map((x) => f(x)),
    daemonize: bg.filter((x) => !fg.includes(x)).map((x) => f(x)),
    defaultMode: 'config',
    // Only an option named for it (`--pidfile`, `--pid-file`): a page that mentions a PID file in
    // passing (dhcpcd's --printpidfile) must not become advice.
    pidfile: entry.pidfile.find((o) => o.flags.some((x) => /pid/i.test(x) && !/print/i.test(x)))?.flags.join(' / '),
  };
}

/** A mined program: the one package that installs that basename, or the one the program's path or `where` names. */
function minedDaemon(program: string, where: string): Daemon | undefined {
  const base = basename(program);
  const entries = Object.hasOwn(MINED, base) ? MINED[base] : undefined;
  if (!entries?.length) return undefined;
  if (entries.length === 1) return fromMined(entries[0]);
  const byPackage = entries.filter((e) => packageNamed(e.package, `${program} ${where}`));
  if (byPackage.length === 1) return fromMined(byPackage[0]);
  const byPath = entries.filter((e) => program === e.path);
  return byPath.length === 1 ? fromMined(byPath[0]) : undefined;
}

function packageNamed(pkg: string, where: string): boolean {
  const escaped = pkg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[\\s/_.-])${escaped}([\\s/_.-]|$)`, 'i').test(where);
}

/**
 * The table's entry for a program (a basename or a path), or undefined. `where` is extra context that
 * can name the program's package (the linted file's path); it matters only for SHARED_NAMES and for
 * basenames several Debian packages install.
 */
export function daemonOf(program: string | undefined, where = ''): Daemon | undefined {
  if (!program) return undefined;
  const base = basename(program);
  const shared = Object.hasOwn(SHARED_NAMES, base) ? SHARED_NAMES[base] : undefined;
  if (shared) {
    const context = `${program} ${where}`;
    const matches = shared.filter((v) => v.hint.test(context));
    return matches.length === 1 ? matches[0].daemon : undefined;
  }
  if (Object.hasOwn(DAEMONS, base)) return DAEMONS[base];
  for (const [pattern, daemon] of FAMILIES) if (pattern.test(base)) return daemon;
  // Programs the hand-kept table does not know: what Debian's manual pages say about their flags.
  return minedDaemon(program, where);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Programs that only run another command: `env`, `nice`, … Their own options are skipped. */
const RUNNERS: Readonly<Record<string, { withValue: readonly string[] }>> = {
  env: { withValue: ['-u', '--unset', '-C', '--chdir', '-S', '--split-string'] },
  exec: { withValue: ['-a'] },
  nice: { withValue: ['-n', '--adjustment'] },
  ionice: { withValue: ['-c', '--class', '-n', '--classdata'] },
  chrt: { withValue: [] },
  nohup: { withValue: [] },
  setsid: { withValue: [] },
  stdbuf: { withValue: ['-i', '-o', '-e'] },
};

/** Where the real program stands in an argv, once `env FOO=1`, `nice -n 5` and the like are skipped. */
export interface ProgramAt {
  /** Index of the program in the argv. */
  index: number;
  /** Basename of the program. */
  program: string;
  /** The program as written (`/usr/lib/frr/bgpd`): names its package where basenames collide. */
  path: string;
  /** The arguments after it. */
  args: string[];
}

/**
 * Finds the program an argv really runs: skips variable assignments and
 * wrappers such as `/usr/bin/env`, `exec`, `nice`. Returns undefined for an
 * empty argv.
 */
export function programAt(argv: readonly string[]): ProgramAt | undefined {
  let i = 0;
  while (i < argv.length) {
    const word = argv[i];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
      i++;
      continue;
    }
    const runner = RUNNERS[basename(word)];
    if (!runner) break;
    i++;
    while (i < argv.length && argv[i].startsWith('-') && argv[i] !== '-') {
      const option = argv[i];
      i++;
      if (option === '--') break;
      if (runner.withValue.includes(option)) i++;
      else if (basename(word) === 'chrt' && /^\d+$/.test(argv[i] ?? '')) i++; // chrt -f 10 cmd
    }
    if (basename(word) === 'chrt' && /^\d+$/.test(argv[i] ?? '')) i++;
  }
  if (i >= argv.length) return undefined;
  return { index: i, program: basename(argv[i]), path: argv[i], args: argv.slice(i + 1) };
}

/** The basename of the program a command runs (`/usr/bin/env FOO=1 /usr/sbin/nginx -g …` → `nginx`). */
export function programOf(command: string | readonly string[]): string | undefined {
  const argv = typeof command === 'string' ? command.trim().split(/\s+/).filter(Boolean) : command;
  return programAt(argv)?.program;
}

/** Where a flag was found among a program's arguments. */
export interface FlagHit {
  /** Index of the flag in `args`. */
  index: number;
  /** How many arguments it spans (2 when the value is the next argument). */
  count: number;
  spec: FlagSpec;
}

/** Finds the last argument matching one of `specs` (arguments after `--` are not options). */
export function findFlag(specs: readonly FlagSpec[], args: readonly string[]): FlagHit | undefined {
  let hit: FlagHit | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    for (const spec of specs) {
      if (!spec.value) {
        if (arg === spec.flag) hit = { index: i, count: 1, spec };
        continue;
      }
      if (arg === spec.flag && i + 1 < args.length && spec.value.test(args[i + 1])) {
        hit = { index: i, count: 2, spec };
      } else if (spec.flag.startsWith('--') && arg.startsWith(spec.flag + '=') && spec.value.test(arg.slice(spec.flag.length + 1))) {
        hit = { index: i, count: 1, spec };
      } else if (/^-\w$/.test(spec.flag) && arg.length > 2 && arg.startsWith(spec.flag) && spec.value.test(arg.slice(2))) {
        hit = { index: i, count: 1, spec };
      }
    }
  }
  return hit;
}

/** How a command line runs a known program, as far as its flags tell. */
export interface Mode {
  mode: 'foreground' | 'daemon';
  /** The flag that decided it; absent when the program's default decided. */
  hit?: FlagHit;
}

/**
 * Whether `program args…` stays in the foreground or daemonizes. The last of
 * a foreground and a daemonize flag wins (unless the program says otherwise);
 * with neither, the program's default counts only when no config file can
 * change it. Undefined when the table cannot tell.
 */
export function daemonMode(program: string, args: readonly string[], where = ''): Mode | undefined {
  const daemon = daemonOf(program, where);
  if (!daemon) return undefined;
  // `sshd -t`, `nginx -t`: a configuration check runs and exits.
  if (daemon.configTest && hasSequence(args, daemon.configTest.split(' '))) return undefined;
  const fg = findFlag(daemon.foreground, args);
  const bg = findFlag(daemon.daemonize, args);
  if (fg && bg) {
    if (daemon.foregroundWins || fg.index > bg.index) return { mode: 'foreground', hit: fg };
    return { mode: 'daemon', hit: bg };
  }
  if (fg) return { mode: 'foreground', hit: fg };
  if (bg) return { mode: 'daemon', hit: bg };
  if (daemon.defaultMode === 'config') return undefined;
  return { mode: daemon.defaultMode };
}

function hasSequence(args: readonly string[], seq: readonly string[]): boolean {
  for (let i = 0; i + seq.length <= args.length; i++) if (seq.every((s, j) => args[i + j] === s)) return true;
  return false;
}

/** Is one of `args` a foreground flag of `program`? */
export function isForegroundFlag(program: string, args: readonly string[], where = ''): boolean {
  const daemon = daemonOf(program, where);
  return !!daemon && !!findFlag(daemon.foreground, args);
}

/** Is one of `args` a daemonize flag of `program`? */
export function isDaemonizeFlag(program: string, args: readonly string[], where = ''): boolean {
  const daemon = daemonOf(program, where);
  return !!daemon && !!findFlag(daemon.daemonize, args);
}

/** The flag to add to run `program` in the foreground, when one is needed and known. */
export function foregroundFlag(program: string, where = ''): string | undefined {
  const spec = daemonOf(program, where)?.foreground[0];
  return spec ? (spec.text ?? spec.flag) : undefined;
}

/** How to tell `program` where to write its PID file, if known. */
export function pidfileOption(program: string, where = ''): string | undefined {
  return daemonOf(program, where)?.pidfile;
}

/** The flag that makes `program` check its configuration and exit, if it has one. */
export function configTestFlag(program: string, where = ''): string | undefined {
  return daemonOf(program, where)?.configTest;
}

/** What `flag` means for `program` when it is a look-alike of a foreground/daemonize flag. */
export function lookAlike(program: string, flag: string, where = ''): string | undefined {
  return daemonOf(program, where)?.lookAlikes?.find((l) => l.flag === flag)?.meaning;
}
