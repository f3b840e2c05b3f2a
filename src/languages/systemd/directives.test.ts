import { describe, expect, it } from 'vitest';
import { allDirectives, directiveInfo, isResourceControlKey, keyInfo, keysOf, NEWEST_RELEASE, OLDEST_RELEASE, sectionsAccepting, sectionsOf } from './directives.js';

describe('the generated directive table', () => {
  it('knows each key with its parser and first release, per section', () => {
    expect(directiveInfo('service', 'Service', 'RestartSteps')).toEqual({ section: 'Service', key: 'RestartSteps', parser: 'config_parse_unsigned', since: 254 });
    expect(directiveInfo('service', 'Service', 'LimitNOFILE')).toMatchObject({ parser: 'config_parse_rlimit', ltype: 'RLIMIT_NOFILE', since: OLDEST_RELEASE });
    expect(directiveInfo('service', 'Unit', 'Wants')).toMatchObject({ parser: 'config_parse_unit_deps', ltype: 'UNIT_WANTS' });
    expect(directiveInfo('socket', 'Socket', 'PrivatePIDs')?.since).toBe(257);
  });

  it('gives enum values with the release that added each', () => {
    const type = directiveInfo('service', 'Service', 'Type')!;
    expect(type.lookup).toBe('service_type');
    expect(type.values).toMatchObject({ simple: OLDEST_RELEASE, exec: 240, 'notify-reload': 253 });
    expect(keyInfo('Service', 'PrivateTmp')).toMatchObject({ booleans: OLDEST_RELEASE, values: { disconnected: 257 } });
    expect(keyInfo('Unit', 'SuccessAction')?.values).toMatchObject({ 'halt-force': 254, reboot: 236 });
  });

  it('marks keys systemd only accepts to ignore them', () => {
    expect(keyInfo('Service', 'MemoryLimit')).toMatchObject({ deprecated: 'ignored', deprecatedSince: 258 });
    expect(keyInfo('Unit', 'RequiresOverridable')).toMatchObject({ deprecated: 'alias' });
  });

  it('answers only for sections the unit type has', () => {
    expect(directiveInfo('timer', 'Service', 'Type')).toBeUndefined();
    expect(directiveInfo('target', 'Unit', 'Nope')).toBeUndefined();
    expect(sectionsOf('timer')).toEqual(['Unit', 'Timer', 'Install']);
    expect(keysOf('Timer')?.has('DeferReactivation')).toBe(true);
    expect(keysOf('BusName')).toBeUndefined();
    expect(sectionsAccepting('ListenStream')).toEqual(['Socket']);
  });

  it('resource-control keys are the CGROUP_CONTEXT items', () => {
    expect(isResourceControlKey('MemoryMax')).toBe(true);
    expect(isResourceControlKey('ExecStart')).toBe(false);
  });

  it('covers every release from the oldest scanned tag to the newest', () => {
    expect([OLDEST_RELEASE, NEWEST_RELEASE]).toEqual([183, 261]);
    const live = allDirectives().filter((d) => d.removed === undefined);
    expect(live.length).toBe(1462);
    expect(new Set(live.map((d) => d.parser)).size).toBe(171);
    expect(live.filter((d) => d.since > 252).length).toBe(259);
  });
});
