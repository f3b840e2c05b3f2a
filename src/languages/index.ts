import type { Node } from 'unist';
import type { Kind } from '../core/types.js';
import { parseUnit } from './systemd/parse.js';
import { loadShellParser, parseShell } from './shell/parse.js';

/** A parse failure, as offsets into the text; becomes a `parse-error` finding. */
export interface SourceError {
  message: string;
  start: number;
  end: number;
}

/** Loads what parsers need before the first file (the shell parser's WASM). */
export async function prepareParsers(): Promise<void> {
  await loadShellParser();
}

/** Parses a file of a known kind into its tree; never throws. */
export function parseSource(kind: Kind, text: string, path: string): { tree: Node; errors: SourceError[] } {
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
