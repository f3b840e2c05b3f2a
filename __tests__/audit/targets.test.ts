import { describe, expect, it } from 'vitest';
import { fixAllowed, fixScope } from '../../src/action/audit/targets.js';
import { FREEBSD_RC } from '../fixtures.js';

// Written the way the init systems ship such files.
const OPENRC_HELPER = [
  '#!@SHELL@',
  '# Runs a service script for openrc: the default start and stop when the script has none.',
  '. @LIBEXECDIR@/sh/functions.sh',
  '',
  'depend() {',
  '\t:',
  '}',
  '',
  'start() {',
  '\tebegin "Starting ${name:-$RC_SVCNAME}"',
  '\tstart-stop-daemon --start --exec "$command" --pidfile "$pidfile" -- $command_args',
  '\teend $?',
  '}',
  '',
].join('\n');

const OPENRC_TEMPLATE = ['#!@SBINDIR@/openrc-run', 'command=@SBINDIR@/food', 'pidfile=/var/run/food.pid', 'depend() {', '\tneed net', '}', ''].join('\n');

describe('which safe fixes the fix PR may apply to a file', () => {
  it('an OpenRC helper (`#!@SHELL@`, outside init.d) is not a service script: nothing is applied', () => {
    expect(fixScope('sh/openrc-run.sh.in', OPENRC_HELPER, 'openrc')).toEqual({ apply: 'none', reason: 'helper' });
    expect(fixScope('lib/rc/sh/runner.sh', OPENRC_HELPER.replace('#!@SHELL@', '#!/bin/sh'), 'openrc')).toEqual({ apply: 'none', reason: 'helper' });
    expect(fixAllowed(fixScope('sh/openrc-run.sh.in', OPENRC_HELPER, 'openrc'), [{ start: 0, end: 9 }])).toBe(false);
  });

  it('the same text as a service script (in init.d, or kept elsewhere under its service name) may have its shebang fixed', () => {
    const script = OPENRC_HELPER.replace('#!@SHELL@', '#!/bin/sh').replace('. @LIBEXECDIR@/sh/functions.sh', '');
    expect(fixScope('init.d/food', script, 'openrc')).toEqual({ apply: 'all' });
    expect(fixScope('examples/openrc/bad/foo', script, 'openrc')).toEqual({ apply: 'all' });
    expect(fixScope('contrib/food.initd', script, 'openrc')).toEqual({ apply: 'all' });
  });

  it('a FreeBSD rc.d script (rc.subr, rcvar=) keeps its /var/run paths and interpreter', () => {
    expect(fixScope('rc.d/food', FREEBSD_RC, 'openrc')).toEqual({ apply: 'none', reason: 'bsd' });
    expect(fixScope('contrib/freebsd/food', FREEBSD_RC, 'sysv')).toEqual({ apply: 'none', reason: 'bsd' });
  });

  it('a build template: an edit may not touch a placeholder, an edit elsewhere may', () => {
    const scope = fixScope('init.d/food.in', OPENRC_TEMPLATE, 'openrc');
    expect(scope).toEqual({
      apply: 'outside-placeholders',
      placeholders: [
        { start: 2, end: 11 },
        { start: 31, end: 40 },
      ],
    });
    const varRun = OPENRC_TEMPLATE.indexOf('/var/run/');
    expect(fixAllowed(scope, [{ start: 0, end: OPENRC_TEMPLATE.indexOf('\n') }])).toBe(false);
    expect(fixAllowed(scope, [{ start: varRun, end: varRun + 9 }])).toBe(true);
  });

  it('units and plain service scripts: everything safe applies', () => {
    expect(fixScope('units/web.service', '[Service]\nPIDFile=/var/run/web.pid\n', 'systemd')).toEqual({ apply: 'all' });
    expect(fixScope('init.d/foo', '#!/sbin/openrc-run\npidfile=/var/run/foo.pid\n', 'openrc')).toEqual({ apply: 'all' });
  });
});
