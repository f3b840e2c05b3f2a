import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { effectiveList, effectiveType, inSelf, typeEvidence, unitView } from '../../shared/unit-view.js';
import type { UnitFile } from '../../../languages/systemd/types.js';

export default defineRule<UnitFile>({
  id: 'systemd/multiple-execstart',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary: 'More than one `ExecStart=` in a service that is not `Type=oneshot`: systemd refuses the unit.',
    source: [man('systemd.service(5)')],
  },
  messages: {
    second: 'Unexpected second `ExecStart=` with `Type={type}` (systemd refuses the unit), expected one command, or `Type=oneshot`',
    dropIn:
      "Unexpected `ExecStart=` in a drop-in without an empty `ExecStart=` before it: it adds a second command to the unit's own (systemd refuses the unit unless `Type=oneshot`), expected `ExecStart=` on the line before to replace it",
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== 'service') return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    const type = effectiveType(view);
    if (type === 'oneshot') return;
    if (!view.complete) {
      // A drop-in alone: the unit it extends almost always has its own ExecStart=.
      const own = effectiveList(unitView(ctx.tree, ctx.path), 'Service', 'ExecStart');
      const resets = ctx.tree.children.some((s) => s.name === 'Service' && s.children.some((c) => c.type === 'directive' && c.key === 'ExecStart' && c.value === ''));
      if (own.length && !resets) ctx.report({ messageId: 'dropIn', at: own[0] });
      else if (own.length > 1) ctx.report({ messageId: 'second', data: { type: type ?? 'simple' }, at: own[1] });
      return;
    }
    const list = effectiveList(view, 'Service', 'ExecStart');
    const extra = list.slice(1).find((d) => inSelf(view, d));
    if (!extra) return;
    const own = ctx.tree.info.dropIn && !list.slice(0, list.indexOf(extra)).some((d) => inSelf(view, d));
    // Every other ExecStart= and the type make the refusal: a PR that adds the first line or changes Type= caused it too.
    const evidence = [...list.filter((d) => d !== extra && inSelf(view, d)), typeEvidence(view)];
    ctx.report(own ? { messageId: 'dropIn', at: extra, evidence } : { messageId: 'second', data: { type: type ?? 'simple' }, at: extra, evidence });
  },
});
