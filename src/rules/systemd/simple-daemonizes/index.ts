import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { daemonMode, daemonOf, foregroundFlag } from '../../../knowledge/daemons.js';
import { effective, effectiveList, effectiveType, inSelf, LONG_RUNNING, typeEvidence, unitView } from '../../shared/unit-view.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { daemonContext, argEditOf, flagRange, flagText, rangeIn, resolveCommand, unwrapEdits, type ArgEdit } from '../exec-support.js';

export default defineRule<UnitFile>({
  id: 'systemd/simple-daemonizes',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary: 'A `Type=simple`/`exec`/`notify` service whose command puts itself in the background: the main process exits and systemd stops the service.',
    // Example 2 says a program that daemonizes itself needs Type=forking; KillMode= says the rest of the cgroup is killed on stop.
    source: [man('systemd.service(5)', 'Type='), man('systemd.service(5)', 'Example 2. Simple service'), man('systemd.kill(5)', 'KillMode=')],
  },
  fixable: 'unsafe',
  messages: {
    flag: 'Unexpected `{flag}` with `Type={type}` (`{program}` daemonizes: the main process exits and systemd stops the service), expected `{program}` in the foreground',
    background: 'Unexpected `&` with `Type={type}` (the shell puts `{program}` in the background and exits, and systemd stops the service), expected `{program}` in the foreground',
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== 'service') return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    const type = effectiveType(view);
    if (!type || !LONG_RUNNING.has(type)) return;
    // Type=notify with PIDFile=: the daemon's child reports in and systemd finds it by the PID file (Debian's openvpn@.service).
    const notifyWithPidfile = (type === 'notify' || type === 'notify-reload') && !!effective(view, 'Service', 'PIDFile');
    for (const d of effectiveList(view, 'Service', 'ExecStart')) {
      if (!inSelf(view, d)) continue;
      const resolved = resolveCommand(d, ctx.tree.info);
      if (!resolved) continue;
      const { wrapper, last } = resolved;
      if (wrapper && last && !wrapper.script.complex && last.op === '&') {
        const amp = wrapper.script.text.indexOf('&', last.end);
        const fix = unwrapEdits(resolved, { dropBackground: true });
        ctx.report({
          messageId: 'background',
          data: { type, program: last.words[0]?.literal ?? 'the command' },
          at: rangeIn(d, resolved.command.words[wrapper.scriptIndex], amp, amp + 1),
          fix: fix && { description: 'Run the command in the foreground', applicability: 'unsafe', edits: fix.edits },
          evidence: [typeEvidence(view)],
        });
        continue;
      }
      if (!resolved.program) continue;
      const mode = daemonMode(resolved.program, resolved.args, daemonContext(resolved, ctx.path));
      if (mode?.mode !== 'daemon' || !mode.hit || notifyWithPidfile) continue;
      const { index, count } = mode.hit;
      // Drop the flag when the program stays in the foreground without it, else swap in its foreground flag.
      const daemon = daemonOf(resolved.program, daemonContext(resolved, ctx.path))!;
      const replacement = daemon.defaultMode === 'foreground' ? '' : foregroundFlag(resolved.program, daemonContext(resolved, ctx.path));
      let fix;
      if (replacement !== undefined) {
        const edit: ArgEdit = { index: index + 1, count, text: replacement };
        const edits = wrapper ? unwrapEdits(resolved, { argEdit: edit })?.edits : [argEditOf(resolved.ranges, edit)];
        if (edits) fix = { description: replacement ? `Use ${replacement}` : `Remove ${flagText(ctx.text, resolved, index, count)}`, applicability: 'unsafe' as const, edits };
      }
      ctx.report({
        messageId: 'flag',
        data: { flag: flagText(ctx.text, resolved, index, count), type, program: resolved.program },
        at: flagRange(resolved, index, count),
        fix,
        evidence: [typeEvidence(view)],
      });
    }
  },
});
