import { isUtf8 } from 'node:buffer';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { Ignore } from 'ignore';
import { UNIT_FILE_SUFFIX } from '../languages/systemd/unit-types.js';
import { classify, isUnitPath } from './classify.js';
import { DEFAULT_MAX_FILE_SIZE } from './config.js';
import type { LintInput } from './lint.js';

/*
 * The glob and .gitignore matchers are loaded on first use (a glob, an ignore list, a directory):
 * a run over named files does not initialise them (~0.3 ms of a one-unit start, bench/README.md).
 * In the CommonJS bundle `require` exists and esbuild bundles the call; run from source (ES
 * modules, tests) they are resolved from node_modules, as config.ts does for yaml.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS bundle: a plain require loads on first use */
let picomatchModule: typeof import('picomatch') | undefined;
let ignoreModule: typeof import('ignore') | undefined;
const loadPicomatch = () => (picomatchModule ??= typeof require === 'function' ? require('picomatch') : createRequire(import.meta.url)('picomatch'));
const loadIgnore = () => (ignoreModule ??= typeof require === 'function' ? require('ignore') : createRequire(import.meta.url)('ignore'));
/* eslint-enable @typescript-eslint/no-require-imports */

/** A file that was found but not linted, and why (one clear line each). */
export interface SkippedFile {
  path: string;
  reason: string;
}

export interface CollectOptions {
  /** Paths in results are relative to this directory. */
  cwd: string;
  /** Files and links may not lead outside this directory (default: cwd). */
  root?: string;
  /** Extra globs to leave out (the config's `ignore`). */
  ignore?: readonly string[];
  maxFileSize?: number;
  /** Called every `progressEvery` files read, for long runs. */
  onProgress?: (filesSeen: number) => void;
  progressEvery?: number;
}

export interface Collected {
  inputs: Array<LintInput & { invalidUtf8?: boolean }>;
  skipped: SkippedFile[];
  /** Arguments that matched nothing. */
  missing: string[];
}

const NEVER_DESCEND = new Set(['.git', 'node_modules', '.hg', '.svn']);
// Extensions that are never init files; not even read when walking a tree.
const NOT_INIT =
  /\.(js|mjs|cjs|ts|tsx|jsx|json|md|markdown|rst|txt|html?|css|scss|png|jpe?g|gif|svg|ico|webp|pdf|zip|gz|xz|bz2|zst|tar|tgz|deb|rpm|so|a|o|class|jar|py|pyc|rb|go|rs|c|h|cc|cpp|hpp|java|kt|swift|lock|ya?ml|toml|xml|csv|wasm|patch|diff|po|mo|1|5|8|in\.in|m4|ac|am)$/i;

const toPosix = (p: string) => p.split(sep).join('/');

/** Is the path worth reading to classify (when walking a directory, or fetching a PR's file)? */
export function mayBeInitFile(relPath: string): boolean {
  if (isUnitPath(relPath)) return true;
  return !NOT_INIT.test(relPath);
}

/**
 * Reads a file the way a hostile PR demands: no symlink out of the root, a
 * size limit, binary content refused, invalid UTF-8 decoded with a notice.
 */
export function readInputFile(absolute: string, relPath: string, root: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): { input: LintInput & { invalidUtf8?: boolean } } | { skipped: SkippedFile } {
  const skip = (reason: string) => ({ skipped: { path: relPath, reason } });
  let stats;
  try {
    stats = lstatSync(absolute);
    const inside = (p: string, dir: string) => p === dir || p.startsWith(dir + sep);
    // A path inside the root can still lead out of it through a linked parent
    // directory (`linkdir/x.service`, linkdir -> /etc): check the real path too.
    if (stats.isSymbolicLink() || inside(resolve(absolute), resolve(root))) {
      // The kernel's realpath (one call) rather than Node's JS walk of every path component.
      const target = realpathSync.native(absolute);
      const realRoot = realpathSync.native(root);
      if (!inside(target, realRoot)) {
        if (!stats.isSymbolicLink()) return skip('leads outside the workspace through a symbolic link to a directory; not followed');
        return skip(target === '/dev/null' ? 'symbolic link to /dev/null (a masked unit); nothing to lint' : 'symbolic link to a path outside the workspace; not followed');
      }
      if (stats.isSymbolicLink()) stats = statSync(target);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return skip(code === 'ENOENT' ? 'broken symbolic link or missing file' : code === 'ELOOP' ? 'symbolic link loop; not followed' : `cannot read (${code ?? 'error'})`);
  }
  if (stats.isDirectory()) return skip('is a directory, not a file');
  if (!stats.isFile()) return skip('not a regular file');
  if (stats.size > maxFileSize) return skip(`larger than the ${maxFileSize}-byte limit (${stats.size} bytes); raise max-file-size to lint it`);
  // systemd treats an empty unit file as masked; a script with no bytes has nothing to check.
  if (stats.size === 0) return skip('empty file; nothing to lint');
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return skip(`cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.includes(0)) return skip('binary content (NUL bytes); not a text file');
  // isUtf8 (one native pass) then a plain decode: cheaper than a fatal TextDecoder made per file.
  if (isUtf8(bytes)) return { input: { path: relPath, text: bytes.toString('utf8') } };
  // Lint what can be read; the CLI refuses to write fixes into such a file.
  return { input: { path: relPath, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), invalidUtf8: true } };
}

/**
 * A glob argument: walks its static base and keeps what matches (quoted globs
 * from a shell or the action); a glob that matches nothing is missing.
 */
function collectGlob(arg: string, cwd: string, out: Collected, walk: (dir: string, rules: [], only: (rel: string) => boolean) => void): void {
  const before = out.inputs.length + out.skipped.length;
  const base = loadPicomatch().scan(arg).base || '.';
  const matches = loadPicomatch()(toPosix(relative(cwd, resolve(cwd, arg))), { dot: true });
  if (statSync(resolve(cwd, base), { throwIfNoEntry: false })?.isDirectory()) walk(resolve(cwd, base), [], matches);
  if (out.inputs.length + out.skipped.length === before) out.missing.push(arg);
}

/**
 * Finds init files under the given paths (files, directories or globs):
 * directories are walked with `.gitignore` respected, links never followed
 * out of the root, and every file classified by path and content.
 */
export function collectFiles(args: readonly string[], options: CollectOptions): Collected {
  const cwd = resolve(options.cwd);
  const root = resolve(options.root ?? cwd);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // No matcher without patterns: compiling one costs a one-file run ~0.3 ms (picomatch probes the platform).
  const ignored = options.ignore?.length ? loadPicomatch()([...options.ignore], { dot: true }) : () => false;
  const out: Collected = { inputs: [], skipped: [], missing: [] };
  const seen = new Set<string>();
  let count = 0;
  const every = options.progressEvery ?? 500;

  const take = (absolute: string, explicit: boolean) => {
    const rel = toPosix(relative(cwd, absolute)) || '.';
    if (seen.has(rel) || ignored(rel)) return;
    // Marked seen only once it yields an input or a line: a file a walk passed
    // over silently still gets its line when it is also named on its own.
    if (!explicit && !mayBeInitFile(rel)) return;
    count++;
    if (options.onProgress && count % every === 0) options.onProgress(count);
    const read = readInputFile(absolute, rel, root, maxFileSize);
    if ('skipped' in read) {
      // When walking, a file we cannot even read is only worth a line if it looks like an init file.
      if (explicit || isUnitPath(rel)) {
        seen.add(rel);
        out.skipped.push(read.skipped);
      }
      return;
    }
    if (classify(rel, read.input.text.replace(/^\uFEFF/, '')) === null) {
      if (explicit) {
        seen.add(rel);
        out.skipped.push({ path: rel, reason: 'not an init file (no unit extension, OpenRC or LSB structure); skipped' });
      }
      return;
    }
    seen.add(rel);
    out.inputs.push(read.input);
  };

  const walk = (dir: string, rules: Array<{ base: string; ig: Ignore }>, only?: (rel: string) => boolean) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      out.skipped.push({ path: toPosix(relative(cwd, dir)) || '.', reason: `cannot list directory (${(error as NodeJS.ErrnoException).code})` });
      return;
    }
    const gitignore = join(dir, '.gitignore');
    const here = existsSync(gitignore) ? [...rules, { base: dir, ig: loadIgnore()().add(readFileSync(gitignore, 'utf8')) }] : rules;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = join(dir, entry.name);
      const isDir = entry.isDirectory();
      if (isDir && NEVER_DESCEND.has(entry.name)) continue;
      if (here.some(({ base, ig }) => ig.ignores(toPosix(relative(base, absolute)) + (isDir ? '/' : '')))) continue;
      if (isDir) {
        if (UNIT_FILE_SUFFIX.test(entry.name)) out.skipped.push({ path: toPosix(relative(cwd, absolute)), reason: 'a directory named like a unit file; its contents are walked' });
        walk(absolute, here, only);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && (!only || only(toPosix(relative(cwd, absolute))))) take(absolute, false);
    }
  };

  for (const arg of args.length ? args : ['.']) {
    const absolute = resolve(cwd, arg);
    let stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) walk(absolute, []);
    else if (stats) take(absolute, true);
    else if (/[*?[{]/.test(arg)) collectGlob(arg, cwd, out, walk);
    else out.missing.push(arg);
  }
  return out;
}
