import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection } from 'vscode-languageserver/node';
import { createProtocolConnection, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter, type Diagnostic, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { startServer } from '../../src/lsp/server.js';

/** A protocol client talking to the server in this process, and the diagnostics it was sent. */
export interface TestClient {
  connection: ProtocolConnection;
  /** Resolves with the next diagnostics published for `uri` (optionally for `version`). */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  close(): void;
}

export function startInProcess(): TestClient {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), { version: 'test', debounceMs: 5 });
  const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiters: Array<{ uri: string; version?: number; resolve: (d: Diagnostic[]) => void }> = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    for (const w of [...waiters]) {
      if (w.uri !== params.uri || (w.version !== undefined && params.version !== w.version)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(params.diagnostics);
    }
  });
  connection.listen();
  return {
    connection,
    diagnostics: (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve })),
    close: () => {
      connection.dispose();
      toServer.end();
      toClient.end();
    },
  };
}

export const uriOf = (path: string) => pathToFileURL(path).href;
