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
