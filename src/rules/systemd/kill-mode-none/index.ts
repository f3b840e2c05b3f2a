import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { directives } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { replaceValue, valueRange } from '../exec-support.js';

export default defineRule<UnitFile>({
  id: 'systemd/kill-mode-none',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: "`KillMode=none` leaves the service's processes running after stop (deprecated).",
    source: [man('systemd.kill(5)')],
  },
  fixable: 'unsafe',
  messages: {
    none: 'Unexpected `KillMode=none` (deprecated: processes survive stop and restart), expected `KillMode=mixed`',
  },
  check(ctx) {
    for (const d of directives(ctx.tree)) {
      if (d.key !== 'KillMode' || d.value !== 'none') continue;
      ctx.report({
        messageId: 'none',
        at: valueRange(d),
        fix: { description: 'Use KillMode=mixed', applicability: 'unsafe', edits: [replaceValue(d, 'mixed')] },
      });
    }
  },
});
