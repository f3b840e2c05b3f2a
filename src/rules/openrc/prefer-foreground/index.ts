import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { TextEdit } from '../../../core/types.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { daemonOf, findFlag, foregroundFlag } from '../../../knowledge/daemons.js';
import { commandContext, commandProgram, valueWords } from '../command-line.js';
import { DEFAULT_PIDFILE, topAssignment } from '../util.js';
import { removeLines } from '../../shared/edits.js';

export default defineRule<ShellScript>({
  id: 'openrc/prefer-foreground',
  kinds: ['openrc'],
  severity: 'warning',
  docs: {
    summary: '`procname=` is used for a daemon that has a foreground option: run it in the foreground with `command_background=true` and a `pidfile`',
    source: [openrcGuide("Don't write your own start/stop functions")],
  },
  fixable: 'unsafe',
  messages: {
    procname: 'Unexpected procname for {program}, which can stay in the foreground: use {foreground} with command_background=true and pidfile instead (matching by name is unreliable)',
  },
  check(ctx) {
    const procname = topAssignment(ctx.tree, 'procname');
    if (!procname) return;
    const program = commandProgram(ctx);
    const daemon = daemonOf(program, commandContext(ctx));
    if (!program || !daemon) return;
    // A foreground flag, or (for daemons that stay in the foreground by default) dropping the daemonize flag.
    const flag = foregroundFlag(program, commandContext(ctx));
    if (!flag && daemon.defaultMode !== 'foreground') return;
    const foreground = flag ?? '';
    const args = topAssignment(ctx.tree, 'command_args');
    const words = args ? valueWords(args) : [];
    const edits: TextEdit[] = [];
    let fixable = !!words;
    const lines: string[] = [];
    if (!args) {
      if (foreground) lines.push(`command_args="${foreground.replace(/"/g, '\\"')}"`);
    } else if (words && /^"[^"]*"$/.test(args.raw)) {
      const texts = words.map((w) => w.text);
      // Drop a daemonize flag the foreground flag would fight with.
      const hit = findFlag(daemon.daemonize, texts);
      if (hit) {
        const first = words[hit.index];
        const last = words[hit.index + hit.count - 1];
        edits.push({ start: hit.index > 0 ? words[hit.index - 1].end : first.start, end: hit.index > 0 ? last.end : (words[hit.index + hit.count]?.start ?? last.end), text: '' });
      }
      if (foreground && !findFlag(daemon.foreground, texts)) {
        const at = (args.valuePosition.end.offset ?? 0) - 1;
        edits.push({ start: at, end: at, text: `${words.length && !(hit && hit.count === words.length) ? ' ' : ''}${foreground.replace(/"/g, '\\"')}` });
      }
    } else fixable = false;
    if (!topAssignment(ctx.tree, 'command_background')) lines.push('command_background=true');
    if (!ctx.tree.assignments.some((a) => a.name === 'pidfile')) lines.push(`pidfile=${DEFAULT_PIDFILE}`);
    const removal = removeLines(ctx, procname.position.start.offset ?? 0, procname.position.end.offset ?? 0);
    edits.push({ ...removal, text: lines.map((l) => l + ctx.eol).join('') });
    ctx.report({
      messageId: 'procname',
      data: { program, foreground: foreground ? `\`${foreground}\`` : 'it without its daemonize flag' },
      at: procname,
      fix: fixable ? { description: `Run ${program} in the foreground under start-stop-daemon`, applicability: 'unsafe', edits } : undefined,
    });
  },
});
