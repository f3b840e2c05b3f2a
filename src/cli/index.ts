#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';

// The shell parser is WASM: with only V8's baseline compiler a short run does
// not spend most of its CPU and hundreds of MiB optimising the lexer it barely
// uses (same output). Node 20 honours this when set at run time; Node 24's V8
// only takes it on the command line (`node --liftoff-only`), so there it is a
// no-op (bench/README.md measures both).
setFlagsFromString('--liftoff-only');

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
