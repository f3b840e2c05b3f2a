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
  const language = tree.language;
  // Type names and named-ness per type id, so each node costs one WASM call for its type.
  const kinds = new Map<number, { type: string; named: boolean }>();
  const kind = (id: number) => {
    let k = kinds.get(id);
    if (!k) {
      k = { type: language.types[id] || 'ERROR', named: id === 65535 || language.nodeTypeIsNamed(id) };
      kinds.set(id, k);
    }
    return k;
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
      current.children.push(child);
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
