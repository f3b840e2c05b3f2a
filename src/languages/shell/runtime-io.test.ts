import { beforeAll, describe, expect, it } from 'vitest';
import { loadShellParser, readShellTree } from './parse.js';
import { nativeInputInUse, runtimeOptions } from './runtime-io.js';
import type { PlainNode } from './tree.js';

const wasm = (globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number }) => { buffer: ArrayBuffer } } }).WebAssembly;

/** The parse-callback import runtimeOptions puts in place, taken from a fake import object. */
function nativeCallback(module: object, memory: { buffer: ArrayBuffer }) {
  const env: Record<string, unknown> = { memory, tree_sitter_parse_callback: (_a: number, _b: number, _c: number, _d: number, _e: number) => {} };
  const { options, failed } = runtimeOptions(new Uint8Array([0, 97, 115, 109]));
  failed.catch(() => {});
  Object.assign(options, module);
  (options as { instantiateWasm: (imports: object, done: () => void) => void }).instantiateWasm({ env }, () => {});
  return { callback: env.tree_sitter_parse_callback as (buf: number, index: number, row: number, column: number, len: number) => void, options, failed };
}

describe('the parse callback import', () => {
  it('stores the length in code units and copies at most 5119 of them, NUL-terminated', () => {
    const memory = new wasm.Memory({ initial: 1 });
    const text = 'é\uD800' + 'y'.repeat(6000);
    const module: { currentParseCallback?: (index: number) => string } = {};
    const { callback, options } = nativeCallback(module, memory);
    (options as typeof module).currentParseCallback = (index) => text.slice(index);
    callback(1024, 0, 0, 0, 16);
    const view = new DataView(memory.buffer);
    expect(view.getInt32(16, true)).toBe(6002);
    expect(view.getUint16(1024, true)).toBe(0xe9);
    expect(view.getUint16(1026, true)).toBe(0xd800);
    expect(view.getUint16(1024 + 5118 * 2, true)).toBe(0x79);
    expect(view.getUint16(1024 + 5119 * 2, true)).toBe(0);
  });

  it('stores length 0 when the callback gives no string', () => {
    const memory = new wasm.Memory({ initial: 1 });
    new DataView(memory.buffer).setInt32(16, 99, true);
    const { callback, options } = nativeCallback({}, memory);
    (options as { currentParseCallback: () => unknown }).currentParseCallback = () => null;
    callback(1024, 0, 0, 0, 16);
    expect(new DataView(memory.buffer).getInt32(16, true)).toBe(0);
  });

  it('leaves an import of another shape alone', () => {
    const own = (_a: number) => {};
    const env: Record<string, unknown> = { memory: new wasm.Memory({ initial: 1 }), tree_sitter_parse_callback: own };
    const { options, failed } = runtimeOptions(new Uint8Array([0, 97, 115, 109]));
    failed.catch(() => {});
    (options as { instantiateWasm: (imports: object, done: () => void) => void }).instantiateWasm({ env }, () => {});
    expect(env.tree_sitter_parse_callback).toBe(own);
  });

  it('rejects `failed` when the runtime cannot be instantiated', async () => {
    const { failed } = nativeCallback({}, new wasm.Memory({ initial: 1 }));
    await expect(failed).rejects.toThrow(/WebAssembly/);
  });
});

describe('a script longer than one input buffer, through the loaded parser', () => {
  beforeAll(async () => {
    await loadShellParser();
  });

  it('uses the native copy (web-tree-sitter still has the glue this module expects)', () => {
    expect(nativeInputInUse()).toBe(true);
  });

  it('places the commands after a 12,000-character comment and non-BMP text where they are', () => {
    const head = `#${'x'.repeat(12000)}\necho "é😀"\n`;
    const text = `${head}foo bar\n`;
    const spans = readShellTree(text, (root: PlainNode, hasError) => ({ hasError, children: root.children.map((c) => `${c.type}[${c.startIndex},${c.endIndex}]`) }));
    expect(spans).toEqual({ hasError: false, children: ['comment[0,12001]', `command[12002,${head.length - 1}]`, `command[${head.length},${head.length + 7}]`] });
    expect(text.slice(head.length, head.length + 7)).toBe('foo bar');
  });
});
