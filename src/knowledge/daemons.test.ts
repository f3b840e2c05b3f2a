import { describe, expect, it } from 'vitest';
import { configTestFlag, daemonMode, daemonOf, foregroundFlag, isDaemonizeFlag, isForegroundFlag, lookAlike, pidfileOption, programAt, programOf } from './daemons.js';

describe('programOf', () => {
  it('takes the basename and skips env, assignments and nice', () => {
    expect(programOf('/usr/sbin/nginx -g daemon')).toBe('nginx');
    expect(programOf(['/usr/bin/env', '-u', 'BAR', 'FOO=1', '/usr/sbin/sshd', '-D'])).toBe('sshd');
    expect(programOf(['nice', '-n', '5', 'exec', '-a', 'x', 'redis-server'])).toBe('redis-server');
    expect(programOf([])).toBeUndefined();
    expect(programAt(['env', 'A=1', 'memcached', '-d'])).toEqual({ index: 2, program: 'memcached', path: 'memcached', args: ['-d'] });
  });
});

describe('daemon facts keyed by basename: OpenBGPD bgpd vs Quagga bgpd', () => {
  it("knows a shared basename only when the program's or the file's path names the package", () => {
    // Quagga/FRR: -d daemonizes. OpenBGPD: -d keeps it in the foreground.
    expect(daemonMode('/usr/lib/frr/bgpd', ['-d'])?.mode).toBe('daemon');
    expect(daemonMode('bgpd', ['-d'], 'net-misc/quagga/files/bgpd.init')?.mode).toBe('daemon');
    expect(daemonMode('/usr/sbin/bgpd', ['-d'], 'net-misc/openbgpd/files/openbgpd.service')?.mode).toBe('foreground');
    expect(foregroundFlag('bgpd', 'openbgpd.initd')).toBe('-d');
    expect(lookAlike('bgpd', '-f', 'openbgpd.initd')).toMatch(/config/);
  });
  it('treats a shared basename with no such hint as unknown, so no rule fires on it', () => {
    expect(daemonOf('/usr/sbin/bgpd')).toBeUndefined();
    expect(daemonMode('bgpd', [])).toBeUndefined();
    expect(foregroundFlag('ospfd')).toBeUndefined();
    expect(daemonOf('zebra')).toBeDefined(); // no other program is called zebra
  });
});

describe('flags are per program', () => {
  it('-f is foreground for ossec daemons but a config file for bgpd', () => {
    expect(isForegroundFlag('ossec-analysisd', ['-f'])).toBe(true);
    expect(isForegroundFlag('/var/ossec/bin/ossec-%i', ['-f'])).toBe(true);
    expect(isForegroundFlag('bgpd', ['-f', '/etc/bgpd.conf'])).toBe(false);
    expect(lookAlike('/usr/lib/frr/bgpd', '-f')).toMatch(/config/);
    expect(daemonOf('ossec-control')).toBeUndefined();
  });
  it('-d daemonizes memcached but keeps chronyd and dnsmasq in the foreground', () => {
    expect(isDaemonizeFlag('memcached', ['-d'])).toBe(true);
    expect(isForegroundFlag('chronyd', ['-d'])).toBe(true);
    expect(isForegroundFlag('dnsmasq', ['-d'])).toBe(true);
    expect(isDaemonizeFlag('chronyd', ['-d'])).toBe(false);
  });
  it('understands flags with values', () => {
    expect(daemonMode('nginx', ['-g', 'daemon off;'])?.mode).toBe('foreground');
    expect(daemonMode('nginx', ['-g', 'pid /run/n.pid; daemon off;'])?.mode).toBe('foreground');
    expect(daemonMode('nginx', [])).toBeUndefined();
    expect(daemonMode('httpd', ['-DFOREGROUND'])?.hit).toMatchObject({ index: 0, count: 1 });
    expect(daemonMode('apache2', ['-D', 'FOREGROUND'])?.hit).toMatchObject({ index: 0, count: 2 });
    expect(daemonMode('httpd', ['-D', 'SSL'])?.mode).toBe('daemon');
    expect(daemonMode('redis-server', ['/etc/redis.conf', '--daemonize', 'yes'])?.mode).toBe('daemon');
    expect(daemonMode('redis-server', ['--daemonize', 'no'])?.mode).toBe('foreground');
  });
  it('the last flag wins, unless the program says the foreground flag always wins', () => {
    expect(daemonMode('php-fpm8.2', ['-D', '-F'])?.mode).toBe('foreground');
    expect(daemonMode('php-fpm', ['-F', '-D'])?.mode).toBe('daemon');
    expect(daemonMode('rsync', ['--no-detach', '--daemon'])?.mode).toBe('foreground');
  });
  it('falls back on the default only when no config can change it', () => {
    expect(daemonMode('postgres', ['-D', '/var/lib/pg'])).toEqual({ mode: 'foreground' });
    expect(daemonMode('sshd', [])).toEqual({ mode: 'daemon' });
    expect(daemonMode('mysqld', [])).toBeUndefined();
    expect(daemonMode('unknown-thing', ['-f'])).toBeUndefined();
  });
  it('crond and cron differ', () => {
    expect(foregroundFlag('crond')).toBe('-n');
    expect(isForegroundFlag('cron', ['-n'])).toBe(false);
    expect(isForegroundFlag('cron', ['-f'])).toBe(true);
  });
  it('stops at --', () => {
    expect(isDaemonizeFlag('memcached', ['--', '-d'])).toBe(false);
  });
});

describe('helpers', () => {
  it('gives pidfile options, config tests and foreground flags', () => {
    expect(pidfileOption('memcached')).toBe('-P');
    expect(pidfileOption('nope')).toBeUndefined();
    expect(configTestFlag('ossec-remoted')).toBe('-t');
    expect(configTestFlag('nginx')).toBe('-t');
    expect(foregroundFlag('nginx')).toBe("-g 'daemon off;'");
    expect(foregroundFlag('httpd')).toBe('-DFOREGROUND');
    expect(foregroundFlag('memcached')).toBeUndefined();
  });
});

describe("daemon facts mined from Debian's manual pages (src/knowledge/daemons-mined.json)", () => {
  it('fills in programs the hand-kept table lacks, by their flags only', () => {
    // knockd(1): "-d, --daemon  Become a daemon."
    expect(daemonMode('/usr/sbin/knockd', ['-d'])?.mode).toBe('daemon');
    // Without a flag the page says nothing about the default: unknown.
    expect(daemonMode('/usr/sbin/knockd', [])).toBeUndefined();
    expect(pidfileOption('privoxy')).toBe('--pidfile');
  });
  it('keys a basename two packages install by path or package: in.tftpd of atftpd or tftpd-hpa', () => {
    expect(daemonOf('in.tftpd')).toBeUndefined();
    expect(daemonOf('/usr/sbin/in.tftpd', 'net-ftp/tftpd-hpa/files/in.tftpd.initd')).toBeDefined();
  });
});
