import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { pidfileOption } from '../../../knowledge/daemons.js';
import { lastDirective } from '../../../languages/systemd/parse.js';
import { effective, effectiveList, unitView } from '../../shared/unit-view.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { daemonContext, resolveCommand } from '../exec-support.js';

export default defineRule<UnitFile>({
  id: 'systemd/forking-without-pidfile',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: '`Type=forking` without `PIDFile=`: systemd has to guess which process is the main one.',
    source: [man('systemd.service(5)')],
  },
  messages: {
    missing: 'Unexpected `Type=forking` without `PIDFile=` (systemd must guess the main PID), expected `PIDFile=/run/…` naming the file the daemon writes',
    missingKnown: 'Unexpected `Type=forking` without `PIDFile=` (systemd must guess the main PID), expected `PIDFile=/run/…` naming the file {program} writes (set with {option})',
  },
  check(ctx) {
    // A drop-in is partial: PIDFile= may be in the unit it extends.
    if (ctx.tree.info.dropIn || ctx.tree.info.unitType !== 'service') return;
    const type = lastDirective(ctx.tree, 'Service', 'Type');
    if (!type || type.value !== 'forking') return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    if (effective(view, 'Service', 'Type')?.value !== 'forking' || effective(view, 'Service', 'PIDFile')) return;
    // `GuessMainPID=no` says the author knows there is no main process to track (rc-local.service).
    if (effective(view, 'Service', 'GuessMainPID')?.value === 'no') return;
    const start = effectiveList(view, 'Service', 'ExecStart').at(-1);
    const resolved = start ? resolveCommand(start, ctx.tree.info) : undefined;
    const program = resolved?.program;
    const option = program ? pidfileOption(program, daemonContext(resolved, ctx.path)) : undefined;
    if (program && option) ctx.report({ messageId: 'missingKnown', data: { program, option }, at: type });
    else ctx.report({ messageId: 'missing', at: type });
  },
});
