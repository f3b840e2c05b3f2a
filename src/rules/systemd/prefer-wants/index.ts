import { DEBAMAX, man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { Fix } from '../../../core/types.js';
import { lastDirective, serviceType } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { isTrue, listWords, projectUnits, wordRemoval, words } from '../../../languages/systemd/words.js';
import { insertLineAfter } from '../../shared/edits.js';

/** Targets that early-boot and mount units require on purpose. */
const SYNC_TARGETS = new Set([
  'sysinit.target',
  'basic.target',
  'local-fs.target',
  'local-fs-pre.target',
  'remote-fs.target',
  'swap.target',
  'cryptsetup.target',
  'shutdown.target',
  'umount.target',
  'final.target',
  'boot-complete.target',
]);

export default defineRule<UnitFile>({
  id: 'systemd/prefer-wants',
  kinds: ['systemd'],
  severity: 'info',
  strict: true,
  docs: {
    summary: '`Requires=` on a unit that is not a hard dependency (a target, a oneshot): `Wants=` is more robust',
    source: [{ ...DEBAMAX, section: 'Conclusion' }, man('systemd.unit(5)', 'Requires=')],
  },
  fixable: 'unsafe',
  messages: {
    target: 'Unexpected `Requires={unit}`: a target is a synchronisation point, not a dependency this unit needs; use `Wants={unit}` instead',
    oneshot: 'Unexpected `Requires={unit}`: {unit} is a oneshot that has done its work once it exits, and restarting it restarts this unit; use `Wants={unit}` instead',
  },
  check(ctx) {
    // Targets requiring units is how systemd builds its own targets (reboot.target, graphical.target).
    if (ctx.tree.info.unitType === 'target') return;
    for (const { directive, word } of listWords(ctx.tree, 'Unit', 'Requires')) {
      const unit = word.text;
      let messageId: 'target' | 'oneshot' | undefined;
      if (unit.endsWith('.target')) {
        if (!SYNC_TARGETS.has(unit) && !unit.startsWith('initrd')) messageId = 'target';
      } else if (unit.endsWith('.service')) {
        const defs = projectUnits(ctx.project, unit);
        // RemainAfterExit= makes a oneshot a lasting state: then Requires= can be meant.
        if (defs.length && defs.every((u) => serviceType(u) === 'oneshot' && !isTrue(lastDirective(u, 'Service', 'RemainAfterExit')?.value ?? ''))) messageId = 'oneshot';
      }
      if (!messageId) continue;
      const only = words(directive).length === 1;
      const fix: Fix = {
        description: `Use Wants=${unit}`,
        applicability: 'unsafe',
        edits: only
          ? [{ start: directive.keyPosition.start.offset!, end: directive.keyPosition.end.offset!, text: 'Wants' }]
          : [{ ...wordRemoval(ctx.text, directive, word), text: '' }, insertLineAfter(ctx, directive, `Wants=${unit}`)],
      };
      ctx.report({ messageId, data: { unit }, at: word, fix });
    }
  },
});
