import type { Node } from 'unist';
import type { Kind } from './types.js';

/** One parsed file of the run, as cross-file rules see it. */
export interface ProjectEntry {
  path: string;
  kind: Kind;
  text: string;
  tree: Node;
}

/** Every file of one run: lets a rule ask whether a unit's `.socket` or a script's unit exists. */
export class Project {
  private readonly byBase = new Map<string, ProjectEntry[]>();

  constructor(readonly entries: readonly ProjectEntry[] = []) {
    for (const entry of entries) {
      const base = entry.path.slice(entry.path.lastIndexOf('/') + 1);
      const list = this.byBase.get(base) ?? [];
      list.push(entry);
      this.byBase.set(base, list);
    }
  }

  /** Entries whose file name (no directory) is `name`. */
  named(name: string): readonly ProjectEntry[] {
    return this.byBase.get(name) ?? [];
  }

  ofKind(kind: Kind): ProjectEntry[] {
    return this.memo(`kind:${kind}`, () => this.entries.filter((entry) => entry.kind === kind));
  }

  private readonly memos = new Map<string, unknown>();

  /**
   * A value computed once per run from the whole project (an index by unit
   * name, the units that call each control script): cross-file rules look
   * things up in it instead of scanning every file for every file, which made
   * a 5,000-file audit quadratic.
   */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }
}
