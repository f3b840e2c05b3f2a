/**
 * A native copy of the text web-tree-sitter hands its parser. Its Emscripten glue copies
 * the text one UTF-16 code unit at a time (`stringToUTF16`, a DataView call per unit); the
 * code cache holds bytecode, so on a short run that loop runs in V8's interpreter (~1.5 ms
 * self for a 4.6 kB script, asked for in four calls). This import does the same with one
 * `Buffer.write`; the glue's own stays in place when its shape is not the one expected.
 */

/** Bytes of web-tree-sitter's input buffer (`INPUT_BUFFER_SIZE` of its parse callback), its NUL terminator included. */
const INPUT_BUFFER_BYTES = 10 * 1024;
/** Code units one call may copy: the buffer less the terminator. */
const INPUT_UNITS = (INPUT_BUFFER_BYTES - 2) / 2;

/** What web-tree-sitter sets on its Emscripten module (the options object given to `Parser.init`). */
interface RuntimeModule {
  currentParseCallback?: (index: number, position: { row: number; column: number }) => unknown;
}

/** The part of the WebAssembly global used here (this project's TypeScript libs do not declare it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
interface WasmApi {
  Memory: abstract new (...args: never[]) => WasmMemory;
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: object; module: object }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** Whether the loaded runtime copies the text natively (false: the glue's shape was not the one expected). */
let inUse = false;
export function nativeInputInUse(): boolean {
  return inUse;
}

type ParseCallbackImport = (inputBuffer: number, index: number, row: number, column: number, lengthAddress: number) => void;

/**
 * The import the parser calls for more text: asks `currentParseCallback` for the text from
 * `index` on, stores its length in code units and copies its first units, NUL-terminated,
 * into the input buffer, as the glue's own does.
 */
function parseCallbackImport(module: RuntimeModule, memory: WasmMemory): ParseCallbackImport {
  return (inputBuffer, index, row, column, lengthAddress) => {
    const text = module.currentParseCallback?.(index, { row, column });
    const heap = Buffer.from(memory.buffer);
    if (typeof text !== 'string') {
      heap.writeInt32LE(0, lengthAddress);
      return;
    }
    heap.writeInt32LE(text.length, lengthAddress);
    const units = Math.min(text.length, INPUT_UNITS);
    // utf16le writes the string's code units as they are, lone surrogates included; WASM memory is little-endian.
    heap.write(text, inputBuffer, units * 2, 'utf16le');
    heap.writeUInt16LE(0, inputBuffer + units * 2);
  };
}

/**
 * Options for `Parser.init` that instantiate the runtime from `wasm` themselves (Emscripten's
 * `instantiateWasm` hook) with the native parse callback in place of the glue's. The hook
 * has no way to fail `Parser.init`: `failed` rejects when instantiating fails, for a race.
 */
export function runtimeOptions(wasm: Uint8Array): { options: object; failed: Promise<never> } {
  let fail: (error: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  const module: RuntimeModule & { instantiateWasm: unknown } = {
    instantiateWasm(imports: { env?: Record<string, unknown> }, done: (instance: object, module: object) => void) {
      const env = imports.env;
      if (env && typeof env.tree_sitter_parse_callback === 'function' && env.tree_sitter_parse_callback.length === 5 && env.memory instanceof wasmApi.Memory) {
        env.tree_sitter_parse_callback = parseCallbackImport(module, env.memory);
        inUse = true;
      }
      wasmApi
        .instantiate(wasm, imports)
        .then(({ instance, module: compiled }) => done(instance, compiled))
        .catch(fail);
      return {};
    },
  };
  return { options: module, failed };
}
