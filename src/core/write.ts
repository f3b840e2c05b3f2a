/**
 * The one way the project writes a file (`--fix`, cross-file fixes,
 * `convert --write`, `--output-file`, SARIF), or deletes one (the unit a
 * `--fix-unsafe` conversion replaces). A scanned tree is hostile: a
 * target must resolve inside the root, no component of it may be a symbolic
 * link, a created file must not exist yet (opened with `wx`), and an edited
 * file must be the regular file that was read. Every target of a batch is
 * checked before any is written, so a refusal never leaves half a fix behind.
 */
import { closeSync, constants, lstatSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/**
 * - `edit`: rewrite an existing regular file in place (a fix to a linted file).
 * - `create`: a new file (a cross-file fix, `convert --write`); never replaces one.
 * - `report`: a report the user asked for (SARIF, `--output-file`); may replace a regular file.
 * - `delete`: remove a file a fix replaces (the unit a conversion makes redundant): it must be a
 *   regular file that still holds exactly `content`, the text the fix was made from, so only the
 *   file the fix means goes.
 */
export type WriteMode = 'edit' | 'create' | 'report' | 'delete';

export interface WriteTarget {
  /** Relative to the root (or absolute). */
  path: string;
  /** What to write; for `delete`, what the file must hold to be deleted. */
  content: string;
  mode: WriteMode;
}

export interface Refusal {
  path: string;
  reason: string;
}

/** Longest file name component, in bytes (NAME_MAX on Linux). */
export const MAX_NAME_BYTES = 255;
/** Longest path, in bytes (PATH_MAX on Linux). */
export const MAX_PATH_BYTES = 4095;

const inside = (path: string, root: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Why a target may not be written, or undefined when it may. Touches nothing. */
export function checkTarget(root: string, target: WriteTarget): string | undefined {
  const absRoot = resolve(root);
  const absolute = resolve(absRoot, target.path);
  if (/[\0-\x1f\x7f]/.test(target.path)) return 'the name has control characters; not written';
  if (!inside(absolute, absRoot)) return `outside ${absRoot}; not written`;
  if (Buffer.byteLength(absolute) > MAX_PATH_BYTES) return `path longer than ${MAX_PATH_BYTES} bytes; not written`;
  const parts = relative(absRoot, absolute).split(sep).filter(Boolean);
  const long = parts.find((p) => Buffer.byteLength(p) > MAX_NAME_BYTES);
  if (long) return `a name longer than ${MAX_NAME_BYTES} bytes (${Buffer.byteLength(long)}); not written`;
  if (parts.length === 0) return 'is the root directory; not written';
  let current = absRoot;
  for (const [i, part] of parts.entries()) {
    current = `${current}${current.endsWith(sep) ? '' : sep}${part}`;
    let stats;
    try {
      stats = lstatOrNull(current);
    } catch (error) {
      return `cannot inspect ${relative(absRoot, current)} (${(error as NodeJS.ErrnoException).code ?? 'error'}); not written`;
    }
    if (stats?.isSymbolicLink()) return `${i === parts.length - 1 ? 'is' : `goes through ${relative(absRoot, current)}, which is`} a symbolic link; not followed, not written`;
    if (!stats) return target.mode === 'edit' || target.mode === 'delete' ? `no longer exists; not ${target.mode === 'delete' ? 'deleted' : 'written'}` : undefined;
    if (i < parts.length - 1 && !stats.isDirectory()) return `${relative(absRoot, current)} is not a directory; not written`;
    if (i === parts.length - 1) {
      if (!stats.isFile()) return 'not a regular file; not written';
      if (target.mode === 'create') return 'already exists; initlint never replaces a file it did not lint (compare it with the generated text and merge by hand)';
      if (target.mode === 'delete') return holds(current, target.content) ? undefined : 'changed since it was linted; not deleted';
    }
  }
  return undefined;
}

/** Whether the regular file at `absolute` holds exactly `content` (read without following a link). */
function holds(absolute: string, content: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW);
    return readFileSync(fd, 'utf8') === content;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Creates the missing directories of `absolute` below the root, one at a time, never through a link. */
function makeParents(absRoot: string, absolute: string): void {
  const parts = relative(absRoot, absolute).split(sep).filter(Boolean).slice(0, -1);
  let current = absRoot;
  for (const part of parts) {
    current = `${current}${current.endsWith(sep) ? '' : sep}${part}`;
    try {
      mkdirSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!lstatSync(current).isDirectory()) throw new Error(`${relative(absRoot, current)} is not a directory`);
  }
}

function writeOne(absRoot: string, target: WriteTarget): void {
  const absolute = resolve(absRoot, target.path);
  // unlink never follows a link: a link planted after the check is what goes, not its target.
  if (target.mode === 'delete') return unlinkSync(absolute);
  makeParents(absRoot, absolute);
  // O_NOFOLLOW: a link planted between the check and the write is still not followed.
  const flags =
    target.mode === 'create'
      ? constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW
      : constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW | (target.mode === 'report' ? constants.O_CREAT : 0);
  const fd = openSync(absolute, flags, 0o644);
  try {
    writeSync(fd, target.content);
  } finally {
    closeSync(fd);
  }
}

export interface WriteOutcome {
  /** Paths written, or deleted for `delete` targets. */
  written: string[];
  refused: Refusal[];
}

/**
 * Writes a batch of files that belong together (one fix: the edited file and
 * the files it creates): all or, when any target is refused, none. Errors
 * while writing are reported, never thrown.
 */
export function writeFiles(root: string, targets: readonly WriteTarget[]): WriteOutcome {
  const absRoot = resolve(root);
  const refused: Refusal[] = [];
  for (const target of targets) {
    const reason = checkTarget(absRoot, target);
    if (reason) refused.push({ path: target.path, reason });
  }
  if (refused.length) return { written: [], refused };
  const written: string[] = [];
  for (const target of targets) {
    try {
      writeOne(absRoot, target);
      written.push(target.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      refused.push({
        path: target.path,
        reason: code === 'EEXIST' ? 'already exists; not replaced' : code === 'ELOOP' ? 'is a symbolic link; not followed, not written' : `cannot write (${code ?? (error as Error).message})`,
      });
    }
  }
  return { written, refused };
}

/** The root for a report the user named: the working directory when inside it, else the directory named. */
export function reportRoot(cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  return inside(absolute, resolve(cwd)) ? resolve(cwd) : resolve(absolute, '..');
}
