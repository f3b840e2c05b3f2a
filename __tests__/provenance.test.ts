import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../src/core/provenance.js';
import { rules } from '../src/rules/index.js';

/** The rules built on seeds 000 (readiness protocols, ossec-control) and 004 (RequiredBy= versus WantedBy=). */
const SEEDED = [
  'systemd/shell-wrapper',
  'systemd/forking-foreground',
  'systemd/simple-daemonizes',
  'systemd/control-script-wrapper',
  'systemd/oneshot-daemon',
  'systemd/required-by-target',
  'systemd/prefer-wants',
  'sysv/multi-daemon-control',
  'sysv/sleep-for-sync',
  'sysv/no-native-unit',
];

/** A man page as plain text, or undefined when it is not installed here. */
function manPage(page: string): string | undefined {
  const m = /^(.+)\((\d)\)$/.exec(page);
  if (!m) return undefined;
  try {
    return execFileSync('man', [m[2], m[1]], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '200', MAN_KEEP_FORMATTING: '', PAGER: 'cat' }, stdio: ['ignore', 'pipe', 'ignore'] }).replace(
      /.\x08/g,
      '',
    );
  } catch {
    return undefined;
  }
}

const installed = manPage('systemd.service(5)') !== undefined;

describe.skipIf(!installed)("the seeded rules' man-page citations name a part of the page", () => {
  for (const id of SEEDED) {
    it(id, () => {
      const rule = rules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      const cited = (rule!.docs.source as readonly Provenance[]).filter((p): p is Extract<Provenance, { kind: 'man' }> => p.kind === 'man');
      expect(cited.length).toBeGreaterThan(0);
      for (const { page, section } of cited) {
        const text = manPage(page);
        expect(text, page).toBeDefined();
        if (!section) continue;
        // A heading (DESCRIPTION, [INSTALL] SECTION OPTIONS, EXAMPLES' "Example 2. …") or an option's own line ("Type=", "Before=, After=").
        const heading = section.replace(/ \(.*\)$/, '');
        const lines = text!.split('\n').map((l) => l.trim());
        expect(
          lines.some((l) => l === heading || l.toUpperCase() === heading.toUpperCase()),
          `${page} "${section}"`,
        ).toBe(true);
      }
    });
  }
});
