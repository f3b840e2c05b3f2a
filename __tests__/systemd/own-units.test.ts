// systemd's own unit files (the units/ folder of the newest release the directive table was
// generated from) must give no unknown-directive or unknown-section finding. They are read from a
// systemd git directory: SYSTEMD_GIT_DIR, or the mirror fetched for `npm run gen-directives`.
// Skipped, with a notice, where neither is present.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/linter/index.js';
import { NEWEST_RELEASE } from '../../src/languages/systemd/directives.js';
import unknownDirective from '../../src/rules/systemd/unknown-directive/index.js';
import unknownSection from '../../src/rules/systemd/unknown-section/index.js';

const gitDir = [process.env.SYSTEMD_GIT_DIR, '/work/.mirror/bernaferrari+systemd/repo'].find((d) => d && existsSync(d));
const tag = `v${NEWEST_RELEASE}`;
const UNIT = /\.(service|socket|timer|target|path|mount|automount|swap|slice|scope)(\.in)?$/;

function git(...args: string[]): string {
  return execFileSync('git', ['--git-dir', gitDir!, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
}

/** units/ of the tag; `foo.service.in` (a meson template) is linted as `foo.service`. */
function ownUnits(): Array<{ path: string; text: string }> {
  return git('ls-tree', '-r', '--name-only', tag, 'units/')
    .split('\n')
    .filter((p) => UNIT.test(p))
    .map((p) => ({ path: p.replace(/\.in$/, ''), text: git('show', `${tag}:${p}`) }));
}

if (!gitDir) console.warn(`own-units: no systemd git directory (set SYSTEMD_GIT_DIR); skipping the ${tag} units/ check`);

describe.skipIf(!gitDir)(`systemd ${tag} units/`, () => {
  it('no unknown-directive or unknown-section finding', async () => {
    const units = ownUnits();
    expect(units.length).toBeGreaterThan(250);
    const results = await lintFiles(units, { rules: [unknownDirective, unknownSection] });
    const findings = results.flatMap((r) => r.findings.filter((f) => f.ruleId !== 'parse-error').map((f) => `${r.path}:${f.line} ${f.ruleId} ${f.message}`));
    console.log(`checked ${units.length} unit files of systemd ${tag} units/`);
    expect(findings).toEqual([]);
  });
});
