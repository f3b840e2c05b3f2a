/**
 * A second shell parser that confirms tree-sitter's syntax errors: mvdan/sh
 * (the `sh-syntax` package's WASM build). tree-sitter-bash is error tolerant
 * and gives the tree every rule reads, but it also errs on some valid scripts;
 * mvdan/sh is a strict parser that agrees with `dash -n` / `bash -n` on the
 * corpus (bench/shell-parser/README.md), so an error is reported only when it
 * refuses the script too.
 *
 * sh-syntax's own API instantiates the Go runtime for every call and is
 * asynchronous; the parse itself (`process`) is synchronous, so the module is
 * compiled once, on first use, and instantiated synchronously.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CODE_PART, markLoaded } from '../code-parts.js';

/** The WASM file's name next to the bundle (the build copies it there). */
export const SECOND_OPINION_WASM = 'sh-syntax.wasm';

/** mvdan/sh's language variants (sh-syntax's LangVariant). */
const VARIANT = { bash: 1, posix: 2 } as const;
export type ShellDialect = keyof typeof VARIANT;

/** The part of the WebAssembly global used here (this project's TypeScript libs do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface GoRuntime {
  importObject: object;
  run(instance: { exports: unknown }): Promise<void>;
}
interface Exports {
  memory: { buffer: ArrayBuffer };
  wasmAlloc(size: number): number;
  wasmFree(pointer: number): void;
  process(...args: number[]): number;
}

function wasmBytes(): Uint8Array {
  try {
    return readFileSync(fileURLToPath(new URL(`./${SECOND_OPINION_WASM}`, import.meta.url)));
  } catch {
    return readFileSync(createRequire(import.meta.url).resolve('sh-syntax/main.wasm'));
  }
}

/** TinyGo's wasm_exec (shipped by sh-syntax) as the build copies it next to the bundle. */
export const SECOND_OPINION_RUNTIME = 'sh-syntax-wasm_exec.cjs';

let compiled: object | null = null;
let Go: (new () => GoRuntime) | null = null;
let unavailable = false;

/**
 * The Go runtime's JavaScript side: a script that defines `globalThis.Go`. Required
 * synchronously on first use, not at start-up: it reads `globalThis.crypto`, whose first
 * use loads Node's web crypto (~13 ms), and most runs never ask the second opinion.
 */
function loadGo(): (new () => GoRuntime) | null {
  const requireHere = createRequire(import.meta.url);
  try {
    requireHere(`./${SECOND_OPINION_RUNTIME}`);
  } catch {
    // Not bundled (source tree, tests): the package's own copy.
    requireHere('sh-syntax/vendors/wasm_exec.cjs');
  }
  return (globalThis as unknown as { Go?: new () => GoRuntime }).Go ?? null;
}

/**
 * Loads the Go runtime and compiles mvdan/sh on first use, synchronously (Node allows it
 * at any size): most runs never need it, since it is asked only about scripts tree-sitter
 * finds an error in.
 */
function load(): boolean {
  if (compiled) return true;
  if (unavailable) return false;
  try {
    markLoaded(CODE_PART.secondOpinion);
    Go ??= loadGo();
    if (!Go) throw new Error('wasm_exec defined no Go');
    compiled = new wasm.Module(wasmBytes());
    return true;
  } catch {
    unavailable = true;
    return false;
  }
}

// Made on first use: the TextEncoder/TextDecoder globals load Node's encoding module, which a run
// that never asks for a second opinion (every unit) need not load.
let encoder: InstanceType<typeof TextEncoder> | undefined;
let decoder: InstanceType<typeof TextDecoder> | undefined;

function copyIn(e: Exports, bytes: Uint8Array): number {
  const pointer = e.wasmAlloc(Math.max(1, bytes.byteLength));
  new Uint8Array(e.memory.buffer).set(bytes, pointer);
  return pointer;
}

/**
 * mvdan/sh's verdict on a script: `null` when it parses, else its message
 * (`line:col: text`), or `undefined` when the parser is not loaded.
 */
export function secondOpinion(text: string, dialect: ShellDialect): string | null | undefined {
  if (!load()) return undefined;
  // A fresh instance per script, as sh-syntax does: one Go runtime does not survive many calls.
  const go = new Go!();
  const instance = new wasm.Instance(compiled!, go.importObject);
  void go.run(instance);
  const e = instance.exports as unknown as Exports;
  encoder ??= new TextEncoder();
  const name = encoder.encode('x');
  const body = encoder.encode(text);
  const stop = encoder.encode('');
  const pName = copyIn(e, name);
  const pBody = copyIn(e, body);
  const pStop = copyIn(e, stop);
  let result: string;
  try {
    // (file name, text, print=false, keepComments=false, variant, stopAt, recoverErrors=0, printer options…)
    const at = e.process(pName, name.byteLength, name.byteLength, pBody, body.byteLength, body.byteLength, 0, 0, VARIANT[dialect], pStop, 0, 0, 0, 0, 2, 1, 1, 1, 0, 0, 0, 0);
    const out = new Uint8Array(e.memory.buffer).subarray(at);
    result = (decoder ??= new TextDecoder()).decode(out.subarray(0, out.indexOf(0)));
  } finally {
    e.wasmFree(pName);
    e.wasmFree(pBody);
    e.wasmFree(pStop);
  }
  const parsed = JSON.parse(result) as { parseError?: { Text?: string; Pos?: { Line: number; Col: number } } | null; message?: string };
  if (parsed.parseError) {
    const pos = parsed.parseError.Pos;
    return `${pos ? `${pos.Line}:${pos.Col}: ` : ''}${parsed.parseError.Text ?? 'syntax error'}`;
  }
  return parsed.message ? parsed.message : null;
}
