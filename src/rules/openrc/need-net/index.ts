import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { functionNamed, removeFunction } from '../util.js';
import { removeLines } from '../../shared/edits.js';

export default defineRule<ShellScript>({
  id: 'openrc/need-net',
  kinds: ['openrc'],
  severity: 'info',
  docs: {
    summary: '`need net` in `depend()`: loopback does not satisfy it and `rc_depend_strict` changes its meaning; servers on 0.0.0.0 need nothing, clients rarely should stop with the WAN',
    source: [openrcGuide('Be wary of need net dependencies')],
  },
  fixable: 'unsafe',
  messages: {
    net: 'Unexpected `need net`: loopback does not satisfy it and rc_depend_strict decides between any and all interfaces; drop it, or let the admin set rc_need in conf.d',
  },
  check(ctx) {
    for (const verb of ctx.tree.depend) {
      if (verb.verb !== 'need') continue;
      const index = verb.args.findIndex((w) => (w.literal ?? w.raw) === 'net');
      if (index < 0) continue;
      const word = verb.args[index];
      const start = word.position.start.offset ?? 0;
      const end = word.position.end.offset ?? 0;
      let edit;
      if (verb.args.length === 1) {
        const vStart = verb.position.start.offset ?? 0;
        const vEnd = verb.position.end.offset ?? 0;
        const line = ctx.lines.point(vStart).line;
        // `need net` alone on its line goes with its line; else only the words.
        const depend = functionNamed(ctx.tree, 'depend');
        if (ctx.lines.lineText(line).trim() !== ctx.text.slice(vStart, vEnd).trim()) edit = undefined;
        // An empty function body is a syntax error in sh: take depend() with it.
        else if (depend && depend.commands.length === 1) edit = removeFunction(ctx, depend);
        else edit = removeLines(ctx, vStart, vEnd);
      } else {
        const prev = verb.args[index - 1];
        const from = prev ? (prev.position.end.offset ?? 0) : start;
        const to = prev ? end : (verb.args[index + 1].position.start.offset ?? 0);
        edit = { start: from, end: to, text: '' };
      }
      ctx.report({
        messageId: 'net',
        at: word,
        fix: edit ? { description: 'Remove need net', applicability: 'unsafe', edits: [edit] } : undefined,
      });
    }
  },
});
