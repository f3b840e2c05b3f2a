import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { DEFAULT_PIDFILE, defaultedAtTop, isYes, topAssignment } from '../util.js';
import { unquote } from '../../../languages/shell/query.js';
import { afterLine } from '../../shared/edits.js';

export default defineRule<ShellScript>({
  id: 'openrc/background-without-pidfile',
  kinds: ['openrc'],
  severity: 'error',
  docs: {
    summary: '`command_background` is on without `pidfile=`, or together with `command_args_background` (openrc-run refuses both); not under supervise-daemon',
    source: [openrcGuide("Don't write your own start/stop functions")],
  },
  fixable: 'safe',
  messages: {
    noPidfile: 'Unexpected `command_background` without `pidfile`: start-stop-daemon must make a PID file to stop the daemon, set pidfile="/run/${RC_SVCNAME}.pid"',
    both: 'Unexpected `command_background` with `command_args_background`: openrc-run refuses to start, use one of them',
  },
  check(ctx) {
    const script = ctx.tree;
    const background = topAssignment(script, 'command_background');
    if (!background || !isYes(background.literal ?? unquote(background.raw))) return;
    // supervise-daemon keeps the daemon in the foreground and tracks it itself.
    const supervisor = topAssignment(script, 'supervisor');
    if (supervisor && /supervise-daemon/.test(supervisor.raw)) return;
    const argsBackground = topAssignment(script, 'command_args_background');
    if (argsBackground) {
      ctx.report({ messageId: 'both', at: background, evidence: [argsBackground] });
      return;
    }
    if (script.assignments.some((a) => a.name === 'pidfile') || defaultedAtTop(script, 'pidfile')) return;
    const at = afterLine(ctx, background.position.end.offset ?? 0);
    const prefix = at === ctx.text.length && !/[\r\n]$/.test(ctx.text) ? ctx.eol : '';
    ctx.report({
      messageId: 'noPidfile',
      at: background,
      fix: {
        description: 'Add pidfile="/run/${RC_SVCNAME}.pid"',
        applicability: 'safe',
        edits: [{ start: at, end: at, text: `${prefix}pidfile=${DEFAULT_PIDFILE}${ctx.eol}` }],
      },
    });
  },
});
