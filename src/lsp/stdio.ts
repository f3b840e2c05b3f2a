import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from './server.js';

/**
 * Serves LSP on this process's stdin/stdout until the client says exit. `--stdio`, which many
 * clients pass, is accepted and means the same; nothing else is printed to stdout.
 */
export function serveStdio(version: string): Promise<number> {
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startServer(connection, { version });
  return new Promise((resolve) => connection.onExit(() => resolve(0)));
}
