// TinyGo's wasm_exec (shipped by sh-syntax): a script that defines globalThis.Go; it exports nothing.
declare module 'sh-syntax/vendors/wasm_exec.cjs';
