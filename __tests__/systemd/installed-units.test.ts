// The unit files of the systemd that directives.json was generated from must
// give no unknown-section/unknown-directive (or other syntax) finding: the table is only right if
// systemd's own units pass. Runs only where that same systemd is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/linter/index.js';
import { isUnitPath } from '../../src/core/classify.js';
import { DIRECTIVES_SOURCE } from '../../src/languages/systemd/directives.js';
import duplicateDirective from '../../src/rules/systemd/duplicate-directive/index.js';
import requiredByTarget from '../../src/rules/systemd/required-by-target/index.js';
import requiresWithoutAfter from '../../src/rules/systemd/requires-without-after/index.js';
import specifierMisuse from '../../src/rules/systemd/specifier-misuse/index.js';
import unknownDirective from '../../src/rules/systemd/unknown-directive/index.js';
import unknownSection from '../../src/rules/systemd/unknown-section/index.js';

const binary = ['/lib/systemd/systemd', '/usr/lib/systemd/systemd'].find((p) => existsSync(p));
let version = '';
try {
  if (binary) version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).split('\n')[0].trim();
} catch {
  version = '';
}

function installedUnits(): string[] {
  const paths = new Set<string>();
  try {
    for (const line of execFileSync('dpkg', ['-L', 'systemd'], { encoding: 'utf8' }).split('\n')) {
      if (/\.(service|socket|timer|target|path|mount)$/.test(line)) paths.add(line);
    }
  } catch {
    // not a Debian system: the directory below is enough
  }
  for (const dir of ['/lib/systemd/system', '/usr/lib/systemd/system']) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) paths.add(join(dir, name));
  }
  return [...paths].filter((p) => isUnitPath(p) && existsSync(p) && statSync(p).isFile());
}

describe.skipIf(version !== DIRECTIVES_SOURCE)(`installed units of ${DIRECTIVES_SOURCE}`, () => {
  it('the committed directive table is what this systemd gives', () => {
    const script = join(import.meta.dirname, '../../scripts/gen-directives.mjs');
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toContain('up to date');
  });

  // systemd's own units are correct: rules about syntax and dependencies must be silent on them.
  it('no unknown-section, unknown-directive, specifier-misuse, duplicate-directive, requires-without-after or required-by-target finding', async () => {
    const units = installedUnits();
    expect(units.length).toBeGreaterThan(100);
    console.log(`checked ${units.length} installed unit files`);
    const results = await lintFiles(
      units.map((p) => ({ path: p.slice(1), text: readFileSync(p, 'utf8') })),
      { rules: [unknownSection, unknownDirective, specifierMisuse, duplicateDirective, requiresWithoutAfter, requiredByTarget] },
    );
    const findings = results.flatMap((r) => r.findings.map((f) => `${r.path}:${f.line} ${f.ruleId} ${f.message}`));
    expect(findings).toEqual([]);
  });
});
