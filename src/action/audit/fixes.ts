import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { checkTarget } from '../../core/write.js';
import type { LintInput } from '../../core/lint.js';
import type { ProjectEntry } from '../../core/project.js';
import type { FileResult } from '../../core/types.js';
import type { Linter } from '../../linter/index.js';
import type { AuditLog } from './types.js';
import { fixAllowed, fixScope } from './targets.js';

/** One file the fix PR changes. */
export interface FileFix {
  path: string;
  /** New content; `null` deletes the file. */
  content: string | null;
  /** Git file mode, kept from the workspace (init scripts are executable). */
  mode: '100644' | '100755';
  /** What was fixed, for the PR body. */
  fixes: { ruleId: string; line: number; description: string }[];
}

export interface SafeFixOptions {
  workspace: string;
  linter: Linter;
  /** Every parsed file of the tree, so cross-file fixes see the others. */
  context: readonly ProjectEntry[];
  /** Says which files' safe fixes are held back, and why. */
  log?: AuditLog;
  /** Collects the files whose safe fixes are held back, for the pull request's body. */
  withheld?: WithheldFix[];
}

/** A file whose safe fixes the fix PR does not apply, and why. */
export interface WithheldFix {
  path: string;
  fixes: number;
  why: string;
}

const WITHHELD = {
  helper: 'a shell helper the init system runs, not a service script',
  bsd: 'a BSD rc.d script (rc.subr): Linux paths and interpreters do not apply',
} as const;

const fixable = (result: FileResult) => result.findings.some((f) => f.fix?.applicability === 'safe');

/**
 * Applies every safe fix (never an unsafe one) to the files that have one, as
 * `--fix` would, without writing to the workspace — but only where it is safe
 * for the systems the file targets (see fixScope): a shell helper that is not
 * a service script and a BSD rc.d script are left alone, and a build
 * template's `@VAR@` placeholders are never edited. Files that are links or
 * not valid UTF-8 are left alone too: rewriting them could change bytes
 * nobody asked to change.
 */
export async function computeSafeFixes(inputs: ReadonlyArray<LintInput & { invalidUtf8?: boolean }>, results: readonly FileResult[], options: SafeFixOptions): Promise<FileFix[]> {
  const byPath = new Map(inputs.map((input) => [input.path, input]));
  const out = new Map<string, FileFix>();
  for (const result of results) {
    const input = byPath.get(result.path);
    if (!input || input.invalidUtf8 || !fixable(result)) continue;
    let stats;
    try {
      stats = lstatSync(join(options.workspace, input.path));
    } catch {
      continue;
    }
    if (!stats.isFile()) continue;
    const scope = fixScope(input.path, input.text, result.kind);
    if (scope.apply === 'none') {
      const n = result.findings.filter((f) => f.fix?.applicability === 'safe').length;
      options.log?.info(`initlint: ${input.path}: not applying ${n === 1 ? '1 safe fix' : `${n} safe fixes`}: ${WITHHELD[scope.reason]}`);
      options.withheld?.push({ path: input.path, fixes: n, why: WITHHELD[scope.reason] });
      continue;
    }
    // No back end (shellcheck) on the passes: they only offer unsafe fixes, and each pass would run them again.
    // Placeholders move as earlier passes edit the text: the scope is taken again on each pass's text.
    const accept = scope.apply === 'all' ? undefined : (fix: { edits: ReadonlyArray<{ start: number; end: number }> }, text: string) => fixAllowed(fixScope(input.path, text, result.kind), fix.edits);
    const fixed = await options.linter.fixText(input.path, input.text, { context: options.context, unsafe: false, backends: [], ...(accept ? { accept } : {}) });
    const fixes = fixed.fixed.map((f) => ({ ruleId: f.ruleId, line: f.line, description: f.fix?.description ?? f.message }));
    const deletesItself = fixed.files.some((f) => f.path === input.path && f.content === null);
    if (fixed.output !== input.text && !deletesItself) {
      out.set(input.path, { path: input.path, content: fixed.output, mode: stats.mode & 0o111 ? '100755' : '100644', fixes });
    }
    for (const file of fixed.files) {
      if (out.has(file.path) || file.path.startsWith('/') || file.path.split('/').includes('..')) continue;
      // A deletion (a tree entry with sha null) goes only to a regular file this audit linted, as it was linted.
      if (file.content === null && !deletable(options.workspace, byPath.get(file.path))) continue;
      // A file deleted by its own fix (edits none) carries that fix, so the pull request's body counts it.
      out.set(file.path, { path: file.path, content: file.content, mode: '100644', fixes: file.path === input.path ? fixes : [] });
    }
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether the file a fix deletes is one of the audit's inputs, still a regular file holding the linted text. */
function deletable(workspace: string, input: LintInput | undefined): boolean {
  return input !== undefined && checkTarget(workspace, { path: input.path, content: input.text, mode: 'delete' }) === undefined;
}

/**
 * A digest of the change set alone (paths, modes, contents): the same digest means the fix commit
 * would change the same files to the same bytes, whatever else the default branch gained meanwhile.
 */
export function fixDigest(fixes: readonly FileFix[]): string {
  const hash = createHash('sha256');
  for (const f of fixes) hash.update(`\0${f.path}\0${f.mode}\0${f.content === null ? '\u0000deleted' : f.content}`);
  return hash.digest('hex').slice(0, 16);
}
