import { defineRule } from '../../../core/rule.js';
import { lastDirective } from '../../../languages/systemd/parse.js';
import { effectiveType, unitView } from '../../../languages/systemd/service.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { removeLines } from '../exec-support.js';

export default defineRule<UnitFile>({
  id: 'systemd/pidfile-without-forking',
  kinds: ['systemd'],
  severity: 'info',
  docs: {
    summary: '`PIDFile=` in a service whose `Type=` is not `forking`, where systemd has no use for it.',
    source: 'systemd.service(5)',
  },
  fixable: 'unsafe',
  messages: {
    unused: 'Unexpected `PIDFile=` with `Type={type}` (systemd tracks the main process itself), expected no `PIDFile=`, or `Type=forking`',
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== 'service') return;
    const pidfile = lastDirective(ctx.tree, 'Service', 'PIDFile');
    if (!pidfile || pidfile.value === '') return;
    const type = effectiveType(unitView(ctx.tree, ctx.path, ctx.project));
    if (type === undefined || type === 'forking') return;
    ctx.report({
      messageId: 'unused',
      data: { type },
      at: pidfile,
      fix: { description: 'Remove PIDFile=', applicability: 'unsafe', edits: [removeLines(ctx, pidfile)] },
    });
  },
});
