import { describe, expect, it } from 'vitest';
import { classify } from '../../core/classify.js';
import { classifyScript } from './classify.js';

const DISPATCHER = 'case "$1" in\n  start) do_start ;;\n  stop) do_stop ;;\n  *) echo "Usage: $0 {start|stop}" ;;\nesac\n';

describe('classifyScript', () => {
  it.each([
    ['init.d/foo', '#!/sbin/openrc-run\ncommand=/usr/bin/foo\n'],
    ['anywhere/foo', '#!/usr/sbin/openrc-run\n'],
    ['files/foo.initd', '#!/sbin/runscript\n'],
    ['x/foo', '#!/usr/bin/env openrc-run\n'],
    ['etc/init.d/foo', '#!/bin/sh\ndepend() {\n\tneed net\n}\nstart() { :; }\n'],
    ['etc/init.d/bar', '#!/bin/sh\nstart() {\n\tebegin "Starting bar"\n\tstart-stop-daemon --start --exec /usr/bin/bar\n\teend $?\n}\n'],
    ['examples/bad/foo', '#!/bin/sh\ncommand=/usr/bin/foo\ndepend() {\n\tneed net\n}\n'],
  ])('openrc: %s', (path, text) => {
    expect(classifyScript(path, text)).toBe('openrc');
  });

  it.each([
    ['etc/conf.d/foo', '# Options for foo\nFOO_OPTS="-v"\n'],
    ['conf.d/net.eth0', 'config_eth0="dhcp"\n'],
    ['conf.d/empty', '# nothing set\n'],
    ['conf.d/bar', 'export rc_need="net"\n'],
  ])('openrc-conf: %s', (path, text) => {
    expect(classifyScript(path, text)).toBe('openrc-conf');
  });

  it.each([
    ['etc/init.d/foo', '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: foo\n### END INIT INFO\n'],
    ['anywhere/script', '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: foo\n### END INIT INFO\n'],
    ['etc/init.d/legacy', `#!/bin/sh\n${DISPATCHER}`],
    ['etc/rc.d/init.d/legacy', `#!/bin/bash\n${DISPATCHER}`],
    ['etc/rc3.d/S20legacy', `#!/bin/sh\n${DISPATCHER}`],
    ['packaging/foo.init', `#!/bin/sh\ncase $1 in\n  start|restart) run ;;\nesac\n`],
    ['var/ossec/bin/ossec-control', `#!/bin/sh\n${DISPATCHER}`],
    ['opt/app/bin/appctl', `#!/bin/sh\ncase "\${1}" in\n  'start') /opt/app/bin/appd & ;;\nesac\n`],
  ])('sysv: %s', (path, text) => {
    expect(classifyScript(path, text)).toBe('sysv');
  });

  it.each([
    ['etc/nginx/conf.d/default.conf', 'server { listen 80; }\n'],
    ['etc/conf.d/foo', 'server {\n  listen 80;\n}\n'],
    ['etc/conf.d/script', '#!/bin/sh\nFOO=1\n'],
    ['scripts/build.sh', `#!/bin/sh\n${DISPATCHER}`],
    ['etc/init.d/README', 'These scripts start services.\n'],
    ['bin/helper-control', '#!/bin/sh\necho "not a dispatcher"\n'],
    ['etc/init.d/binary', '\u0000ELF'],
    ['src/depend.sh', '#!/bin/sh\ndepend() { :; }\n'],
  ])('not an init script: %s', (path, text) => {
    expect(classifyScript(path, text)).toBeNull();
  });
});

describe('classify (core)', () => {
  it('routes units by path and scripts by content', () => {
    expect(classify('a/foo.service', '#!/sbin/openrc-run\n')).toBe('systemd');
    expect(classify('etc\\init.d\\foo', '#!/bin/sh\ndepend() { :; }\n')).toBe('openrc');
    expect(classify('etc/init.d/foo', '#!/bin/sh\n### BEGIN INIT INFO\n### END INIT INFO\n')).toBe('sysv');
  });
});

describe('class 2: classification without positive evidence (issue 11)', () => {
  const LSB = '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: foo\n### END INIT INFO\n';
  it.each([
    ['an RPM spec with a %post dispatcher', 'redhat/foo.spec', `Name: foo\n%post\n${DISPATCHER}`],
    ['an RPM spec template', 'foo.spec.in', `Name: foo\n%preun\n${DISPATCHER}`],
    ['a patch of an init script', 'files/foo-init.patch', `--- a/init.d/foo\n+++ b/init.d/foo\n@@ -1 +1 @@\n-${LSB}`],
    ['a diff under any name', 'files/fix-init', `diff --git a/x b/x\n${LSB}`],
    ["OpenRC's own shell library", 'sh/gendepends.sh.in', '#!@SHELL@\ndepend() {\n\tneed net\n}\nebegin "x"\ncommand=/x\n'],
    ['a helper script with a dispatcher', 'scripts/helper.sh', `#!/bin/sh\n${DISPATCHER}`],
    // Debian's apache2ctl: its dispatcher reads the helper's own argument list, not an init action.
    // OpenWrt: rc.common runs it and defines its actions (procd), whatever functions it has.
    ['an OpenWrt rc.common script', 'files/foo.init', `#!/bin/sh /etc/rc.common\nSTART=50\nUSE_PROCD=1\nstart_service() { :; }\n${DISPATCHER}`],
    ['apache2ctl', 'usr/sbin/apache2ctl', '#!/bin/sh\nARGV="$@"\ncase "$ARGV" in\nstart)\n\t$HTTPD -k start\n\t;;\nconfigtest)\n\t$HTTPD -t\n\t;;\nesac\n'],
  ])('%s is not an init script', (_, path, text) => {
    expect(classify(path, text)).toBeNull();
  });

  it('an autoconf patch named *.path is not a path unit', () => {
    expect(classify('files/autoconf-2.69.path', '--- configure.ac.orig\n+++ configure.ac\n@@ -1,3 +1,3 @@\n-AC_INIT\n+AC_INIT([x])\n')).toBeNull();
    expect(classify('units/foo.path', '[Path]\nPathChanged=/etc/foo\n')).toBe('systemd');
  });

  it('a Containerfile named *.path is not a path unit (holdout F: podman)', () => {
    expect(classify('test/build/Containerfile.path', 'FROM quay.io/libpod/alpine:latest\nENV PATH=/usr/bin\n')).toBeNull();
    expect(classify('test/build/Dockerfile.path', '# syntax=docker/dockerfile:1\n\nARG BASE=alpine\nFROM $BASE\n')).toBeNull();
    expect(classify('units/foo.path', '[Path]\nPathChanged=/etc/foo\n# FROM here on\n')).toBe('systemd');
    expect(classify('units/foo.service', '[Service]\nExecStart=/bin/foo\nARG x\n')).toBe('systemd');
  });

  it('an XML service definition (Avahi) named *.service is not a unit', () => {
    expect(classify('files/smb.service', '<?xml version="1.0" standalone=\'no\'?>\n<service-group>\n  <name>%h</name>\n</service-group>\n')).toBeNull();
    expect(classify('files/ssh.service', '\n<service-group>\n</service-group>\n')).toBeNull();
  });

  it('a .sh file with an LSB header is still a SysV script', () => {
    expect(classify('contrib/foo.sh', `${LSB}${DISPATCHER}`)).toBe('sysv');
  });
});

describe('class 3: packaging names (issue 11)', () => {
  it.each([
    ['files/foo_at.service', '[Service]\nExecStart=/usr/bin/foo %i\n', 'systemd'],
    ['files/foo.service-r1', '[Service]\nExecStart=/usr/bin/foo\n', 'systemd'],
    ['systemd/foo.service.in', '[Service]\nExecStart=@sbindir@/foo\n', 'systemd'],
    ['files/foo.initd-r2', '#!/sbin/openrc-run\ncommand=/usr/bin/foo\n', 'openrc'],
    ['files/foo.init.in', '#!/bin/sh\ndepend() {\n\tneed net\n}\nstart() {\n\tebegin "x"\n}\n', 'openrc'],
    ['contrib/foo.init-r1', `#!/bin/sh\n${DISPATCHER}`, 'sysv'],
    ['files/foo.confd-r1', 'FOO_OPTS="-v"\n', 'openrc-conf'],
  ])('%s is linted as %s', (path, text, kind) => {
    expect(classify(path, text)).toBe(kind);
  });
});
