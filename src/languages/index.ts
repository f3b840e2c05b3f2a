import type { Node } from 'unist';
import type { Kind } from './kind.js';
import { parseUnit } from './systemd/parse.js';
import { mayRunShell } from './systemd/shell-command.js';
import { loadShellParser, parseShell } from './shell/parse.js';

/** A parse failure, as offsets into the text; becomes a `parse-error` finding. */
export interface SourceError {
  message: string;
  start: number;
  end: number;
}

/** A parsed file: its tree and the parse failures as offsets. */
export interface ParsedSource {
  tree: Node;
  errors: SourceError[];
}

/** What the engine needs from the parsers; front ends hand it `parsers` (or their own). */
export interface LanguageParsers {
  /** Loads what parsing these files needs, before the first of them is parsed. */
  prepare(files: ReadonlyArray<{ kind: Kind; text: string }>): Promise<void>;
  /** Parses a file of a known kind into its tree; never throws. */
  parse(kind: Kind, text: string, path: string): ParsedSource;
}

/** Loads what parsers need before the first file (the shell parser's WASM). */
export async function prepareParsers(): Promise<void> {
  await loadShellParser();
}

/** Parses a file of a known kind into its tree; never throws. */
export function parseSource(kind: Kind, text: string, path: string): ParsedSource {
  try {
    if (kind === 'systemd') return parseUnit(text, path);
    const tree = parseShell(text);
    return {
      tree,
      errors: tree.errors.map((e) => ({ message: e.message, start: e.position.start.offset ?? 0, end: e.position.end.offset ?? 0 })),
    };
  } catch (error) {
    // A parser bug must not lose the file: report it where a human will see it.
    return {
      tree: { type: 'root', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } },
      errors: [{ message: `Unexpected parser failure: ${(error as Error).message}`, start: 0, end: 0 }],
    };
  }
}

/**
 * The parsers of every kind. The shell parser's WASM costs a start-up, so a
 * run of units never loads it unless one of them runs a shell (`sh -c '…'`,
 * which is read as a script) or has shell syntax in an `Exec*=` line.
 */
export const parsers: LanguageParsers = {
  async prepare(files) {
    if (files.some(({ kind, text }) => kind !== 'systemd' || mayRunShell(text))) await prepareParsers();
  },
  parse: parseSource,
};
