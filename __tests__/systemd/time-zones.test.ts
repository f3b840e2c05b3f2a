// Time-zone names of calendar events (`OnCalendar=daily Europe/Berlin`) are checked against Node's ICU
// copy of the tz database; systemd opens /usr/share/zoneinfo/NAME. Every zone file of this machine's
// tzdata must be accepted (skipped, with a notice, where there is no tzdata).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTimeZone } from '../../src/languages/systemd/values/time.js';

const ZONEINFO = '/usr/share/zoneinfo';

/** The zone files (TZif) below /usr/share/zoneinfo, by name; the posix/ and right/ copies are left out. */
function zoneFiles(dir = ZONEINFO, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const name = prefix + entry;
    if (statSync(path).isDirectory()) {
      if (prefix || (entry !== 'posix' && entry !== 'right')) out.push(...zoneFiles(path, `${name}/`));
    } else if (readFileSync(path).subarray(0, 4).toString('latin1') === 'TZif') out.push(name);
  }
  return out;
}

if (!existsSync(ZONEINFO)) console.warn('time-zones: no /usr/share/zoneinfo; skipping the tzdata comparison');

describe('time-zone names', () => {
  it.skipIf(!existsSync(ZONEINFO))('every zone file of the tzdata is a zone', () => {
    const files = zoneFiles();
    expect(files.length).toBeGreaterThan(400);
    expect(files.filter((name) => !isTimeZone(name))).toEqual([]);
  });

  it('refuses misspelt, miscased and made-up names', () => {
    expect(['Europe/Berln', 'europe/berlin', 'EUROPE/BERLIN', 'Mars/Olympus', 'Europe//Berlin', 'Europe/', '/Europe/Berlin'].filter(isTimeZone)).toEqual([]);
    expect(['Europe/Berlin', 'UTC', 'Etc/GMT+2', 'US/Eastern', 'EST5EDT', 'Asia/Kolkata', 'Europe/Kyiv', 'Factory'].every(isTimeZone)).toBe(true);
  });

  it("leaves upper-case abbreviations alone: systemd takes the host's own (`CEST` on a host in Berlin)", () => {
    expect(isTimeZone('CEST')).toBe(true);
    expect(isTimeZone('PDT')).toBe(true);
  });
});
