/**
 * A plain-JS copy of tree-sitter's concrete tree, read once with a cursor.
 * Walking web-tree-sitter `Node`s costs a WASM round trip per property; the
 * domain-node builder reads each node many times, so it works on this copy
 * (same member names as the subset of `Node` it uses).
 */
import type { Tree } from 'web-tree-sitter';

/** The children of every leaf: one shared empty list instead of one per leaf (most nodes are leaves). */
const NO_CHILDREN: readonly PlainNode[] = Object.freeze([]);

export class PlainNode {
  children: readonly PlainNode[] = NO_CHILDREN;

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
  const language = tree.language;
  // Type names and named-ness per type id, so each node costs one WASM call for its type.
  const kinds: Array<{ type: string; named: boolean } | undefined> = [];
  const kind = (id: number) => (kinds[id] ??= { type: language.types[id] || 'ERROR', named: id === 65535 || language.nodeTypeIsNamed(id) });
  const adopt = (parent: PlainNode, child: PlainNode) => {
    if (parent.children === NO_CHILDREN) parent.children = [child];
    else (parent.children as PlainNode[]).push(child);
  };
  const node = (parent: PlainNode | null, field: string | null) => {
    const k = kind(cursor.nodeTypeId);
    return new PlainNode(k.type, cursor.startIndex, cursor.endIndex, k.named, field, parent);
  };
  try {
    const root = node(null, null);
    let current = root;
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const fieldId = cursor.currentFieldId;
      const child = node(current, fieldId ? (language.fields[fieldId] ?? null) : null);
      adopt(current, child);
      if (cursor.gotoFirstChild()) {
        current = child;
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
