import { performance } from 'node:perf_hooks';
import { collectFiles, type Collected } from '../../core/collect.js';
import type { FileResult } from '../../core/types.js';
import type { Linter } from '../../linter/index.js';
import type { AuditCounts, AuditLog } from './types.js';
import { plural } from '../../reporters/markdown.js';

export interface WorkspaceLint {
  collected: Collected;
  results: FileResult[];
  counts: AuditCounts;
  /** Milliseconds in all, and of that reading the tree. */
  ms: number;
  collectMs: number;
}

export interface WorkspaceLintOptions {
  workspace: string;
  paths: readonly string[];
  linter: Linter;
  log: AuditLog;
  progressEvery?: number;
}

/** Counts by severity over linted files. */
export function countFindings(results: readonly FileResult[]): AuditCounts {
  const counts: AuditCounts = { files: 0, filesWithFindings: 0, error: 0, warning: 0, info: 0, total: 0 };
  for (const result of results) {
    if (result.kind === null) continue;
    counts.files++;
    if (result.findings.length) counts.filesWithFindings++;
    for (const finding of result.findings) counts[finding.severity]++;
    counts.total += result.findings.length;
  }
  return counts;
}

/**
 * Lints the whole workspace (or the given paths) as one project, so that
 * cross-file rules see the whole tree, logging progress on large trees.
 */
export async function lintWorkspace(options: WorkspaceLintOptions): Promise<WorkspaceLint> {
  const { log, linter } = options;
  const { config } = linter;
  const started = performance.now();
  const collected = collectFiles(options.paths, {
    cwd: options.workspace,
    ignore: config.ignore,
    maxFileSize: config.maxFileSize,
    progressEvery: 500,
    onProgress: (n) => log.info(`initlint: read ${n} files…`),
  });
  for (const missing of collected.missing) log.warning(`initlint: ${missing}: no such file or directory`);
  for (const skipped of collected.skipped) log.info(`initlint: ${skipped.path}: ${skipped.reason}`);

  const collectMs = performance.now() - started;
  const inputs = collected.inputs;
  // One batch, so every file is parsed once and cross-file rules see the whole tree.
  let results = await linter.lintFiles(inputs, {
    progressEvery: options.progressEvery ?? 500,
    onProgress: (phase, done, total) => log.info(`initlint: ${phase === 'parse' ? 'parsed' : 'linted'} ${done} of ${total} files…`),
  });
  results = results.filter((r) => r.kind !== null);
  const counts = countFindings(results);
  const ms = performance.now() - started;
  log.info(
    `initlint: audited ${plural(counts.files, 'file')} in ${(ms / 1000).toFixed(1)} s: ` +
      `${plural(counts.total, 'finding')} (${counts.error} error, ${counts.warning} warning, ${counts.info} info) in ${plural(counts.filesWithFindings, 'file')}`,
  );
  return { collected, results, counts, ms, collectMs };
}
