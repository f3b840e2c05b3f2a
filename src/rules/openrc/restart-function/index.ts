import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { removeFunction } from '../util.js';

export default defineRule<ShellScript>({
  id: 'openrc/restart-function',
  kinds: ['openrc'],
  severity: 'error',
  docs: {
    summary: 'a `restart()` function is defined: openrc-run maps restart to stop + start with dependencies, so the function does not work',
    source: [openrcGuide('Syntax of Service Scripts')],
  },
  fixable: 'unsafe',
  messages: {
    restart: 'Unexpected `restart()`: OpenRC restarts by stop() + start() with dependencies and ignores it; test `[ "$RC_CMD" = restart ]` in start_pre/stop_pre instead',
  },
  check(ctx) {
    for (const fn of ctx.tree.functions) {
      if (fn.name !== 'restart') continue;
      ctx.report({
        messageId: 'restart',
        at: fn.namePosition ? { start: fn.namePosition.start.offset ?? 0, end: fn.namePosition.end.offset ?? 0 } : fn,
        fix: { description: 'Remove restart()', applicability: 'unsafe', edits: [removeFunction(ctx, fn)] },
      });
    }
  },
});
