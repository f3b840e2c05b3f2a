#!/usr/bin/env node
// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild,
// and copies the WASM files the shell parser loads next to them.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
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

// WASM assets used at run time, resolved next to the bundle.
const require = createRequire(import.meta.url);
const wasm = [
  ['web-tree-sitter', 'tree-sitter.wasm'],
  ['tree-sitter-bash', 'tree-sitter-bash.wasm'],
];
for (const [pkg, file] of wasm) {
  let source;
  try {
    source = join(dirname(require.resolve(`${pkg}/package.json`)), file);
  } catch {
    continue;
  }
  if (existsSync(source)) copyFileSync(source, join(dist, file));
}
console.log('build: dist/index.js, dist/cli.js');
