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
await build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: join(dist, 'cli.js') });

// WASM assets the shell parser loads at run time, next to the bundle (names from SHELL_WASM_FILES).
const wasm = [
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
  ['tree-sitter-bash', 'tree-sitter-bash.wasm'],
  // mvdan/sh, the second opinion on tree-sitter's syntax errors (SECOND_OPINION_WASM).
  ['sh-syntax', 'main.wasm', 'sh-syntax.wasm'],
];
for (const [pkg, file, as = file] of wasm) {
  const source = join(root, 'node_modules', pkg, file);
  if (!existsSync(source)) throw new Error(`build: ${source} is missing; run npm ci`);
  copyFileSync(source, join(dist, as));
}
console.log('build: dist/index.js, dist/cli.js');
