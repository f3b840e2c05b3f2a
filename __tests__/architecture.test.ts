// Enforces the layers of docs/architecture.md: every production module under
// src/ may import only from its own folder or from a lower layer.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** Layer of each top-level folder of src/ (a file directly in src/ is an entry point). */
export const LAYERS: Record<string, number> = {
  text: 0,
  knowledge: 0,
  languages: 1,
  core: 2,
  convert: 3,
  shellcheck: 3,
  rules: 4,
  linter: 5,
  reporters: 5,
  action: 6,
  cli: 6,
  lsp: 6,
  testing: 6,
  '.': 7,
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const folderOf = (file: string) => {
  const rel = relative(SRC, file).split('/');
  return rel.length === 1 ? '.' : rel[0];
};

/** `from → to` for every relative import (static, type-only, re-export and dynamic) that climbs a layer. */
function violations(): string[] {
  const found: string[] = [];
  for (const file of sources(SRC)) {
    const from = folderOf(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      // Packages, and package.json (the one source of the version), are outside the layers.
      if (!fileName.startsWith('.') || fileName.endsWith('/package.json')) continue;
      const to = folderOf(resolve(dirname(file), fileName));
      if (to === from) continue;
      if (!(from in LAYERS) || !(to in LAYERS) || LAYERS[to] >= LAYERS[from]) found.push(`${relative(SRC, file)} imports ${fileName} (${from} → ${to})`);
    }
  }
  return found;
}

describe('architecture', () => {
  it('every src/ module imports only its own folder or a lower layer', () => {
    expect(violations()).toEqual([]);
  });

  it('a rule imports no other rule: what two rules share lives in src/rules/shared or a kind-wide helper', () => {
    const ruleFolder = (file: string) => /^rules\/[^/]+\/[^/]+\//.exec(relative(SRC, file))?.[0];
    const crossing = sources(join(SRC, 'rules')).flatMap((file) => {
      const own = ruleFolder(file);
      if (!own) return [];
      return ts
        .preProcessFile(readFileSync(file, 'utf8'), true, true)
        .importedFiles.map((i) => ruleFolder(resolve(dirname(file), i.fileName)))
        .filter((other) => other !== undefined && other !== own && other !== 'rules/shared/')
        .map((other) => `${relative(SRC, file)} → ${other}`);
    });
    expect(crossing).toEqual([]);
  });

  it('the engine owns no rule list and the parsers stand alone', () => {
    const imports = (folder: string) =>
      sources(join(SRC, folder)).flatMap((file) => ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => folderOf(resolve(dirname(file), i.fileName))));
    expect(imports('core').filter((to) => to === 'rules')).toEqual([]);
    expect(imports('languages').filter((to) => to === 'core' || to === 'rules')).toEqual([]);
  });
});
