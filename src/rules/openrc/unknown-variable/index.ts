import { man, openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { editDistance } from '../../../core/config.js';
import type { Assignment, ShellScript } from '../../../languages/shell/types.js';
import openrcVariables from '../../../knowledge/openrc-variables.json' with { type: 'json' };

/** The variables openrc-run reads, generated from Debian's openrc package by scripts/gen-openrc-variables.mjs. */
export const OPENRC_VARIABLES: readonly string[] = Object.keys(openrcVariables.variables);

/** How far a name may be from a known one to count as a misspelling of it. */
function tolerance(name: string): number {
  return name.length <= 6 ? 1 : 2;
}

/** The one known variable `name` is a near miss of, or undefined when none or several are as near. */
export function misspeltVariable(name: string): string | undefined {
  let best: string[] = [];
  let distance = Infinity;
  for (const known of OPENRC_VARIABLES) {
    const d = editDistance(name, known);
    if (d < distance) [best, distance] = [[known], d];
    else if (d === distance) best.push(known);
  }
  return distance >= 1 && distance <= tolerance(name) && best.length === 1 ? best[0] : undefined;
}

/** Whether the script reads `name` anywhere (`$name`, `${name…}`): then it is the script's own variable. */
function readByScript(text: string, name: string): boolean {
  return new RegExp(`\\$\\{?#?${name}\\b`).test(text);
}

function candidate(a: Assignment): boolean {
  // rc_* names are read by openrc itself (rc_need, rc_ulimit, …) from rc.conf as well; description_CMD is a family.
  return !a.inFunction && !a.declaration && /^[a-z][a-z0-9_]*$/.test(a.name) && !/^(rc_|description_)/.test(a.name);
}

export default defineRule<ShellScript>({
  id: 'openrc/unknown-variable',
  kinds: ['openrc'],
  severity: 'warning',
  docs: {
    summary:
      'a top-level assignment one or two letters away from a variable openrc-run reads (`command_backround=`, `errror_log=`), which the script never reads itself: openrc-run ignores it silently',
    source: [man('openrc-run(8)'), { kind: 'code', project: 'OpenRC', what: 'the sh libraries of lib/rc/sh' }, openrcGuide()],
  },
  fixable: 'safe',
  messages: {
    misspelt: 'Unexpected `{name}=`: openrc-run reads no such variable and silently ignores it, expected `{known}=`',
  },
  check(ctx) {
    const assigned = new Set(ctx.tree.assignments.filter((a) => !a.inFunction).map((a) => a.name));
    for (const a of ctx.tree.assignments) {
      if (!candidate(a) || OPENRC_VARIABLES.includes(a.name)) continue;
      const known = misspeltVariable(a.name);
      if (!known || readByScript(ctx.text, a.name)) continue;
      const start = a.position.start.offset ?? 0;
      const end = start + a.name.length;
      if (ctx.text.slice(start, end) !== a.name) continue;
      ctx.report({
        messageId: 'misspelt',
        data: { name: a.name, known },
        at: { start, end },
        // When the right name is set too, renaming would make two assignments race: a human decides.
        fix: assigned.has(known) ? undefined : { description: `Rename to ${known}`, applicability: 'safe', edits: [{ start, end, text: known }] },
      });
    }
  },
});
