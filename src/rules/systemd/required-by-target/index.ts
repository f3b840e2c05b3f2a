import { DEBAMAX, man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { Fix } from '../../../core/types.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { wordRemoval, words } from '../../../languages/systemd/words.js';
import { insertLineAfter } from '../../shared/edits.js';

/**
 * Targets the system leaves and re-enters when a unit they require restarts:
 * graphical.target requires multi-user.target, default.target is one of them,
 * and rescue.target is the single-user twin. Seed 004 shows the "target dance"
 * restarting services that were stopped on purpose.
 */
const RUNLEVEL_TARGETS = new Set(['multi-user.target', 'graphical.target', 'default.target', 'rescue.target']);

/**
 * Targets whose point is a hard requirement: systemd's own
 * systemd-boot-check-no-failures.service is `RequiredBy=boot-complete.target`,
 * and mounts/swap/crypt devices are required by the target that collects them.
 */
const HARD_TARGETS = new Set([
  'boot-complete.target',
  'local-fs.target',
  'local-fs-pre.target',
  'remote-fs.target',
  'remote-fs-pre.target',
  'swap.target',
  'cryptsetup.target',
  'remote-cryptsetup.target',
  'veritysetup.target',
  'remote-veritysetup.target',
  'integritysetup.target',
]);

export default defineRule<UnitFile>({
  id: 'systemd/required-by-target',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary: '`[Install] RequiredBy=` a runlevel target (`multi-user.target`, `graphical.target`, …): restarting the unit makes systemd leave and re-enter the target',
    // The seed's test shows the target dance; the man page: RequiredBy= adds Requires= from the target, and Requires= restarts along.
    source: [{ ...DEBAMAX, section: 'Looking at the daemon' }, man('systemd.unit(5)', 'WantedBy=, RequiredBy='), man('systemd.unit(5)', 'Requires=')],
  },
  fixable: 'safe',
  options: {
    otherTargets: {
      type: 'boolean',
      description: 'Also report `RequiredBy=` of targets other than the runlevel ones, as info with an unsafe fix. Default: on under the `strict` preset.',
    },
  },
  messages: {
    runlevel:
      'Unexpected `RequiredBy={target}`: restarting {unit} makes systemd leave and re-enter {target}, which starts again services that were stopped on purpose; use `WantedBy={target}` instead, then run `systemctl disable {unit}` and `systemctl enable {unit}` so the `{target}.requires/` symlink becomes `{target}.wants/`',
    other:
      'Unexpected `RequiredBy={target}`: restarting {unit} stops {target} and every unit that requires it; use `WantedBy={target}` instead unless {target} must fail without {unit}, then run `systemctl disable {unit}` and `systemctl enable {unit}` so the `.requires/` symlink becomes `.wants/`',
  },
  check(ctx) {
    const strict = (ctx.options.otherTargets as boolean | undefined) ?? ctx.preset === 'strict';
    const { unitName, template } = ctx.tree.info;
    // Templates are enabled per instance: `systemctl enable foo@a.service`.
    const unit = template ? unitName.replace('@.', '@INSTANCE.') : unitName;
    for (const section of ctx.tree.children) {
      if (section.name !== 'Install') continue;
      for (const directive of section.children) {
        if (directive.type !== 'directive' || directive.key !== 'RequiredBy') continue;
        const list = words(directive);
        for (const word of list) {
          const target = word.text;
          if (!target.endsWith('.target') || HARD_TARGETS.has(target) || target.startsWith('initrd')) continue;
          const runlevel = RUNLEVEL_TARGETS.has(target);
          if (!runlevel && !strict) continue;
          const keyStart = directive.keyPosition.start.offset!;
          const only = list.length === 1;
          // The seed's fix is exactly `sed s/RequiredBy=/WantedBy=/`; with several
          // targets on one line only this one moves to a WantedBy= line of its own.
          const fix: Fix = {
            description: `Replace \`RequiredBy=${target}\` with \`WantedBy=${target}\``,
            applicability: runlevel ? 'safe' : 'unsafe',
            edits: only
              ? [{ start: keyStart, end: directive.keyPosition.end.offset!, text: 'WantedBy' }]
              : [{ ...wordRemoval(ctx.text, directive, word), text: '' }, insertLineAfter(ctx, directive, `WantedBy=${target}`)],
          };
          ctx.report({
            messageId: runlevel ? 'runlevel' : 'other',
            data: { target, unit },
            at: only ? { start: keyStart, end: word.end } : word,
            severity: runlevel ? 'error' : 'info',
            fix,
          });
        }
      }
    }
  },
});
