import { lintian, man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { lastDirective } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { isTrue, listWords } from '../../../languages/systemd/words.js';

const WHY: Record<string, string> = {
  'network.target': 'it marks that the network stack is being set up; services that need the network order themselves `After=` it',
  'basic.target': 'it is an early-boot synchronisation point; units pulled in by it run before most of the system is up',
  'sysinit.target': 'it is an early-boot synchronisation point; units pulled in by it run before most of the system is up',
  'default.target': 'it is an alias for whatever the boot target is, so the unit may not start when booting into another target',
};

export default defineRule<UnitFile>({
  id: 'systemd/unusual-wantedby',
  kinds: ['systemd'],
  severity: 'info',
  docs: {
    summary: '`WantedBy=` a target that is not meant to pull in services (`network.target`, `basic.target`, `sysinit.target`, `default.target` on a system unit)',
    source: [lintian('systemd-service-file-refers-to-unusual-wantedby-target'), man('systemd.special(7)')],
  },
  fixable: 'unsafe',
  messages: {
    unusual: 'Unexpected `WantedBy={target}`: {why}; use `WantedBy={instead}` instead',
  },
  check(ctx) {
    const { tree } = ctx;
    if (tree.info.unitType !== 'service') return;
    // Early-boot units (DefaultDependencies=no) belong under sysinit/basic on purpose.
    const dd = lastDirective(tree, 'Unit', 'DefaultDependencies');
    if (dd && !isTrue(dd.value)) return;
    // Units that set the network up order themselves Before=network.target and belong to it.
    const before = new Set(listWords(tree, 'Unit', 'Before').map((w) => w.word.text));
    for (const { word } of listWords(tree, 'Install', 'WantedBy')) {
      const target = word.text;
      const why = WHY[target];
      if (!why) continue;
      // A user unit (tree.info.userUnit) belongs under default.target; multi-user.target does not
      // exist in the user manager.
      const instead = tree.info.userUnit ? 'default.target' : 'multi-user.target';
      if (target === instead) continue;
      if (before.has(target)) continue;
      ctx.report({
        messageId: 'unusual',
        data: { target, why, instead },
        at: word,
        fix: { description: `Use WantedBy=${instead}`, applicability: 'unsafe', edits: [{ start: word.start, end: word.end, text: instead }] },
      });
    }
  },
});
