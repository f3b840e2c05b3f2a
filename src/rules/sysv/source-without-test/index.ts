import { lintian } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { assignmentFor, soleVariable, unquote } from '../../../languages/shell/query.js';
import { endOf, startOf } from '../../../text/index.js';

const DEFAULTS = /^\/etc\/(default|sysconfig)\/[^/]+$/;

/** `[ -r `, `test ! -f `: a file test up to where its operand starts. */
const FILE_TEST = /(\[|test)\s+(!\s+)?-[rfes]\s+/g;

/** Whether the operand at `at` is `$VAR` or `${VAR}` (a name starting so), after up to two quotes. */
function isVariableAt(text: string, at: number, variable: string): boolean {
  let p = at;
  for (let quotes = 0; quotes < 2 && text[p] === '"'; quotes++) p++;
  if (text[p] !== '$') return false;
  p++;
  if (text[p] === '{') p++;
  return text.startsWith(variable, p);
}

/**
 * Whether `before` tests the sourced file: a file test whose operand starts, after an optional
 * quote, with one of `names` (as written, unquoted, the path) or with the variable. One fixed
 * pattern instead of a RegExp built per sourced file (compiling it cost ~40 µs each).
 */
function tested(before: string, names: readonly string[], variable: string | undefined): boolean {
  for (const m of before.matchAll(FILE_TEST)) {
    const at = m.index + m[0].length;
    const quoted = before[at] === '"';
    if (names.some((name) => before.startsWith(name, at) || (quoted && before.startsWith(name, at + 1)))) return true;
    if (variable !== undefined && isVariableAt(before, at, variable)) return true;
  }
  return false;
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
      // `[ ! -f X ] || . X` guards it too.
      if (tested(before, [arg.raw, unquote(arg.raw), path], variable)) continue;
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
