import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { daemonMode } from '../../../knowledge/daemons.js';
import { commandContext, commandProgram, valueWords } from '../command-line.js';
import { DEFAULT_PIDFILE, functionNamed, isYes, topAssignment } from '../util.js';
import { unquote } from '../../../languages/shell/query.js';
import { afterLine } from '../../shared/edits.js';

/** `command_args` as words (empty when unset), or undefined when expansions hide them. */
function commandArgs(ctx: Parameters<typeof commandProgram>[0]): string[] | undefined {
  const a = topAssignment(ctx.tree, 'command_args');
  if (!a) return [];
  const words = valueWords(a)?.map((w) => w.text);
  // `${FOO_OPTS}` may hold a daemonize flag: the mode cannot be told.
  return words && !words.some((w) => /[$`]/.test(w)) ? words : undefined;
}

/** Whether start-stop-daemon is told to background the daemon some other way. */
function backgroundedOtherwise(ctx: Parameters<typeof commandProgram>[0]): boolean {
  const ssdArgs = topAssignment(ctx.tree, 'start_stop_daemon_args');
  return !!ssdArgs && /(^|[\s"'])(--background|-b)\b/.test(ssdArgs.raw);
}

export default defineRule<ShellScript>({
  id: 'openrc/foreground-without-background',
  kinds: ['openrc'],
  severity: 'error',
  docs: {
    summary:
      'the default start runs a daemon that stays in the foreground (by a flag such as `-f`/`--foreground`, or by default) without `command_background`: start-stop-daemon waits for it and the start never returns',
    source: [openrcGuide("Don't write your own start/stop functions"), { kind: 'code', project: 'initlint', what: 'the daemon table (src/knowledge/daemons.ts)' }],
  },
  fixable: 'unsafe',
  messages: {
    flag: 'Unexpected `{program} {flag}` without command_background: the daemon stays in the foreground, so start-stop-daemon waits for it and the start never returns; set command_background=true with a pidfile',
    default:
      'Unexpected `{program}` without command_background: it stays in the foreground unless told to daemonize, so start-stop-daemon waits for it and the start never returns; set command_background=true with a pidfile',
  },
  check(ctx) {
    const command = topAssignment(ctx.tree, 'command');
    const program = commandProgram(ctx);
    if (!command || !program) return;
    // A hand-written start() or a supervisor (supervise-daemon, s6, runit) starts it some other way.
    if (functionNamed(ctx.tree, 'start') || topAssignment(ctx.tree, 'supervisor')) return;
    const background = topAssignment(ctx.tree, 'command_background');
    if (background && isYes(background.literal ?? unquote(background.raw))) return;
    if (topAssignment(ctx.tree, 'command_args_background') || backgroundedOtherwise(ctx)) return;
    const args = commandArgs(ctx);
    if (!args) return;
    const mode = daemonMode(program, args, commandContext(ctx));
    if (mode?.mode !== 'foreground') return;
    const hit = mode.hit;
    const at = afterLine(ctx, command.position.end.offset ?? 0);
    const lines = ['command_background=true', ...(ctx.tree.assignments.some((a) => a.name === 'pidfile') ? [] : [`pidfile=${DEFAULT_PIDFILE}`])];
    const prefix = at === ctx.text.length && !/[\r\n]$/.test(ctx.text) ? ctx.eol : '';
    ctx.report({
      messageId: hit ? 'flag' : 'default',
      data: { program, flag: hit ? args.slice(hit.index, hit.index + hit.count).join(' ') : '' },
      at: command,
      // Unsafe when a background assignment exists and says no: someone chose it.
      fix: background
        ? undefined
        : { description: 'Add command_background=true and a pidfile', applicability: 'unsafe', edits: [{ start: at, end: at, text: prefix + lines.map((l) => l + ctx.eol).join('') }] },
    });
  },
});
