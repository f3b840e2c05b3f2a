/**
 * The `-c` string of a shell wrapper in an `Exec*=` line (`sh -c '…'`), read
 * by the same shell parser as OpenRC and SysV scripts (tree-sitter-bash and
 * the domain nodes of ../shell/parse.ts).
 *
 * The string is an `ExecWord.text`: systemd has removed its own quoting and C
 * escapes, and `ExecWord.map` leads back to the unit file. What systemd still
 * changes before the shell sees it is `$$` → `$` and `%%` → `%`; the shell is
 * given that text, and every position here is mapped back to an index into
 * the word's text. Other specifiers (`%i`, `%n`) stay: to the shell they are
 * letters of a word, as the names they expand to are.
 */
import { commandList, type CommandList } from '../shell/command-list.js';
import { parseShell, readShellTree } from '../shell/parse.js';

/** The `-c` string and its commands. */
export interface ShellScriptText extends CommandList {
  /** The string as systemd passes it (positions index into it). */
  text: string;
  /** The shell parser was not loaded: nothing is known, and `complex` is set so that rules stay silent. */
  unread?: boolean;
}

/** A bash-only construct in a `-c` string (the shell model's `nonPosix`), as a range of its text. */
export interface ShellConstruct {
  construct: string;
  start: number;
  end: number;
}

/** The text the shell receives, and for each of its indices the index in the word's text. */
interface ShellText {
  text: string;
  /** `source[i]`: word-text index of character `i`; `source[text.length]` is the word's length. */
  source: number[];
}

/** Collapses systemd's `$$` and `%%` to the one character the shell sees. */
function shellText(word: string): ShellText {
  if (!word.includes('$$') && !word.includes('%%')) return { text: word, source: Array.from({ length: word.length + 1 }, (_, i) => i) };
  let text = '';
  const source: number[] = [];
  for (let i = 0; i < word.length; i++) {
    source.push(i);
    text += word[i];
    if ((word[i] === '$' || word[i] === '%') && word[i + 1] === word[i]) i++;
  }
  source.push(word.length);
  return { text, source };
}

/** Maps every position of a command list from the shell's text back to the word's text. */
function mapBack(list: CommandList, source: readonly number[]): CommandList {
  const at = (i: number) => source[i];
  const word = <T extends { start: number; end: number }>(w: T): T => ({ ...w, start: at(w.start), end: at(w.end) });
  return {
    complex: list.complex,
    commands: list.commands.map((c) => ({ ...c, start: at(c.start), end: at(c.end), words: c.words.map(word), assignments: c.assignments.map(word), redirects: c.redirects.map(word) })),
  };
}

const cache = new Map<string, ShellScriptText>();
const shellTexts = new WeakMap<ShellScriptText, ShellText>();

/**
 * Reads a `-c` string into its commands. Never throws; without the shell
 * parser (not loaded) the result is `unread` and `complex`.
 */
export function readShellCommand(word: string): ShellScriptText {
  // Several rules read the same wrapper; a unit's strings are read once.
  const cached = cache.get(word);
  if (cached) return cached;
  const shell = shellText(word);
  const list = readShellTree(shell.text, (root, hasError) => {
    const read = commandList(root, shell.text);
    return { ...read, complex: read.complex || hasError };
  });
  const script: ShellScriptText = list ? { text: word, ...mapBack(list, shell.source) } : { text: word, commands: [], complex: true, unread: true };
  if (cache.size >= 512) cache.clear();
  cache.set(word, script);
  shellTexts.set(script, shell);
  return script;
}

/** The bash-only constructs of a `-c` string, in source order (as openrc/non-posix finds them in scripts). */
export function bashConstructs(script: ShellScriptText): ShellConstruct[] {
  const shell = shellTexts.get(script);
  if (!shell || script.unread) return [];
  return parseShell(shell.text)
    .nonPosix.map((n) => ({ construct: n.construct, start: shell.source[n.position.start.offset!], end: shell.source[n.position.end.offset!] }))
    .sort((a, b) => a.start - b.start);
}

/** Characters that only mean something to a shell (operators, redirections, substitutions). */
const SHELL_SYNTAX = /[|&<>`]|\$\(/;
/** A word that may be a shell run by an `Exec*=` line. */
const SHELL_NAME = /(^|[^A-Za-z0-9_.-])(sh|bash|dash|ash|ksh|mksh|zsh|busybox)($|[^A-Za-z0-9_.-])/;
/** An `Exec*=` line with its continuation lines. */
const EXEC_LINE = /^[ \t]*Exec[A-Za-z]*[ \t]*=(?:.*\\\r?\n)*.*/gm;

/**
 * Whether a unit's text may need the shell parser: an `Exec*=` line that may
 * run a shell, or that holds shell syntax (which rules read as a script to
 * suggest one). A cheap over-approximation (6 of the corpus's 249 units), so
 * that a unit without either never loads the WASM.
 */
export function mayRunShell(unitText: string): boolean {
  for (const [line] of unitText.matchAll(EXEC_LINE)) if (SHELL_NAME.test(line) || SHELL_SYNTAX.test(line)) return true;
  return false;
}
