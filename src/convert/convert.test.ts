import { beforeAll, describe, expect, it } from 'vitest';
import { loadShellParser, parseShell } from '../languages/shell/parse.js';
import { analyzeControlScript, convertControlScript } from './index.js';
import { controlCallIn } from './caller.js';

beforeAll(async () => {
  await loadShellParser();
});

describe('controlCallIn', () => {
  it.each([
    ['/var/ossec/bin/ossec-control start', { scriptArg: '/var/ossec/bin/ossec-control', scriptName: 'ossec-control' }],
    ['-/usr/sbin/apachectl start', { scriptArg: '/usr/sbin/apachectl', scriptName: 'apachectl' }],
    ['/etc/init.d/foo start', { scriptArg: '/etc/init.d/foo', scriptName: 'foo' }],
    ['/usr/sbin/service foo start', { scriptArg: 'foo', scriptName: 'foo' }],
    ["/bin/sh -c '/var/ossec/bin/ossec-control start'", { scriptArg: '/var/ossec/bin/ossec-control', scriptName: 'ossec-control' }],
    ['/usr/bin/env /opt/x/x-control start', { scriptArg: '/opt/x/x-control', scriptName: 'x-control' }],
  ])('%s', (command, expected) => {
    expect(controlCallIn(command)).toEqual(expected);
  });
  it.each(['/usr/sbin/sshd -D', '/var/ossec/bin/ossec-control stop', '/usr/bin/systemctl start foo'])('not %s', (command) => {
    expect(controlCallIn(command)).toBeUndefined();
  });
});

describe('analyzeControlScript', () => {
  it('a start-stop-daemon loop with a literal directory', () => {
    const script = parseShell(`#!/bin/sh
for d in alpha-one alpha-two; do
  start-stop-daemon --start --pidfile /run/$d.pid --exec /usr/lib/alpha/$d -- --quiet
done
`);
    const analysis = analyzeControlScript(script);
    expect(analysis?.daemons.map((d) => d.name)).toEqual(['alpha-one', 'alpha-two']);
    expect(analysis?.binDir).toBe('/usr/lib/alpha');
    const conversion = convertControlScript(script, { scriptPath: 'init.d/alpha' });
    expect(conversion?.unitPath).toBe('alpha@.service');
    expect(conversion?.enable).toBe('systemctl enable alpha@one alpha@two');
    expect(conversion?.content).toContain('ExecStart=/usr/lib/alpha/alpha-%i\n');
  });

  it('names with no shared prefix keep the full name as the instance', () => {
    const script = parseShell(`#!/bin/sh
for d in red blue; do /usr/sbin/$d; done
`);
    const conversion = convertControlScript(script, { scriptPath: 'bin/colors-control' });
    expect(conversion?.unitName).toBe('colors@.service');
    expect(conversion?.enable).toBe('systemctl enable colors@red colors@blue');
    expect(conversion?.content).toContain('ExecStart=/usr/sbin/%i\n');
  });

  it('one daemon is not a control script', () => {
    expect(analyzeControlScript(parseShell('for d in only; do /usr/sbin/$d; done\n'))).toBeUndefined();
  });
});
