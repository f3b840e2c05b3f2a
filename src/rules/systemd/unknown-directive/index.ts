import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { Fix } from '../../../core/types.js';
import { keysOf, NEWEST_RELEASE, sectionsAccepting, sectionsOf } from '../../../languages/systemd/directives.js';
import { removeNodeLines, type EditContext } from '../../shared/edits.js';
import type { Directive, Section, UnitFile } from '../../../languages/systemd/types.js';
import { deprecationOf } from '../deprecations.js';

/** Candidate keys by length, with their lower case, built once per key set. */
const byLength = new Map<string, Map<number, Array<[key: string, lower: string]>>>();

function bucketsFor(id: string, keys: () => Iterable<string>): Map<number, Array<[string, string]>> {
  let buckets = byLength.get(id);
  if (!buckets) {
    buckets = new Map();
    for (const key of keys()) {
      const bucket = buckets.get(key.length) ?? [];
      bucket.push([key, key.toLowerCase()]);
      buckets.set(key.length, bucket);
    }
    byLength.set(id, buckets);
  }
  return buckets;
}

/** Edit distance of a and b when it is at most `bound`, else bound + 1 (stops at the first row past it). */
function boundedDistance(a: string, b: string, bound: number): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    let least = row[0];
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
      if (row[j] < least) least = row[j];
    }
    if (least > bound) return bound + 1;
  }
  return Math.min(row[b.length], bound + 1);
}

/** Unknown keys per file that get a near-miss search; past it they are reported as unknown (bounded work). */
export const MAX_NEAR_MISS_SEARCHES = 200;

/**
 * The key of a key set that `key` most likely means (case slips first, then
 * edit distance). Only keys whose length is within the allowed distance are
 * measured, so a file of thousands of unknown keys costs little.
 */
function nearestKey(key: string, id: string, keys: () => Iterable<string>): string | undefined {
  const lower = key.toLowerCase();
  const allowed = Math.max(1, Math.min(3, Math.floor(key.length / 4)));
  const buckets = bucketsFor(id, keys);
  const same = buckets.get(key.length)?.find(([, l]) => l === lower);
  if (same) return same[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (let length = key.length - allowed; length <= key.length + allowed; length++) {
    for (const [candidate, candidateLower] of buckets.get(length) ?? []) {
      const d = boundedDistance(lower, candidateLower, Math.min(allowed, bestDistance));
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
  }
  return bestDistance <= allowed ? best : undefined;
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
    edits: [{ start: anchor, end: anchor, text: eol + body }, removeNodeLines(ctx, d)],
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
    let searches = 0;
    const nearest = (key: string, id: string, keys: () => Iterable<string>) => (searches++ < MAX_NEAR_MISS_SEARCHES ? nearestKey(key, id, keys) : undefined);
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
        if (elsewhere.length > 0 && !nearest(d.key, `section:${section.name}`, () => keys)) {
          ctx.report({ messageId: 'otherType', data: { ...data, owner: elsewhere[0] }, at: range });
          continue;
        }
        // Prefer a key of this section; then any section this unit type has.
        const expected = nearest(d.key, `section:${section.name}`, () => keys) ?? nearest(d.key, `type:${type}`, () => allowed.flatMap((s) => [...keysOf(s)!]));
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
