// Files more than one test suite reviews: one copy, so a change to the story changes every suite.

/** A unit pulled in by a runlevel target through RequiredBy= (systemd/required-by-target, with a safe fix). */
export const WEB_UNIT = [
  '[Unit]',
  'Description=Web frontend',
  'After=network-online.target',
  'Wants=network-online.target',
  '',
  '[Service]',
  'Type=simple',
  'ExecStart=/usr/bin/webd --foreground',
  '',
  '[Install]',
  'RequiredBy=multi-user.target',
  '',
].join('\n');

/** A FreeBSD rc.d script: shell, but neither OpenRC nor SysV, so the audit must not fix it. */
export const FREEBSD_RC = [
  '#!/bin/sh',
  '#',
  '# PROVIDE: food',
  '# REQUIRE: LOGIN NETWORKING',
  '# KEYWORD: shutdown',
  '',
  '. /etc/rc.subr',
  '',
  'name="food"',
  'rcvar=food_enable',
  'command="/usr/local/sbin/food"',
  'pidfile="/var/run/${name}.pid"',
  '',
  'load_rc_config $name',
  'run_rc_command "$1"',
  '',
].join('\n');
