/**
 * `extract_first_word()` (src/basic/extract-word.c) for the flag sets unit
 * parsers use, with each word's place in the value so a finding points at it.
 */
export interface ValueWord {
  /** The word with quotes (and, with `unescape`, escapes) removed. */
  text: string;
  /** Index of its first and one past its last character in the value. */
  start: number;
  end: number;
}

export interface SplitOptions {
  /** EXTRACT_UNQUOTE: `'…'` and `"…"` group and are removed. */
  unquote?: boolean;
  /** EXTRACT_CUNESCAPE: C escapes are decoded (an unknown escape is an error). */
  cunescape?: boolean;
  /** EXTRACT_RETAIN_ESCAPE: a backslash is an ordinary character. */
  retainEscape?: boolean;
  separators?: string;
}

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'", s: ' ' };

/** Length of the C escape starting after a backslash at `i`, or 0 when systemd's `cunescape_one()` refuses it. */
function escapeLength(value: string, i: number): number {
  const c = value[i];
  if (c in SIMPLE_ESCAPES) return 1;
  if (c === 'x') return /^[0-9a-fA-F]{2}/.test(value.slice(i + 1)) ? 3 : 0;
  if (c === 'u') return /^[0-9a-fA-F]{4}/.test(value.slice(i + 1)) ? 5 : 0;
  if (c === 'U') return /^[0-9a-fA-F]{8}/.test(value.slice(i + 1)) ? 9 : 0;
  if (c >= '0' && c <= '7') return /^[0-7]{3}/.test(value.slice(i)) ? 3 : 0;
  return 0;
}

/**
 * Splits `value` into words; `error` is the index where systemd's splitter
 * fails (an unterminated quote, a trailing or unknown escape).
 */
export function splitWords(value: string, options: SplitOptions = {}): { words: ValueWord[]; error?: number } {
  const separators = options.separators ?? ' \t\n\r';
  const words: ValueWord[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && separators.includes(value[i])) i++;
    if (i >= value.length) break;
    const start = i;
    let text = '';
    let quote = '';
    for (; i < value.length; i++) {
      const c = value[i];
      if (c === '\\' && !options.retainEscape) {
        if (i + 1 >= value.length) return { words, error: i };
        if (options.cunescape) {
          const n = escapeLength(value, i + 1);
          if (n === 0) return { words, error: i };
          text += value.slice(i, i + 1 + n);
          i += n;
        } else {
          text += value[i + 1];
          i++;
        }
      } else if (quote) {
        if (c === quote) quote = '';
        else text += c;
      } else if (options.unquote && (c === '"' || c === "'")) quote = c;
      else if (separators.includes(c)) break;
      else text += c;
    }
    if (quote) return { words, error: start };
    words.push({ text, start, end: i });
  }
  return { words };
}
