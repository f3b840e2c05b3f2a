// Issue 10 item 5, the corpus half: on systemd's own units/, test/ and fuzz-corpus
// unit files, initlint reports at least 95% of the value errors (same line) and
// unit refusals that `systemd-analyze verify` 252 reports, and no value finding
// on units/, Debian's or the packaged units (bench/packaged-units.sh). Skips with a notice without the cache (bash bench/systemd-corpus.sh)
// or without systemd-analyze 252. VERIFY_PARITY_REPORT=FILE writes the figures.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installedSystemd } from './oracle.js';
import { corpusFiles, GROUPS, parity, verifyDiagnostics } from './verify-corpus.js';

const files = corpusFiles();
const version = installedSystemd();
if (!files.length) console.warn('verify-corpus: no bench/.cache/systemd-corpus (run bash bench/systemd-corpus.sh); skipped');

describe.skipIf(!files.length || version !== 252)("systemd-analyze verify 252 on systemd's own unit files", () => {
  it('recall of value errors and refusals is at least 95%, with no value finding on units/', async () => {
    const diagnostics = verifyDiagnostics(files, 252);
    const result = await parity(files, diagnostics);
    const counted = diagnostics.filter((d) => !d.excluded);
    const by = (kind: string) => counted.filter((d) => d.kind === kind);
    const missedBy = (kind: string) => result.missed.filter((d) => d.kind === kind);
    const figures = {
      files: Object.fromEntries(GROUPS.map((g) => [g, files.filter((f) => f.group === g).length])),
      byGroup: Object.fromEntries(
        GROUPS.map((g) => [
          g,
          Object.fromEntries(['value', 'structural'].map((k) => [k, { verify: by(k).filter((d) => d.group === g).length, missed: missedBy(k).filter((d) => d.group === g).length }])),
        ]),
      ),
      value: { verify: by('value').length, missed: missedBy('value').length },
      structural: { verify: by('structural').length, missed: missedBy('structural').length },
      excluded: diagnostics.filter((d) => d.excluded).map((d) => `${d.group}/${d.path}:${d.line}: ${d.message} (${d.excluded})`),
      missed: result.missed.map((d) => `${d.group}/${d.path}:${d.line}: ${d.message}`),
      valueFindings: result.valueFindings,
    };
    if (process.env.VERIFY_PARITY_REPORT) writeFileSync(process.env.VERIFY_PARITY_REPORT, JSON.stringify(figures, null, 1) + '\n');
    expect(by('value').length).toBeGreaterThan(10);
    expect(by('structural').length).toBeGreaterThan(50);
    expect(1 - missedBy('value').length / by('value').length).toBeGreaterThanOrEqual(0.95);
    expect(1 - missedBy('structural').length / by('structural').length).toBeGreaterThanOrEqual(0.95);
    expect(result.valueFindings.units ?? []).toEqual([]);
    expect(result.valueFindings.debian ?? []).toEqual([]);
    expect(result.valueFindings.packaged ?? []).toEqual([]);
  }, 300_000);
});
