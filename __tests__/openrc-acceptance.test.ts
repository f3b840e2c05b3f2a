// Acceptance for the OpenRC rules: a script that makes each mistake of the
// OpenRC service script guide gets each rule at the right line, and a script
// written as the guide recommends gets nothing from any rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../src/core/config.js';
import { fixText, lintFiles } from '../src/linter/index.js';

const dir = join(import.meta.dirname, '../examples/openrc');
const read = (path: string) => ({ path: `examples/openrc/${path}`, text: readFileSync(join(dir, path), 'utf8') });

function config(preset: Config['extends']): Config {
  const c = defaultConfig();
  c.extends = preset;
  return c;
}

describe('OpenRC acceptance', () => {
  it('the bad script gets each rule at its line', async () => {
    const [result] = await lintFiles([read('bad/foo'), read('bad/conf.d/foo')], { config: config('strict') });
    expect(result.kind).toBe('openrc');
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['openrc/shebang', 1], // #!/bin/sh
      ['openrc/reload-not-started-command', 4], // reload in extra_commands
      ['openrc/pidfile-from-config', 5], // pidfile="${FOO_PIDFILE:-…}"
      ['openrc/need-net', 8],
      ['openrc/restart-without-checkconfig', 12], // checkconfig() never wired into start_pre/stop_pre
      ['openrc/non-posix', 13], // [[ ]]
      ['openrc/pidfile-in-user-dir', 21], // checkpath --owner svc:svc /run/foo
      ['openrc/custom-start-stop', 24], // start()/stop() around start-stop-daemon
      ['openrc/su-instead-of-command-user', 26], // start-stop-daemon --user
      ['openrc/restart-function', 37],
      ['openrc/reload-without-checkconfig', 42],
    ]);
    const severities = Object.fromEntries(result.findings.map((f) => [f.ruleId, f.severity]));
    expect(severities['openrc/pidfile-in-user-dir']).toBe('error');
    expect(severities['openrc/shebang']).toBe('error');
    expect(severities['openrc/custom-start-stop']).toBe('warning');
  });

  it('the pidfile directory is found through the conf.d file too', async () => {
    const bad = read('bad/foo');
    // Without a default in the script, only the conf.d value names /run/foo.
    const text = bad.text.replace('${FOO_PIDFILE:-/run/foo/foo.pid}', '${FOO_PIDFILE}');
    const [result] = await lintFiles([{ path: bad.path, text }, read('bad/conf.d/foo')], { config: config('strict') });
    expect(result.findings.filter((f) => f.ruleId === 'openrc/pidfile-in-user-dir').map((f) => f.line)).toEqual([21]);
  });

  it('--fix-unsafe turns the bad script into the one the guide recommends', async () => {
    const bad = read('bad/foo');
    const fixed = await fixText(bad.path, bad.text, { config: config('strict'), unsafe: true, others: [read('bad/conf.d/foo')] });
    expect(fixed.result.findings).toEqual([]);
    expect(fixed.output).toBe(
      [
        '#!/sbin/openrc-run',
        '# foo: a small daemon, written the way the guide says not to.',
        '',
        'extra_commands="checkconfig"',
        'extra_started_commands="reload"',
        'pidfile="/run/${RC_SVCNAME}.pid"',
        '',
        'depend() {',
        '\tuse logger',
        '}',
        '',
        'checkconfig() {',
        '\tif [ ! -f /etc/foo/foo.conf ]; then',
        '\t\teerror "/etc/foo/foo.conf is missing"',
        '\t\treturn 1',
        '\tfi',
        '\t/usr/bin/foo --config /etc/foo/foo.conf --check',
        '}',
        '',
        'start_pre() {',
        '\tif [ "${RC_CMD}" != "restart" ]; then',
        '\t\tcheckconfig || return $?',
        '\tfi',
        '}',
        '',
        'stop_pre() {',
        '\tif [ "${RC_CMD}" = "restart" ]; then',
        '\t\tcheckconfig || return $?',
        '\tfi',
        '}',
        '',
        'command="/usr/bin/foo"',
        'command_args="--config /etc/foo/foo.conf"',
        'command_user="svc:svc"',
        'command_background=true',
        '',
        'reload() {',
        '\tcheckconfig || return $?',
        '\tebegin "Reloading foo"',
        '\tstart-stop-daemon --signal HUP --pidfile "${pidfile}"',
        '\teend $?',
        '}',
        '',
      ].join('\n'),
    );
  });

  for (const preset of ['recommended', 'strict'] as const) {
    it(`the guide's way reports nothing (${preset})`, async () => {
      const results = await lintFiles([read('good/foo'), read('good/conf.d/foo')], { config: config(preset) });
      expect(results.map((r) => r.kind)).toEqual(['openrc', 'openrc-conf']);
      for (const r of results) expect(r.findings).toEqual([]);
    });
  }
});
