// Cross-checks the generated directive table against the systemd installed here (252 on Debian 12):
// every key its `--dump-configuration-items` lists must be in the table with a first release no
// newer than it, and its own unit files must give no unknown-section/unknown-directive (or other
// syntax) finding. Runs only where a systemd binary is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/linter/index.js';
import { isUnitPath } from '../../src/core/classify.js';
import { keyInfo } from '../../src/languages/systemd/directives.js';
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

/** `[Section]` / `Key=…` lines of `systemd --dump-configuration-items` as `Section.Key`. */
function dumpedKeys(): string[] {
  const keys: string[] = [];
  let section = '';
  for (const line of execFileSync(binary!, ['--dump-configuration-items'], { encoding: 'utf8' }).split('\n')) {
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) section = header[1];
    const key = /^([A-Za-z0-9]+)=/.exec(line);
    if (key && section) keys.push(`${section}.${key[1]}`);
  }
  return keys;
}

/**
 * Keys a distribution's point release has before the upstream tag: the table follows the tags.
 * Scope.OOMPolicy= came with v253 (commit d5a1657, "add missing integration of OOMPolicy= in
 * scopes") and was backported to the 252.x stable series that Debian 12 ships.
 */
const BACKPORTED = new Set(['Scope.OOMPolicy']);

const release = Number(/systemd (\d+)/.exec(version)?.[1] ?? NaN);

describe.skipIf(!version)(`installed units of ${version || 'no installed systemd'}`, () => {
  it(`every key this systemd dumps is in the generated table, first accepted no later than ${release}`, () => {
    const dumped = dumpedKeys();
    expect(dumped.length).toBeGreaterThan(400);
    const wrong = dumped.filter((id) => {
      if (BACKPORTED.has(id)) return false;
      const [section, key] = id.split('.');
      const info = keyInfo(section, key);
      return !info || info.since > release || (info.removed !== undefined && info.removed <= release);
    });
    console.log(`${dumped.length} section.keys dumped by ${version}`);
    expect(wrong).toEqual([]);
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
