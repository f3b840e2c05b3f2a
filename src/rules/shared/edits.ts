/**
 * Line-level edits every rule builds the same way: delete whole lines, find
 * where a new line goes, insert one. Offsets come from the file's LineIndex,
 * so CRLF, a lone CR and a last line without a terminator are handled once.
 */
import type { TextEdit } from '../../core/types.js';
import { endOf, startOf, type LineIndex, type Positioned } from '../../text/index.js';

/** What these helpers need of a rule's context. */
export interface EditContext {
  lines: LineIndex;
  text: string;
  eol: string;
}

/**
 * An edit deleting the whole lines holding `[start, end)`, their terminators
 * included. On a last line without a terminator, the break before it goes
 * instead, so the file keeps its "no newline at end" shape.
 */
export function removeLines(ctx: Pick<EditContext, 'lines'>, start: number, end: number): TextEdit {
  const range = ctx.lines.wholeLines(start, end);
  const { text } = ctx.lines;
  if (range.end === text.length && range.start > 0 && !/[\r\n]$/.test(text)) {
    range.start = ctx.lines.lineEnd(ctx.lines.point(range.start).line - 1);
  }
  return { ...range, text: '' };
}

/** An edit deleting the whole lines of a node (a directive, an assignment, a command). */
export function removeNodeLines(ctx: Pick<EditContext, 'lines'>, node: Positioned): TextEdit {
  return removeLines(ctx, startOf(node), endOf(node));
}

/** The offset just after the line holding `offset` (its terminator included): where a new line after it goes. */
export function afterLine(ctx: Pick<EditContext, 'lines'>, offset: number): number {
  return ctx.lines.nextLineStart(offset);
}

/** An edit inserting `line` (no terminator) as a new line after the line where `node` ends. */
export function insertLineAfter(ctx: EditContext, node: Positioned, line: string): TextEdit {
  const at = afterLine(ctx, endOf(node));
  // The file's last line has no terminator: give it one before the new line.
  if (at === ctx.text.length && at > 0 && !/[\r\n]$/.test(ctx.text)) return { start: at, end: at, text: ctx.eol + line };
  return { start: at, end: at, text: line + ctx.eol };
}
