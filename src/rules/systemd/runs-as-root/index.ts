import { defineRule } from '../../../core/rule.js';
import { lastDirective, listDirectives, serviceType } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';

/** A user unit (under `…/systemd/user/`) runs as its user already. */
export const isUserUnit = (path: string) => /(^|\/)user\//.test(path);

/** A long-running system service: a full (not drop-in) .service that is not a oneshot. */
export function isLongRunningSystemService(tree: UnitFile, path: string): boolean {
  if (tree.info.unitType !== 'service' || tree.info.dropIn || isUserUnit(path)) return false;
  if (listDirectives(tree, 'Service', 'ExecStart').length === 0) return false;
  return serviceType(tree) !== 'oneshot';
}

export default defineRule<UnitFile>({
  id: 'systemd/runs-as-root',
  kinds: ['systemd'],
  severity: 'info',
  strict: true,
  docs: {
    summary: 'a long-running service with no `User=` or `DynamicUser=`: it runs as root',
    source: 'systemd.exec(5) (`User=`, `DynamicUser=`); `systemd-analyze security`',
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
