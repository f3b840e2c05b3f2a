/**
 * Text utilities below every other layer: offsets to lines and back, line
 * terminators, the byte-order mark. Offsets are UTF-16 code units into a JS
 * string; lines and columns are 1-based.
 */

/** A point in a file (1-based line and column, 0-based offset). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A node with a unist position, as every tree node of src/languages has. */
export interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Start offset of a positioned node (0 when it has none). */
export function startOf(node: Positioned): number {
  return node.position?.start.offset ?? 0;
}

/** End offset of a positioned node (0 when it has none). */
export function endOf(node: Positioned): number {
  return node.position?.end.offset ?? 0;
}

/**
 * Line starts of a text with no \r: the native search, not a loop over every character,
 * which runs interpreted on a short run (~1 ms for a 4.6 kB script, bench/README.md).
 */
function lineStartsLf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Line starts when \r occurs: a lone \r ends a line too (old Mac files); \r\n counts once, and so does \n\r, as systemd's read_line() counts it. */
function lineStartsAnyEnd(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (text.charCodeAt(i - 1) !== 13 && text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) !== 10) i++;
      starts.push(i + 1);
    } else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** Maps offsets to 1-based line/column points and back, for one text. */
export class LineIndex {
  /** Offsets at which each line starts. */
  readonly lineStarts: number[];

  /** The last index made through `of`: the engine and a parser index the same text one after the other. */
  private static last: LineIndex | undefined;

  /** The index of `text`: the one made last for the same text, else a new one. */
  static of(text: string): LineIndex {
    const last = LineIndex.last;
    if (last && last.text === text) return last;
    return (LineIndex.last = new LineIndex(text));
  }

  constructor(readonly text: string) {
    this.lineStarts = text.includes('\r') ? lineStartsAnyEnd(text) : lineStartsLf(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The point of an offset, clamped into the text. */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1, offset: o };
  }

  /** The offset of a 1-based line and column (clamped). */
  offset(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.lineStarts.length));
    return Math.min(this.lineStarts[l - 1] + column - 1, this.text.length);
  }

  /** Start offset of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
  }

  /** End offset of a 1-based line, before its line terminator. */
  lineEnd(line: number): number {
    const next = line < this.lineStarts.length ? this.lineStarts[line] : this.text.length;
    let end = next;
    const start = this.lineStarts[line - 1];
    // A terminator is \n, \r, \r\n or \n\r: at most two characters.
    for (let k = 0; k < 2 && end > start; k++) {
      const c = this.text.charCodeAt(end - 1);
      if (c !== 10 && c !== 13) break;
      if (k === 1 && c === this.text.charCodeAt(end)) break;
      end--;
    }
    return end;
  }

  /** The offset just after the line holding `offset`, its terminator included (the text's end on the last line). */
  nextLineStart(offset: number): number {
    const line = this.point(offset).line;
    return line < this.lineStarts.length ? this.lineStarts[line] : this.text.length;
  }

  /** The whole lines holding `[start, end)`, from the first one's start to past the last one's terminator. */
  wholeLines(start: number, end: number = start): { start: number; end: number } {
    return { start: this.lineStart(this.point(start).line), end: this.nextLineStart(Math.max(start, end - 1)) };
  }

  /** The text of a 1-based line without its terminator. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

/** The line terminator a file mostly uses, so inserted lines match it. */
export function detectEol(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Removes a leading BOM and says whether there was one. */
export function stripBom(text: string): { text: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

const CONTROL = /[\0-\x08\x0a-\x1f\x7f-\x9f]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\x1b': '\\e' };

/**
 * Control characters (not tab) as visible escapes (`\n`, `\e`, `\x07`): a file
 * name or value printed by the CLI can neither start a new line nor drive the
 * terminal.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
