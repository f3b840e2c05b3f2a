/**
 * `Exec*=` command lines as systemd's `config_parse_exec()` reads them:
 * words split by `extract_first_word()` (quotes removed, C escapes decoded; an
 * unknown escape is kept with a warning, an unterminated quote drops the line),
 * `;` between commands, the special prefixes of the first word, and the checks
 * on the executable path.
 */
import type { ValueProblem } from './validators.js';

/** Each prefix systemd reads before the executable, and the first release that reads it. */
export const EXEC_PREFIX_SINCE: Readonly<Record<string, number>> = { '-': 183, '@': 183, '+': 231, '!': 235, '!!': 235, ':': 242, '|': 258 };

const SEPARATORS = ' \t\n\r';
/** The escapes `cunescape_one()` decodes (others stay as written, with a warning). */
const ESCAPE = /^(?:[abfnrtv\\"'s]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3})/;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** One word from `i` (separators before it skipped); `unbalanced` when a quote is not closed; undefined at the end. */
function extractWord(v: string, from: number): { word?: Word; unbalanced?: number; next: number } {
  let i = from;
  while (i < v.length && SEPARATORS.includes(v[i])) i++;
  if (i >= v.length) return { next: i };
  const start = i;
  let text = '';
  let quote = '';
  for (; i < v.length; i++) {
    const c = v[i];
    if (c === '\\') {
      // A trailing backslash outside quotes is kept (relaxed retry); inside quotes the quote is unbalanced.
      if (i + 1 >= v.length) {
        if (quote) return { unbalanced: start, next: v.length };
        text += c;
        continue;
      }
      const m = ESCAPE.exec(v.slice(i + 1, i + 10));
      text += m ? decode(m[0]) : c + v[i + 1];
      i += m ? m[0].length : 1;
    } else if (quote) {
      if (c === quote) quote = '';
      else text += c;
    } else if (c === '"' || c === "'") quote = c;
    else if (SEPARATORS.includes(c)) break;
    else text += c;
  }
  if (quote) return { unbalanced: start, next: v.length };
  return { word: { text, start, end: i }, next: i };
}

function decode(escape: string): string {
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', s: ' ' };
  if (escape.length === 1) return simple[escape] ?? escape;
  if (/^[0-7]/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
  return String.fromCodePoint(parseInt(escape.slice(1), 16));
}

/** The prefixes systemd's loop takes from the front of the first word, as it takes them. */
export function execPrefixes(word: string): { prefixes: string[]; length: number } {
  const prefixes: string[] = [];
  const has = (p: string) => prefixes.includes(p);
  let i = 0;
  for (; i < word.length; i++) {
    const c = word[i];
    const privileged = has('+') || has('!') || has('!!');
    if ((c === '-' || c === '@' || c === ':' || c === '|') && !has(c)) prefixes.push(c);
    else if ((c === '+' || c === '!') && !privileged) prefixes.push(c);
    // A second `!` (the old ambient-capabilities `!!`, a no-op from 258 on).
    else if (c === '!' && has('!') && !has('!!')) prefixes[prefixes.indexOf('!')] = '!!';
    else break;
  }
  return { prefixes, length: i };
}

const problem = (message: string, expected: string, start: number, end: number): ValueProblem => ({ message, expected, start, end });
const PREFIXES = 'each prefix `-`, `@`, `:`, `+`, `!`, `|` at most once (`+`, `!` and `!!` exclude each other), then the command';
const EXECUTABLE = 'an absolute path such as `/usr/bin/foo`, or a program name without `/`';

/** `string_is_safe()`: no control characters, quotes or backslashes in the executable path. */
const UNSAFE = /[\x00-\x1f\x7f"'\\]/;

/** What systemd refuses about the executable of a command (after its prefixes). */
function pathProblem(v: string, path: string, word: Word): ValueProblem | undefined {
  const at = (message: string, expected: string) => problem(message, expected, word.start, word.end);
  if (path === '') {
    // `- /bin/true`: the prefixes were meant for the command after the space.
    const space = /^[ \t]+(?=[^\s;])/.exec(v.slice(word.end));
    const edit = space && !word.text.includes('@') && word.text === v.slice(word.start, word.end) ? { start: word.end, end: word.end + space[0].length, text: '' } : undefined;
    return { ...at('Empty path in command line', 'a command after the prefixes, with no space between them'), edit };
  }
  // Specifiers are expanded first (`%h/bin/x`, `%p-helper`): judged by the other checks only without them.
  // `${CMAKE_INSTALL_PREFIX}/bin/x`, `$(bindir)/x`: a build template's placeholder (`foo.service.in`), filled in
  // before systemd reads the file. (In a real unit systemd refuses it: it expands no variables in the path.)
  if (path.includes('%') || path.includes('$')) return undefined;
  if (UNSAFE.test(path)) return at('Executable path contains special characters', 'a path without quotes, backslashes or control characters');
  if (path.endsWith('/')) return at('Executable path specifies a directory', 'the path of an executable file, not a directory');
  const valid = path.startsWith('/') ? path.length < 4096 && path.split('/').every((c) => c.length <= 255) : !path.includes('/') && path !== '.' && path !== '..' && path.length <= 255;
  if (!valid) return at('Neither a valid executable name nor an absolute path', /^[-@:+!|]/.test(path) ? PREFIXES : EXECUTABLE);
  return undefined;
}

/**
 * One command from `from`: its first word (prefixes and executable) and its
 * arguments up to a lone `;`. `next` is where the next command starts, or
 * undefined at the end of the value.
 */
interface CommandCheck {
  found?: ValueProblem;
  next?: number;
  /** The first word and the length of its prefixes. */
  head?: { word: Word; prefixes: string[]; length: number };
}

function checkCommand(v: string, from: number): CommandCheck {
  const first = extractWord(v, from);
  if (first.unbalanced !== undefined) return { found: problem('Unbalanced quoting', 'balanced quotes', first.unbalanced, v.length) };
  const word = first.word;
  if (!word) return {};
  if (word.text === ';') return { next: first.next };
  const { prefixes, length } = execPrefixes(word.text);
  const head = { word, prefixes, length };
  const path = word.text.slice(length);
  const viaShell = prefixes.includes('|');
  if (!viaShell) {
    const found = pathProblem(v, path, word);
    if (found) return { found, head };
  }
  let args = viaShell || !prefixes.includes('@') ? 1 : 0;
  let i = first.next;
  for (;;) {
    while (i < v.length && SEPARATORS.includes(v[i])) i++;
    if (i >= v.length) break;
    if (v[i] === ';' && (i + 1 >= v.length || SEPARATORS.includes(v[i + 1]))) return { next: i + 1, head };
    const next = extractWord(v, i);
    if (next.unbalanced !== undefined) return { found: problem('Unbalanced quoting', 'balanced quotes', next.unbalanced, v.length), head };
    args++;
    i = next.next;
  }
  if (args === 0) return { found: problem('Empty executable name or zeroeth argument', 'the name the program sees as argv[0] after `@PATH`', word.start, word.end), head };
  return { head };
}

/** `config_parse_exec()`: every command of the value; an empty value resets the list. */
export function execCommandProblem(v: string): ValueProblem | undefined {
  let at: number | undefined = 0;
  while (at !== undefined && at < v.length) {
    const { found, next } = checkCommand(v, at);
    if (found) return found;
    at = next;
  }
  return undefined;
}

/** The prefixes of each command of an `Exec*=` value and the span of the prefix characters (for `systemd/newer-than-target`). */
export function execPrefixUses(v: string): Array<{ prefix: string; start: number; end: number }> {
  const out: Array<{ prefix: string; start: number; end: number }> = [];
  let at: number | undefined = 0;
  while (at !== undefined && at < v.length) {
    const { head, next } = checkCommand(v, at);
    const start = head ? head.word.start + (/^["']/.test(v[head.word.start]) ? 1 : 0) : 0;
    for (const prefix of head?.prefixes ?? []) out.push({ prefix, start, end: start + head!.length });
    at = next;
  }
  return out;
}
