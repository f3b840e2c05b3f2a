import { DEBAMAX, man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { TextEdit } from '../../../core/types.js';
import { daemonMode, daemonOf, foregroundFlag } from '../../../knowledge/daemons.js';
import { directives } from '../../../languages/systemd/parse.js';
import { effective, effectiveList, effectiveType, inSelf, typeEvidence, unitView } from '../../shared/unit-view.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { daemonContext, argEditOf, replaceValue, resolveCommand, type ResolvedCommand } from '../exec-support.js';
import { removeNodeLines } from '../../shared/edits.js';
import type { Project } from '../../../core/project.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { commandsForActions, wordText } from '../../../languages/shell/query.js';

/** `…ctl` programs that start other units or jobs, not a daemon of their own. */
const MANAGERS = new Set([
  'systemctl',
  'initctl',
  'supervisorctl',
  'loginctl',
  'machinectl',
  'networkctl',
  'resolvectl',
  'busctl',
  'journalctl',
  'portablectl',
  'homectl',
  'sysctl',
  'rc-service',
  'snapctl',
]);

/**
 * The control script of `NAME-control start`, `NAMEctl start`, `/etc/init.d/NAME start` or `service NAME start`:
 * `named` when the name alone says it is one, else the init script's name (which may only set something up).
 */
function controlScript(resolved: ResolvedCommand): { named: true } | { script: string } | undefined {
  const { program, args } = resolved;
  if (!program || MANAGERS.has(program)) return undefined;
  const path = resolved.wrapper
    ? resolved.last!.words[resolved.last!.words.length - resolved.ranges.length].literal
    : resolved.command.words[resolved.command.words.length - resolved.ranges.length].text;
  if (program === 'service') return args[1] === 'start' && args[0] ? { script: args[0] } : undefined;
  if (!args.includes('start')) return undefined;
  if (/-control$/.test(program) || /ctl$/.test(program)) return { named: true };
  return /\/(init|rc)\.d\//.test(path) ? { script: program } : undefined;
}

/** Programs that put a daemon in the background from an init script. */
const DAEMON_STARTERS = new Set(['start_daemon', 'daemon', 'startproc', 'daemonize']);

/**
 * Whether the project's init script starts a daemon on `start`: ferm's and kdump-tools' load rules
 * or a kernel and exit, which is what `Type=oneshot` with `RemainAfterExit=yes` is for.
 */
function startsDaemon(project: Project, name: string): boolean | undefined {
  const entry = project.named(name).find((e) => e.kind === 'sysv');
  if (!entry) return undefined;
  return commandsForActions(entry.tree as ShellScript, ['start']).some(
    (c) => c.background || DAEMON_STARTERS.has(c.program) || (c.program === 'start-stop-daemon' && c.args.some((a) => /^(--start|-S)$/.test(wordText(a)))),
  );
}

export default defineRule<UnitFile>({
  id: 'systemd/oneshot-daemon',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: '`Type=oneshot` whose command starts a long-lived daemon or runs a `… start` control script: stop and restart then act on nothing.',
    source: [
      man('systemd.service(5)', 'Type='),
      // Oneshot is for an action that keeps no process running.
      man('systemd.service(5)', 'Example 3. Oneshot service'),
      man('systemd.unit(5)', 'Description (templates and instances)'),
      // The seed runs its long-lived daemons as Type=simple and only the run-once script as oneshot.
      { ...DEBAMAX, section: 'Looking at the daemon' },
    ],
  },
  fixable: 'unsafe',
  messages: {
    daemon:
      'Unexpected `Type=oneshot` for `{program}`, which forks a long-lived daemon (systemd does not track it, so stop and restart act on nothing), expected `Type=simple` with `{program}` in the foreground',
    control: 'Unexpected `Type=oneshot` for the control script `{program} start`, which leaves daemons behind that systemd does not track, expected one unit per daemon run in the foreground',
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== 'service') return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    if (effectiveType(view) !== 'oneshot') return;
    const starts = effectiveList(view, 'Service', 'ExecStart');
    for (const d of starts) {
      if (!inSelf(view, d)) continue;
      const resolved = resolveCommand(d, ctx.tree.info);
      if (!resolved?.program) continue;
      const control = controlScript(resolved);
      if (control) {
        // An init script is judged by what its start does, and only when the project holds it.
        if ('named' in control || startsDaemon(ctx.project, control.script)) {
          ctx.report({ messageId: 'control', data: { program: resolved.program }, at: resolved.ranges[0], evidence: [typeEvidence(view)] });
        }
        continue;
      }
      const mode = daemonMode(resolved.program, resolved.args, daemonContext(resolved, ctx.path));
      if (mode?.mode !== 'daemon') continue;
      const at = mode.hit ? { start: resolved.ranges[mode.hit.index + 1].start, end: resolved.ranges[mode.hit.index + mode.hit.count].end } : resolved.ranges[0];
      ctx.report({ messageId: 'daemon', data: { program: resolved.program }, at, fix: fixFor(resolved, mode.hit), evidence: [typeEvidence(view)] });
    }

    function fixFor(resolved: ResolvedCommand, hit: { index: number; count: number } | undefined) {
      const type = effective(view, 'Service', 'Type');
      // Only a plain command, the only ExecStart=, with Type= in this file.
      if (resolved.wrapper || starts.length !== 1 || !type || !inSelf(view, type)) return undefined;
      const program = resolved.program!;
      const daemon = daemonOf(program, daemonContext(resolved, ctx.path))!;
      const foreground = foregroundFlag(program, daemonContext(resolved, ctx.path));
      const edits: TextEdit[] = [replaceValue(type, 'simple')];
      if (hit) {
        const text = daemon.defaultMode === 'foreground' ? '' : foreground;
        if (text === undefined) return undefined;
        edits.push(argEditOf(resolved.ranges, { index: hit.index + 1, count: hit.count, text }));
      } else {
        if (!foreground) return undefined;
        const end = resolved.ranges[0].end;
        edits.push({ start: end, end, text: ' ' + foreground });
      }
      // Neither means anything for a simple service.
      for (const d of directives(ctx.tree, 'Service')) if (d.key === 'RemainAfterExit' || d.key === 'PIDFile') edits.push(removeNodeLines(ctx, d));
      return { description: `Use Type=simple and run ${program} in the foreground`, applicability: 'unsafe' as const, edits };
    }
  },
});
