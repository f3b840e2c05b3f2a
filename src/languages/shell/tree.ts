/**
 * A plain-JS copy of tree-sitter's concrete tree, read once with a cursor.
 * Walking web-tree-sitter `Node`s costs a WASM round trip per property; the
 * domain-node builder reads each node many times, so it works on this copy
 * (same member names as the subset of `Node` it uses).
 */
import type { Tree } from 'web-tree-sitter';

export class PlainNode {
  readonly children: PlainNode[] = [];

  constructor(
    readonly type: string,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly isNamed: boolean,
    readonly field: string | null,
    readonly parent: PlainNode | null,
  ) {}

  get childCount(): number {
    return this.children.length;
  }

  child(i: number): PlainNode | null {
    return this.children[i] ?? null;
  }

  namedChild(i: number): PlainNode | null {
    let k = 0;
    for (const c of this.children) if (c.isNamed && k++ === i) return c;
    return null;
  }

  childForFieldName(field: string): PlainNode | null {
    return this.children.find((c) => c.field === field) ?? null;
  }

  childrenForFieldName(field: string): PlainNode[] {
    return this.children.filter((c) => c.field === field);
  }

  fieldNameForChild(i: number): string | null {
    return this.children[i]?.field ?? null;
  }

  equals(other: PlainNode): boolean {
    return other === this;
  }
}

/** Copies a tree into plain objects, iteratively (no recursion: nesting depth is unbounded). */
export function plainTree(tree: Tree): PlainNode {
  const cursor = tree.walk();
  try {
    const root = new PlainNode(cursor.nodeType, cursor.startIndex, cursor.endIndex, cursor.nodeIsNamed, null, null);
    let current = root;
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const node = new PlainNode(cursor.nodeType, cursor.startIndex, cursor.endIndex, cursor.nodeIsNamed, cursor.currentFieldName, current);
      current.children.push(node);
      if (cursor.gotoFirstChild()) {
        current = node;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || current.parent === null) return root;
        current = current.parent;
      }
    }
  } finally {
    cursor.delete();
  }
}
