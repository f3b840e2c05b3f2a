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
    return this.entries.filter((entry) => entry.kind === kind);
  }
}
