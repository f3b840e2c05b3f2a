import type { Position } from 'unist';
import { LineIndex } from '../../text/index.js';
import type { Directive, Section, UnitComment, UnitFile, UnitInfo, ValueSegment } from './types.js';

/** A line systemd would ignore with a warning, reported as `parse-error`. */
export interface UnitSyntaxError {
  message: string;
  start: number;
  end: number;
}

export interface ParsedUnit {
  tree: UnitFile;
  errors: UnitSyntaxError[];
}

const UNIT_TYPES = new Set(['service', 'socket', 'timer', 'target', 'path', 'mount', 'automount', 'swap', 'slice', 'scope', 'device']);

/**
 * Packaging spellings of a unit file's name (issue 11, class 3), and the unit each names:
 * `NAME.service.in` is a build-time template of `NAME.service` (`@VAR@` placeholders stand for
 * values), `NAME.service-r1` a Gentoo revision of it, `NAME_at.service` Gentoo's file name for
 * the template `NAME@.service` (`NAME_at-r1.service` a revision of it).
 */
const PACKAGED_UNIT = new RegExp(`^(.+?)(_at(?:-r\\d+)?)?\\.(${[...UNIT_TYPES].join('|')})(\\.in|-r?\\d+)?$`);

/** The unit a packaging file name stands for, and whether it is a build template (`.in`). */
export function packagedUnitName(fileName: string): { unitName: string; buildTemplate: boolean } {
  const m = PACKAGED_UNIT.exec(fileName);
  if (!m) return { unitName: fileName, buildTemplate: false };
  const [, stem, gentooTemplate, type, suffix] = m;
  // `NAME_at-r1.service`: Gentoo's revision may also sit before the type.
  const name = gentooTemplate && !stem.includes('@') ? `${stem}@` : `${stem}${gentooTemplate ?? ''}`;
  return { unitName: `${name}.${type}`, buildTemplate: suffix === '.in' };
}

/** Targets only the user manager has (systemd.special(7)): a unit ordered or installed against one is a user unit. */
const USER_ONLY_TARGETS = /^(?:graphical-session(?:-pre)?|xdg-desktop-autostart)\.target$/;

/** Path evidence of a user unit: a `user/` directory (`/usr/lib/systemd/user/`), or `NAME-user.service`. */
function userUnitPath(parts: string[], fileName: string): boolean {
  return parts.slice(0, -1).includes('user') || /-user(?:@)?\.[a-z]+(?:\.in|-r?\d+)?$/.test(fileName);
}

/** What a unit's file name says about it (`foo@.service`, `foo.service.d/override.conf`, packaging names). */
export function unitInfo(path: string): UnitInfo {
  const parts = path.split('/');
  const fileName = parts[parts.length - 1] ?? path;
  const parent = parts.length > 1 ? parts[parts.length - 2] : '';
  const dropIn = fileName.endsWith('.conf') && parent.endsWith('.d');
  const { unitName, buildTemplate } = dropIn ? { unitName: parent.slice(0, -2), buildTemplate: false } : packagedUnitName(fileName);
  const dot = unitName.lastIndexOf('.');
  const unitType = dot >= 0 ? unitName.slice(dot + 1) : '';
  const at = unitName.indexOf('@');
  const template = at > 0 && at === dot - 1;
  const instance = at > 0 && at < dot - 1;
  return { fileName, unitName, unitType, template, instance, dropIn, buildTemplate, userUnit: userUnitPath(parts, fileName) };
}

/** Content evidence of a user unit: a dependency on, or an install into, a target only the user manager has. */
export function mentionsUserOnlyTarget(sections: readonly Section[]): boolean {
  for (const section of sections) {
    if (section.name !== 'Unit' && section.name !== 'Install') continue;
    for (const d of section.children) {
      if (d.type !== 'directive' || !/^(?:After|Before|Wants|Requires|BindsTo|PartOf|Requisite|WantedBy|RequiredBy|UpheldBy)$/.test(d.key)) continue;
      if (d.value.split(/\s+/).some((name) => USER_ONLY_TARGETS.test(name))) return true;
    }
  }
  return false;
}

function span(lines: LineIndex, start: number, end: number): Position {
  return { start: lines.point(start), end: lines.point(end) };
}

const isBlank = (c: string) => c === ' ' || c === '\t';

/** Does the line end in a backslash that is not itself escaped? */
function endsWithContinuation(text: string): boolean {
  let n = 0;
  for (let i = text.length - 1; i >= 0 && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

/**
 * The physical pieces of a value from `valueStart`, following `\` continuations
 * (comment lines inside a continuation are skipped, as systemd does), with the
 * logical value's ends trimmed the way systemd strips the joined line.
 */
function gatherValue(text: string, lines: LineIndex, valueStart: number, end: number, line: number): { segments: ValueSegment[]; lastEnd: number; nextLine: number } {
  const segments: ValueSegment[] = [];
  let segStart = valueStart;
  let segEnd = end;
  let lastEnd = end;
  for (;;) {
    const piece = text.slice(segStart, segEnd);
    if (!endsWithContinuation(piece) || line > lines.lineCount) {
      segments.push({ start: segStart, text: endsWithContinuation(piece) ? piece.slice(0, -1) : piece });
      break;
    }
    segments.push({ start: segStart, text: piece.slice(0, -1) });
    let next = line;
    while (next <= lines.lineCount) {
      const t = lines.lineText(next).replace(/^[ \t]+/, '');
      if (t[0] === '#' || t[0] === ';') next++;
      else break;
    }
    if (next > lines.lineCount) break;
    line = next + 1;
    segStart = lines.lineStart(next);
    const nextRaw = lines.lineText(next);
    segEnd = segStart + nextRaw.replace(/[ \t]+$/, '').length;
    lastEnd = segEnd;
  }
  const first = segments[0];
  while (first.text.length && isBlank(first.text[0])) {
    first.text = first.text.slice(1);
    first.start++;
  }
  const last = segments[segments.length - 1];
  last.text = last.text.replace(/[ \t]+$/, '');
  return { segments, lastEnd, nextLine: line };
}

/** Ends a section's span at its last child (or its header). */
function closeSection(lines: LineIndex, section: Section | undefined): void {
  if (!section) return;
  const last = section.children[section.children.length - 1];
  const end = last ? last.position.end.offset! : section.headerPosition.end.offset!;
  section.position = span(lines, section.position.start.offset!, end);
}

/** The parse error of a line that is not `Key=Value` (`eq`: where its `=` is, -1 for none). */
function notKeyValue(body: string, eq: number): string {
  if (eq === 0) return 'Unexpected `=` with no key, expected `Key=Value`';
  return `Unexpected line \`${body.length > 40 ? body.slice(0, 40) + '…' : body}\`, expected \`Key=Value\``;
}

/** A directive node from its key's start and its value's pieces. */
function makeDirective(lines: LineIndex, key: string, start: number, segments: ValueSegment[], lastEnd: number): Directive {
  const first = segments[0];
  const last = segments[segments.length - 1];
  const valueEnd = last.start + last.text.length;
  return {
    type: 'directive',
    key,
    value: segments.map((s) => s.text).join(' '),
    keyPosition: span(lines, start, start + key.length),
    valuePosition: span(lines, first.start, Math.max(first.start, valueEnd)),
    segments,
    position: span(lines, start, lastEnd),
  };
}

/**
 * Parses a unit file the way systemd does (systemd.syntax(7)): `#`/`;` comment
 * lines, `[Section]` headers, `Key=Value` with whitespace around `=` ignored,
 * a trailing `\` joining the next line with a space, comment lines inside a
 * continuation skipped. Never throws: lines systemd would ignore become errors.
 *
 * @param text The unit's text, BOM removed; CRLF and LF are both accepted.
 * @param path The unit's path, for its name, type and drop-in status.
 */
export function parseUnit(text: string, path: string): ParsedUnit {
  const lines = LineIndex.of(text);
  const errors: UnitSyntaxError[] = [];
  const sections: Section[] = [];
  const leading: Array<UnitComment | Directive> = [];
  let current: Section | undefined;
  let line = 1;
  while (line <= lines.lineCount) {
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const raw = text.slice(lineStart, lineEnd);
    let indent = 0;
    while (indent < raw.length && isBlank(raw[indent])) indent++;
    const body = raw.slice(indent).replace(/[ \t]+$/, '');
    const start = lineStart + indent;
    const end = start + body.length;
    line++;

    if (body === '') continue;
    if (body[0] === '#' || body[0] === ';') {
      const comment: UnitComment = { type: 'comment', value: body.slice(1), position: span(lines, start, end) };
      (current ? current.children : leading).push(comment);
      continue;
    }
    if (body[0] === '[') {
      if (!body.endsWith(']') || body.length < 3) {
        errors.push({ message: `Unexpected section header \`${body}\`, expected \`[Name]\``, start, end });
        continue;
      }
      closeSection(lines, current);
      current = {
        type: 'section',
        name: body.slice(1, -1),
        headerPosition: span(lines, start, end),
        children: [],
        position: span(lines, start, end),
      };
      sections.push(current);
      continue;
    }
    if (body.startsWith('.include')) {
      errors.push({ message: 'Unexpected `.include` (removed in systemd 243), expected a drop-in `NAME.d/*.conf`', start, end });
      continue;
    }
    const eq = body.indexOf('=');
    if (eq <= 0) {
      errors.push({ message: notKeyValue(body, eq), start, end });
      continue;
    }
    const key = body.slice(0, eq).replace(/[ \t]+$/, '');
    let valueStart = start + eq + 1;
    while (valueStart < end && isBlank(text[valueStart])) valueStart++;

    const gathered = gatherValue(text, lines, valueStart, end, line);
    line = gathered.nextLine;
    const directive = makeDirective(lines, key, start, gathered.segments, gathered.lastEnd);
    if (current) current.children.push(directive);
    else {
      leading.push(directive);
      errors.push({ message: `Unexpected \`${key}=\` before any section, expected a \`[Section]\` header first`, start, end: start + key.length });
    }
  }
  closeSection(lines, current);

  const tree: UnitFile = { type: 'unit', children: sections, leading, info: unitInfo(path), position: span(lines, 0, text.length) };
  if (mentionsUserOnlyTarget(sections)) tree.info.userUnit = true;
  return { tree, errors };
}

/** Maps an index into `directive.value` to an offset in the file. */
export function valueOffset(directive: Directive, index: number): number {
  const { segments } = directive;
  const starts = segmentStarts(directive);
  // The last segment whose value range starts at or before index (binary search: a
  // 1 MB continuation chain has 250,000 segments and every word asks).
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  const rest = index - starts[lo];
  if (rest <= segments[lo].text.length) return segments[lo].start + rest;
  const last = segments[segments.length - 1];
  return last.start + last.text.length;
}

const startsCache = new WeakMap<Directive, number[]>();

/** Where each segment begins in the joined value (the joining space stands for the backslash). */
function segmentStarts(directive: Directive): number[] {
  let starts = startsCache.get(directive);
  if (!starts) {
    starts = [];
    let at = 0;
    for (const segment of directive.segments) {
      starts.push(at);
      at += segment.text.length + 1;
    }
    startsCache.set(directive, starts);
  }
  return starts;
}

/** Every directive of the sections named `section` (all sections when omitted). */
export function directives(tree: UnitFile, section?: string): Directive[] {
  const out: Directive[] = [];
  for (const s of tree.children) {
    if (section !== undefined && s.name !== section) continue;
    for (const child of s.children) if (child.type === 'directive') out.push(child);
  }
  return out;
}

/**
 * The effective value of a single-valued key in a section: the last assignment
 * wins, as in systemd. Returns the directive, or undefined.
 */
export function lastDirective(tree: UnitFile, section: string, key: string): Directive | undefined {
  let found: Directive | undefined;
  for (const d of directives(tree, section)) if (d.key === key) found = d;
  return found;
}

/**
 * The values of a list-valued key (`After=`, `ExecStart=`), honouring systemd's
 * rule that an empty assignment resets the list.
 */
export function listDirectives(tree: UnitFile, section: string, key: string): Directive[] {
  let list: Directive[] = [];
  for (const d of directives(tree, section)) {
    if (d.key !== key) continue;
    if (d.value === '') list = [];
    else list.push(d);
  }
  return list;
}

/**
 * The service type systemd uses: `Type=` if set, else `dbus` with `BusName=`,
 * else `simple` (`oneshot` with no `ExecStart=`).
 */
export function serviceType(tree: UnitFile): string {
  const type = lastDirective(tree, 'Service', 'Type');
  if (type && type.value !== '') return type.value;
  if (lastDirective(tree, 'Service', 'BusName')?.value) return 'dbus';
  return listDirectives(tree, 'Service', 'ExecStart').length === 0 ? 'oneshot' : 'simple';
}
