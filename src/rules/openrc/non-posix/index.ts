import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { Fix } from '../../../core/types.js';
import type { NonPosixConstruct, ShellScript } from '../../../languages/shell/types.js';
import type { Ctx } from '../util.js';

const POSIX_FORM: Record<string, string> = {
  '[[': '`[ … ]` (quote the variables)',
  array: 'a space-separated string',
  function: '`name() {`',
  '==': '`=`',
  "$'…'": 'printf or plain quotes',
  '$"…"': 'plain double quotes',
  source: '`.`',
  let: '`$(( … ))`',
  '((': '`[ … ]` with `$(( … ))`',
  'for ((': 'a `while` loop',
  '<<<': 'a here-document or a pipe',
  '<(…)': 'a pipe or a temporary file',
  '&>': '`>file 2>&1`',
  '&>>': '`>>file 2>&1`',
  declare: 'a plain assignment',
  typeset: 'a plain assignment',
  '+=': '`var="$var more"`',
  '{a,b}': 'each word written out (`/var/lib/x /var/log/x`)',
};

/**
 * Brace expansion outside quotes (`/var/{lib,log}/foo`, `{1..3}`): dash and busybox ash pass the
 * word on as it is, so `checkpath` makes a directory literally named `{lib,log}`.
 */
const BRACE_EXPANSION = /(^|[^$\\])\{(?:[^{}\s'"$]*,[^{}\s'"]*|-?\d+\.\.-?\d+)\}/;

function braceExpansions(script: ShellScript): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const words = [...script.commands.flatMap((c) => [c.nameWord, ...c.args]), ...script.loops.flatMap((l) => l.items)];
  for (const word of words) {
    // Quoted text keeps its braces in bash too; blank it out, keeping offsets.
    const bare = word.raw.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, (q) => ' '.repeat(q.length));
    const m = BRACE_EXPANSION.exec(bare);
    if (!m) continue;
    const start = (word.position.start.offset ?? 0) + m.index + m[1].length;
    out.push({ start, end: start + m[0].length - m[1].length });
  }
  return out;
}

/** `[[ -n $x && … ]]` operators that `[` has no word for. */
const DOUBLE_BRACKET_ONLY = /&&|\|\||=~|[<>()]|\$\(|`/;

/** The offset just past the `]]` closing the `[[` at `start`, skipping quoted text. */
function closingBrackets(text: string, start: number): number | undefined {
  let quote = '';
  for (let i = start + 2; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '\n' || c === ';') return undefined;
    else if (c === ']' && text[i + 1] === ']' && /\s/.test(text[i - 1])) return i + 2;
  }
  return undefined;
}

/** `[[ a ]]` → `[ a ]` when the test is plain: quote bare expansions, `==` → `=`, no patterns. */
function doubleBracketFix(ctx: Ctx, start: number): Fix | undefined {
  const end = closingBrackets(ctx.text, start);
  if (end === undefined) return undefined;
  const text = ctx.text.slice(start, end);
  const m = /^\[\[(\s[\s\S]*\s)\]\]$/.exec(text);
  if (!m || DOUBLE_BRACKET_ONLY.test(m[1])) return undefined;
  const words = m[1].trim().split(/\s+/);
  const out: string[] = [];
  for (const [i, w] of words.entries()) {
    if (w === '==' || w === '=' || w === '!=') {
      // A pattern on the right of == is a glob match in [[ ]], a plain string in [ ].
      if (/[*?[]/.test(words[i + 1] ?? '') && !/^["']/.test(words[i + 1] ?? '')) return undefined;
      out.push(w === '==' ? '=' : w);
    } else if (/^\$[{A-Za-z_0-9@*#?!-]/.test(w) && !/["']/.test(w)) out.push(`"${w}"`);
    else if (/["'\\]/.test(w) && !/^(["'])[^"'\\]*\1$/.test(w)) return undefined;
    else out.push(w);
  }
  return { description: 'Use [ ]', applicability: 'unsafe', edits: [{ start, end, text: `[ ${out.join(' ')} ]` }] };
}

function fixFor(ctx: Ctx, node: NonPosixConstruct): Fix | undefined {
  const start = node.position.start.offset ?? 0;
  const end = node.position.end.offset ?? 0;
  const text = ctx.text.slice(start, end);
  switch (node.construct) {
    case '[[':
      return doubleBracketFix(ctx, start);
    case '==':
      return text === '==' ? { description: 'Use =', applicability: 'unsafe', edits: [{ start, end, text: '=' }] } : undefined;
    case 'source':
      return text === 'source' ? { description: 'Use .', applicability: 'unsafe', edits: [{ start, end, text: '.' }] } : undefined;
    case 'function': {
      // `function name {` / `function name() {` → `name() {`
      const m = /^function\s+([A-Za-z_][\w-]*)(\s*\(\s*\))?/.exec(ctx.text.slice(start, start + 200));
      if (!m) return undefined;
      return { description: 'Use name()', applicability: 'unsafe', edits: [{ start, end: start + m[0].length, text: `${m[1]}()` }] };
    }
    default:
      return undefined;
  }
}

export default defineRule<ShellScript>({
  id: 'openrc/non-posix',
  kinds: ['openrc'],
  severity: 'error',
  docs: {
    summary: "syntax that /bin/sh (dash, busybox ash) does not run: `[[ ]]`, arrays, `function`, `==` in `[`, `$'…'`, `source`, `let`, `<<<`, brace expansion",
    source: [openrcGuide('Syntax of Service Scripts')],
  },
  fixable: 'unsafe',
  messages: {
    construct: 'Unexpected `{construct}`: openrc-run runs scripts with /bin/sh, use {posix} instead',
    other: 'Unexpected `{construct}`: openrc-run runs scripts with /bin/sh, which does not have it',
  },
  check(ctx) {
    for (const at of braceExpansions(ctx.tree)) {
      ctx.report({ messageId: 'construct', data: { construct: '{a,b}', posix: POSIX_FORM['{a,b}'] }, at });
    }
    for (const node of ctx.tree.nonPosix) {
      const posix = POSIX_FORM[node.construct];
      ctx.report({
        messageId: posix ? 'construct' : 'other',
        data: { construct: node.construct, posix: posix ?? '' },
        at: node,
        fix: fixFor(ctx, node),
      });
    }
  },
});
