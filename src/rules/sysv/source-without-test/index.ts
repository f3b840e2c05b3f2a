import { lintian } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { assignmentFor, soleVariable, unquote } from '../../../languages/shell/query.js';
import { endOf, startOf } from '../../../text/index.js';

const DEFAULTS = /^\/etc\/(default|sysconfig)\/[^/]+$/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export default defineRule<ShellScript>({
  id: 'sysv/source-without-test',
  kinds: ['sysv'],
  severity: 'warning',
  docs: {
    summary: '`. /etc/default/NAME` without a readability test: the script dies when the file is removed',
    source: [lintian('init.d-script-sourcing-without-test')],
  },
  fixable: 'safe',
  messages: {
    untested: 'Unexpected `. {file}` without a test: the script dies when the file is missing; use `[ -r {file} ] && . {file}` instead',
  },
  check(ctx) {
    for (const cmd of ctx.tree.commands) {
      if ((cmd.name !== '.' && cmd.name !== 'source') || cmd.args.length !== 1) continue;
      const arg = cmd.args[0];
      const variable = soleVariable(arg.raw);
      const assigned = variable ? assignmentFor(ctx.tree, variable, startOf(cmd), cmd.inFunction) : undefined;
      const path = variable ? (assigned?.literal ?? (assigned && !assigned.raw.includes('$') ? unquote(assigned.raw) : undefined)) : (arg.literal ?? unquote(arg.raw));
      if (!path || !DEFAULTS.test(path)) continue;
      // A test of the same file just before (`[ -r X ] &&`, `if [ -f X ]; then`) guards it.
      const before = ctx.text.slice(Math.max(0, startOf(cmd) - 300), startOf(cmd));
      const names = [escape(arg.raw), escape(unquote(arg.raw)), escape(path)];
      if (variable) names.push(`"?\\$\\{?${variable}\\}?"?`);
      // `[ ! -f X ] || . X` guards it too.
      const guard = new RegExp(`(\\[|test)\\s+(!\\s+)?-[rfes]\\s+"?(${names.join('|')})"?`);
      if (guard.test(before)) continue;
      const start = startOf(cmd);
      ctx.report({
        messageId: 'untested',
        data: { file: arg.raw },
        at: { start, end: endOf(arg) },
        fix: {
          description: `Source ${arg.raw} only when it is readable`,
          applicability: 'safe',
          edits: [{ start, end: start, text: `[ -r ${arg.raw} ] && ` }],
        },
      });
    }
  },
});
