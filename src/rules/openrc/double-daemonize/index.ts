import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { Fix } from '../../../core/types.js';
import type { Assignment, ShellScript } from '../../../languages/shell/types.js';
import { daemonOf, findFlag, foregroundFlag } from '../../../knowledge/daemons.js';
import { commandContext, commandProgram, valueWords } from '../command-line.js';
import { type Ctx, isYes, topAssignment } from '../util.js';
import { unquote } from '../../../languages/shell/query.js';
import { removeLines } from '../../shared/edits.js';

/** Flags that keep many programs in the foreground; their presence makes "forks by default" unsure. */
const GENERIC_FOREGROUND = /^(-[fFnDdi]|--foreground|--nodaemon|--no-daemon|--no-detach|--nofork|-nodetach)$/;

/** Removes the words of a flag (and the space before them) from a value. */
function dropFlag(ctx: Ctx, a: Assignment, index: number, count: number): Fix | undefined {
  const words = valueWords(a);
  if (!words) return undefined;
  const first = words[index];
  const last = words[index + count - 1];
  const start = index > 0 ? words[index - 1].end : first.start;
  const end = index > 0 ? last.end : (words[index + count]?.start ?? last.end);
  return { description: `Remove ${ctx.text.slice(first.start, last.end)} from ${a.name}`, applicability: 'unsafe', edits: [{ start, end, text: '' }] };
}

export default defineRule<ShellScript>({
  id: 'openrc/double-daemonize',
  kinds: ['openrc'],
  severity: 'error',
  docs: {
    summary: '`command_background=true` while the daemon forks by itself (a daemonize flag such as `--daemon`/`-d` in `command_args`, or by default): the PID file names a process that has exited',
    source: [openrcGuide("Don't write your own start/stop functions")],
  },
  fixable: 'unsafe',
  messages: {
    flag: 'Unexpected `{flag}` with command_background: {program} forks away from the PID start-stop-daemon records, remove one of them',
    default: 'Unexpected command_background for {program}, which forks by default: add `{foreground}` to command_args so it stays in the foreground',
  },
  check(ctx) {
    const background = topAssignment(ctx.tree, 'command_background');
    if (!background || !isYes(background.literal ?? unquote(background.raw))) return;
    const program = commandProgram(ctx);
    const daemon = daemonOf(program, commandContext(ctx));
    if (!program || !daemon) return;
    let fired = false;
    for (const name of ['command_args', 'command_args_background']) {
      const a = topAssignment(ctx.tree, name);
      const words = a && valueWords(a);
      if (!a || !words) continue;
      const texts = words.map((w) => w.text);
      const hit = findFlag(daemon.daemonize, texts);
      if (!hit) continue;
      // A later foreground flag wins over the daemonize flag for most programs.
      const fg = findFlag(daemon.foreground, texts);
      if (fg && (daemon.foregroundWins || fg.index > hit.index)) continue;
      fired = true;
      const first = words[hit.index];
      const last = words[hit.index + hit.count - 1];
      const fix =
        name === 'command_args_background' && hit.count === words.length
          ? { description: 'Remove command_args_background', applicability: 'unsafe' as const, edits: [removeLines(ctx, a.position.start.offset ?? 0, a.position.end.offset ?? 0)] }
          : dropFlag(ctx, a, hit.index, hit.count);
      ctx.report({
        messageId: 'flag',
        data: { flag: ctx.text.slice(first.start, last.end), program },
        at: { start: first.start, end: last.end },
        fix,
        evidence: [topAssignment(ctx.tree, 'command_background')],
      });
    }
    if (fired || daemon.defaultMode !== 'daemon') return;
    // No flag at all: the program's own default is to fork.
    const args = topAssignment(ctx.tree, 'command_args');
    const words = args ? valueWords(args) : [];
    if (
      !words ||
      findFlag(
        daemon.foreground,
        words.map((w) => w.text),
      )
    )
      return;
    // Only a command line we can read entirely, with no flag that keeps some other
    // program of the same name in the foreground (busybox httpd -f is not Apache).
    if (words.some((w) => /[$`]/.test(w.text) || GENERIC_FOREGROUND.test(w.text))) return;
    const foreground = foregroundFlag(program, commandContext(ctx));
    if (!foreground) return;
    let fix: Fix | undefined;
    if (!args) {
      const at = ctx.lines.lineStart(ctx.lines.point(background.position.start.offset ?? 0).line);
      fix = { description: `Add ${foreground}`, applicability: 'unsafe', edits: [{ start: at, end: at, text: `command_args="${foreground}"${ctx.eol}` }] };
    } else if (/^"[^"]*"$/.test(args.raw)) {
      const at = (args.valuePosition.end.offset ?? 0) - 1;
      fix = { description: `Add ${foreground}`, applicability: 'unsafe', edits: [{ start: at, end: at, text: `${words.length ? ' ' : ''}${foreground.replace(/"/g, '\\"')}` }] };
    }
    ctx.report({ messageId: 'default', data: { program, foreground }, at: background, fix, evidence: [args] });
  },
});
