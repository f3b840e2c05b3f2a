#!/usr/bin/env node
// The language server's latency: `node dist/cli.js lsp` as an editor starts it, a 200-line unit
// opened, then keystrokes one at a time; each figure is the time from the change notification to
// the diagnostics for that version (debounce set to 0 through initializationOptions, so this is
// the re-lint itself plus the protocol round trip). Prints a markdown table; `npm run bench` runs it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 200);

// A 200-line service: comments, dependencies, hardening, environment; realistic, with findings.
const lines = [
  '[Unit]',
  'Description=Benchmark daemon',
  'Documentation=man:benchd(8)',
  'After=network.target',
  'Requires=benchd.socket',
  '',
  '[Service]',
  'Type=forking',
  'ExecStart=/usr/sbin/benchd --daemon',
  'ExecReload=/bin/kill -HUP $MAINPID',
  'PIDFile=/var/run/benchd.pid',
  'Restart=on-failure',
];
for (let i = 0; lines.length < 190; i++) lines.push(i % 3 === 0 ? `# setting ${i}` : `Environment=VAR${i}=value${i}`);
lines.push('', '[Install]', 'RequiredBy=multi-user.target');
while (lines.length < 200) lines.push('# end');
const text = lines.join('\n') + '\n';

const dir = mkdtempSync(join(tmpdir(), 'initlint-lsp-bench-'));
const path = join(dir, 'benchd.service');
writeFileSync(path, text);
const uri = pathToFileURL(path).href;

const server = spawn(process.execPath, [join(root, 'dist/cli.js'), 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const pending = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => pending.get(p.version)?.(p));
connection.listen();

const started = performance.now();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounceMs: 0 } });
await connection.sendNotification('initialized', {});
const waitFor = (version) => new Promise((resolve) => pending.set(version, resolve));
let first = waitFor(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'systemd', version: 1, text } });
const opened = await first;
const openMs = performance.now() - started;

const times = [];
for (let v = 2; v < KEYSTROKES + 2; v++) {
  const done = waitFor(v);
  const t0 = performance.now();
  // Type one character at the end of the Description= line.
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: v },
    contentChanges: [{ range: { start: { line: 1, character: 28 + v - 2 }, end: { line: 1, character: 28 + v - 2 } }, text: 'x' }],
  });
  await done;
  times.push(performance.now() - t0);
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
rmSync(dir, { recursive: true, force: true });

times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
console.log(
  `| LSP: ${KEYSTROKES} keystrokes on a 200-line unit (${opened.diagnostics.length} diagnostics) | median ${q(0.5)} ms | p90 ${q(0.9)} ms | max ${q(1)} ms | start-up to first diagnostics ${openMs.toFixed(0)} ms |`,
);
