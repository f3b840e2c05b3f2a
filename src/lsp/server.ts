/**
 * `initlint lsp`: a Language Server over stdio for systemd units, OpenRC scripts and SysV scripts.
 * Diagnostics on open and (debounced) on change, quick fixes for every fix plus "fix all safe
 * problems", hover on directives, sections and openrc-run variables, completion of sections, keys
 * and values. It lints what the editor holds; cross-file rules see the workspace folder's init files.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type CompletionItem,
  type CompletionParams,
  type Connection,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { classify } from '../core/classify.js';
import type { FileResult } from '../core/types.js';
import { completions } from './completion.js';
import { hoverAt } from './hover.js';
import { FIX_ALL_KIND, fixAllAction, quickFix, toDiagnostic } from './protocol.js';
import { WorkspaceLinter } from './workspace.js';

export interface ServerOptions {
  /** Milliseconds of quiet after a change before re-linting (default 150; a client may set
   * `initializationOptions.debounceMs`). */
  debounceMs?: number;
  version: string;
}

interface Linted {
  version: number;
  root: string;
  path: string;
  result: FileResult;
}

/** Quick fixes for the diagnostics asked about, and "fix all safe" for the file. */
async function codeActions(params: CodeActionParams, documents: TextDocuments<TextDocument>, linted: Map<string, Linted>, linter: WorkspaceLinter): Promise<CodeAction[]> {
  const document = documents.get(params.textDocument.uri);
  const state = linted.get(params.textDocument.uri);
  if (!document || !state || state.version !== document.version) return [];
  const target = { document, root: state.root };
  const actions: CodeAction[] = [];
  const only = params.context.only;
  if (!only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) {
    for (const diagnostic of params.context.diagnostics) {
      const index = (diagnostic.data as { index?: number } | undefined)?.index;
      const finding = diagnostic.source === 'initlint' && index !== undefined ? state.result.findings[index] : undefined;
      const action = finding && quickFix(finding, diagnostic, target);
      if (action) actions.push(action);
    }
  }
  if (!only || only.some((k) => FIX_ALL_KIND.startsWith(k))) {
    const fixed = await linter.fixAllSafe(state.root, state.path, document.getText());
    if (fixed) actions.push(fixAllAction(document, fixed.output, fixed.count));
  }
  return actions;
}

/** Hover and completion from the directive table. */
function serveEditorHelp(connection: Connection, documents: TextDocuments<TextDocument>, linter: WorkspaceLinter): void {
  connection.onHover((params: HoverParams): Hover | null => {
    const document = documents.get(params.textDocument.uri);
    const file = document && locate(document.uri, linter.folders);
    if (!document || !file) return null;
    const markdown = hoverAt(file.path, document.getText(), params.position);
    return markdown ? { contents: { kind: 'markdown', value: markdown } } : null;
  });
  connection.onCompletion((params: CompletionParams): CompletionItem[] => {
    const document = documents.get(params.textDocument.uri);
    const file = document && locate(document.uri, linter.folders);
    return document && file ? completions(file.path, document.getText(), params.position) : [];
  });
}

/** Wires initlint to an LSP connection; returns when the connection is listening. */
export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const linter = new WorkspaceLinter();
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  let debounceMs = options.debounceMs ?? 150;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => fileURLToPath(f.uri)) ?? (params.rootUri ? [fileURLToPath(params.rootUri)] : []);
    linter.setFolders(folders);
    const requested = (params.initializationOptions as { debounceMs?: unknown } | undefined)?.debounceMs;
    if (typeof requested === 'number' && requested >= 0 && requested <= 10_000) debounceMs = requested;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['=', '['] },
      },
      serverInfo: { name: 'initlint', version: options.version },
    };
  });

  const lint = async (document: TextDocument) => {
    const file = locate(document.uri, linter.folders);
    if (!file || classify(file.path, document.getText()) === null) {
      linted.delete(document.uri);
      await connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return;
    }
    const result = await linter.lint(file.root, file.path, document.getText());
    // A newer edit arrived while linting: its own lint will report.
    if (documents.get(document.uri)?.version !== document.version) return;
    linted.set(document.uri, { version: document.version, root: file.root, path: file.path, result });
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: result.findings.map((f, i) => toDiagnostic(f, i, document)) });
  };
  const report = (error: unknown) => connection.console.error(`initlint: ${error instanceof Error ? error.stack : String(error)}`);
  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        lint(document).catch(report);
      }, delay),
    );
  };

  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => schedule(document, debounceMs));
  documents.onDidSave(({ document }) => {
    const file = locate(document.uri, linter.folders);
    if (file) linter.update(file.root, file.path, document.getText());
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(() => {
    // A config or another init file changed: forget what was read and lint the open files again.
    linter.invalidate();
    for (const document of documents.all()) schedule(document, 0);
  });

  connection.onCodeAction((params: CodeActionParams) => codeActions(params, documents, linted, linter));
  serveEditorHelp(connection, documents, linter);

  documents.listen(connection);
  connection.listen();
}

/** The workspace folder a document belongs to, and its path there (POSIX, as the CLI names files). */
export function locate(uri: string, folders: readonly string[]): { root: string; path: string } | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const absolute = fileURLToPath(uri);
  const root = [...folders].sort((a, b) => b.length - a.length).find((f) => absolute === f || absolute.startsWith(f.endsWith(sep) ? f : f + sep)) ?? dirname(absolute);
  return { root: resolve(root), path: relative(root, absolute).split(sep).join('/') };
}
