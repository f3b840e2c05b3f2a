import { man } from '../../../core/provenance.js';
import { editDistance } from '../../../core/config.js';
import { defineRule } from '../../../core/rule.js';
import { keysOf, sectionsOf } from '../../../languages/systemd/directives.js';
import type { UnitFile } from '../../../languages/systemd/types.js';

/** The section of `candidates` that `name` most likely means, if any is close. */
export function nearestSection(name: string, candidates: readonly string[]): string | undefined {
  const plain = name.trim().toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === plain);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(plain, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(plain.length / 3)) ? best : undefined;
}

const list = (names: readonly string[]) => names.map((n) => `[${n}]`).join(', ');

export default defineRule<UnitFile>({
  id: 'systemd/unknown-section',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary: 'a section name systemd does not know for this unit type (`[Service ]`, `[Instal]`): systemd ignores the whole section',
    source: [man('systemd.unit(5)'), man('systemd.syntax(7)')],
  },
  fixable: 'unsafe',
  messages: {
    typo: 'Unexpected section `[{name}]`, expected `[{expected}]`: systemd ignores every line of an unknown section',
    otherType: 'Unexpected section `[{name}]` in a .{type} unit, expected one of {allowed}: `[{name}]` belongs in a .{owner} unit, and systemd ignores it here',
    unknown: 'Unexpected section `[{name}]`, expected one of {allowed} (or an `X-` section): systemd ignores every line of an unknown section',
  },
  check(ctx) {
    const type = ctx.tree.info.unitType;
    const allowed = sectionsOf(type);
    if (!allowed) return;
    for (const section of ctx.tree.children) {
      const name = section.name;
      // systemd ignores X- sections by design: they carry data for other tools.
      if (allowed.includes(name) || name.startsWith('X-')) continue;
      const at = section.headerPosition;
      const range = { start: at.start.offset!, end: at.end.offset! };
      if (keysOf(name)) {
        const owner = name.toLowerCase();
        ctx.report({ messageId: 'otherType', data: { name, type, owner, allowed: list(allowed) }, at: range });
        continue;
      }
      const expected = nearestSection(name, allowed);
      if (expected) {
        ctx.report({
          messageId: 'typo',
          data: { name, expected },
          at: range,
          fix: { description: `Rename the section to [${expected}]`, applicability: 'unsafe', edits: [{ start: range.start, end: range.end, text: `[${expected}]` }] },
        });
      } else {
        ctx.report({ messageId: 'unknown', data: { name, allowed: list(allowed) }, at: range });
      }
    }
  },
});
