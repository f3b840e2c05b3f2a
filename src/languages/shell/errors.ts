/**
 * Syntax errors from tree-sitter's ERROR and MISSING nodes, worded as
 * "Unexpected X, expected Y". Only the first one is reported: after it,
 * tree-sitter's recovery produces follow-on errors that would only be noise.
 */
import type { Node as TsNode } from 'web-tree-sitter';
import type { LineIndex } from '../../core/text.js';
import type { ShellSyntaxError } from './types.js';

const MAX_DEPTH = 1000;

/** The words that close what an opener starts. */
const CLOSERS: Record<string, string> = {
  if: 'fi', then: 'fi', elif: 'fi', else: 'fi', case: 'esac', in: 'esac', do: 'done', while: 'done', until: 'done', for: 'done',
  '{': '}', '(': ')', '$(': ')', '((': '))', '$((': '))', '[': ']', '[[': ']]', '${': '}', '"': '"', "'": "'", '`': '`',
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

/** What an ERROR node most likely lacks: the closer of the last opener it holds that is not closed. */
function expectedCloser(node: TsNode): string | undefined {
  const open: string[] = [];
  const walk = (n: TsNode, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (n.childCount === 0) {
      const t = n.type;
      if (t === 'fi' || t === 'esac' || t === 'done' || t === '}' || t === ')' || t === '))' || t === ']' || t === ']]' || t === '`') {
        const i = open.lastIndexOf(t);
        if (i >= 0) open.splice(i);
      } else if (t in CLOSERS && t !== 'then' && t !== 'elif' && t !== 'else' && t !== 'in' && t !== 'do') {
        open.push(CLOSERS[t]);
      }
      return;
    }
    for (const c of n.children) if (c) walk(c, depth + 1);
  };
  walk(node, 0);
  return open[open.length - 1];
}

export function shellErrors(root: TsNode, text: string, lines: LineIndex): ShellSyntaxError[] {
  const node = firstProblem(root);
  if (!node) return [];
  const at = (start: number, end: number) => ({ start: lines.point(start), end: lines.point(end) });
  if (node.isMissing) {
    // Point at what came instead of the missing token.
    const next = text.slice(node.startIndex).match(/^[ \t]*(\S+)?/);
    const token = next?.[1] ?? '';
    const start = node.startIndex + (next ? next[0].length - token.length : 0);
    const what = token ? describe(token) : describe(text.slice(node.startIndex, node.startIndex + 1).replace(/^[^\r\n]$/, '').replace(/^$/, start >= text.length ? '' : '\n'));
    return [{ message: `Unexpected ${what}, expected \`${node.type}\``, position: at(start, start + token.length) }];
  }
  const leaf = firstLeaf(node);
  const closer = expectedCloser(node);
  const endOfFile = node.endIndex >= text.trimEnd().length;
  if (closer && endOfFile) {
    const end = text.length;
    return [{ message: `Unexpected end of file, expected \`${closer}\``, position: at(end, end) }];
  }
  const token = text.slice(leaf.startIndex, leaf.endIndex);
  const expected = closer ? `, expected \`${closer}\`` : '';
  return [{ message: `Unexpected ${describe(token)}${expected}`, position: at(leaf.startIndex, Math.max(leaf.startIndex, leaf.endIndex)) }];
}
