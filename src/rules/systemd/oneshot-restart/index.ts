import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { lastDirective } from '../../../languages/systemd/parse.js';
import { effectiveType, typeEvidence, unitView } from '../../shared/unit-view.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { replaceValue, valueRange } from '../exec-support.js';

export default defineRule<UnitFile>({
  id: 'systemd/oneshot-restart',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary: '`Type=oneshot` with `Restart=always` or `on-success`: systemd refuses to load the unit.',
    source: [man('systemd.service(5)')],
  },
  fixable: 'unsafe',
  messages: {
    restart: 'Unexpected `Restart={value}` with `Type=oneshot` (systemd refuses the unit), expected `Restart=on-failure` or no `Restart=`',
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== 'service') return;
    const restart = lastDirective(ctx.tree, 'Service', 'Restart');
    if (!restart || (restart.value !== 'always' && restart.value !== 'on-success')) return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    if (effectiveType(view) !== 'oneshot') return;
    ctx.report({
      messageId: 'restart',
      data: { value: restart.value },
      at: valueRange(restart),
      fix: { description: 'Use Restart=on-failure', applicability: 'unsafe', edits: [replaceValue(restart, 'on-failure')] },
      evidence: [typeEvidence(view)],
    });
  },
});
