import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { lastDirective } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { listWords, projectUnits } from '../../../languages/systemd/words.js';
import { insertLineAfter } from '../../shared/edits.js';

/** Unit types systemd orders implicitly or that have no start-up to wait for. */
const IMPLICIT = /\.(slice|device)$/;

/** Targets that are ordered after others (systemd.special(7)): ordering after the first orders after these. */
const ORDERED_AFTER: Record<string, readonly string[]> = {
  'network-online.target': ['network.target'],
  'basic.target': ['sysinit.target', 'sockets.target', 'paths.target', 'timers.target', 'slices.target', 'local-fs.target', 'swap.target'],
  'sysinit.target': ['local-fs.target', 'swap.target', 'cryptsetup.target'],
  'multi-user.target': ['basic.target'],
  'graphical.target': ['multi-user.target'],
};

/**
 * Services that order themselves before a target (systemd.special(7): "The portmapper/rpcbind pulls in
 * this target and orders itself before this target"): `After=` the target orders after the service.
 */
const ORDERED_BEFORE_TARGET: Record<string, readonly string[]> = {
  'rpcbind.service': ['rpcbind.target'],
};

/** Everything `names` are ordered after, themselves included. */
function closure(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const queue = [...names];
  while (queue.length) {
    const name = queue.pop()!;
    if (out.has(name)) continue;
    out.add(name);
    queue.push(...(ORDERED_AFTER[name] ?? []));
  }
  return out;
}

const isFalse = (value: string | undefined) => value !== undefined && /^(0|no|n|false|f|off)$/i.test(value);

export default defineRule<UnitFile>({
  id: 'systemd/requires-without-after',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: '`Requires=`/`BindsTo=` a unit with no `After=` it: the two start in parallel, not one after the other',
    source: [man('systemd.unit(5)', 'Requires='), man('systemd.special(7)')],
  },
  fixable: 'safe',
  messages: {
    missingAfter: 'Unexpected `{key}={unit}` without `After={unit}`: systemd starts both at the same time, so this unit can start before {unit} is up; add `After={unit}`',
  },
  check(ctx) {
    const { tree } = ctx;
    const { unitType, unitName: self } = tree.info;
    const defaultDependencies = !isFalse(lastDirective(tree, 'Unit', 'DefaultDependencies')?.value);
    // A target orders itself after everything it wants or requires.
    if (unitType === 'target' && defaultDependencies) return;
    const explicit = [...listWords(tree, 'Unit', 'After'), ...listWords(tree, 'Unit', 'Before')].map((w) => w.word.text);
    // Default dependencies: every unit after sysinit.target, a service also after basic.target.
    if (defaultDependencies) explicit.push(unitType === 'service' ? 'basic.target' : 'sysinit.target');
    const ordered = closure(explicit);
    // A service is ordered after its own socket(s), under its name or an Alias=; its own timer and
    // path unit get Before= on it too (systemd.timer(5), systemd.path(5)).
    const names = [self, ...listWords(tree, 'Install', 'Alias').map((w) => w.word.text)];
    const sockets = new Set(
      names.flatMap((n) => {
        const stem = n.slice(0, n.lastIndexOf('.'));
        return [`${stem}.socket`, `${stem.replace(/@.*$/, '@')}.socket`, `${stem.replace(/@.*$/, '')}.socket`, `${stem}.timer`, `${stem}.path`];
      }),
    );
    for (const w of listWords(tree, 'Service', 'Sockets')) sockets.add(w.word.text);
    for (const key of ['Requires', 'BindsTo']) {
      for (const { directive, word } of listWords(tree, 'Unit', key)) {
        const unit = word.text;
        if (ordered.has(unit) || IMPLICIT.test(unit) || (unitType === 'service' && sockets.has(unit))) continue;
        // systemd.socket(5): a socket gets Before=sockets.target, which basic.target (and so every
        // service with default dependencies) comes after; two sockets only listen, in any order.
        const early = projectUnits(ctx.project, unit).some((u) => isFalse(lastDirective(u, 'Unit', 'DefaultDependencies')?.value));
        if (unit.endsWith('.socket') && !early && (ordered.has('sockets.target') || unitType === 'socket')) continue;
        // The other unit may order the two itself (nfs-server.service: After=nfs-idmapd.service),
        // or trigger this one (a timer's or path unit's Unit=, which orders it before).
        const other = projectUnits(ctx.project, unit);
        if (other.some((u) => ['Before', 'After'].some((k) => listWords(u, 'Unit', k).some((b) => names.includes(b.word.text))))) continue;
        // Ordering is transitive: after a target the other unit orders itself before (openl2tpd.service:
        // `Requires=rpcbind.service`, `After=rpcbind.target`) is after that unit.
        if ((ORDERED_BEFORE_TARGET[unit] ?? []).some((target) => ordered.has(target))) continue;
        if (other.some((u) => listWords(u, 'Unit', 'Before').some((b) => b.word.text.endsWith('.target') && ordered.has(b.word.text)))) continue;
        if (other.some((u) => ['Timer', 'Path'].some((section) => listWords(u, section, 'Unit').some((b) => names.includes(b.word.text))))) continue;
        ctx.report({
          messageId: 'missingAfter',
          data: { key, unit },
          at: word,
          fix: {
            description: `Add After=${unit}`,
            // Safe only when the other unit is in the project and, as checked above, does not
            // order itself after this one: otherwise the new After= could close an ordering cycle.
            applicability: other.length ? 'safe' : 'unsafe',
            edits: [insertLineAfter(ctx, directive, `After=${unit}`)],
          },
        });
      }
    }
  },
});
