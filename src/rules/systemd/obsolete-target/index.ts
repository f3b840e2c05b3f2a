import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { listWords, wordRemoval, words } from '../../../languages/systemd/words.js';
import { removeNodeLines } from '../../shared/edits.js';

/** Targets systemd still accepts but that order nothing any more, with why. */
const OBSOLETE: Readonly<Record<string, string>> = {
  // systemd.special(7): syslog.socket is started early in boot and buffers log messages, so every
  // service can log from the start; syslog.target was dropped from systemd's own units long ago.
  'syslog.target': 'the syslog socket is socket-activated from early boot, so every service can log without it',
};

const KEYS = ['After', 'Before', 'Wants', 'Requires', 'Requisite', 'BindsTo', 'PartOf', 'Upholds'];

export default defineRule<UnitFile>({
  id: 'systemd/obsolete-target',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: 'a dependency on a target that orders nothing any more (`After=syslog.target`)',
    source: [man('systemd.special(7)', 'syslog.socket'), { kind: 'code', project: 'systemd', what: 'the units it ships (units/)' }],
  },
  fixable: 'safe',
  messages: {
    obsolete: 'Unexpected `{key}={unit}`: {why}; remove it',
  },
  check(ctx) {
    for (const key of KEYS) {
      for (const { directive, word } of listWords(ctx.tree, 'Unit', key)) {
        const why = Object.hasOwn(OBSOLETE, word.text) ? OBSOLETE[word.text] : undefined;
        if (!why) continue;
        const only = words(directive).length === 1;
        ctx.report({
          messageId: 'obsolete',
          data: { key, unit: word.text, why },
          at: word,
          fix: {
            description: `Remove ${word.text}`,
            applicability: 'safe',
            edits: [only ? removeNodeLines(ctx, directive) : { ...wordRemoval(ctx.text, directive, word), text: '' }],
          },
        });
      }
    }
  },
});
