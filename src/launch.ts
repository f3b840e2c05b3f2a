/**
 * Loads a CommonJS bundle of dist/ (cli.cjs, action.cjs) with a V8 code cache that is
 * made after a run, not before it. Node's own compile cache (`module.enableCompileCache`)
 * is made right after the bundle compiles, so it holds the top-level code only and every
 * run compiles again each function it calls (module initialisers, the parser, the rules):
 * ~20 ms of one unit's start-up. A cache made when the process exits holds every function
 * the run compiled (bench/README.md, start-up).
 *
 * The cache is a file per bundle in a directory of the user's own under the OS temp
 * directory (mode 0700, refused when another user owns it or can write it, as bytecode
 * from it is run). V8 rejects a cache made by another V8 version, other flags or another
 * source; the file name also carries the bundle's directory (a hash), Node's version and the
 * bundle's size and mtime. Writing one deletes the files of the same bundle and directory made
 * for another size or mtime (an older build or install, never read again). It is
 * written again when it was missing or rejected, or when a run loaded a part of the bundle
 * the cache does not cover (a first run over units only, then a run with scripts): the parts
 * loaded (src/languages/code-parts.ts) are kept with the cache to tell.
 * A run whose command line names only unit files reads and writes a cache of its own
 * (`-units`): deserialising is paid on every start, and a cache a script run grew (shell
 * parser included, ~1 MB against ~0.8 MB) made one unit 1.14x slower (bench/README.md).
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's own.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { createRequire, enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { loadedParts } from './languages/code-parts.js';
import { useBaselineWasm } from './languages/shell/wasm-flags.js';

/**
 * How much V8 grows the young generation when objects survive a scavenge (V8's default 2). With 2, a
 * one-script run fills it again while it parses and lints and pays a second scavenge (~3 ms of
 * copying the parse's objects); with 4 the first one makes room for the rest of the run. Read by V8
 * whenever it grows the space, so it works set at run time. One nginx script 0.88x CPU; the corpus's
 * init.d scripts in one run unchanged in CPU and peak memory; 8 did no better on one script and grew
 * that batch's peak by 11 MiB (bench/README.md).
 */
const YOUNG_GENERATION_GROWTH = '--semi-space-growth-factor=4';

/** Sets {@link YOUNG_GENERATION_GROWTH}; before the bundle compiles, as V8's flags are part of the code cache's stamp. */
function growYoungGenerationFaster(): void {
  process.getBuiltinModule('node:v8').setFlagsFromString(YOUNG_GENERATION_GROWTH);
}

/** The cache file: this many bytes of header (the code parts it covers, uint32 LE), then V8's data. */
const HEADER = 4;

/** systemd unit file names (and drop-ins): a command line naming only these lints no script. */
const UNIT_NAME = /\.(service|socket|timer|path|mount|automount|swap|target|slice|scope|device|conf)$/;

/**
 * `units` when the command line names at least one unit file and no other existing path
 * (an option's value such as `json` is no path); otherwise `all`, the action's case too.
 */
export function runKind(args: readonly string[]): 'units' | 'all' {
  let units = false;
  for (const arg of args) {
    if (arg === '-' || arg === '--stdin') return 'all';
    if (arg.startsWith('-')) continue;
    if (UNIT_NAME.test(arg)) units = true;
    else if (statSync(arg, { throwIfNoEntry: false })) return 'all';
  }
  return units ? 'units' : 'all';
}

/** The cache directory, or undefined when it is not safely ours. */
function cacheDir(): string | undefined {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `initlint-v8-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    const ours = st.isDirectory() && (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0;
    return ours ? dir : undefined;
  } catch {
    return undefined;
  }
}

interface Cached {
  data: Buffer;
  /** The code parts (src/languages/code-parts.ts) the runs that wrote the cache had loaded. */
  parts: number;
}

function readCache(path: string): Cached | undefined {
  try {
    const file = readFileSync(path);
    return file.length > HEADER ? { data: file.subarray(HEADER), parts: file.readUInt32LE(0) } : undefined;
  } catch {
    return undefined;
  }
}

/** FNV-1a of `text`, 8 hex digits: names the bundle's directory in the cache file's name (node:crypto costs a load). */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A cache file's name after `BUNDLE-HASH-` (or after `BUNDLE-` in the launcher's old naming, without a hash). */
const CACHE_TAIL = /^v\d+\.\d+\.\d+-\w+-(\d+-\d+)(-units)?\.v8$/;

/**
 * Deletes the caches of `bundle` in this directory (`bundle`-`hash`-…) made for another `stamp`
 * (`SIZE-MTIME`): an older build, never read again; and the ones of the launcher's old naming
 * (no directory hash), which no run reads either. Other Node versions of this build stay.
 */
function pruneCaches(dir: string, bundle: string, hash: string, stamp: string): void {
  try {
    for (const name of readdirSync(dir)) {
      const ours = name.startsWith(`${bundle}-${hash}-`) ? CACHE_TAIL.exec(name.slice(bundle.length + hash.length + 2)) : undefined;
      const old = !ours && name.startsWith(`${bundle}-`) && CACHE_TAIL.test(name.slice(bundle.length + 1));
      if (old || (ours && ours[1] !== stamp)) unlinkSync(join(dir, name));
    }
  } catch {
    // Another run pruned the same file first, or the directory cannot be read: stale files only take space.
  }
}

/** Written to a temporary name and renamed, so a concurrent run reads a whole file or none. */
function writeCache(path: string, data: Buffer, parts: number): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      const header = Buffer.alloc(HEADER);
      header.writeUInt32LE(parts >>> 0);
      writeSync(fd, header);
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch {
    // A cache that cannot be written only costs the next run its speed.
  }
}

/** The bundle as Node's CommonJS loader would run it, with `require` and `import()` of its own directory. */
function runAsModule(script: Script, file: string): void {
  const Module = createRequire(file)('node:module') as { new (id: string): NodeJS.Module & { filename: string; paths: string[] }; _nodeModulePaths(dir: string): string[] };
  const mod = new Module(file);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  const requireHere = createRequire(file);
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, requireHere, mod, file, dirname(file));
  mod.loaded = true;
}

function plainLoad(file: string): void {
  enableCompileCache?.();
  createRequire(file)(file);
}

/** Loads and runs `file` (an absolute path to a CommonJS bundle) through the code cache. */
export function launch(file: string): void {
  const dir = process.env.NODE_DISABLE_COMPILE_CACHE ? undefined : cacheDir();
  let stats: Stats | undefined;
  try {
    stats = statSync(file);
  } catch {
    // Let require report it.
  }
  // Without process.getBuiltinModule (Node < 20.16) the bundles' built-ins come from import(), which a vm.Script lacks.
  if (!dir || !stats || typeof process.getBuiltinModule !== 'function') return plainLoad(file);
  const kind = runKind(process.argv.slice(2));
  // Flags first: the cache carries a hash of V8's flags, and the shell parser sets these. A units run
  // rarely loads the parser and skips loading node:v8 (~2.5 ms); when a unit's `sh -c` does, the cache
  // is kept if it was accepted, and one written then is refused and rewritten by the next plain unit run.
  if (kind === 'all') {
    useBaselineWasm();
    growYoungGenerationFaster();
  }
  const bundle = basename(file);
  const hash = shortHash(dirname(file));
  const stamp = `${stats.size}-${Math.trunc(stats.mtimeMs)}`;
  const cachePath = join(dir, `${bundle}-${hash}-${process.version}-${process.arch}-${stamp}${kind === 'units' ? '-units' : ''}.v8`);
  const cached = readCache(cachePath);
  const source = readFileSync(file, 'utf8').replace(/^#!/, '//');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, cachedData: cached?.data });
  process.once('exit', () => {
    // Serialising costs several ms: only when the cache is missing, refused, or this run loaded a part it does not
    // cover (not for the units cache: a unit whose `sh -c` loaded the shell parser would grow it for every unit).
    const refused = !cached || script.cachedDataRejected;
    if (!refused && kind === 'units') return;
    const parts = loadedParts();
    if (!refused && (parts & ~cached.parts) === 0) return;
    // An accepted cache's functions are compiled in this run too, so the new cache covers both runs' parts.
    writeCache(cachePath, script.createCachedData(), refused ? parts : parts | cached.parts);
    if (!cached) pruneCaches(dir, bundle, hash, stamp);
  });
  runAsModule(script, file);
}
