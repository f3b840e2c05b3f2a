#!/usr/bin/env node
import { main, VERSION } from './cli/main.js';
import { fdWriter, isTerminal } from './cli/fd-output.js';

// No V8 flags needed on the command line: the shell parser sets its own before
// it compiles the grammar (src/languages/shell/wasm-flags.ts).

// The `initlint` bin: `initlint lsp` serves the language server (its own bundle, dist/lsp.js,
// loaded only then); everything else is the command line, with process I/O wired to `main`.
const argv = process.argv.slice(2);
// Written to the descriptors: process.stdout on a pipe loads node:net and node:stream (src/cli/fd-output.ts).
const stdout = fdWriter(1, () => process.stdout);
const stderr = fdWriter(2, () => process.stderr);
const runsMain = argv[0] !== 'lsp';
const run =
  argv[0] === 'lsp'
    ? import('./lsp/stdio.js').then(({ serveStdio }) => serveStdio(VERSION))
    : main(argv, {
        stdout,
        stderr,
        cwd: process.cwd(),
        // Asked only by the stylish report.
        get color() {
          return !process.env.NO_COLOR && isTerminal(1, () => process.stdout);
        },
        readStdin: async () => {
          const chunks: Buffer[] = [];
          for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
          return Buffer.concat(chunks).toString('utf8');
        },
      });
run.then(
  (code) => {
    process.exitCode = code;
    // All written and nothing left to do: exit now instead of giving the event loop a turn, in which V8
    // runs a garbage collection it scheduled during the run (~2 ms of a one-unit run, bench/README.md).
    // Text a stream took (a full non-blocking pipe) is left to drain; the language server keeps running.
    if (runsMain && !stdout.streamed && !stderr.streamed) process.exit();
  },
  (error: unknown) => {
    stderr(`initlint: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
