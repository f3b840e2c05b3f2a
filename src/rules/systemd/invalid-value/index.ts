import { man } from '../../../core/provenance.js';
import { editDistance } from '../../../core/config.js';
import { defineRule } from '../../../core/rule.js';
import type { Fix } from '../../../core/types.js';
import { valueOffset } from '../../../languages/systemd/parse.js';
import { checkValue, type ValueProblem } from '../../../languages/systemd/values/index.js';
import type { Directive, UnitFile } from '../../../languages/systemd/types.js';

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The one accepted word `value` is a slip of: within two edits (three when the
 * first four letters agree), and no other word as close. Undefined otherwise.
 */
export function nearMiss(value: string, choices: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  const close = choices.filter((c) => {
    const d = editDistance(lower, c);
    return d <= 2 || (d <= 3 && sharedPrefix(lower, c) >= 4);
  });
  return close.length === 1 && close[0] !== value ? close[0] : undefined;
}

function replaceFix(d: Directive, start: number, end: number, text: string): Fix {
  return {
    description: `Replace \`${d.value.slice(start, end)}\` with \`${text}\``,
    applicability: 'safe',
    edits: [{ start: valueOffset(d, start), end: valueOffset(d, end), text }],
  };
}

/**
 * Bytes that are not UTF-8 (decoded to U+FFFD) and the noncharacters systemd's
 * utf8_is_valid() refuses: systemd drops such a line whatever its key.
 */
const NOT_UNICHAR = /[\uFFFD\uFFFE\uFFFF\uFDD0-\uFDEF]/;
const NOT_UTF8: ValueProblem = { message: 'String is not UTF-8 clean', expected: 'UTF-8 text' };

export default defineRule<UnitFile>({
  id: 'systemd/invalid-value',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary: "A value the key's systemd parser refuses (a misspelt enum word, a bad time span, an out-of-range number, …): systemd logs it and ignores the whole line.",
    source: [
      man('systemd.exec(5)'),
      man('systemd.service(5)'),
      man('systemd.socket(5)'),
      man('systemd.time(7)'),
      man('systemd.resource-control(5)'),
      { kind: 'code', project: 'systemd', what: 'the config_parse_* functions of src/core/load-fragment.c' },
    ],
  },
  fixable: 'safe',
  messages: {
    invalid: '{log}, ignoring: `{value}` (systemd ignores `{key}=`), expected {expected}',
    invalidWord: '{log}, ignoring: `{value}` (systemd drops this word of `{key}=`), expected {expected}',
    nearMiss: '{log}, ignoring: `{value}` (systemd ignores `{key}=`), expected `{fix}`',
  },
  check(ctx) {
    for (const section of ctx.tree.children) {
      for (const d of section.children) {
        if (d.type !== 'directive') continue;
        const found = NOT_UNICHAR.test(d.value) ? NOT_UTF8 : checkValue(section.name, d.key, d.value);
        if (!found) continue;
        const start = found.start ?? 0;
        const end = found.end ?? d.value.length;
        const value = d.value.slice(start, end);
        const at = { start: valueOffset(d, start), end: valueOffset(d, end) };
        const fix = found.choices && nearMiss(value, found.choices);
        const data = { log: found.message, value, key: d.key, expected: found.expected };
        if (fix) ctx.report({ messageId: 'nearMiss', data: { ...data, fix }, at, fix: replaceFix(d, start, end, fix) });
        else ctx.report({ messageId: found.wordOnly ? 'invalidWord' : 'invalid', data, at, fix: found.edit && replaceFix(d, found.edit.start, found.edit.end, found.edit.text) });
      }
    }
  },
});
