import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { EXTRA_LISTS, listItems, topAssignment } from '../util.js';
import { unquote } from '../../../languages/shell/query.js';

export default defineRule<ShellScript>({
  id: 'openrc/extra-command-undefined',
  kinds: ['openrc'],
  severity: 'error',
  docs: {
    summary: 'a name in `extra_commands`/`extra_started_commands`/`extra_stopped_commands` has no function of that name',
    source: [openrcGuide('Syntax of Service Scripts')],
  },
  messages: {
    undefined: 'Unexpected `{name}` in {list} without a function `{name}()`: `rc-service … {name}` fails, define it or remove the name',
  },
  check(ctx) {
    // openrc-run defines these itself; reload only does something under s6.
    const defined = new Set([...ctx.tree.functions.map((f) => f.name), 'start', 'stop', 'status', 'describe']);
    const supervisor = topAssignment(ctx.tree, 'supervisor');
    if (supervisor && unquote(supervisor.raw) === 's6') defined.add('reload');
    for (const a of ctx.tree.assignments) {
      if (!(EXTRA_LISTS as readonly string[]).includes(a.name)) continue;
      for (const item of listItems(a)) {
        if (defined.has(item.text)) continue;
        ctx.report({ messageId: 'undefined', data: { name: item.text, list: a.name }, at: item });
      }
    }
  },
});
