import { man } from '../../../core/provenance.js';
import { defineRule, type RuleContext } from '../../../core/rule.js';
import type { TextEdit } from '../../../core/types.js';
import { lastCommand, parseExec, shellWrapper, type ExecCommand, type ExecWord } from '../../../languages/systemd/exec.js';
import { readShellCommand } from '../../../languages/systemd/shell-command.js';
import { directives, valueOffset } from '../../../languages/systemd/parse.js';
import { effectiveType, LONG_RUNNING, unitView } from '../../shared/unit-view.js';
import type { Directive, UnitFile } from '../../../languages/systemd/types.js';
import { execDirectives, wordRange } from '../exec-support.js';

const OPERATORS = new Set(['|', '||', '&&', '|&', '&']);
const REDIRECT = /^(\d*>>?|&>>?|<)(.*)$/;

/** What shell syntax a word is, if any: an operator, a redirection, a substitution. */
function shellSyntax(word: ExecWord): string | undefined {
  if (word.text.includes('$(') || word.text.includes('`')) return word.text.includes('$(') ? '$(…)' : '`…`';
  if (word.quoted) return undefined;
  if (OPERATORS.has(word.text)) return word.text;
  const m = REDIRECT.exec(word.text);
  if (m && (m[2] === '' || /^(&\d|[/~.$%\w])/.test(m[2]))) return m[1];
  return undefined;
}

/**
 * `cmd > /abs/file` (with `2>&1`) or `cmd < /abs/file` at the end of the only
 * `ExecStart=`: systemd's StandardOutput=/StandardInput= do that without a shell.
 */
function redirectFix(ctx: RuleContext<UnitFile>, d: Directive, command: ExecCommand, first: number): { directive: string; edits: TextEdit[] } | undefined {
  if (d.key !== 'ExecStart' || parseExec(d.value).length !== 1) return undefined;
  const service = ctx.tree.children.filter((s) => s.name === 'Service');
  const others = directives(ctx.tree, 'Service').filter((x) => x !== d && (/^Exec/.test(x.key) || /^Standard(Output|Input|Error)$/.test(x.key)));
  if (service.length !== 1 || others.length) return undefined;
  const rest = command.words.slice(first).map((w) => (w.quoted ? '\0' : w.text));
  let target: string | undefined;
  let op: string;
  let n: number;
  const glued = /^(>>?|<)(\/.*)$/.exec(rest[0]);
  if (glued) [op, target, n] = [glued[1], glued[2], 1];
  else if (/^(>>?|<)$/.test(rest[0]) && rest[1]?.startsWith('/')) [op, target, n] = [rest[0], rest[1], 2];
  else return undefined;
  const tail = rest.slice(n);
  const both = tail.length === 1 && tail[0] === '2>&1' && op !== '<';
  if (tail.length > (both ? 1 : 0) || /[$%\s'"\\]/.test(target)) return undefined;
  const lines: string[] = [];
  if (op === '<') lines.push(`StandardInput=file:${target}`);
  else {
    lines.push(`StandardOutput=${op === '>>' ? 'append' : 'file'}:${target}`);
    // Without 2>&1 the shell would leave stderr on the journal.
    if (!both) lines.push('StandardError=journal');
  }
  const from = wordRange(d, command.words[first - 1]).end;
  const to = wordRange(d, command.words[command.words.length - 1]).end;
  const eol = ctx.eol;
  const after = d.position.end.offset!;
  return {
    directive: lines[0],
    edits: [
      { start: from, end: to, text: '' },
      { start: after, end: after, text: lines.map((l) => eol + l).join('') },
    ],
  };
}

/** Wraps the command in `/bin/sh -c '…'`, exec'ing its last command when that is possible. */
function wrapFix(d: Directive, command: ExecCommand, mainProcess: boolean): TextEdit[] | undefined {
  if (command.prefixes.includes('@')) return undefined; // @ makes the second word argv[0]
  const startIdx = command.words[0].start;
  const raw = d.value.slice(startIdx, command.words[command.words.length - 1].end);
  // The -c string is quoted with '…' and read by systemd first: keep it free of quotes, escapes and variables.
  if (/['\\]/.test(raw) || /\$(?!\()/.test(raw)) return undefined;
  const script = readShellCommand(raw);
  const last = lastCommand(script);
  if (script.complex || !last || last.words.length === 0) return undefined;
  const canExec = last.before !== '|' && last.op === '';
  if (!canExec && mainProcess) return undefined;
  const start = valueOffset(d, startIdx);
  const end = valueOffset(d, command.words[command.words.length - 1].end);
  const edits: TextEdit[] = [{ start, end: start, text: "/bin/sh -c '" }];
  if (canExec) {
    const at = valueOffset(d, startIdx + last.words[0].start);
    if (at === start) edits[0].text += 'exec ';
    else edits.push({ start: at, end: at, text: 'exec ' });
  }
  edits.push({ start: end, end, text: "'" });
  return edits;
}

export default defineRule<UnitFile>({
  id: 'systemd/shell-syntax-in-exec',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary: 'Shell syntax (`|`, `>`, `<`, `&&`, `||`, `&`, `$(…)`, backticks) in an `Exec*=` line that no shell runs: systemd passes it to the program as literal arguments.',
    source: [man('systemd.service(5)', 'Command lines')],
  },
  fixable: 'unsafe',
  messages: {
    syntax: 'Unexpected shell syntax `{syntax}` in `{key}=` (no shell runs it: systemd passes it as a literal argument), expected {expected}',
  },
  check(ctx) {
    let type: string | undefined | null = null;
    const serviceType = () => (type === null ? (type = ctx.tree.info.unitType === 'service' ? effectiveType(unitView(ctx.tree, ctx.path, ctx.project)) : undefined) : type);
    for (const d of execDirectives(ctx.tree)) {
      for (const command of parseExec(d.value)) {
        // `|` prefix (newer systemd): the command runs through the user's shell.
        if (command.words.length === 0 || command.prefixes.includes('|') || shellWrapper(command.words.map((w) => w.text))) continue;
        const first = command.words.findIndex((w, i) => i > 0 && shellSyntax(w));
        if (first < 0) continue;
        const syntax = shellSyntax(command.words[first])!;
        if (syntax === '&') {
          // A trailing `&`: systemd supervises the command itself, there is nothing to background.
          const last = first === command.words.length - 1;
          ctx.report({
            messageId: 'syntax',
            data: { syntax, key: d.key, expected: 'no `&` (systemd runs and supervises the command itself)' },
            at: wordRange(d, command.words[first]),
            fix: last
              ? { description: 'Remove the &', applicability: 'unsafe', edits: [{ start: wordRange(d, command.words[first - 1]).end, end: wordRange(d, command.words[first]).end, text: '' }] }
              : undefined,
          });
          continue;
        }
        const redirect = redirectFix(ctx, d, command, first);
        const wrap = redirect ? undefined : wrapFix(d, command, d.key === 'ExecStart' && LONG_RUNNING.has(serviceType() ?? ''));
        ctx.report({
          messageId: 'syntax',
          data: {
            syntax,
            key: d.key,
            expected: redirect ? `\`${redirect.directive}\`` : "`/bin/sh -c 'exec …'` or a script",
          },
          at: wordRange(d, command.words[first]),
          fix: redirect
            ? { description: `Use ${redirect.directive}`, applicability: 'unsafe', edits: redirect.edits }
            : wrap && { description: 'Run the command through /bin/sh', applicability: 'unsafe', edits: wrap },
        });
      }
    }
  },
});
