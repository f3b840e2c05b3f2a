import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { TextEdit } from '../../../core/types.js';
import type { FunctionDef, ShellScript } from '../../../languages/shell/types.js';
import { appendText, type Ctx, calls, functionNamed, indentAt } from '../util.js';
import { afterLine } from '../../shared/edits.js';

/**
 * Commands that print or prepare but test nothing: a checkconfig() made only of these (`:`, `return 0`,
 * `einfo …`, `checkpath -d …`) finds nothing a restart could trip over. A test of a file or a conf.d
 * variable (`[ -f "$CONF" ]`) does count: a restart after breaking it stops the daemon, then fails.
 */
const NOT_A_CHECK = new Set([
  ':',
  'true',
  'return',
  'exit',
  'local',
  'export',
  'echo',
  'printf',
  'ebegin',
  'eend',
  'einfo',
  'ewarn',
  'veinfo',
  'vewarn',
  'veend',
  'eindent',
  'eoutdent',
  'einfon',
  'checkpath',
  'mkdir',
  'chown',
  'chmod',
  'touch',
  'ln',
  'rm',
  'cp',
  'sleep',
  'service_set_value',
]);

/** Whether checkconfig() tests anything (a `-t` mode, a checker script, a file or variable test). */
function checksSomething(fn: FunctionDef): boolean {
  return fn.commands.some((c) => !NOT_A_CHECK.has(c.program));
}

function guardLines(ctx: Ctx, test: '!=' | '=', indent: string): string {
  const eol = ctx.eol;
  return `${indent}if [ "\${RC_CMD}" ${test} "restart" ]; then${eol}` + `${indent}\tcheckconfig || return $?${eol}` + `${indent}fi${eol}`;
}

/** The guarded block at the top of an existing function, or undefined if its body shares the opening line. */
function insertInto(ctx: Ctx, fn: FunctionDef, test: '!=' | '='): TextEdit | undefined {
  const first = fn.commands[0];
  if (!first) return undefined;
  const offset = first.position.start.offset ?? 0;
  const line = ctx.lines.point(offset).line;
  if (line <= fn.namePosition.start.line) return undefined;
  const at = ctx.lines.lineStart(line);
  return { start: at, end: at, text: guardLines(ctx, test, indentAt(ctx, offset)) };
}

export default defineRule<ShellScript>({
  id: 'openrc/restart-without-checkconfig',
  kinds: ['openrc'],
  severity: 'info',
  docs: {
    summary: 'a `checkconfig()` exists but `start_pre`/`stop_pre` do not run it with the `RC_CMD` restart guard, so a restart stops the daemon before finding the broken config',
    source: [openrcGuide("Don't restart/reload with a broken config")],
  },
  fixable: 'unsafe',
  messages: {
    restart: 'Unexpected checkconfig() that a restart never runs before stopping: call it from stop_pre when RC_CMD is restart, and from start_pre otherwise',
  },
  check(ctx) {
    const checkconfig = functionNamed(ctx.tree, 'checkconfig');
    if (!checkconfig || !checksSomething(checkconfig)) return;
    const startPre = functionNamed(ctx.tree, 'start_pre');
    const stopPre = functionNamed(ctx.tree, 'stop_pre');
    const start = functionNamed(ctx.tree, 'start');
    const startChecks = calls(startPre, 'checkconfig') || calls(start, 'checkconfig');
    // A restart runs stop_pre/stop first: a check there, guarded by RC_CMD or not, refuses a broken
    // config while the daemon still runs, which is all the message claims is missing.
    const stopChecks = calls(stopPre, 'checkconfig') || calls(functionNamed(ctx.tree, 'stop'), 'checkconfig');
    if (stopChecks) return;
    const edits: TextEdit[] = [];
    let fixable = true;
    let appended = '';
    const eol = ctx.eol;
    const pair = (name: string, test: '!=' | '=') => `${eol}${name}() {${eol}${guardLines(ctx, test, '\t')}}${eol}`;
    if (!startChecks) {
      if (!startPre) appended += pair('start_pre', '!=');
      else {
        const edit = insertInto(ctx, startPre, '!=');
        if (edit) edits.push(edit);
        else fixable = false;
      }
    }
    if (!stopPre) appended += pair('stop_pre', '=');
    else {
      const edit = insertInto(ctx, stopPre, '=');
      if (edit) edits.push(edit);
      else fixable = false;
    }
    if (appended) {
      // Right after checkconfig(), where a reader looks for it.
      const at = afterLine(ctx, checkconfig.position.end.offset ?? 0);
      // A function right after checkconfig() gets a blank line before it too, as the inserted ones have.
      const apart = /^(\r\n|\r|\n)/.test(ctx.text.slice(at, at + 2)) ? '' : eol;
      edits.push(at >= ctx.text.length ? appendText(ctx, appended) : { start: at, end: at, text: appended + apart });
    }
    const name = checkconfig.namePosition;
    ctx.report({
      messageId: 'restart',
      at: { start: name.start.offset ?? 0, end: name.end.offset ?? 0 },
      fix: fixable && edits.length ? { description: 'Run checkconfig from start_pre/stop_pre with the RC_CMD guard', applicability: 'unsafe', edits } : undefined,
    });
  },
});
