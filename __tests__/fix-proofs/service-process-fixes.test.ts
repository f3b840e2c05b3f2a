// Proofs for the fixes of the systemd rules about how a service's process runs (Type=,
// Exec*=, PIDFile=, KillMode=, Restart=): each fix removes its finding,
// brings no new finding from any rule, keeps a BOM and CRLF line ends, and —
// where systemd-analyze is installed — `systemd-analyze verify` reports nothing
// new on the fixed unit compared to the original.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixText, lintFiles } from '../../src/linter/index.js';
import type { Finding } from '../../src/core/types.js';
import { rules } from '../../src/rules/index.js';

interface Proof {
  rule: string;
  name: string;
  path: string;
  text: string;
}

const proofs: Proof[] = [
  {
    rule: 'shell-wrapper',
    name: 'unwrap a lone command',
    path: 'foo.service',
    text: '[Unit]\nDescription=Foo\n\n[Service]\nExecStart=/bin/sh -c \'/usr/bin/foo --port 8080 "a b"\'\nExecReload=/bin/kill -HUP $MAINPID\n\n[Install]\nWantedBy=multi-user.target\n',
  },
  {
    rule: 'shell-wrapper',
    name: 'exec the last command',
    path: 'foo.service',
    text: "[Unit]\nDescription=Foo\n\n[Service]\nType=notify\nExecStart=/usr/bin/env bash -c 'ulimit -n 65536; FOO=1 /usr/bin/foo $OPTS'\n\n[Install]\nWantedBy=multi-user.target\n",
  },
  { rule: 'shell-wrapper', name: 'continuation lines', path: 'foo.service', text: "[Service]\nExecStart=/bin/sh -c '. /etc/default/foo; \\\n  /usr/bin/foo $OPTS'\n" },
  {
    rule: 'forking-foreground',
    name: 'nginx daemon off',
    path: 'nginx.service',
    text: '[Unit]\nDescription=nginx\n\n[Service]\nType=forking\nPIDFile=/run/nginx.pid\nExecStart=/usr/sbin/nginx -g "daemon off;"\n\n[Install]\nWantedBy=multi-user.target\n',
  },
  {
    rule: 'forking-foreground',
    name: 'the ossec template',
    path: 'ossec@.service',
    text: '[Unit]\nDescription=The OSSEC HIDS %i server\n\n[Service]\nType=forking\nExecStartPre=/usr/bin/env /var/ossec/bin/%p-%i -t\nExecStart=/usr/bin/env /var/ossec/bin/%p-%i -f\n\n[Install]\nWantedBy=multi-user.target\n',
  },
  {
    rule: 'forking-foreground',
    name: 'inside a shell wrapper',
    path: 'ssh.service',
    text: "[Service]\nType=forking\nPIDFile=/run/sshd.pid\nExecStart=/bin/sh -c 'ulimit -n 4096; /usr/sbin/sshd -D'\n",
  },
  { rule: 'simple-daemonizes', name: 'memcached -d', path: 'memcached.service', text: '[Service]\nExecStart=/usr/bin/memcached -d -u memcache\n' },
  { rule: 'simple-daemonizes', name: 'smbd -D', path: 'smbd.service', text: '[Service]\nType=notify\nExecStart=/usr/sbin/smbd -D\n' },
  { rule: 'simple-daemonizes', name: 'redis --daemonize yes', path: 'redis.service', text: '[Service]\nType=exec\nExecStart=/usr/bin/redis-server /etc/redis.conf --daemonize yes\n' },
  { rule: 'simple-daemonizes', name: 'trailing & unwrapped', path: 'w.service', text: "[Service]\nExecStart=/bin/sh -c '/usr/bin/worker --queue jobs &'\n" },
  { rule: 'simple-daemonizes', name: 'trailing & after other commands', path: 'w.service', text: '[Service]\nExecStart=/bin/sh -c "cd /srv; /usr/bin/worker $OPTS &"\n' },
  { rule: 'simple-daemonizes', name: 'flag inside a wrapper', path: 'fpm.service', text: "[Service]\nExecStart=/bin/sh -c 'ulimit -n 5; /usr/sbin/php-fpm -D'\n" },
  { rule: 'oneshot-restart', name: 'always', path: 'c.service', text: '[Service]\nType=oneshot\nExecStart=/usr/local/sbin/cleanup\nRestart=always\n' },
  {
    rule: 'oneshot-daemon',
    name: 'sshd without -D',
    path: 'ssh.service',
    text: '[Unit]\nDescription=OpenSSH\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/sbin/sshd\n\n[Install]\nWantedBy=multi-user.target\n',
  },
  {
    rule: 'oneshot-daemon',
    name: 'memcached -d',
    path: 'memcached.service',
    text: '[Service]\nType=oneshot\nExecStart=/usr/bin/memcached -d -u memcache\nRemainAfterExit=yes\nPIDFile=/run/memcached.pid\n',
  },
  { rule: 'pidfile-without-forking', name: 'simple', path: 'foo.service', text: '[Service]\nType=simple\nPIDFile=/run/foo.pid\nExecStart=/usr/sbin/food -f\n' },
  { rule: 'shell-syntax-in-exec', name: 'redirection', path: 'foo.service', text: '[Service]\nExecStart=/usr/bin/foo --verbose > /var/log/foo.log 2>&1\n' },
  { rule: 'shell-syntax-in-exec', name: 'append, no 2>&1', path: 'foo.service', text: '[Service]\nExecStart=/usr/bin/foo >>/var/log/foo.log\n' },
  { rule: 'shell-syntax-in-exec', name: 'pipeline in a oneshot', path: 'p.service', text: '[Service]\nType=oneshot\nExecStart=/usr/bin/foo | /usr/bin/logger -t foo\n' },
  { rule: 'shell-syntax-in-exec', name: '&& and $(…)', path: 'p.service', text: '[Service]\nExecStartPre=-/usr/bin/test -d /x && /bin/mkdir /x\nExecStart=/usr/bin/foo --name $(hostname)\n' },
  { rule: 'shell-syntax-in-exec', name: 'trailing &', path: 'p.service', text: '[Service]\nExecStart=/usr/bin/foo --x &\n' },
  { rule: 'pidfile-legacy-path', name: '/var/run', path: 'foo.service', text: '[Service]\nType=forking\nPIDFile=/var/run/foo.pid\nExecStart=/usr/sbin/food\n' },
  { rule: 'kill-mode-none', name: 'none', path: 'foo.service', text: '[Service]\nExecStart=/usr/bin/foo\nKillMode=none\n' },
];

const key = (f: Finding) => `${f.ruleId}\u0000${f.message}`;

async function lintAll(path: string, text: string): Promise<Finding[]> {
  const [result] = await lintFiles([{ path, text }]);
  return result.findings;
}

async function fixWith(ruleId: string, path: string, text: string): Promise<string> {
  const rule = rules.find((r) => r.id === ruleId)!;
  return (await fixText(path, text, { unsafe: true, rules: [rule] })).output;
}

const analyze = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
const hasAnalyze = analyze.status === 0;
const work = mkdtempSync(join(tmpdir(), 'initlint-fix-proofs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
if (!hasAnalyze) console.warn('fix-proofs: systemd-analyze not found, skipping the `systemd-analyze verify` checks');

let counter = 0;
/** `systemd-analyze verify` on a unit, programs that do not exist here swapped for fake executables. */
function verify(path: string, text: string): string[] {
  const dir = join(work, String(counter++));
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const name = path.slice(path.lastIndexOf('/') + 1);
  const prefix = name.replace(/@.*$|\.[^.]*$/, '');
  const swapped = text.replace(/(?<=^|[\s'"=@+!:-])\/[\w./%-]+/g, (program) => {
    if (!/\/(s?bin|libexec)\//.test(program) || existsSync(program)) return program;
    const base = program.slice(program.lastIndexOf('/') + 1);
    const fake = join(bin, base.replace(/%p/g, prefix).replace(/%[iI]/g, 'i'));
    writeFileSync(fake, '#!/bin/sh\nexit 0\n');
    chmodSync(fake, 0o755);
    return join(bin, base);
  });
  writeFileSync(join(dir, name), swapped);
  const run = spawnSync('systemd-analyze', ['verify', '--man=no', join(dir, name)], { encoding: 'utf8', timeout: 30_000 });
  return `${run.stdout}\n${run.stderr}`
    .split('\n')
    .map((l) => l.split(dir).join('DIR').replace(/:\d+:/, ':N:').trim())
    .filter(Boolean);
}

describe('fix proofs: sdA systemd rules', () => {
  for (const proof of proofs) {
    const ruleId = `systemd/${proof.rule}`;
    describe(`${ruleId}: ${proof.name}`, () => {
      it('removes its finding and brings no new one', async () => {
        const before = await lintAll(proof.path, proof.text);
        expect(before.map((f) => f.ruleId)).toContain(ruleId);
        const fixed = await fixWith(ruleId, proof.path, proof.text);
        expect(fixed).not.toBe(proof.text);
        const after = await lintAll(proof.path, fixed);
        expect(after.filter((f) => f.ruleId === ruleId)).toEqual([]);
        const left = before.filter((f) => f.ruleId !== ruleId).map(key);
        const added = after.map(key).filter((k) => {
          const i = left.indexOf(k);
          if (i < 0) return true;
          left.splice(i, 1);
          return false;
        });
        expect(added.map((k) => k.replace('\u0000', ': '))).toEqual([]);
      });

      it('keeps a BOM and CRLF line ends', async () => {
        const crlf = '\uFEFF' + proof.text.replace(/\n/g, '\r\n');
        const fixed = await fixWith(ruleId, proof.path, crlf);
        expect(fixed.startsWith('\uFEFF')).toBe(true);
        expect(fixed.slice(1).startsWith('\uFEFF')).toBe(false);
        expect(fixed).not.toMatch(/(?<!\r)\n/);
        expect(fixed.replace(/\r\n/g, '\n').slice(1)).toBe(await fixWith(ruleId, proof.path, proof.text));
      });

      it.skipIf(!hasAnalyze)('systemd-analyze verify reports nothing new', async () => {
        const fixed = await fixWith(ruleId, proof.path, proof.text);
        const before = verify(proof.path, proof.text);
        const after = verify(proof.path, fixed);
        expect(after.filter((line) => !before.includes(line))).toEqual([]);
      });
    });
  }
});

describe('fix proofs: generated units', () => {
  const mine = rules.filter((r) => proofs.some((p) => r.id === `systemd/${p.rule}`) || /systemd\/(forking-without-pidfile|dbus-without-busname|multiple-execstart|exec-path-not-absolute)$/.test(r.id));
  const types = ['', 'Type=simple', 'Type=forking', 'Type=oneshot', 'Type=notify', 'Type=exec', 'Type=dbus'];
  const commands = [
    '/usr/bin/memcached -d -u x',
    '/usr/sbin/sshd -D',
    '/usr/sbin/sshd',
    "/usr/sbin/nginx -g 'daemon off;'",
    '/usr/sbin/smbd -D',
    "/bin/sh -c '/usr/bin/foo &'",
    "/bin/sh -c 'cd /; /usr/sbin/php-fpm -D'",
    '/bin/bash -ec "a | b"',
    "/bin/sh -c 'exec /x'",
    '/usr/bin/foo > /var/log/x 2>&1',
    '/usr/bin/a && /usr/bin/b',
    'foo $(date)',
    '-@/usr/bin/x x | y',
    "/bin/sh -c '. /etc/x'",
    '/var/ossec/bin/%p-%i -f',
    '/etc/init.d/foo start',
    '/usr/bin/redis-server --daemonize yes',
    "/bin/sh -c 'unterminated",
    '"/usr/bin/quo"te\\x41 \\',
    '',
    "/bin/sh -c '/usr/bin/foo --x \\\n  --y'",
  ];
  const extras = [
    'PIDFile=/var/run/x.pid',
    'PIDFile=/run/x.pid',
    'KillMode=none',
    'Restart=always',
    'RemainAfterExit=yes',
    'BusName=org.x',
    'ExecStart=',
    'GuessMainPID=no',
    'ExecStartPost=/bin/true',
  ];
  // A small deterministic generator: every unit mixes a type, one or two commands and some extras.
  let seed = 7;
  const pick = <T>(list: readonly T[]): T => list[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % list.length];
  const units = Array.from({ length: 150 }, () => {
    const lines = ['[Service]', pick(types), `ExecStart=${pick(commands)}`, pick(extras), pick([`ExecStart=${pick(commands)}`, pick(extras), ''])].filter(Boolean);
    const eol = pick(['\n', '\r\n']);
    return { path: pick(['x.service', 'x@.service', 'x.service.d/o.conf']), text: pick(['', '\uFEFF']) + lines.join(eol) + eol };
  });

  it('fixing never throws, reaches a fixed point and keeps BOM and line ends', async () => {
    for (const unit of units) {
      const once = await fixText(unit.path, unit.text, { unsafe: true, rules: mine });
      const twice = await fixText(unit.path, once.output, { unsafe: true, rules: mine });
      expect(twice.output, JSON.stringify(unit)).toBe(once.output);
      expect(once.output.startsWith('\uFEFF')).toBe(unit.text.startsWith('\uFEFF'));
      if (!unit.text.includes('\r\n')) expect(once.output).not.toContain('\r');
      else expect(once.output, JSON.stringify(unit)).not.toMatch(/(?<!\r)\n/);
    }
  });
});
