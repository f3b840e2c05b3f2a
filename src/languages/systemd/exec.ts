/**
 * `Exec*=` command lines: systemd's prefixes and quoting (systemd.service(5)
 * "Command lines") and shell wrappers (`sh -c '…'`), whose `-c` string the
 * shell parser reads (./shell-command.ts).
 *
 * All indices are into the directive's logical value; map them to file
 * offsets with `valueOffset` from ./parse.js.
 */
import { programAt } from '../../knowledge/daemons.js';
import type { ShCommand } from '../shell/command-list.js';
import { readShellCommand, type ShellScriptText } from './shell-command.js';

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
  return { shellIndex: at.index, shell: at.program, scriptIndex: i, script: readShellCommand(words[i]) };
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
