import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { directives } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';

export default defineRule<UnitFile>({
  id: 'systemd/pidfile-legacy-path',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: '`PIDFile=` under `/var/run/`, which systemd rewrites to `/run/` with a warning.',
    source: [man('systemd.service(5)')],
  },
  fixable: 'safe',
  messages: {
    legacy: 'PIDFile= under the legacy `/var/run/`: use `{path}` instead',
  },
  check(ctx) {
    for (const d of directives(ctx.tree, 'Service')) {
      if (d.key !== 'PIDFile' || !d.value.startsWith('/var/run/')) continue;
      const start = d.valuePosition.start.offset!;
      ctx.report({
        messageId: 'legacy',
        data: { path: '/run/' + d.value.slice('/var/run/'.length) },
        at: { start, end: start + '/var/run/'.length - 1 },
        fix: { description: 'Use /run/ instead of /var/run/', applicability: 'safe', edits: [{ start, end: start + '/var/run'.length, text: '/run' }] },
      });
    }
  },
});
