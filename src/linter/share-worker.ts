/**
 * The helper thread's side of a big script batch (src/linter/threads.ts): lints files from
 * the shared queue with the main thread's config and the built-in rules, and posts the results.
 */
import { lintFromQueue } from '../core/lint.js';
import { parsers } from '../languages/index.js';
import { rules } from '../rules/index.js';
import type { ShareData } from './threads.js';

export async function serveShare(): Promise<number> {
  const { isMainThread, parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  if (isMainThread || !parentPort) throw new Error('--lint-share-worker runs only as the helper thread of a batch');
  const { inputs, queue, config } = workerData as ShareData;
  parentPort.postMessage(await lintFromQueue(inputs, queue, { config, rules, parsers }));
  return 0;
}
