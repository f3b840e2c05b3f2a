/**
 * Shell words as the shell reads them, off tree-sitter's tree: quote removal,
 * with where each character came from so a rule can point at it. Expansions
 * (`$x`, `${x}`, `$(…)`, backticks) stay as written: nothing here runs or
 * resolves them.
 */
import type { PlainNode } from './tree.js';

/** A word after quote removal. */
export interface UnquotedWord {
  /** The text after quote removal; expansions kept as written. */
  text: string;
  /** `starts[i]`: source index where character `i`'s source begins (at the backslash of `\x`). */
  starts: number[];
  /** `ends[i]`: source index just after character `i`'s source. */
  ends: number[];
  /** Some part is an expansion or substitution (`$x`, `${x}`, `$(…)`, backticks, `$((…))`). */
  expands: boolean;
  /** Some unquoted part is a glob, a brace or a leading tilde: the shell may rewrite it. */
  globs: boolean;
}

/** Characters a backslash escapes inside double quotes (POSIX 2.2.3); elsewhere it keeps itself. */
const DOUBLE_QUOTE_ESCAPES = new Set(['$', '`', '"', '\\', '\n']);

class WordBuilder {
  readonly word: UnquotedWord = { text: '', starts: [], ends: [], expands: false, globs: false };

  constructor(private readonly source: string) {}

  /** Source text as it is (expansions, single-quoted content). */
  verbatim(start: number, end: number): void {
    for (let i = start; i < end; i++) this.push(this.source[i], i, i + 1);
  }

  /**
   * Source text with backslash quoting removed: every `\x` outside double
   * quotes, only `\$ \` \" \\` inside them; a backslash-newline joins lines.
   */
  unescaped(start: number, end: number, inDoubleQuotes: boolean): void {
    for (let i = start; i < end; i++) {
      const c = this.source[i];
      const next = this.source[i + 1];
      if (c === '\\' && i + 1 < end && (!inDoubleQuotes || DOUBLE_QUOTE_ESCAPES.has(next))) {
        if (next !== '\n') this.push(next, i, i + 2);
        i++;
      } else this.push(c, i, i + 1);
    }
  }

  private push(c: string, start: number, end: number): void {
    this.word.text += c;
    this.word.starts.push(start);
    this.word.ends.push(end);
  }
}

/** Node types whose text is a plain word: backslashes quote, globs and a leading `~` are live. */
const PLAIN = new Set(['word', 'extglob_pattern', 'number', 'test_operator', 'variable_name', 'special_variable_name', 'file_descriptor', 'regex']);

function add(b: WordBuilder, node: PlainNode, source: string): void {
  const { type, startIndex: start, endIndex: end } = node;
  if (type === 'command_name') {
    for (const child of node.children) add(b, child, source);
  } else if (PLAIN.has(type) || (!node.isNamed && node.childCount === 0)) {
    b.unescaped(start, end, false);
    if (/[*?[{]/.test(source.slice(start, end)) || (source[start] === '~' && type === 'word')) b.word.globs = true;
  } else if (type === 'raw_string') {
    b.verbatim(start + 1, end - 1);
  } else if (type === 'string' || type === 'concatenation') {
    for (const child of node.children) {
      if (type === 'string' && child.type === '"') continue;
      if (child.type === 'string_content') b.unescaped(child.startIndex, child.endIndex, true);
      else add(b, child, source);
    }
  } else {
    // Expansions, substitutions, `$'…'`, `$"…"`, brace expressions: kept as written.
    b.verbatim(start, end);
    b.word.expands = true;
  }
}

/** A word node's text after quote removal (`--opt="a b"` → `--opt=a b`), mapped to `source`. */
export function unquotedWord(node: PlainNode, source: string): UnquotedWord {
  const b = new WordBuilder(source);
  add(b, node, source);
  return b.word;
}
