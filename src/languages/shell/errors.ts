/**
 * Syntax errors from tree-sitter's ERROR and MISSING nodes, worded as
 * "Unexpected X, expected Y". Only the first one is reported: after it,
 * tree-sitter's recovery produces follow-on errors that would only be noise.
 */
import type { Node as TsNode } from 'web-tree-sitter';
import type { LineIndex } from '../../text/index.js';
import type { ShellSyntaxError } from './types.js';

const MAX_DEPTH = 1000;

/** The words that close what an opener starts. */
const CLOSERS: Record<string, string> = {
  if: 'fi',
  then: 'fi',
  elif: 'fi',
  else: 'fi',
  case: 'esac',
  in: 'esac',
  do: 'done',
  while: 'done',
  until: 'done',
  for: 'done',
  '{': '}',
  '(': ')',
  '$(': ')',
  '((': '))',
  '$((': '))',
  '[': ']',
  '[[': ']]',
  '${': '}',
  '"': '"',
  "'": "'",
  '`': '`',
};

function firstLeaf(node: TsNode): TsNode {
  let n = node;
  for (let i = 0; i < MAX_DEPTH && n.childCount > 0; i++) n = n.child(0)!;
  return n;
}

function describe(text: string): string {
  if (text === '') return 'end of file';
  if (text === '\n' || text === '\r\n') return 'end of line';
  const oneLine = text.split(/\r?\n|\r/)[0];
  return `\`${oneLine.length > 30 ? `${oneLine.slice(0, 30)}…` : oneLine}\``;
}

/** Inside an ERROR node: the first token tree-sitter could not place (a leaf directly in an ERROR). */
function unexpectedToken(error: TsNode): TsNode {
  let node = error;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    let next: TsNode | null = null;
    for (const child of node.children) {
      if (!child || child.type === 'comment') continue;
      if (child.isMissing) return child;
      if (child.childCount === 0 && (node.isError || child.isError)) return child;
      if (child.isError || child.hasError) {
        next = child;
        break;
      }
    }
    if (!next) return firstLeaf(node);
    node = next;
  }
  return firstLeaf(node);
}

/** The first ERROR or MISSING node in source order. */
function firstProblem(root: TsNode): TsNode | null {
  if (!root.hasError) return null;
  const stack: TsNode[] = [root];
  let depth = 0;
  while (stack.length > 0 && depth++ < 1_000_000) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) return node;
    if (!node.hasError) continue;
    for (let i = node.childCount - 1; i >= 0; i--) {
      const child = node.child(i);
      if (child && (child.hasError || child.isMissing || child.isError)) stack.push(child);
    }
  }
  return null;
}

interface Closers {
  /** Closers still owed at the end of the node, innermost last. */
  open: string[];
  /** A keyword closer that skips an unclosed inner block: `if …; then }` → `}` where `fi` was due. */
  mismatch?: { token: TsNode; expected: string };
}

const KEYWORD_CLOSERS = new Set(['fi', 'done', 'esac', '}']);

/** What an ERROR node most likely lacks: the closers of the openers it holds that are not closed. */
function closers(node: TsNode, text: string): Closers {
  const result: Closers = { open: [] };
  const open = result.open;
  const walk = (n: TsNode, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    if (n.childCount === 0) {
      // Recovery may take a closing keyword for a command name: `}` as a word.
      const word = n.type === 'word' ? text.slice(n.startIndex, n.endIndex) : '';
      const t = KEYWORD_CLOSERS.has(word) ? word : n.type;
      if (t === '"' || t === "'" || t === '`') {
        if (open[open.length - 1] === t) open.pop();
        else open.push(t);
      } else if (t === 'fi' || t === 'esac' || t === 'done' || t === '}' || t === ')' || t === '))' || t === ']' || t === ']]') {
        const i = open.lastIndexOf(t);
        const top = open[open.length - 1];
        if (i >= 0 && i < open.length - 1 && KEYWORD_CLOSERS.has(t) && KEYWORD_CLOSERS.has(top)) {
          result.mismatch = { token: n, expected: top };
          return true;
        }
        if (i >= 0) open.splice(i);
      } else if (t in CLOSERS && t !== 'then' && t !== 'elif' && t !== 'else' && t !== 'in' && t !== 'do') {
        open.push(CLOSERS[t]);
      }
      return false;
    }
    for (const c of n.children) if (c && walk(c, depth + 1)) return true;
    return false;
  };
  walk(node, 0);
  return result;
}

type At = (start: number, end: number) => ShellSyntaxError['position'];

function shellErrorsMissing(node: TsNode, text: string, at: At): ShellSyntaxError[] {
  // Point at what came instead of the missing token.
  const next = /^[ \t]*(\S+)?/.exec(text.slice(node.startIndex, node.startIndex + 200));
  const token = next?.[1] ?? '';
  const start = node.startIndex + (next ? next[0].length - token.length : 0);
  const what = token ? describe(token) : start >= text.trimEnd().length ? 'end of file' : 'end of line';
  return [{ message: `Unexpected ${what}, expected \`${node.type}\``, position: at(start, start + token.length) }];
}

export function shellErrors(root: TsNode, text: string, lines: LineIndex): ShellSyntaxError[] {
  const node = firstProblem(root);
  if (!node) return [];
  const at = (start: number, end: number) => ({ start: lines.point(start), end: lines.point(end) });
  if (node.isMissing) return shellErrorsMissing(node, text, at);
  const leaf = unexpectedToken(node);
  if (leaf.isMissing) return shellErrorsMissing(leaf, text, at);
  const { open, mismatch } = closers(node, text);
  if (mismatch) {
    const { token, expected } = mismatch;
    return [{ message: `Unexpected \`${text.slice(token.startIndex, token.endIndex)}\`, expected \`${expected}\``, position: at(token.startIndex, token.endIndex) }];
  }
  const closer = open[open.length - 1];
  const endOfFile = node.endIndex >= text.trimEnd().length;
  if (closer && endOfFile) {
    const end = text.length;
    return [{ message: `Unexpected end of file, expected \`${closer}\``, position: at(end, end) }];
  }
  const token = text.slice(leaf.startIndex, leaf.endIndex);
  const expected = closer ? `, expected \`${closer}\`` : '';
  return [{ message: `Unexpected ${describe(token)}${expected}`, position: at(leaf.startIndex, Math.max(leaf.startIndex, leaf.endIndex)) }];
}

/**
 * Closing words that bash rejects where a command name is expected and tree-sitter takes as names
 * (`echo a; fi` after an `if` line was deleted). `then`/`elif`/`do` are left out: tree-sitter-bash
 * also yields them as names when it silently misreads valid scripts.
 */
export const RESERVED_WORDS = new Set(['fi', 'done', 'esac', '}']);

/** The first command name that is a reserved word (`echo a; fi`), which tree-sitter does not flag. */
export function reservedCommandName(root: TsNode, text: string): TsNode | null {
  const stack: TsNode[] = [root];
  let found: TsNode | null = null;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (found && node.startIndex >= found.startIndex) continue;
    if (node.type === 'command_name') {
      const word = node.namedChild(0) ?? node;
      if (RESERVED_WORDS.has(text.slice(word.startIndex, word.endIndex))) found = word;
      continue;
    }
    for (let i = node.childCount - 1; i >= 0; i--) {
      const child = node.child(i);
      if (child) stack.push(child);
    }
  }
  return found;
}
