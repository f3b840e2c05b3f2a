/**
 * Pure conversions between initlint's findings and fixes and the Language Server Protocol's
 * diagnostics, code actions and workspace edits. No I/O: the server wires these to a connection.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, Fix, Severity } from '../core/types.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Code action kind of "fix all safe problems", the one editors run on save with `source.fixAll`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.initlint`;

/** Findings' offsets exclude a leading BOM; an editor buffer may still hold one. */
export function bomShift(document: TextDocument): number {
  return document.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }) === '\uFEFF' ? 1 : 0;
}

/** A finding as an LSP diagnostic: 0-based positions, the rule id as `code`, its doc as `codeDescription`. */
export function toDiagnostic(finding: Finding, index: number, document: TextDocument): Diagnostic {
  const shift = bomShift(document);
  return {
    range: { start: document.positionAt(finding.startOffset + shift), end: document.positionAt(finding.endOffset + shift) },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(finding.url ? { codeDescription: { href: finding.url } } : {}),
    source: 'initlint',
    message: finding.message,
    // Which finding of the last lint this is, so a code action can find its fix again.
    data: { index },
  };
}

/** Where the files a cross-file fix creates live: relative to the workspace folder (the lint root). */
export interface EditTarget {
  document: TextDocument;
  /** Absolute directory that the paths in `fix.files` are relative to. */
  root: string;
}

/** A fix as a workspace edit: text edits on this document, plus created, replaced or deleted files. */
export function toWorkspaceEdit(fix: Fix, target: EditTarget): WorkspaceEdit {
  const { document } = target;
  const shift = bomShift(document);
  const edits: LspTextEdit[] = fix.edits.map((e) => ({
    range: { start: document.positionAt(e.start + shift), end: document.positionAt(e.end + shift) },
    newText: e.text,
  }));
  if (!fix.files?.length) return { changes: { [document.uri]: edits } };
  const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
  if (edits.length) documentChanges.push({ textDocument: { uri: document.uri, version: document.version }, edits });
  for (const file of fix.files) {
    const uri = pathToFileURL(resolve(target.root, file.path)).href;
    if (file.content === null) {
      documentChanges.push({ kind: 'delete', uri, options: { ignoreIfNotExists: true } });
      continue;
    }
    // Never replace a file the user has: the create fails instead, and the editor says so.
    documentChanges.push({ kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } });
    documentChanges.push({
      textDocument: { uri, version: null },
      edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: file.content }],
    });
  }
  return { documentChanges };
}

/** One quick fix per finding that has a fix; unsafe ones say so and are never preferred. */
export function quickFix(finding: Finding, diagnostic: Diagnostic, target: EditTarget): CodeAction | undefined {
  if (!finding.fix) return undefined;
  const unsafe = finding.fix.applicability === 'unsafe';
  return {
    title: `${finding.fix.description}${unsafe ? ' (unsafe: check the result)' : ''}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: !unsafe,
    edit: toWorkspaceEdit(finding.fix, target),
  };
}

/** The whole document replaced by its fixed text: "fix all safe problems in this file". */
export function fixAllAction(document: TextDocument, fixedText: string, count: number): CodeAction {
  return {
    title: `Fix all safe initlint problems in this file (${count})`,
    kind: FIX_ALL_KIND,
    edit: {
      changes: {
        [document.uri]: [{ range: { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) }, newText: fixedText }],
      },
    },
  };
}
