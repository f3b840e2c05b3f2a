import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { daemonMode, foregroundFlag } from '../../../knowledge/daemons.js';
import { commandContext, commandProgram, valueWords } from '../command-line.js';
import { topAssignment } from '../util.js';
import { unquote } from '../../../languages/shell/query.js';

export default defineRule<ShellScript>({
  id: 'openrc/supervised-daemon-forks',
  kinds: ['openrc'],
  severity: 'error',
  docs: {
    summary:
      '`supervisor=supervise-daemon` runs a daemon that forks itself (a daemonize flag such as `-d`, or by default): the process supervise-daemon watches exits at once, and it respawns the daemon until it gives up',
    source: [man('supervise-daemon(8)'), { kind: 'code', project: 'initlint', what: 'the daemon table (src/knowledge/daemons.ts)' }],
  },
  fixable: 'unsafe',
  messages: {
    flag: 'Unexpected `{program} {flag}` under supervise-daemon: the daemon forks away from the process supervise-daemon watches, which then respawns it; remove `{flag}`',
    default: 'Unexpected `{program}` under supervise-daemon without its foreground option: it forks away from the process supervise-daemon watches; add `{foreground}` to command_args',
  },
  check(ctx) {
    const supervisor = topAssignment(ctx.tree, 'supervisor');
    if (!supervisor || unquote(supervisor.raw) !== 'supervise-daemon') return;
    const program = commandProgram(ctx);
    const argsAssignment = topAssignment(ctx.tree, 'command_args');
    const words = argsAssignment ? valueWords(argsAssignment) : [];
    if (!program || !words || words.some((w) => /[$`]/.test(w.text))) return;
    const args = words.map((w) => w.text);
    const mode = daemonMode(program, args, commandContext(ctx));
    if (mode?.mode !== 'daemon') return;
    const hit = mode.hit;
    if (hit && argsAssignment) {
      const first = words[hit.index];
      const last = words[hit.index + hit.count - 1];
      // The flag and the space before it (or after it, when it comes first).
      const start = hit.index > 0 ? words[hit.index - 1].end : first.start;
      const end = hit.index > 0 ? last.end : (words[hit.index + hit.count]?.start ?? last.end);
      const flag = ctx.text.slice(first.start, last.end);
      ctx.report({
        messageId: 'flag',
        data: { program, flag },
        at: { start: first.start, end: last.end },
        fix: { description: `Remove ${flag}`, applicability: 'unsafe', edits: [{ start, end, text: '' }] },
      });
      return;
    }
    // Forks by default: said only when the table knows the flag that keeps it in the foreground.
    const foreground = foregroundFlag(program, commandContext(ctx));
    if (!foreground) return;
    ctx.report({ messageId: 'default', data: { program, foreground }, at: topAssignment(ctx.tree, 'command')! });
  },
});
