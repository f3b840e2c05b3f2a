#!/usr/bin/env -S node --liftoff-only
import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';

// The shell parser is WASM: with only V8's baseline compiler a short run does
// not spend most of its CPU and ~500 MiB optimising the lexer it barely uses
// (same output; bench/README.md measures both). Node 24's V8 freezes its flags
// at start-up, so the shebang passes the flag (`env -S`, as `npx initlint` and
// the bin link run it); setting it here still helps Node 20 under `node dist/cli.js`.
setFlagsFromString('--liftoff-only');

// The bin entry: only wires process I/O to the testable `main`.
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color: process.stdout.isTTY && !process.env.NO_COLOR,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`initlint: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
