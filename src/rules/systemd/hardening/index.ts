import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { lastDirective } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { isTrue, listWords } from '../../../languages/systemd/words.js';
import { isLongRunningSystemService } from '../../shared/unit-view.js';

/** Baseline sandboxing and the value the fix proposes. */
const BASELINE: Array<[string, string]> = [
  ['NoNewPrivileges', 'yes'],
  ['PrivateTmp', 'yes'],
  ['ProtectSystem', 'full'],
  ['ProtectHome', 'read-only'],
  ['PrivateDevices', 'yes'],
  ['ProtectKernelTunables', 'yes'],
  ['ProtectKernelModules', 'yes'],
  ['ProtectControlGroups', 'yes'],
];
/** What DynamicUser=yes implies already (systemd.exec(5)). */
const IMPLIED_BY_DYNAMIC_USER = new Set(['NoNewPrivileges', 'PrivateTmp', 'ProtectSystem', 'ProtectHome']);

/** Why the service is reachable from the network, if it is. */
function networkEvidence(tree: UnitFile, project: { named(n: string): readonly { kind: string; tree: unknown }[] }): boolean {
  const net = ['network.target', 'network-online.target'];
  if (['After', 'Wants', 'Requires'].some((k) => listWords(tree, 'Unit', k).some((w) => net.includes(w.word.text)))) return true;
  const stem = tree.info.unitName.replace(/@?\.service$/, '');
  // A socket that listens on a port or an address (not a path, `%t/…` included, or an abstract name).
  for (const entry of project.named(`${stem}.socket`)) {
    if (entry.kind !== 'systemd') continue;
    const socket = entry.tree as UnitFile;
    const listens = ['ListenStream', 'ListenDatagram', 'ListenSequentialPacket'].flatMap((k) => listWords(socket, 'Socket', k));
    if (listens.some((w) => !/^[/@%]/.test(w.word.text))) return true;
  }
  return listWords(tree, 'Service', 'RestrictAddressFamilies').some((w) => /^AF_INET6?$/.test(w.word.text));
}

export default defineRule<UnitFile>({
  id: 'systemd/hardening',
  kinds: ['systemd'],
  severity: 'info',
  strict: true,
  docs: {
    summary: 'a network service without the baseline sandboxing (`NoNewPrivileges=`, `ProtectSystem=`, `PrivateTmp=`, …)',
    source: [{ kind: 'tool', command: 'systemd-analyze security' }, man('systemd.exec(5)', 'Sandboxing')],
  },
  fixable: 'unsafe',
  messages: {
    missing: 'Unexpected network service without {list}: add them (or set them to `no` where the daemon needs it) to limit what a compromised daemon can reach',
  },
  check(ctx) {
    const { tree } = ctx;
    if (!isLongRunningSystemService(tree, ctx.path) || !networkEvidence(tree, ctx.project)) return;
    const dynamic = isTrue(lastDirective(tree, 'Service', 'DynamicUser')?.value ?? '');
    const missing = BASELINE.filter(([key]) => !lastDirective(tree, 'Service', key) && !(dynamic && IMPLIED_BY_DYNAMIC_USER.has(key)));
    if (missing.length === 0) return;
    const service = tree.children.filter((s) => s.name === 'Service').pop()!;
    const last = service.children[service.children.length - 1];
    const anchor = last ? last.position.end.offset! : service.headerPosition.end.offset!;
    ctx.report({
      messageId: 'missing',
      data: { list: missing.map(([k]) => `\`${k}=\``).join(', ') },
      at: { start: service.headerPosition.start.offset!, end: service.headerPosition.end.offset! },
      fix: {
        description: 'Add baseline sandboxing',
        applicability: 'unsafe',
        edits: [{ start: anchor, end: anchor, text: missing.map(([k, v]) => `${ctx.eol}${k}=${v}`).join('') }],
      },
    });
  },
});
