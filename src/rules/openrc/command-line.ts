/**
 * The daemon's command line as the default start builds it: `command` plus the
 * words of `command_args`, with the offsets of each word so fixes can edit it.
 */
import type { Assignment } from '../../languages/shell/types.js';
import { type Ctx, topAssignment } from './util.js';
import { unquote } from '../../languages/shell/query.js';

/** One word of a variable's value, after quote removal, and its span in the file. */
export interface ValueWord {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits an assignment's value into shell words the way `eval` in openrc-run
 * will: the outer quotes of the assignment go, inner quotes group words.
 * Undefined when the value has expansions or escapes we cannot follow.
 */
export function valueWords(a: Assignment): ValueWord[] | undefined {
  const raw = a.raw;
  let inner = raw;
  let base = a.valuePosition.start.offset ?? 0;
  if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.endsWith(raw[0])) {
    inner = raw.slice(1, -1);
    base += 1;
    if (raw[0] === '"' && /[`\\]|(?<!\\)"/.test(inner)) return undefined;
  }
  const words: ValueWord[] = [];
  let i = 0;
  while (i < inner.length) {
    while (i < inner.length && /\s/.test(inner[i])) i++;
    if (i >= inner.length) break;
    const start = i;
    let text = '';
    while (i < inner.length && !/\s/.test(inner[i])) {
      const c = inner[i];
      if (c === "'" || c === '"') {
        const close = inner.indexOf(c, i + 1);
        if (close < 0) return undefined;
        text += inner.slice(i + 1, close);
        i = close + 1;
      } else {
        text += c;
        i++;
      }
    }
    words.push({ text, start: base + start, end: base + i });
  }
  return words;
}

/** The program `command=` runs (basename), from its literal, its default, or as written. */
export function commandProgram(ctx: Ctx): string | undefined {
  const command = topAssignment(ctx.tree, 'command');
  if (!command) return undefined;
  const value = command.literal ?? command.defaultLiteral ?? unquote(command.raw);
  if (!value || /[$`\s]/.test(value)) return undefined;
  return value.slice(value.lastIndexOf('/') + 1);
}

/** Context that names the program's package where the daemon table's basenames collide: `command=` as written and the script's path. */
export function commandContext(ctx: Ctx): string {
  const command = topAssignment(ctx.tree, 'command');
  return `${command ? (command.literal ?? command.defaultLiteral ?? unquote(command.raw)) : ''} ${ctx.path}`;
}
