/**
 * A plain-JS copy of tree-sitter's concrete tree, read once with a cursor.
 * Walking web-tree-sitter `Node`s costs a WASM round trip per property; the
 * domain-node builder reads each node many times, so it works on this copy
 * (same member names as the subset of `Node` it uses).
 */
import type { Tree, TreeCursor } from 'web-tree-sitter';

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

/**
 * The raw cursor exports of web-tree-sitter's Emscripten module. Its public
 * `TreeCursor` copies the cursor's four words into the module's transfer buffer
 * before, and back after, every call (eight generic heap accesses a call, seven
 * calls a node); the cursor functions themselves read and write only that
 * buffer, so a walk that calls them directly copies the cursor in once and out
 * once. `Parser.init(options)` makes `options` the module (Emscripten's
 * `Module = moduleArg`), which is how the shell parser hands it here.
 */
interface CursorExports {
  HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
}

const CURSOR_EXPORTS = [
  '_ts_init',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
] as const;

/** The module and its transfer buffer (a word index into HEAP32), once checked; null: the public API. */
let raw: { module: CursorExports; buffer: number } | null = null;

/**
 * Lets `plainTree` call the cursor exports of `module` (the options object given to
 * `Parser.init`) directly. Anything missing keeps the public API; the first walk
 * also checks that the buffer holds the cursor the public API made.
 */
export function useCursorExports(module: object): void {
  const m = module as Partial<Record<(typeof CURSOR_EXPORTS)[number], unknown>> & { HEAP32?: unknown };
  raw = CURSOR_EXPORTS.every((name) => typeof m[name] === 'function') && m.HEAP32 instanceof Int32Array ? { module: m as CursorExports, buffer: (m as CursorExports)._ts_init() >> 2 } : null;
  rawChecked = false;
}
let rawChecked = false;

/** Whether walks call the cursor exports directly (false: never set, missing, or failed the check). */
export function walksDirect(): boolean {
  return raw !== null;
}

/** A cursor's four words (web-tree-sitter keeps them at indices 0-3 of the TreeCursor). */
type CursorWords = Record<0 | 1 | 2 | 3, number>;

/** Copies a tree into plain objects, iteratively (no recursion: nesting depth is unbounded). */
export function plainTree(tree: Tree): PlainNode {
  const cursor = tree.walk();
  try {
    const direct = raw && (rawChecked || rawAgrees(raw, cursor as unknown as CursorWords)) ? raw : null;
    return direct ? walkDirect(tree, direct, cursor as unknown as CursorWords) : walkPublic(tree, cursor);
  } finally {
    cursor.delete();
  }
}

/** Whether the transfer buffer holds the cursor just made (so the exports are the ones the public API calls). */
function rawAgrees(r: NonNullable<typeof raw>, words: CursorWords): boolean {
  const heap = r.module.HEAP32;
  const ok = heap[r.buffer] === words[0] && heap[r.buffer + 1] === words[1] && heap[r.buffer + 2] === words[2] && heap[r.buffer + 3] === words[3];
  if (ok) rawChecked = true;
  else raw = null;
  return ok;
}

type Kinds = (id: number) => { type: string; named: boolean };

/** Type names and named-ness per type id, so each node costs one WASM call for its type. */
function kindsOf(tree: Tree): Kinds {
  const language = tree.language;
  const kinds: Array<{ type: string; named: boolean } | undefined> = [];
  return (id) => (kinds[id] ??= { type: language.types[id] || 'ERROR', named: id === 65535 || language.nodeTypeIsNamed(id) });
}

function adopt(parent: PlainNode, child: PlainNode): void {
  if (parent.children === NO_CHILDREN) parent.children = [child];
  else (parent.children as PlainNode[]).push(child);
}

/** The depth-first copy over the raw exports; the cursor's words go back to `words` for `delete()`. */
function walkDirect(tree: Tree, r: NonNullable<typeof raw>, words: CursorWords): PlainNode {
  const m = r.module;
  const t = (tree as unknown as Record<0, number>)[0];
  const kind = kindsOf(tree);
  const fields = tree.language.fields;
  const start = m.HEAP32;
  for (let i = 0; i < 4; i++) start[r.buffer + i] = words[i as 0 | 1 | 2 | 3];
  const node = (parent: PlainNode | null, field: string | null) => {
    const k = kind(m._ts_tree_cursor_current_node_type_id_wasm(t));
    return new PlainNode(k.type, m._ts_tree_cursor_start_index_wasm(t), m._ts_tree_cursor_end_index_wasm(t), k.named, field, parent);
  };
  const root = node(null, null);
  let current = root;
  if (!m._ts_tree_cursor_goto_first_child_wasm(t)) return root;
  try {
    for (;;) {
      const fieldId = m._ts_tree_cursor_current_field_id_wasm(t);
      const child = node(current, fieldId ? (fields[fieldId] ?? null) : null);
      adopt(current, child);
      if (m._ts_tree_cursor_goto_first_child_wasm(t)) {
        current = child;
        continue;
      }
      while (!m._ts_tree_cursor_goto_next_sibling_wasm(t)) {
        if (!m._ts_tree_cursor_goto_parent_wasm(t) || current.parent === null) return root;
        current = current.parent;
      }
    }
  } finally {
    // The heap may have grown (a deeper cursor stack): read the buffer through the current view.
    const heap = m.HEAP32;
    for (let i = 0; i < 4; i++) words[i as 0 | 1 | 2 | 3] = heap[r.buffer + i];
  }
}

/** The same copy through web-tree-sitter's public TreeCursor. */
function walkPublic(tree: Tree, cursor: TreeCursor): PlainNode {
  const fields = tree.language.fields;
  const kind = kindsOf(tree);
  const node = (parent: PlainNode | null, field: string | null) => {
    const k = kind(cursor.nodeTypeId);
    return new PlainNode(k.type, cursor.startIndex, cursor.endIndex, k.named, field, parent);
  };
  const root = node(null, null);
  let current = root;
  if (!cursor.gotoFirstChild()) return root;
  for (;;) {
    const fieldId = cursor.currentFieldId;
    const child = node(current, fieldId ? (fields[fieldId] ?? null) : null);
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
}
