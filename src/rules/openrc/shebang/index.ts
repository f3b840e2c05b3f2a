import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';

const INTERPRETER = '/sbin/openrc-run';

/** Whether a script has the pieces openrc-run reads from a service: depend(), start(), command=. */
function isServiceScript(tree: ShellScript): boolean {
  return tree.functions.some((f) => ['depend', 'start', 'stop', 'start_pre'].includes(f.name)) || tree.assignments.some((a) => !a.inFunction && a.name === 'command');
}

export default defineRule<ShellScript>({
  id: 'openrc/shebang',
  kinds: ['openrc'],
  severity: 'error',
  docs: {
    summary: 'an OpenRC service script whose first line is not `#!/sbin/openrc-run` (`#!/bin/sh`, the legacy `runscript`): its dependencies break',
    source: [openrcGuide('Syntax of Service Scripts')],
  },
  fixable: 'safe',
  messages: {
    wrong: 'Unexpected interpreter `{interpreter}`, expected `#!/sbin/openrc-run` (without it `depend()` is never read)',
    legacy: 'Unexpected legacy interpreter `{interpreter}`, expected `#!/sbin/openrc-run`',
    missing: 'Unexpected service script without `#!/sbin/openrc-run` on its first line: dependencies and the default functions need it',
  },
  check(ctx) {
    const { shebang } = ctx.tree;
    // `#!@RUNSCRIPT@` in a `.in` template: the build writes the interpreter in.
    if (/^#!\s*@[A-Za-z_]+@/.test(ctx.lines.lineText(1))) return;
    if (shebang) {
      // openrc-run lives in /sbin; a merged-/usr path to the same program is fine.
      if (/(^|\/)openrc-run$/.test(shebang.interpreter)) return;
      const start = shebang.position.start.offset ?? 0;
      const end = ctx.lines.lineEnd(1);
      ctx.report({
        messageId: /(^|\/)runscript$/.test(shebang.interpreter) ? 'legacy' : 'wrong',
        data: { interpreter: shebang.interpreter },
        at: { start, end },
        fix: { description: `Use #!${INTERPRETER}`, applicability: 'safe', edits: [{ start, end, text: `#!${INTERPRETER}` }] },
      });
      return;
    }
    const firstLine = ctx.lines.lineText(1);
    if (firstLine.startsWith('#!')) {
      // A shebang the parser did not take apart (odd spacing): still the wrong one.
      const interpreter = firstLine.slice(2).trim().split(/\s+/)[0] ?? '';
      if (/(^|\/)openrc-run$/.test(interpreter)) return;
      const end = ctx.lines.lineEnd(1);
      ctx.report({
        messageId: 'wrong',
        data: { interpreter },
        at: { start: 0, end },
        fix: { description: `Use #!${INTERPRETER}`, applicability: 'safe', edits: [{ start: 0, end, text: `#!${INTERPRETER}` }] },
      });
      return;
    }
    // No shebang and no depend()/start()/command=: a library the service scripts source, not one itself.
    if (!isServiceScript(ctx.tree)) return;
    ctx.report({
      messageId: 'missing',
      at: { start: 0, end: ctx.lines.lineEnd(1) },
      fix: { description: `Insert #!${INTERPRETER}`, applicability: 'safe', edits: [{ start: 0, end: 0, text: `#!${INTERPRETER}${ctx.eol}` }] },
    });
  },
});
