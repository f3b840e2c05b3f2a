import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { plainTree, useCursorExports, walksDirect, type PlainNode } from './tree.js';

let parser: Parser;
/** The Emscripten module: Parser.init makes its options object the module. */
const binding = {};

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  await Parser.init(binding);
  const bash = await Language.load(readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')));
  parser = new Parser();
  parser.setLanguage(bash);
});

/** `type[start,end]{field}` for every node, depth first, read through web-tree-sitter's own Node API. */
function reference(node: Node, field: string | null, out: string[] = []): string[] {
  out.push(`${node.type}${node.isNamed ? '' : '!'}[${node.startIndex},${node.endIndex}]{${field ?? ''}}`);
  for (let i = 0; i < node.childCount; i++) reference(node.child(i)!, node.fieldNameForChild(i), out);
  return out;
}

/** The same listing of plainTree's copy, with its derived spans. */
function copy(node: PlainNode, out: string[] = []): string[] {
  out.push(`${node.type}${node.isNamed ? '' : '!'}[${node.startIndex},${node.endIndex}]{${node.field ?? ''}}`);
  for (const child of node.children) copy(child, out);
  return out;
}

function same(text: string): void {
  const tree = parser.parse(text)!;
  try {
    expect(copy(plainTree(tree))).toEqual(reference(tree.rootNode, null));
  } finally {
    tree.delete();
  }
}

describe.each([
  ['the raw cursor exports', binding, true],
  ['the public TreeCursor', {}, false],
])('plainTree through %s', (_, module, direct) => {
  beforeAll(() => useCursorExports(module));
  it('takes that path', () => {
    same('echo a\n');
    expect(walksDirect()).toBe(direct);
  });

  it('copies type, named-ness, field and span of every node, spans derived from children where it has them', () => {
    const text = '#!/bin/sh\nname="a ${b:-c}"\nf() { x=1 y=$((2+3)) cmd -a "$x" >/dev/null 2>&1 & }\n';
    same(text);
    const tree = parser.parse(text)!;
    const root = plainTree(tree);
    tree.delete();
    // The root keeps the trailing newline that its last statement does not cover.
    expect([root.type, root.startIndex, root.endIndex]).toEqual(['program', 0, text.length]);
    const fn = root.children.find((c) => c.type === 'function_definition')!;
    expect(fn.childForFieldName('name')?.type).toBe('word');
    expect(text.slice(fn.startIndex, fn.endIndex)).toBe('f() { x=1 y=$((2+3)) cmd -a "$x" >/dev/null 2>&1 & }');
  });

  it.each([
    ['heredocs', "cat <<EOF >x\nline $a\n  EOF\nEOF\ncat <<-'Q'\n\tq\n\tQ\necho after\n"],
    ['case arms with quoted middles', 'case $x in\n  *" $i "*) ;;\n  a|b) echo;;\n  *) : ;;\nesac\n'],
    ['syntax errors and MISSING nodes', 'if [ -f x ]; then\n  echo (\nfi\nfor\n"unterminated\n'],
    ['leading and trailing blanks and comments', '\n\n   # lead\n  echo a   # trail\n\n# end\n\n'],
    ['CRLF, tabs and non-ASCII', "echo \"é中\"\r\n\tprintf '%s' $'\\t' ok\r\n"],
    ['nested substitutions and arithmetic', 'a=$(b "$(c `d`)" ${e#f} $((g*(h+1))))\n[[ $a == b* ]] && echo "${arr[@]}"\n'],
    ['an empty script', ''],
  ])('agrees with the Node API on %s', (_, text) => same(text));

  const corpus = join(__dirname, '..', '..', '..', 'bench', '.cache', 'corpus');
  it.skipIf(!existsSync(join(corpus, '.complete')))('agrees with the Node API on every init.d script of the corpus', () => {
    const scripts: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        const st = statSync(path, { throwIfNoEntry: false });
        if (st?.isDirectory()) walk(path);
        else if (st?.isFile() && /\/init\.d\/[^/]+$/.test(path) && st.size < 1 << 20) scripts.push(path);
      }
    };
    walk(corpus);
    expect(scripts.length).toBeGreaterThan(50);
    for (const path of scripts) same(readFileSync(path, 'utf8'));
  });
});
