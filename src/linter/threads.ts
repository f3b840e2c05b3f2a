/**
 * The helper thread of a big script batch (`BatchHelper` of src/core/lint.ts): a worker
 * thread that runs the CLI bundle again, through its code cache, as `--lint-share-worker`,
 * builds the same linter from the same config and lints files from the shared queue.
 * Only from the CLI bundle (dist/cli.cjs): the worker needs a bundle that knows that
 * argument, and the source tree (tests) has none. On this 2-core machine the worker is ready
 * ~0.1 s after it is asked (bench/README.md, the script batch).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../core/config.js';
import type { BatchHelper, HelperResult, LintInput } from '../core/lint.js';

/** The argument the CLI bundle takes, in a worker thread, as the helper's side (src/bin.ts). */
export const LINT_SHARE_ARG = '--lint-share-worker';

/** What the helper is handed. */
export interface ShareData {
  inputs: LintInput[];
  queue: SharedArrayBuffer;
  config: Config;
}

/** The CLI bundle this code runs from, or undefined (source tree, the action's or LSP's bundle). */
function cliBundle(): string | undefined {
  const file = fileURLToPath(import.meta.url);
  return /[\\/]cli\.cjs$/.test(file) && existsSync(join(dirname(file), 'launch.cjs')) ? file : undefined;
}

/**
 * Whether a core is free for the helper: more than one, and a 1-minute load average below the
 * number of cores. A run of its own keeps the load near 1 (a benchmark alternating initlint and
 * shellcheck too), so that is still a free core; at a load of cores or more the helper's
 * start-up (~0.1 s of CPU) and work only compete with the main thread (bench/README.md).
 * INITLINT_THREADS=2 skips the load check.
 */
function coreToSpare(): boolean {
  const os = process.getBuiltinModule('node:os');
  const cores = os.availableParallelism();
  return cores >= 2 && (process.env.INITLINT_THREADS === '2' || os.loadavg()[0] < cores);
}

/**
 * A helper for linters with the built-in rules and parsers and no back ends; undefined when
 * INITLINT_THREADS=1 asks for one thread. It starts no thread when this runs from no CLI bundle
 * or the machine has no core to spare (both looked at only for a batch big enough).
 */
export function threadHelper(config: Config): BatchHelper | undefined {
  if (process.env.INITLINT_THREADS === '1' || typeof process.getBuiltinModule !== 'function') return undefined;
  return {
    start(inputs, queue) {
      const bundle = cliBundle();
      if (!bundle || !coreToSpare()) return null;
      const { Worker } = process.getBuiltinModule('node:worker_threads');
      const launcher = join(dirname(bundle), 'launch.cjs');
      const data: ShareData = { inputs: [...inputs], queue, config };
      let worker: InstanceType<typeof Worker>;
      let stopped = false;
      try {
        worker = new Worker(`require(${JSON.stringify(launcher)}).launch(${JSON.stringify(bundle)})`, { eval: true, argv: [LINT_SHARE_ARG], workerData: data, stdout: true, stderr: true });
      } catch {
        return null;
      }
      const results = new Promise<HelperResult[] | null>((resolve) => {
        worker.once('message', (message: HelperResult[]) => resolve(message));
        worker.once('error', () => resolve(null));
        worker.once('exit', () => resolve(null));
      });
      // INITLINT_THREADS_TRACE=1: how many files the helper linted (the e2e test checks that it ran).
      if (process.env.INITLINT_THREADS_TRACE === '1') void results.then((r) => process.stderr.write(`initlint: helper thread: ${r ? `${r.length} files` : stopped ? 'no file' : 'failed'}\n`));
      return {
        results,
        stop: () => {
          stopped = true;
          void worker.terminate();
        },
      };
    },
  };
}
