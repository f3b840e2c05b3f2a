/**
 * The daemon's command line as the default start builds it: `command` plus the
 * words of `command_args`, with the offsets of each word so fixes can edit it.
 */
import type { Assignment } from '../../languages/shell/types.js';
import { type Ctx, topAssignment } from './util.js';
import { unquote } from '../../languages/shell/query.js';
import { evalWords } from '../../languages/shell/eval-words.js';

/** One word of a variable's value, after quote removal, and its span in the file. */
export interface ValueWord {
  text: string;
  start: number;
  end: number;
}

/**
 * The words of an assignment's value the way `eval` in openrc-run will read
 * them: the outer quotes of the assignment go, inner quotes group words (the
 * shell parser's reading, languages/shell/eval-words.ts). Undefined when the
 * value is more than a list of words (a redirection, a second command, an
 * array) or does not parse; expansions stay in the words as written.
 */
export function valueWords(a: Assignment): ValueWord[] | undefined {
  const base = a.valuePosition.start.offset ?? 0;
  return evalWords(a.raw)?.map((w) => ({ text: w.text, start: base + w.start, end: base + w.end }));
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
