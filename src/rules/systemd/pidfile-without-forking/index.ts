import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { lastDirective } from '../../../languages/systemd/parse.js';
import { daemonMode } from '../../../knowledge/daemons.js';
import { effectiveList, effectiveType, typeEvidence, unitView } from '../../shared/unit-view.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { daemonContext, resolveCommand } from '../exec-support.js';
import { removeNodeLines } from '../../shared/edits.js';

export default defineRule<UnitFile>({
  id: 'systemd/pidfile-without-forking',
  kinds: ['systemd'],
  severity: 'info',
  docs: {
    summary: '`PIDFile=` in a service whose `Type=` is not `forking`, whose command does not daemonize and that has no `ExecStartPost=`: systemd has no use for it.',
    source: [man('systemd.service(5)')],
  },
  fixable: 'unsafe',
  messages: {
    unused: 'Unexpected `PIDFile=` with `Type={type}` (systemd tracks the main process itself and only removes the file at stop), expected no `PIDFile=`, or `Type=forking`',
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== 'service') return;
    const pidfile = lastDirective(ctx.tree, 'Service', 'PIDFile');
    if (!pidfile || pidfile.value === '') return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    const type = effectiveType(view);
    if (type === undefined || type === 'forking') return;
    // systemd reads the PID file after ExecStartPost= whatever the type.
    if (effectiveList(view, 'Service', 'ExecStartPost').length) return;
    // A command that daemonizes (`openvpn --daemon` with Type=notify) needs it to find the new main process.
    const start = effectiveList(view, 'Service', 'ExecStart').at(-1);
    const resolved = start && resolveCommand(start, ctx.tree.info);
    if (resolved?.program && daemonMode(resolved.program, resolved.args, daemonContext(resolved, ctx.path))?.mode === 'daemon') return;
    ctx.report({
      messageId: 'unused',
      data: { type },
      at: pidfile,
      fix: { description: 'Remove PIDFile=', applicability: 'unsafe', edits: [removeNodeLines(ctx, pidfile)] },
      evidence: [typeEvidence(view)],
    });
  },
});
