/**
 * V8 flags that keep the grammar on its baseline compiler (Liftoff). With
 * tiering on, V8 optimises tree-sitter's huge lexer function in the background
 * after a few parses: ~500 MiB and 1-3 s of CPU that every process then waits
 * for at exit, for a lexer a short run barely uses (bench/README.md). Node 24
 * freezes `--liftoff-only`'s implications at start-up, but these two flags are
 * read when a module is compiled, so setting them before the first WASM compile
 * works however Node was started (`node dist/index.js` by the runner,
 * `node dist/cli.js`, tests).
 */
export const WASM_BASELINE_ONLY_FLAGS = ['--no-wasm-tier-up', '--no-wasm-dynamic-tiering'] as const;

/**
 * Sets {@link WASM_BASELINE_ONLY_FLAGS}. The launcher (src/launch.ts) sets them before it
 * compiles a bundle too: V8 stamps its code cache with a hash of the flags, and a cache
 * written after the parser changed them would be refused by the next run.
 */
export function useBaselineWasm(): void {
  const v8 = process.getBuiltinModule('node:v8');
  for (const flag of WASM_BASELINE_ONLY_FLAGS) v8.setFlagsFromString(flag);
}
