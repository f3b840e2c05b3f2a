import { defineRule } from '../../../core/rule.js';
import { lastDirective } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { insertLineAfter, listWords, projectUnits } from '../../../languages/systemd/words.js';

/** Unit types systemd orders implicitly or that have no start-up to wait for. */
const IMPLICIT = /\.(slice|device)$/;

export default defineRule<UnitFile>({
  id: 'systemd/requires-without-after',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: '`Requires=`/`BindsTo=` a unit with no `After=` it: the two start in parallel, not one after the other',
    source: 'systemd.unit(5), `Requires=`',
  },
  fixable: 'safe',
  messages: {
    missingAfter:
      'Unexpected `{key}={unit}` without `After={unit}`: systemd starts both at the same time, so this unit can start before {unit} is up; add `After={unit}`',
  },
  check(ctx) {
    const { tree } = ctx;
    // A target orders itself after everything it wants or requires (DefaultDependencies=yes).
    const dd = lastDirective(tree, 'Unit', 'DefaultDependencies');
    if (tree.info.unitType === 'target' && !(dd && /^(0|no|n|false|f|off)$/i.test(dd.value))) return;
    const self = tree.info.unitName;
    const base = self.slice(0, self.lastIndexOf('.'));
    const ordered = new Set([...listWords(tree, 'Unit', 'After'), ...listWords(tree, 'Unit', 'Before')].map((w) => w.word.text));
    // A service is ordered after its own socket(s) implicitly.
    const sockets = new Set([`${base}.socket`, `${base.replace(/@.*$/, '@')}.socket`, `${base.replace(/@.*$/, '')}.socket`]);
    for (const w of listWords(tree, 'Service', 'Sockets')) sockets.add(w.word.text);
    for (const key of ['Requires', 'BindsTo']) {
      for (const { directive, word } of listWords(tree, 'Unit', key)) {
        const unit = word.text;
        if (ordered.has(unit) || IMPLICIT.test(unit) || (tree.info.unitType === 'service' && sockets.has(unit))) continue;
        // The other unit may order itself: `Before=` this one.
        const other = projectUnits(ctx.project, unit);
        if (other.some((u) => listWords(u, 'Unit', 'Before').some((b) => b.word.text === self))) continue;
        ctx.report({
          messageId: 'missingAfter',
          data: { key, unit },
          at: word,
          fix: { description: `Add After=${unit}`, applicability: 'safe', edits: [insertLineAfter(ctx.text, directive, `After=${unit}`, ctx.eol)] },
        });
      }
    }
  },
});
