/** Line-level reading of a unit file around a cursor, tolerant of half-typed text. */

export interface UnitLine {
  /** The section the line is in (`undefined` before the first header). */
  section?: string;
  text: string;
  /** The line continues the previous one (after a trailing `\`). */
  continuation: boolean;
}

/** The line at `line` (0-based) and the section it belongs to. */
export function unitLineAt(text: string, line: number): UnitLine {
  const lines = text.split(/\r\n|\r|\n/);
  let section: string | undefined;
  let continuation = false;
  for (let i = 0; i < line && i < lines.length; i++) {
    const trimmed = lines[i].trim();
    const header = /^\[([^\]]+)\]$/.exec(trimmed);
    if (header && !continuation) section = header[1];
    const comment = /^[#;]/.test(trimmed);
    continuation = comment ? continuation : /(^|[^\\])(\\\\)*\\$/.test(lines[i].replace(/\s+$/, ''));
  }
  return { section, text: lines[line] ?? '', continuation };
}
