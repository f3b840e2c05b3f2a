#!/usr/bin/env node
import { main } from './main.js';

// No V8 flags needed on the command line: the shell parser sets its own before
// it compiles the grammar (WASM_BASELINE_ONLY_FLAGS in src/languages/shell/parse.ts).

// The bin entry: only wires process I/O to the testable `main`.
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color: process.stdout.isTTY && !process.env.NO_COLOR,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`initlint: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
