import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { TextEdit } from '../../../core/types.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { listItems, topAssignment } from '../util.js';
import { afterLine, removeLines } from '../../shared/edits.js';

export default defineRule<ShellScript>({
  id: 'openrc/reload-not-started-command',
  kinds: ['openrc'],
  severity: 'warning',
  docs: {
    summary: '`reload` is listed in `extra_commands` instead of `extra_started_commands`, so it is offered while the daemon is stopped',
    source: [openrcGuide("Reloading your daemon's configuration")],
  },
  fixable: 'safe',
  messages: {
    reload: 'Unexpected `reload` in extra_commands: a stopped daemon cannot reload, list it in extra_started_commands instead',
  },
  check(ctx) {
    for (const a of ctx.tree.assignments) {
      if (a.name !== 'extra_commands' || a.inFunction) continue;
      const items = listItems(a);
      const item = items.find((i) => i.text === 'reload');
      if (!item) continue;
      const edits: TextEdit[] = [];
      const started = topAssignment(ctx.tree, 'extra_started_commands');
      const aStart = a.position.start.offset ?? 0;
      const aEnd = a.position.end.offset ?? 0;
      const line = ctx.lines.point(aStart).line;
      const aloneOnLine = ctx.lines.lineText(line).trim() === ctx.text.slice(aStart, aEnd).trim();
      const onlyItem = items.length === 1 && !/\$/.test(a.raw);
      if (onlyItem && aloneOnLine && !started) {
        // extra_commands="reload" → extra_started_commands="reload"
        const nameStart = aStart + ctx.text.slice(aStart, aEnd).indexOf('extra_commands');
        edits.push({ start: nameStart, end: nameStart + 'extra_commands'.length, text: 'extra_started_commands' });
      } else {
        if (onlyItem && aloneOnLine) edits.push(removeLines(ctx, aStart, aEnd));
        else {
          // Take the word and one space next to it.
          const before = ctx.text[item.start - 1] === ' ';
          const after = ctx.text[item.end] === ' ';
          edits.push({ start: before && !after ? item.start - 1 : item.start, end: after ? item.end + 1 : item.end, text: '' });
        }
        if (started) {
          const vStart = started.valuePosition.start.offset ?? 0;
          const vEnd = started.valuePosition.end.offset ?? 0;
          const raw = started.raw;
          const quote = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.endsWith(raw[0]) ? raw[0] : '';
          const inner = quote ? raw.slice(1, -1) : raw;
          const joined = inner.trim() ? `${inner} reload` : 'reload';
          edits.push({ start: vStart, end: vEnd, text: `${quote || '"'}${joined}${quote || '"'}` });
        } else {
          const at = afterLine(ctx, aEnd);
          const prefix = at === ctx.text.length && !/[\r\n]$/.test(ctx.text) ? ctx.eol : '';
          edits.push({ start: at, end: at, text: `${prefix}extra_started_commands="reload"${ctx.eol}` });
        }
      }
      ctx.report({
        messageId: 'reload',
        at: item,
        fix: { description: 'Move reload to extra_started_commands', applicability: 'safe', edits },
      });
    }
  },
});
