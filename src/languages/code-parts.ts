/**
 * Parts of a bundle that run only on demand. Each marks itself when it loads, and the launcher
 * (src/launch.ts) keeps with its code cache the parts the run that wrote it had loaded: a later
 * run that loads a part the cache does not cover writes it again. A process-wide mark (one
 * number on `globalThis`), because the launcher and the bundle are separate scripts; it replaces
 * V8's heap code statistics, which walk the heap (~1.1 ms at every script run's exit).
 */
export const CODE_PART = {
  /** web-tree-sitter, its Emscripten glue and the parser's own code (src/languages/shell/parse.ts). */
  shellParser: 1,
  /** The `yaml` package, for a config file (src/core/config.ts). */
  yaml: 2,
  /** mvdan/sh's Go runtime and the second opinion's code (src/languages/shell/second-opinion.ts). */
  secondOpinion: 4,
} as const;

const LOADED = Symbol.for('initlint.loaded-code-parts');

type Marked = typeof globalThis & { [LOADED]?: number };

/** Records that `part` (a {@link CODE_PART} bit) was loaded in this process. */
export function markLoaded(part: number): void {
  const marked = globalThis as Marked;
  marked[LOADED] = (marked[LOADED] ?? 0) | part;
}

/** The {@link CODE_PART} bits loaded so far in this process. */
export function loadedParts(): number {
  return (globalThis as Marked)[LOADED] ?? 0;
}
