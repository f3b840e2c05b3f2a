/**
 * `Exec*=` command lines: systemd's prefixes and quoting (systemd.service(5)
 * "Command lines"), shell wrappers (`sh -c '…'`), and a small lexer for the
 * `-c` string that finds its commands. Deliberately simple: anything it does
 * not understand (loops, here-documents, subshells) marks the script
 * `complex`, and rules then stay silent or offer no fix.
 *
 * All indices are into the directive's logical value; map them to file
 * offsets with `valueOffset` from ./parse.js.
 */
import { programAt } from '../../knowledge/daemons.js';

/** One argument as systemd passes it, with where it came from. */
export interface ExecWord {
  /** The argument after systemd's unquoting and C unescaping. */
  text: string;
  /** Value index of the word's first raw character. */
  start: number;
  /** Value index after the word's last raw character. */
  end: number;
  /** `map[i]` is the value index of the raw text that produced `text[i]`; `map[text.length]` is where the text ends. */
  map: number[];
  /** Some part of the word was quoted. */
  quoted: boolean;
}

/** One command of an `Exec*=` value. */
export interface ExecCommand {
  /** The special prefix characters (`-`, `@`, `:`, `+`, `!`), as written. */
  prefixes: string;
  /** Value index of the first prefix character (or of the first word when there is none). */
  start: number;
  words: ExecWord[];
}

const PREFIX_CHARS = new Set(['-', '@', ':', '+', '!', '|']);
const C_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', s: ' ', '\\': '\\', '"': '"', "'": "'" };
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Splits an `Exec*=` value into commands (a lone `;` separates them, `\;` is
 * a literal semicolon) and each command into prefixes and words, following
 * systemd's quoting: `"…"` and `'…'` anywhere in a word, C escapes inside and
 * outside quotes. An unterminated quote runs to the end.
 */
export function parseExec(value: string): ExecCommand[] {
  // Several rules parse the same Exec value; a long continuation chain is parsed once.
  let parsed = execCache.get(value);
  if (!parsed) {
    if (execCache.size >= 512) execCache.clear();
    parsed = parseExecValue(value);
    execCache.set(value, parsed);
  }
  return parsed;
}

const execCache = new Map<string, ExecCommand[]>();

function parseExecValue(value: string): ExecCommand[] {
  const commands: ExecCommand[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < value.length && isSpace(value[i])) i++;
  };
  for (;;) {
    skipSpace();
    if (i >= value.length) break;
    const start = i;
    let prefixes = '';
    while (i < value.length && PREFIX_CHARS.has(value[i])) prefixes += value[i++];
    const words: ExecWord[] = [];
    let ended = false;
    for (;;) {
      skipSpace();
      if (i >= value.length) break;
      if (value[i] === ';' && (i + 1 >= value.length || isSpace(value[i + 1])) && words.length > 0) {
        i++;
        ended = true;
        break;
      }
      words.push(readWord());
    }
    commands.push({ prefixes, start, words });
    if (!ended) break;
  }
  return commands;

  function readWord(): ExecWord {
    const start = i;
    let text = '';
    const map: number[] = [];
    let quote: string | undefined;
    let quoted = false;
    while (i < value.length) {
      const c = value[i];
      if (!quote && isSpace(c)) break;
      if (!quote && (c === '"' || c === "'")) {
        quote = c;
        quoted = true;
        i++;
        continue;
      }
      if (quote && c === quote) {
        quote = undefined;
        i++;
        continue;
      }
      if (c === '\\' && i + 1 < value.length) {
        const at = i;
        const n = value[i + 1];
        if (n in C_ESCAPES) {
          text += C_ESCAPES[n];
          i += 2;
        } else if (n === 'x' && /^[0-9a-fA-F]{2}$/.test(value.slice(i + 2, i + 4))) {
          text += String.fromCharCode(parseInt(value.slice(i + 2, i + 4), 16));
          i += 4;
        } else if (/^[0-7]{3}$/.test(value.slice(i + 1, i + 4))) {
          text += String.fromCharCode(parseInt(value.slice(i + 1, i + 4), 8));
          i += 4;
        } else {
          text += n;
          i += 2;
        }
        map.push(at);
        continue;
      }
      map.push(i);
      text += c;
      i++;
    }
    // Where the text ends: before a closing quote, if the word ends with one.
    let end = i;
    if (end > start && (value[end - 1] === '"' || value[end - 1] === "'") && !quote) end--;
    map.push(Math.max(end, map.length ? map[map.length - 1] + 1 : start));
    return { text, start, end: i, map, quoted };
  }
}

/** Shells whose `-c` string we read. */
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'zsh', 'busybox']);

/** A command that runs a shell on a `-c` string. */
export interface ShellWrapper {
  /** Index of the shell in the words. */
  shellIndex: number;
  /** Basename of the shell. */
  shell: string;
  /** Index of the `-c` string in the words. */
  scriptIndex: number;
  /** The parsed `-c` string. */
  script: ShellScriptText;
}

/**
 * Recognises `sh -c '…'`, `/bin/bash -ec '…'`, `/usr/bin/env sh -c '…'`,
 * `busybox sh -c '…'`. Undefined for anything else (a script file run by a
 * shell is not a `-c` wrapper).
 */
export function shellWrapper(words: readonly string[]): ShellWrapper | undefined {
  const at = programAt(words);
  if (!at || !SHELLS.has(at.program)) return undefined;
  let i = at.index + 1;
  if (at.program === 'busybox') {
    if (!['sh', 'ash', 'bash'].includes(words[i] ?? '')) return undefined;
    i++;
  }
  let sawC = false;
  for (; i < words.length; i++) {
    const w = words[i];
    if (w === '--' || w === '-') {
      i++;
      break;
    }
    if (w.startsWith('--')) continue; // --login, --norc, --posix
    if (/^[-+]o$/.test(w)) {
      i++;
      continue;
    }
    if (/^[-+][A-Za-z]+$/.test(w)) {
      if (w[0] === '-' && w.includes('c')) sawC = true;
      continue;
    }
    break;
  }
  if (!sawC || i >= words.length) return undefined;
  return { shellIndex: at.index, shell: at.program, scriptIndex: i, script: parseShellScript(words[i]) };
}

/** A word of a shell command, as raw shell text. */
export interface ShWord {
  /** Raw text, quotes included. */
  raw: string;
  /** The word with quotes removed; `$`, backticks and globs kept as written. */
  literal: string;
  /** No expansion, glob or tilde: the word means exactly `literal`. */
  plain: boolean;
  start: number;
  end: number;
}

/** A simple command of a shell script and the operator after it. */
export interface ShCommand {
  /** Leading `NAME=value` words. */
  assignments: ShWord[];
  /** Command name and arguments (redirections excluded). */
  words: ShWord[];
  /** Redirection operators and their targets. */
  redirects: ShWord[];
  start: number;
  end: number;
  /** The operator that ends the command: `;`, `&`, `&&`, `||`, `|`, a newline, or `` at the end. */
  op: string;
  /** The operator before it (`` for the first). */
  before: string;
}

export interface ShellScriptText {
  text: string;
  commands: ShCommand[];
  /** Compound commands, subshells, functions or here-documents: too much for this lexer. */
  complex: boolean;
}

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'for', 'case', 'esac', '{', '}', '!', 'function', 'select', '[[', 'time']);

/** Past blanks, or past a comment to the end of its line; `i` itself when neither starts there. */
function skipBlankOrComment(text: string, i: number): number {
  const c = text[i];
  if (c === ' ' || c === '\t') return i + 1;
  if (c !== '#' || (i > 0 && !/\s/.test(text[i - 1]))) return i;
  while (i < text.length && text[i] !== '\n') i++;
  return i;
}

/** A redirection starts at `i`: `<`, `>`, or a file descriptor number right before one. */
function isRedirectStart(text: string, i: number): boolean {
  const c = text[i];
  return c === '<' || c === '>' || (/[0-9]/.test(c) && /^[0-9]+[<>]/.test(text.slice(i)) && (i === 0 || /[\s;&|]/.test(text[i - 1])));
}

/**
 * Lexes a `-c` string into simple commands separated by `;`, `&`, `&&`,
 * `||`, `|` and newlines, keeping quotes, `$(…)`, `${…}` and backticks
 * inside words.
 */
export function parseShellScript(text: string): ShellScriptText {
  const commands: ShCommand[] = [];
  let complex = false;
  let i = 0;
  let current: ShCommand | undefined;
  let before = '';
  let pendingRedirect = false;

  const finish = (op: string) => {
    const normal = op === '\n' ? ';' : op;
    if (current) {
      current.op = normal;
      commands.push(current);
      current = undefined;
      before = normal;
    } else if (normal !== ';' && normal !== '') {
      complex = true; // `&&` with nothing before it
    }
  };
  const ensure = (at: number): ShCommand => (current ??= { assignments: [], words: [], redirects: [], start: at, end: at, op: '', before });

  while (i < text.length) {
    const skipped = skipBlankOrComment(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = text[i];
    if (c === '\n' || c === ';' || c === '&' || c === '|') {
      let op = c;
      if ((c === '&' || c === '|' || c === ';') && text[i + 1] === c) op = c + c;
      if (c === '&' && text[i + 1] === '>') {
        // `&>file` redirection
        readRedirect();
        continue;
      }
      if (op === ';;') complex = true; // a `case` arm
      i += op.length;
      finish(op);
      continue;
    }
    if (c === '(' || c === ')') {
      complex = true;
      i++;
      continue;
    }
    if (isRedirectStart(text, i)) {
      readRedirect();
      continue;
    }
    const { word, next } = readWord(text, i);
    i = next;
    const cmd = ensure(word.start);
    cmd.end = word.end;
    if (pendingRedirect) {
      pendingRedirect = false;
      cmd.redirects.push(word);
      continue;
    }
    if (cmd.words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.raw)) {
      cmd.assignments.push(word);
      continue;
    }
    if (cmd.words.length === 0 && RESERVED.has(word.raw)) complex = true;
    cmd.words.push(word);
  }
  finish('');
  return { text, commands, complex };

  function readRedirect() {
    const start = i;
    const m = /^(\d*)(&>>|&>|>>|>&|<&|>\||<<<|<<|<>|>|<)(\d+-?|-)?/.exec(text.slice(i))!;
    if (m[2].startsWith('<<')) complex = true; // here-document or here-string
    i += m[0].length;
    const cmd = ensure(start);
    cmd.redirects.push({ raw: m[0], literal: m[0], plain: false, start, end: i });
    cmd.end = i;
    pendingRedirect = !m[3]; // `2>&1`, `>&2` carry their target; the others take the next word
  }
}

/** A word of a `-c` string from `start`, quotes and expansions kept inside it; `next` is where lexing goes on. */
function readWord(text: string, start: number): { word: ShWord; next: number } {
  let i = start;
  let literal = '';
  let plain = true;
  while (i < text.length) {
    const c = text[i];
    if (/[\s;&|<>()]/.test(c)) break;
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const stop = close < 0 ? text.length : close;
      literal += text.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length && /[$`"\\\n]/.test(text[i + 1])) {
          literal += text[i + 1];
          i += 2;
          continue;
        }
        if (text[i] === '$' || text[i] === '`') {
          plain = false;
          const end = skipExpansion(text, i);
          literal += text.slice(i, end);
          i = end;
          continue;
        }
        literal += text[i++];
      }
      i++;
      continue;
    }
    if (c === '\\') {
      literal += text[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (c === '$' || c === '`') {
      plain = false;
      const end = skipExpansion(text, i);
      literal += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === '*' || c === '?' || c === '[' || (c === '~' && i === start) || c === '{') plain = false;
    literal += c;
    i++;
  }
  return { word: { raw: text.slice(start, i), literal, plain, start, end: Math.min(i, text.length) }, next: i };
}

/** The end of `$(…)`, `${…}`, `` `…` `` or `$NAME` starting at `at`. */
function skipExpansion(text: string, at: number): number {
  let j = at;
  if (text[j] === '`') {
    const close = text.indexOf('`', j + 1);
    return close < 0 ? text.length : close + 1;
  }
  j++; // `$`
  const open = text[j];
  if (open === '(' || open === '{') {
    const closeChar = open === '(' ? ')' : '}';
    let depth = 0;
    for (; j < text.length; j++) {
      const ch = text[j];
      if (ch === "'" && open === '(') {
        const close = text.indexOf("'", j + 1);
        j = close < 0 ? text.length : close;
        continue;
      }
      if (ch === open) depth++;
      else if (ch === closeChar && --depth === 0) return j + 1;
    }
    return text.length;
  }
  while (j < text.length && /[A-Za-z0-9_@*#?$!-]/.test(text[j])) {
    j++;
    if (!/[A-Za-z0-9_]/.test(text[j - 1])) break;
  }
  return j;
}

/** The last command of a script that carries words (undefined for an empty script). */
export function lastCommand(script: ShellScriptText): ShCommand | undefined {
  for (let k = script.commands.length - 1; k >= 0; k--) {
    const cmd = script.commands[k];
    if (cmd.words.length || cmd.assignments.length) return cmd;
  }
  return undefined;
}

/** Is the command `exec …`? */
export function isExec(cmd: ShCommand): boolean {
  return cmd.words[0]?.literal === 'exec';
}

/** Shell builtins with no program of the same name: `exec` cannot run them. */
const BUILTINS = new Set(['.', 'source', ':', 'cd', 'export', 'set', 'unset', 'eval', 'exit', 'return', 'wait', 'trap', 'read', 'ulimit', 'umask', 'shift', 'local', 'readonly', 'alias', 'exec']);

/** Is the command a shell builtin that only the shell itself can run (`. file`, `wait`, `cd`)? */
export function isBuiltin(cmd: ShCommand): boolean {
  const name = cmd.words[0]?.literal;
  return name !== undefined && name !== 'exec' && BUILTINS.has(name);
}
