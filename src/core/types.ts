/**
 * The shared vocabulary of initlint: file kinds, severities, fixes and findings.
 *
 * Offsets everywhere are UTF-16 code-unit offsets into the file's text as a JS
 * string, after a leading UTF-8 BOM has been removed (the BOM is remembered in
 * `file.data.bom` and restored when fixed text is written). Lines and columns
 * are 1-based; columns count UTF-16 code units, like the rest of unist.
 */

import type { Kind } from '../languages/kind.js';
import type { Point } from '../text/index.js';

export type { Kind, Point };

/** Severity of a finding, and the level a rule is configured at. */
export type Severity = 'error' | 'warning' | 'info';
export type RuleLevel = Severity | 'off';

/** One replacement in the file being linted: `[start, end)` becomes `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A new or replaced file, for cross-file fixes (a template unit replacing a wrapper). */
export interface FileChange {
  path: string;
  /** Full content; `null` deletes the file. */
  content: string | null;
}

/**
 * A fix is data, not code. `safe` fixes are applied by `--fix`, `unsafe` ones
 * only by `--fix-unsafe`, and are otherwise shown as suggestions.
 */
export interface Fix {
  description: string;
  applicability: 'safe' | 'unsafe';
  edits: TextEdit[];
  files?: FileChange[];
}

export interface Span {
  start: Point;
  end: Point;
}

/** A finding as reporters see it: plain data, independent of vfile. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets of the flagged range. */
  startOffset: number;
  endOffset: number;
  /** The rule's documentation URL. */
  url?: string;
  fix?: Fix;
  /**
   * Other lines of this file the finding depends on (the `Type=` line of a finding anchored on
   * `ExecStart=`): a change to any of them makes the finding new, so a review shows it.
   */
  evidence?: LineRange[];
}

/** Lines `line` to `endLine` of a file, 1-based and inclusive. */
export interface LineRange {
  line: number;
  endLine: number;
}

/** One linted file as reporters see it. */
export interface FileResult {
  /** Path relative to the working directory (POSIX separators). */
  path: string;
  kind: Kind | null;
  /** The text that was linted (BOM removed); absent for files that could not be read. */
  text?: string;
  findings: Finding[];
  /** Why the file was skipped, when it was (binary, too large, symlink outside the tree…). */
  skipped?: string;
}
