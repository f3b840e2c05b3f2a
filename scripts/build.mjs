#!/usr/bin/env node
// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild,
// and copies the WASM files the shell parser loads next to them.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  absWorkingDir: root,
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __initlintCreateRequire } from 'node:module';\nconst require = __initlintCreateRequire(import.meta.url);" },
};
await build({ ...common, entryPoints: ['src/index.ts'], outfile: join(dist, 'index.js') });
// The language server is a bundle of its own, loaded by `initlint lsp` only: the CLI's start-up
// does not parse the LSP library (about 0.5 MB).
const lspApart = {
  name: 'lsp-apart',
  setup(b) {
    b.onResolve({ filter: /\/lsp\/stdio\.js$/ }, () => ({ path: './lsp.js', external: true }));
  },
};
await build({ ...common, entryPoints: ['src/bin.ts'], outfile: join(dist, 'cli.js'), plugins: [lspApart] });
await build({ ...common, entryPoints: ['src/lsp/stdio.ts'], outfile: join(dist, 'lsp.js') });

// WASM assets the shell parser loads at run time, next to the bundle (names from SHELL_WASM_FILES).
const wasm = [
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
  ['tree-sitter-bash', 'tree-sitter-bash.wasm'],
];
for (const [pkg, file] of wasm) {
  const source = join(root, 'node_modules', pkg, file);
  if (!existsSync(source)) throw new Error(`build: ${source} is missing; run npm ci`);
  copyFileSync(source, join(dist, file));
}
console.log('build: dist/index.js, dist/cli.js, dist/lsp.js');
