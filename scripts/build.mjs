#!/usr/bin/env node
// Bundles the action (dist/action.cjs, started by dist/index.js) and the CLI
// (dist/cli.cjs, started by dist/cli.js) with esbuild,
// and copies the WASM files the shell parser loads next to them.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `node scripts/build.mjs [DIR]`: dist/ by default; the bench builds a copy elsewhere.
const dist = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// CommonJS bundles: Node loads `require('node:x')` without building an ES module
// facade over each built-in (an ESM import of node:crypto, node:util, node:process
// and node:child_process alone cost ~20 ms of CPU per run), and top-level ESM of
// a large bundle compiles no faster. Measured in bench/README.md (start-up).
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  absWorkingDir: root,
  legalComments: 'none',
  logLevel: 'warning',
  // Without comments and indentation the bundles are ASCII and ~25% smaller: src/launch.ts reads the
  // source on every start (a one-unit run read cli.cjs, 1.3 MB with a few non-ASCII comments, as a
  // two-byte string in ~3 ms, the ASCII 0.96 MB in ~1.3 ms; bench/README.md). Names are kept, so a
  // stack trace still names its functions; positions are on one long line.
  minifyWhitespace: true,
  // src/ is ESM: its `import.meta.url` (files next to the bundle) becomes the bundle's own URL.
  define: { 'import.meta.url': '__initlintBundleUrl' },
  banner: { js: "const __initlintBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};
// @actions/core imports its OIDC client (and through it undici and tunnel, ~0.8 MB
// that took ~40 ms to load) for getIDToken, which initlint never calls; marked
// free of side effects, the unused import is left out of the bundle.
const unusedOidc = {
  name: 'unused-oidc',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => (args.importer.includes('@actions/core') ? { path: join(dirname(args.importer), 'oidc-utils.js'), sideEffects: false } : undefined));
  },
};
// The bundles run as a vm.Script (src/launch.ts), where import() would need an experimental
// loader hook: web-tree-sitter's imports of built-ins take process.getBuiltinModule first
// (launch.ts runs the vm.Script only where it exists), and the build fails on any other import().
const BUILTIN_IMPORT = /await import\("(module|fs\/promises)"\)/g;
const builtinFallback = (name) => `(process.getBuiltinModule?.("${name}") ?? await import("${name}"))`;
const noImport = {
  name: 'no-import',
  setup(b) {
    b.onLoad({ filter: /[\\/]web-tree-sitter[\\/]web-tree-sitter\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!BUILTIN_IMPORT.test(text)) throw new Error('build: web-tree-sitter no longer imports built-ins as expected; check noImport');
      return { contents: text.replace(BUILTIN_IMPORT, (_, name) => builtinFallback(name)), loader: 'js' };
    });
  },
};
function checkNoImport(bundle) {
  const text = readFileSync(join(dist, bundle), 'utf8').replace(/\?\?\s*await import\("(module|fs\/promises)"\)/g, '');
  const at = text.search(/[^.\w$]import\(/);
  if (at >= 0) throw new Error(`build: ${bundle} has an import() that fails in a vm.Script: ${text.slice(at, at + 60)}`);
}
// JSON data (the directive table, the mined daemons) as JSON.parse of string literals instead
// of object literals: V8 compiles a string literal without parsing it and JSON.parse builds the
// objects faster than the code an object literal compiles to. An object is parsed lazily, key
// by key, two levels deep (`table.sections.Service` alone; a .service unit needs 3 of the 12
// sections): each value is a getter that parses its own string on first access and then
// becomes a plain data property. A value no run reads is never compiled, so it stays out of
// the code cache too (bench/README.md, start-up).
const LAZY_JSON_DEPTH = 2;
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const jsonCode = (value, depth) =>
  depth > 0 && isObject(value)
    ? `lazyJson([${Object.entries(value)
        .map(([k, v]) => `[${JSON.stringify(k)}, () => ${jsonCode(v, depth - 1)}]`)
        .join(', ')}])`
    : `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
const LAZY_JSON_HELPER = `export default function lazyJson(entries) {
  const object = {};
  const settle = (key, value) => Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  for (const [key, load] of entries) {
    Object.defineProperty(object, key, { enumerable: true, configurable: true, get: () => (settle(key, load()), object[key]), set: (value) => settle(key, value) });
  }
  return object;
}`;
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    b.onResolve({ filter: /^initlint:lazy-json$/ }, () => ({ path: 'lazy-json', namespace: 'initlint' }));
    b.onLoad({ filter: /.*/, namespace: 'initlint' }, () => ({ contents: LAZY_JSON_HELPER, loader: 'js' }));
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const value = JSON.parse(readFileSync(args.path, 'utf8'));
      const code = jsonCode(value, LAZY_JSON_DEPTH);
      return { contents: `${isObject(value) ? "import lazyJson from 'initlint:lazy-json';\n" : ''}export default ${code};`, loader: 'js' };
    });
  },
};
// @actions/github builds its Octokit defaults (an undici proxy dispatcher, ~0.8 MB) when
// lib/utils.js loads; initlint takes only its `context`, so that module is marked free of side
// effects and left out. Measured in bench/README.md (start-up).
const contextOnly = {
  name: 'actions-github-context-only',
  setup(b) {
    b.onResolve({ filter: /^\.\/utils\.js$/ }, (args) =>
      /@actions[\\/]github[\\/]lib[\\/]github\.js$/.test(args.importer) ? { path: join(dirname(args.importer), 'utils.js'), sideEffects: false } : undefined,
    );
  },
};
await build({ ...common, entryPoints: ['src/index.ts'], outfile: join(dist, 'action.cjs'), plugins: [unusedOidc, contextOnly, jsonAsString, noImport] });
// The language server is a bundle of its own, loaded by `initlint lsp` only: the CLI's start-up
// does not parse the LSP library (about 0.5 MB).
const lspApart = {
  name: 'lsp-apart',
  setup(b) {
    // Through a one-line CommonJS module, so that import() becomes require() (see noImport).
    b.onResolve({ filter: /\/lsp\/stdio\.js$/ }, () => ({ path: 'lsp.cjs', namespace: 'lsp-apart' }));
    b.onLoad({ filter: /.*/, namespace: 'lsp-apart' }, () => ({ contents: "module.exports = require('./lsp.cjs');", loader: 'js' }));
    b.onResolve({ filter: /^\.\/lsp\.cjs$/ }, () => ({ path: './lsp.cjs', external: true }));
  },
};
await build({ ...common, entryPoints: ['src/bin.ts'], outfile: join(dist, 'cli.cjs'), plugins: [lspApart, jsonAsString, noImport] });
await build({ ...common, entryPoints: ['src/lsp/stdio.ts'], outfile: join(dist, 'lsp.cjs'), plugins: [jsonAsString, noImport] });

// Non-ASCII text (a comment, a regular expression esbuild does not escape) makes V8 hold the whole
// source as two-byte characters: twice the bytes to decode and scan on every start.
function checkAscii(bundle) {
  const text = readFileSync(join(dist, bundle), 'latin1');
  const at = text.search(/[^\x00-\x7f]/);
  if (at >= 0) throw new Error(`build: ${bundle} is not ASCII (write the character as an escape in src/): ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 20))}`);
}
for (const bundle of ['action.cjs', 'cli.cjs', 'lsp.cjs']) {
  checkNoImport(bundle);
  checkAscii(bundle);
}
// The loader of both bundles (src/launch.ts): a V8 code cache made after a run.
await build({ ...common, entryPoints: ['src/launch.ts'], outfile: join(dist, 'launch.cjs') });

// The entry points (action.yml's `main`, package.json's `bin`) are tiny launchers that hand
// their bundle to launch.cjs. No import statements: built-ins come from
// process.getBuiltinModule (Node >= 20.16; older ones import it), so no ES module facade
// is built for them either.
const launcher = (bundle, shebang) => `${shebang ? '#!/usr/bin/env node\n' : ''}// Generated by scripts/build.mjs: runs ${bundle} through launch.cjs (src/launch.ts, a V8 code cache).
const { createRequire } = process.getBuiltinModule?.('node:module') ?? (await import('node:module'));
const requireHere = createRequire(import.meta.url);
requireHere('./launch.cjs').launch(requireHere.resolve('./${bundle}'));
`;
writeFileSync(join(dist, 'index.js'), launcher('action.cjs', false));
writeFileSync(join(dist, 'cli.js'), launcher('cli.cjs', true), { mode: 0o755 });

// WASM assets the shell parser loads at run time, next to the bundle (names from SHELL_WASM_FILES).
const wasm = [
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
  ['tree-sitter-bash', 'tree-sitter-bash.wasm'],
  // mvdan/sh, the second opinion on tree-sitter's syntax errors (SECOND_OPINION_WASM).
  ['sh-syntax', 'main.wasm', 'sh-syntax.wasm'],
  // Its Go runtime's JavaScript side, required on first use (SECOND_OPINION_RUNTIME).
  ['sh-syntax', 'vendors/wasm_exec.cjs', 'sh-syntax-wasm_exec.cjs'],
];
for (const [pkg, file, as = file] of wasm) {
  const source = join(root, 'node_modules', pkg, file);
  if (!existsSync(source)) throw new Error(`build: ${source} is missing; run npm ci`);
  copyFileSync(source, join(dist, as));
}
console.log('build: dist/index.js, dist/cli.js (launchers), dist/launch.cjs, dist/action.cjs, dist/cli.cjs, dist/lsp.cjs');
