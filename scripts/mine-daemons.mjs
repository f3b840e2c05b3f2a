#!/usr/bin/env node
/**
 * Mines the manual pages of Debian's daemon packages for the options that keep a daemon in the
 * foreground, make it daemonize, or name its PID file, and writes src/knowledge/daemons-mined.json.
 *
 *   node scripts/mine-daemons.mjs            # needs apt-get and dpkg-deb (Debian or Ubuntu)
 *
 * Each package is fetched with `apt-get download` and unpacked with `dpkg-deb -x` into a scratch
 * directory (nothing is installed, no maintainer script runs). For every program the package installs
 * (usr/sbin, usr/bin, usr/lib/PKG/), the section 8 or 1 page of that name (`bgpd.8`, FRR's
 * `frr-bgpd.8`) is read: each option paragraph (`.TP`/`.IP` in man(7), `.It Fl` in mdoc(7)) is
 * classified by its own words only. Every fact keeps its provenance: the source package and version,
 * the page, and the option's text. A basename two packages install (OpenBGPD's and FRR's `bgpd`) is
 * kept once per package, with each package's program path, so the table can key it by path or package.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Debian packages that ship long-running daemons (bookworm names). */
export const PACKAGES = [
  'openbgpd',
  'frr',
  'bird2',
  'keepalived',
  'lighttpd',
  'openssh-server',
  'vsftpd',
  'proftpd-core',
  'pure-ftpd',
  'dnsmasq-base',
  'unbound',
  'bind9',
  'nsd',
  'knot',
  'pdns-server',
  'chrony',
  'ntpsec',
  'openntpd',
  'rsyslog',
  'syslog-ng-core',
  'cron',
  'at',
  'postfix',
  'exim4-daemon-light',
  'dovecot-core',
  'opendkim',
  'spamd',
  'clamav-daemon',
  'squid',
  'haproxy',
  'varnish',
  'redis-server',
  'memcached',
  'mosquitto',
  'avahi-daemon',
  'cups-daemon',
  'smartmontools',
  'acpid',
  'irqbalance',
  'rpcbind',
  'snmpd',
  'nagios-nrpe-server',
  'collectd-core',
  'monit',
  'supervisor',
  'tor',
  'privoxy',
  'openvpn',
  'hostapd',
  'wpasupplicant',
  'isc-dhcp-server',
  'radvd',
  'dhcpcd-base',
  'gpsd',
  'lldpd',
  'conntrackd',
  'ulogd2',
  'zabbix-agent',
  'nut-server',
  'mpd',
  'icecast2',
  'xinetd',
  'stunnel4',
  'nscd',
  'nslcd',
  'autofs',
  'minissdpd',
  'miniupnpd',
  'transmission-daemon',
  'uwsgi-core',
  'incron',
  'watchdog',
  'thermald',
  'dbus-daemon',
  'ssmtp',
  'nullmailer',
  'inetutils-syslogd',
  'busybox',
  'openldap-utils',
  'slapd',
  'samba',
  'nmbd',
  'winbind',
  'rsync',
  'tinyproxy',
  'dante-server',
  'ptpd',
  'linuxptp',
  'nfs-kernel-server',
  'nfs-common',
  'quota',
  'mdadm',
  'lvm2',
  'multipath-tools',
  'openipmi',
  'ipmitool',
  'apcupsd',
  'pcscd',
  'bluez',
  'ofono',
  'connman',
  'network-manager',
  'iwd',
  'udisks2',
  'upower',
  'rtkit',
  'polkitd',
  'accountsservice',
  'colord',
  'sane-utils',
  'saned',
  'lirc',
  'triggerhappy',
  'fetchmail',
  'postgrey',
  'policyd-weight',
  'amavisd-new',
  'opendmarc',
  'milter-greylist',
  'sendmail-bin',
  'courier-imap',
  'cyrus-imapd',
  'dictd',
  'ircd-hybrid',
  'ngircd',
  'bitlbee',
  'znc',
  'prosody',
  'coturn',
  'mumble-server',
  'asterisk',
  'freeradius',
  'kea-dhcp4-server',
  'ddclient',
  'inadyn',
  'openconnect',
  'strongswan-charon',
  'libreswan',
  'wireguard-tools',
  'tinc',
  'vtun',
  'pptpd',
  'xl2tpd',
  'ppp',
  'iodine',
  'miredo',
  'radsecproxy',
  'nginx-core',
  'apache2-bin',
  'php8.2-fpm',
  'gunicorn',
  'mariadb-server-core',
  'postgresql-15',
  'mongodb-server',
  'influxdb',
  'prometheus',
  'prometheus-node-exporter',
  'grafana',
  'telegraf',
  'netdata-core',
  'vnstat',
  'darkstat',
  'ntopng',
  'arpwatch',
  'snort',
  'suricata',
  'aide',
  'auditd',
  'fail2ban',
  'sshguard',
  'denyhosts',
  'portsentry',
  'psad',
  'knockd',
  'fwknop-server',
  'ulogd',
  'p0f',
  'iptraf-ng',
  'openhpid',
  'ladvd',
  'sysstat',
  'atop',
  'cpufrequtils',
  'rng-tools5',
  'haveged',
  'openssh-sftp-server',
  'tftpd-hpa',
  'atftpd',
  'nis',
  'ypserv',
  'rwhod',
  'fingerd',
  'talkd',
  'openbsd-inetd',
  'rinetd',
  'socat',
  'ser2net',
  'gpm',
  'kbd',
  'console-setup',
];

const FOREGROUND = [
  /\b(?:run|runs|stay|stays|remain|remains|keep|keeps|start|starts|operate|operates)\b[^.]{0,40}\bin the foreground\b/i,
  /\bforeground (?:mode|operation)\b/i,
  /\bdo(?:es)? not (?:fork|detach|daemoni[sz]e|become a daemon|go into the background|run in the background|background)\b/i,
  /\bdon'?t (?:fork|detach|daemoni[sz]e|become a daemon|go into the background|run in the background)\b/i,
  /\bno(?:t)? (?:fork|detach)(?:ing)?\b/i,
  /\bwill not (?:fork|detach|daemoni[sz]e|go into the background)\b/i,
  /\bwithout (?:forking|detaching|daemoni[sz]ing|going into the background)\b/i,
  /^(?:prevents?|disables?|inhibits?) (?:the )?(?:daemon(?:i[sz]ation)?|forking|detaching|backgrounding)\b/i,
];

const DAEMONIZE = [
  /^(?:run|runs|start|starts|go|goes|fork|forks|detach|detaches|put|puts)\b[^.]{0,30}\b(?:in|into|to) the background\b/i,
  /^(?:run|runs|start|starts) (?:as a|in) daemon(?: mode)?\b/i,
  /^(?:become|becomes) a daemon\b/i,
  /^daemoni[sz]e\b/i,
  /^detach (?:from the (?:controlling )?terminal|and run in the background)\b/i,
  /^fork (?:into|to) (?:the )?background\b/i,
  /^(?:launch|launches|run|runs|start|starts|put|puts)\b[^.]{0,30}\bin (?:the )?background(?:\/daemon)?(?: mode)?\b/i,
];

const PIDFILE = /\b(?:pid ?file|pid-file|process id file|file (?:in which|where) to (?:store|write) (?:the |its )?(?:process id|pid))\b/i;

/** Roff text without its escapes and requests' names. */
function plain(line) {
  return line
    .replace(/\\f[BIRP]|\\f\([A-Z]{2}|\\f\[[^\]]*\]/g, '')
    .replace(/\\-/g, '-')
    .replace(/\\\(em|\\\(en/g, '-')
    .replace(/\\&|\\\/|\\%/g, '')
    .replace(/\\e/g, '\\')
    .replace(/\\ /g, ' ')
    .replace(/\\\(.{2}/g, '')
    .replace(/\\\*\(..|\\\*./g, '')
    .replace(/\\"/g, '')
    .trim();
}

/** mdoc line → text: `.Fl d` → `-d`, `.Ar file` → `file`, `.Nm` → the program. */
function mdocText(line, name) {
  return plain(
    line
      .replace(/^\.(?:It|Op|Oo|Oc|Ar|Pa|Em|Sy|Li|Dq|Qq|Xr|Ic|Cm|Va|Ev|No|Ql|Pq|Sq)\b\s*/g, '')
      .replace(/\bFl\s+(\S+)/g, '-$1')
      .replace(/^\.Fl\s+(\S+)/, '-$1')
      .replace(/^\.Nm\b\s*/, `${name} `)
      .replace(/\b(?:Ar|Ns|Pa|Cm|Li|Em)\s+/g, ''),
  );
}

/** The option paragraphs of a page: `{ head, text }` where head is the option line (`-d, --daemon`). */
export function optionParagraphs(source, name) {
  const lines = source.split('\n');
  const out = [];
  let current;
  const flush = () => {
    if (current && /^-{1,2}[A-Za-z0-9?]/.test(current.head)) out.push({ head: current.head, text: current.text.join(' ').replace(/\s+/g, ' ').trim() });
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\.(?:SH|Sh|SS|Ss|El|PP|LP|P)\b/.test(line)) {
      flush();
      continue;
    }
    if (/^\.TP\b/.test(line)) {
      flush();
      let j = i + 1;
      while (j < lines.length && /^\.(?:PD|IX|\\")/.test(lines[j])) j++;
      if (j < lines.length) current = { head: plain(lines[j].replace(/^\.(?:B|BI|BR|IR|I|RB)\s+/, '').replace(/"/g, '')), text: [] };
      i = j;
      continue;
    }
    const ip = /^\.IP\s+"?([^"]*)"?/.exec(line);
    if (ip) {
      flush();
      current = { head: plain(ip[1]), text: [] };
      continue;
    }
    if (/^\.It\b/.test(line)) {
      flush();
      current = { head: mdocText(line, name), text: [] };
      continue;
    }
    if (!current) continue;
    if (/^\.(?:\\"|IX)/.test(line)) continue;
    // Layout requests (docutils' .INDENT/.UNINDENT/.sp, .RS/.RE, .br) carry no words.
    if (/^\.(?!(?:B|I|BR|RB|IR|RI|BI|IB|SM|Nm|Fl|Ar|Em|Pa|Sy|Li|Dq|Qq|Xr|Ic|Cm|Va|Ev|No|Ql|Pq|Sq|Op)\b)/.test(line)) continue;
    const text = line.startsWith('.') ? mdocText(line.replace(/^\.(?:B|I|BR|RB|IR|RI|BI|IB|SM)\s+/, '').replace(/"/g, ''), name) : plain(line);
    if (text) current.text.push(text);
  }
  flush();
  return out;
}

/** The option names of a head line: `-d, --daemon` → ['-d', '--daemon']; `-p pidfile` → ['-p']. */
function flagsOf(head) {
  return [...head.matchAll(/(?:^|[\s,|[])(-{1,2}[A-Za-z0-9][A-Za-z0-9-]*)/g)].map((m) => m[1]);
}

/** Facts of one page: which options are foreground, daemonize or PID file options, with their text. */
export function factsOf(source, name) {
  const facts = { foreground: [], daemonize: [], pidfile: [] };
  for (const { head, text } of optionParagraphs(source, name)) {
    const flags = flagsOf(head);
    if (!flags.length || !text) continue;
    const first = text.split(/(?<=\.)\s/)[0];
    const takesValue = /^-{1,2}[A-Za-z0-9-]+(?:[ =]\S|\s*\[)/.test(head.replace(/,.*$/, '').trim()) || /\s[a-z_]*(?:file|path|FILE)\b/i.test(head);
    const entry = { flags, text: text.length > 240 ? `${text.slice(0, 237)}...` : text };
    // "stays in the foreground for up to 15 seconds" (openntpd -s) is a wait at start-up, not a mode.
    if (FOREGROUND.some((re) => re.test(text)) && !/\bforeground for (?:up to )?\d/i.test(text)) facts.foreground.push(entry);
    else if (DAEMONIZE.some((re) => re.test(first))) facts.daemonize.push(entry);
    else if (takesValue && PIDFILE.test(first)) facts.pidfile.push(entry);
  }
  return facts;
}

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

/** Programs a package installs: basename → path inside the package. */
function programsOf(root, pkg) {
  const out = new Map();
  for (const dir of ['usr/sbin', 'usr/bin', 'sbin', 'bin', `usr/lib/${pkg}`, `usr/libexec/${pkg}`, `usr/lib/${pkg.replace(/-.*$/, '')}`]) {
    const abs = join(root, dir);
    if (!statSync(abs, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const name of readdirSync(abs)) {
      const st = statSync(join(abs, name), { throwIfNoEntry: false });
      if (st?.isFile()) out.set(name, `/${dir}/${name}`);
    }
  }
  return out;
}

function pageFor(root, pkg, name) {
  for (const section of ['8', '1']) {
    for (const candidate of [name, `${pkg.replace(/-.*$/, '')}-${name}`]) {
      const file = join(root, 'usr/share/man', `man${section}`, `${candidate}.${section}.gz`);
      if (existsSync(file)) return { file, page: `${candidate}(${section})` };
    }
  }
  return undefined;
}

function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'initlint-mine-'));
  const table = {};
  const missing = [];
  try {
    // Batches: one apt-get call per 25 packages, one per package only when a batch fails.
    for (let i = 0; i < PACKAGES.length; i += 25) {
      const batch = PACKAGES.slice(i, i + 25);
      try {
        run('apt-get', ['download', '-qq', ...batch], { cwd: scratch });
      } catch {
        for (const pkg of batch) {
          try {
            run('apt-get', ['download', '-qq', pkg], { cwd: scratch });
          } catch {
            /* reported below as not fetched */
          }
        }
      }
    }
    for (const pkg of PACKAGES) {
      const deb = readdirSync(scratch).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
      if (!deb) {
        missing.push(pkg);
        continue;
      }
      const version = deb
        .slice(pkg.length + 1)
        .replace(/_[^_]*\.deb$/, '')
        .replace(/%3a/g, ':');
      const root = join(scratch, 'x');
      rmSync(root, { recursive: true, force: true });
      run('dpkg-deb', ['-x', join(scratch, deb), root]);
      rmSync(join(scratch, deb));
      for (const [name, path] of programsOf(root, pkg)) {
        const found = pageFor(root, pkg, name);
        if (!found) continue;
        const source = gunzipSync(readFileSync(found.file)).toString('utf8');
        const facts = factsOf(source, name);
        if (!facts.foreground.length && !facts.daemonize.length && !facts.pidfile.length) continue;
        (table[name] ??= []).push({ package: pkg, version, path, page: found.page, ...facts });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const sorted = Object.fromEntries(
    Object.keys(table)
      .sort()
      .map((k) => [k, table[k].sort((a, b) => a.package.localeCompare(b.package))]),
  );
  const out = {
    generatedBy: 'scripts/mine-daemons.mjs',
    source: 'Debian manual pages (apt-get download, dpkg-deb -x); each entry names its package, version and page',
    notFetched: missing,
    programs: sorted,
  };
  writeFileSync(new URL('../src/knowledge/daemons-mined.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
  console.log(`mined ${Object.keys(sorted).length} programs from ${PACKAGES.length - missing.length} packages; not fetched: ${missing.join(', ') || 'none'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
