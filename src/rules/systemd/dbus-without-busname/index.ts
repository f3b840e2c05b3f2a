import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { lastDirective } from '../../../languages/systemd/parse.js';
import { effective, unitView } from '../../shared/unit-view.js';
import type { UnitFile } from '../../../languages/systemd/types.js';

export default defineRule<UnitFile>({
  id: 'systemd/dbus-without-busname',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary: '`Type=dbus` without `BusName=`: systemd cannot tell when the service is ready.',
    source: [man('systemd.service(5)')],
  },
  messages: {
    missing: 'Unexpected `Type=dbus` without `BusName=`, expected the bus name the service takes (`BusName=org.example.Foo`)',
  },
  check(ctx) {
    // A drop-in is partial: the BusName= may be in the unit it extends.
    if (ctx.tree.info.dropIn || ctx.tree.info.unitType !== 'service') return;
    const type = lastDirective(ctx.tree, 'Service', 'Type');
    if (!type || type.value !== 'dbus') return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    if (effective(view, 'Service', 'Type')?.value !== 'dbus' || effective(view, 'Service', 'BusName')) return;
    ctx.report({ messageId: 'missing', at: type });
  },
});
