import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { lastDirective } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { isLongRunningSystemService } from '../../shared/unit-view.js';

export default defineRule<UnitFile>({
  id: 'systemd/runs-as-root',
  kinds: ['systemd'],
  severity: 'info',
  strict: true,
  docs: {
    summary: 'a long-running service with no `User=` or `DynamicUser=`: it runs as root',
    source: [man('systemd.exec(5)', 'User='), man('systemd.exec(5)', 'DynamicUser='), { kind: 'tool', command: 'systemd-analyze security' }],
  },
  messages: {
    root: 'Unexpected long-running service with no `User=` or `DynamicUser=`: it runs as root; run it as an unprivileged user (`User=NAME`, or `DynamicUser=yes`), or say `User=root` if root is needed',
  },
  check(ctx) {
    const { tree } = ctx;
    if (!isLongRunningSystemService(tree, ctx.path)) return;
    // An explicit User= (root included) is a decision, not an omission.
    if (lastDirective(tree, 'Service', 'User')?.value || lastDirective(tree, 'Service', 'DynamicUser')) return;
    const service = tree.children.find((s) => s.name === 'Service')!;
    ctx.report({ messageId: 'root', at: { start: service.headerPosition.start.offset!, end: service.headerPosition.end.offset! } });
  },
});
