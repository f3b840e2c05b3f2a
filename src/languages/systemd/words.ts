import type { Directive, UnitFile } from './types.js';
import { valueOffset } from './parse.js';

/** One whitespace-separated word of a directive's value, with its offsets in the file. */
export interface Word {
  text: string;
  /** Index in `directive.value`. */
  index: number;
  start: number;
  end: number;
}

/** Splits a list value (`After=a b`, `WantedBy=x.target`) into words located in the file. */
export function words(directive: Directive): Word[] {
  const out: Word[] = [];
  for (const m of directive.value.matchAll(/\S+/g)) {
    const index = m.index ?? 0;
    out.push({ text: m[0], index, start: valueOffset(directive, index), end: valueOffset(directive, index + m[0].length) });
  }
  return out;
}

/** The text span that removing `word` from its directive should delete: the word and the blanks after it (or before it, for the last word). */
export function wordRemoval(text: string, directive: Directive, word: Word): { start: number; end: number } {
  const valueEnd = directive.valuePosition.end.offset!;
  let end = word.end;
  while (end < valueEnd && (text[end] === ' ' || text[end] === '\t')) end++;
  if (end < valueEnd) return { start: word.start, end };
  let start = word.start;
  const valueStart = directive.valuePosition.start.offset!;
  while (start > valueStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: word.end };
}

/** Every word of every list directive `key` in sections named `section` (an empty assignment resets). */
export function listWords(tree: UnitFile, section: string, key: string): Array<{ directive: Directive; word: Word }> {
  let out: Array<{ directive: Directive; word: Word }> = [];
  for (const s of tree.children) {
    if (s.name !== section) continue;
    for (const d of s.children) {
      if (d.type !== 'directive' || d.key !== key) continue;
      if (d.value === '') out = [];
      else for (const w of words(d)) out.push({ directive: d, word: w });
    }
  }
  return out;
}

/** systemd's boolean true (systemd.syntax(7)): `1`, `yes`, `y`, `true`, `t`, `on`. */
export function isTrue(value: string): boolean {
  return /^(1|yes|y|true|t|on)$/i.test(value);
}

/** The directive's whole physical lines, line break included: what deleting it removes. */
export function lineSpan(text: string, d: Directive): { start: number; end: number } {
  let start = d.position.start.offset!;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return { start, end: afterBreak(text, d.position.end.offset!) };
}

/** Offset of the start of the line after `directive` (or the end of the text), for inserting a line after it. */
export function afterLine(text: string, directive: Directive): number {
  return afterBreak(text, directive.position.end.offset!);
}

/** The offset after the line break at `end` (\r\n and \n\r count as one, as in systemd's read_line()). */
function afterBreak(text: string, end: number): number {
  if (text.startsWith('\r\n', end)) return end + 2;
  if (text.startsWith('\n\r', end) && text[end + 2] !== '\n') return end + 2;
  if (text[end] === '\n' || text[end] === '\r') return end + 1;
  return end;
}

/**
 * An edit that inserts `line` (no terminator) as a new line after `directive`;
 * handles a last line without a terminator.
 */
export function insertLineAfter(text: string, directive: Directive, line: string, eol: string): { start: number; end: number; text: string } {
  const at = afterLine(text, directive);
  if (at === directive.position.end.offset) return { start: at, end: at, text: eol + line };
  return { start: at, end: at, text: line + eol };
}

/** The parsed unit files of the project that define `name` (an instance `a@b.service` is defined by `a@.service`). */
export function projectUnits(project: { named(name: string): readonly { kind: string; tree: unknown }[] }, name: string): UnitFile[] {
  const out: UnitFile[] = [];
  const names = [name];
  const m = /^([^@]+)@[^.]+(\.[a-z]+)$/.exec(name);
  if (m) names.push(`${m[1]}@${m[2]}`);
  for (const n of names) {
    for (const entry of project.named(n)) if (entry.kind === 'systemd') out.push(entry.tree as UnitFile);
  }
  return out;
}
