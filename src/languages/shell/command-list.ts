/**
 * A short script as a flat list of simple commands and the operators between
 * them (`a && b | c; d &`), read off tree-sitter's tree: what rules need to
 * know which command of an `sh -c` string runs last and whether it can `exec`.
 * Anything beyond lists and pipelines (loops, `if`, `case`, subshells,
 * functions, here-documents) marks the script `complex`, and rules then stay
 * silent or offer no fix.
 */
import type { PlainNode } from './tree.js';
import { unquotedWord } from './words.js';

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
  /** Redirections, each as one word (`>/dev/null`, `2>&1`). */
  redirects: ShWord[];
  start: number;
  end: number;
  /** The operator that ends the command: `;` (or a newline), `&`, `&&`, `||`, `|`, `|&`, or `` at the end. */
  op: string;
  /** The operator before it (`` for the first). */
  before: string;
}

/** The simple commands of a script, in order. */
export interface CommandList {
  commands: ShCommand[];
  /** Compound commands, subshells, functions, here-documents or a syntax error: more than a list of commands. */
  complex: boolean;
}

const OPERATORS = new Set([';', '&', '&&', '||', '|', '|&']);

class ListReader {
  readonly list: CommandList = { commands: [], complex: false };
  private before = '';

  constructor(private readonly source: string) {}

  private word(node: PlainNode): ShWord {
    const w = unquotedWord(node, this.source);
    return { raw: this.source.slice(node.startIndex, node.endIndex), literal: w.text, plain: !w.expands && !w.globs, start: node.startIndex, end: node.endIndex };
  }

  /** Reads a statement and the commands in it; `op` is the operator written after it. */
  statement(node: PlainNode): void {
    switch (node.type) {
      case 'list':
      case 'pipeline':
        for (const child of node.children) {
          if (OPERATORS.has(child.type)) this.operator(child.type);
          else this.statement(child);
        }
        return;
      case 'redirected_statement':
        this.redirected(node);
        return;
      case 'command':
      case 'declaration_command':
      case 'unset_command':
      case 'test_command':
      case 'variable_assignment':
      case 'variable_assignments':
        this.command(node);
        return;
      default:
        this.list.complex = true;
    }
  }

  /** The operator after the last command read. */
  operator(op: string): void {
    const last = this.list.commands.at(-1);
    if (last && !last.op) last.op = op;
    else if (op !== ';') this.list.complex = true; // `&&` with nothing before it
    this.before = op;
  }

  /** `cmd >log`; tree-sitter also puts `a && b >log` under one, where the redirection is `b`'s. */
  private redirected(node: PlainNode): void {
    const body = node.childForFieldName('body');
    const redirects: ShWord[] = [];
    for (const child of node.children) {
      if (child === body) continue;
      if (child.type === 'file_redirect') redirects.push(this.word(child));
      else this.list.complex = true; // here-documents and here-strings
    }
    if (!body) {
      this.list.complex = true;
      return;
    }
    this.statement(body);
    const last = this.list.commands.at(-1);
    if (!last || last.end > body.endIndex || last.start < body.startIndex) return;
    last.redirects.push(...redirects);
    for (const r of redirects) last.end = Math.max(last.end, r.end);
  }

  private command(node: PlainNode): void {
    const cmd: ShCommand = { assignments: [], words: [], redirects: [], start: node.startIndex, end: node.endIndex, op: '', before: this.before };
    if (node.type === 'variable_assignment') cmd.assignments.push(this.word(node));
    for (const child of node.type === 'variable_assignment' ? [] : node.children) this.part(cmd, child);
    this.list.commands.push(cmd);
  }

  /** One child of a command: an assignment before the name, the name, a word, a redirection. */
  private part(cmd: ShCommand, child: PlainNode): void {
    if (child.type === 'variable_assignment' && cmd.words.length === 0) cmd.assignments.push(this.word(child));
    else if (child.type === 'file_redirect') cmd.redirects.push(this.word(child));
    else if (child.type === 'heredoc_redirect' || child.type === 'herestring_redirect') this.list.complex = true;
    else if (child.type !== 'comment' && (child.isNamed || child.childCount === 0)) cmd.words.push(...this.words(child));
  }

  /** A test's words: `[ -d /x ]` is `[`, `-d`, `/x`, `]`; any other node is one word. */
  private words(node: PlainNode): ShWord[] {
    if (node.type === 'unary_expression' || node.type === 'binary_expression' || node.type === 'parenthesized_expression') return node.children.flatMap((c) => this.words(c));
    return [this.word(node)];
  }
}

/**
 * The commands of a parsed script, with the operators between them.
 *
 * @param root tree-sitter's `program` node for `source`.
 */
export function commandList(root: PlainNode, source: string): CommandList {
  const reader = new ListReader(source);
  let previous: PlainNode | undefined;
  for (const child of root.children) {
    if (child.type === 'comment') continue;
    if (OPERATORS.has(child.type)) reader.operator(child.type);
    else {
      // Two statements with no operator between them: a newline separated them.
      if (previous && !OPERATORS.has(previous.type)) reader.operator(';');
      reader.statement(child);
    }
    previous = child;
  }
  // A newline after the last command ends it like `;`.
  const last = reader.list.commands.at(-1);
  if (last && !last.op && /[\n;]/.test(source.slice(last.end))) last.op = ';';
  return reader.list;
}
