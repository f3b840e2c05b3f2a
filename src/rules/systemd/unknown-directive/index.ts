import { man } from '../../../core/provenance.js';
import { editDistance } from '../../../core/config.js';
import { defineRule } from '../../../core/rule.js';
import type { Fix } from '../../../core/types.js';
import { keysOf, NEWEST_RELEASE, sectionsAccepting, sectionsOf } from '../../../languages/systemd/directives.js';
import { removeNodeLines, type EditContext } from '../../shared/edits.js';
import type { Directive, Section, UnitFile } from '../../../languages/systemd/types.js';
import { deprecationOf } from '../deprecations.js';


/** The key of `candidates` that `key` most likely means (case slips first, then edit distance). */
function nearestKey(key: string, candidates: Iterable<string>): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c.toLowerCase() === lower) return c;
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(1, Math.min(3, Math.floor(key.length / 4))) ? best : undefined;
}


/** Moves a directive's lines to the end of another section. */
function moveFix(ctx: EditContext, d: Directive, target: Section): Fix {
  const { text, eol } = ctx;
  const last = target.children[target.children.length - 1];
  const anchor = last ? last.position.end.offset! : target.headerPosition.end.offset!;
  const body = text.slice(d.position.start.offset!, d.position.end.offset!);
  return {
    description: `Move \`${d.key}=\` to [${target.name}]`,
    applicability: 'unsafe',
    edits: [
      { start: anchor, end: anchor, text: eol + body },
      removeNodeLines(ctx, d),
    ],
  };
}

export default defineRule<UnitFile>({
  id: 'systemd/unknown-directive',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: 'a key that no section of this unit type accepts, or that is in the wrong section; systemd ignores it with a warning (`X-` keys are allowed)',
    source: [man('systemd.directives(7)'), { kind: 'code', project: 'systemd', what: 'load-fragment-gperf table at every release tag (src/languages/systemd/directives.json)' }],
  },
  fixable: 'unsafe',
  messages: {
    wrongSection: 'Unexpected `{key}=` in [{section}], expected it in [{expected}]: systemd ignores it here',
    otherType: 'Unexpected `{key}=` in [{section}]: it is a [{owner}] setting, which a .{type} unit does not have; systemd ignores it',
    typo: 'Unexpected `{key}=` in [{section}], expected `{expected}=`: systemd ignores unknown keys',
    unknown: 'Unexpected `{key}=` in [{section}]: no systemd release up to {version} knows such a key, and systemd ignores it (prefix your own keys with `X-`)',
  },
  check(ctx) {
    const type = ctx.tree.info.unitType;
    const allowed = sectionsOf(type);
    if (!allowed) return;
    for (const section of ctx.tree.children) {
      // Unknown sections are systemd/unknown-section's finding; their lines are all ignored anyway.
      if (!allowed.includes(section.name)) continue;
      const keys = keysOf(section.name)!;
      for (const d of section.children) {
        if (d.type !== 'directive' || keys.has(d.key) || d.key.startsWith('X-')) continue;
        // Keys systemd removed are deprecated-directive's finding, with a better message.
        if (deprecationOf(d.key, section.name)) continue;
        const at = d.keyPosition;
        const range = { start: at.start.offset!, end: at.end.offset! };
        const data = { key: d.key, section: section.name, type };
        const elsewhere = sectionsAccepting(d.key);
        const here = elsewhere.find((s) => allowed.includes(s));
        if (here) {
          const target = ctx.tree.children.find((s) => s.name === here);
          ctx.report({ messageId: 'wrongSection', data: { ...data, expected: here }, at: range, fix: target ? moveFix(ctx, d, target) : undefined });
          continue;
        }
        if (elsewhere.length > 0 && !nearestKey(d.key, keys)) {
          ctx.report({ messageId: 'otherType', data: { ...data, owner: elsewhere[0] }, at: range });
          continue;
        }
        // Prefer a key of this section; then any section this unit type has.
        const expected = nearestKey(d.key, keys) ?? nearestKey(d.key, allowed.flatMap((s) => [...keysOf(s)!]));
        if (expected) {
          ctx.report({
            messageId: 'typo',
            data: { ...data, expected },
            at: range,
            fix: { description: `Rename \`${d.key}=\` to \`${expected}=\``, applicability: 'unsafe', edits: [{ ...range, text: expected }] },
          });
        } else {
          ctx.report({ messageId: 'unknown', data: { ...data, version: NEWEST_RELEASE }, at: range });
        }
      }
    }
  },
});
