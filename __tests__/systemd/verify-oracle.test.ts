// The differential oracle of issue 10 item 5: for every key the table's systemd
// knows and initlint validates, accepted and mutated values go through the
// installed `systemd-analyze verify`; initlint must report a value error on
// exactly the lines where verify logs one. The lines where they differ are
// listed in verify-oracle.disagreements.json (reasons in bench/verify-parity.md),
// not hidden: a new disagreement, or one that went away, fails this test.
// Re-record with ORACLE_UPDATE=1 after checking the difference.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedSystemd, probes, runOracle, type Verdict } from './oracle.js';

const ORACLE_SYSTEMD = 252;
const installed = installedSystemd();
const listFile = join(import.meta.dirname, 'verify-oracle.disagreements.json');

const line = (v: Verdict) => `${v.section}.${v.key}=${v.value}`;

describe.skipIf(installed !== ORACLE_SYSTEMD)(`systemd-analyze verify ${ORACLE_SYSTEMD} as the oracle`, () => {
  it('initlint refuses a value exactly where verify does, but for the listed disagreements', () => {
    const all = probes(ORACLE_SYSTEMD);
    const verdicts = runOracle(all);
    // Most probes reach verify; keys it calls unknown are dropped from the comparison.
    expect(verdicts.length).toBeGreaterThan(all.length * 0.8);
    expect(verdicts.filter((v) => v.verify).length).toBeGreaterThan(1000);
    const disagreements = verdicts
      .filter((v) => !!v.verify !== !!v.initlint)
      .map((v) => ({ probe: line(v), verify: v.verify ?? null, initlint: v.initlint ?? null }))
      .sort((a, b) => (a.probe < b.probe ? -1 : a.probe > b.probe ? 1 : 0));
    if (process.env.ORACLE_UPDATE) writeFileSync(listFile, JSON.stringify({ systemd: ORACLE_SYSTEMD, probes: all.length, compared: verdicts.length, disagreements }, null, 1) + '\n');
    expect(existsSync(listFile)).toBe(true);
    const recorded = JSON.parse(readFileSync(listFile, 'utf8'));
    expect(disagreements).toEqual(recorded.disagreements);
  }, 120_000);
});
