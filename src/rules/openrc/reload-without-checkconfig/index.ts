import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript, SimpleCommand } from '../../../languages/shell/types.js';
import { functionNamed, indentAt } from '../util.js';

/** Commands that deliver a signal to the daemon. */
function signals(cmd: SimpleCommand): boolean {
  if (cmd.program === 'kill' || cmd.program === 'pkill' || cmd.program === 'killall') return true;
  if (cmd.program === 'supervise-daemon') return true;
  return cmd.program === 'start-stop-daemon' && cmd.args.some((w) => /^(--signal|-s)(=|$)/.test(w.literal ?? w.raw));
}

export default defineRule<ShellScript>({
  id: 'openrc/reload-without-checkconfig',
  kinds: ['openrc'],
  severity: 'warning',
  docs: {
    summary: 'a `checkconfig()` exists but `reload()` signals the daemon without running it first',
    source: [openrcGuide("Don't restart/reload with a broken config")],
  },
  fixable: 'safe',
  messages: {
    unchecked: 'Unexpected reload without `checkconfig`: a broken config reaches the daemon, run `checkconfig || return $?` first',
  },
  check(ctx) {
    if (!functionNamed(ctx.tree, 'checkconfig')) return;
    const reload = functionNamed(ctx.tree, 'reload');
    if (!reload) return;
    const first = reload.commands.findIndex(signals);
    if (first < 0) return;
    if (reload.commands.slice(0, first).some((c) => c.program === 'checkconfig')) return;
    const name = reload.namePosition;
    const opening = reload.commands[0];
    const openingStart = opening.position.start.offset ?? 0;
    const openingLine = ctx.lines.point(openingStart).line;
    const nameLine = name.start.line;
    // Only when the body starts on a line of its own can the call go in as a line.
    const fix =
      openingLine > nameLine
        ? {
            description: 'Run checkconfig before reloading',
            applicability: 'safe' as const,
            edits: [{ start: ctx.lines.lineStart(openingLine), end: ctx.lines.lineStart(openingLine), text: `${indentAt(ctx, openingStart)}checkconfig || return $?${ctx.eol}` }],
          }
        : undefined;
    ctx.report({ messageId: 'unchecked', at: { start: name.start.offset ?? 0, end: name.end.offset ?? 0 }, fix });
  },
});
