/**
 * Shared by the systemd rules about what `Exec*=` lines run: the command
 * that really runs (through `env` and `sh -c` wrappers), file offsets of its
 * words, and the edits that unwrap a shell or remove a line.
 */
import type { TextEdit } from '../../core/types.js';
import { programAt } from '../../knowledge/daemons.js';
import type { ShCommand } from '../../languages/shell/command-list.js';
import { isBuiltin, isExec, lastCommand, parseExec, shellWrapper, type ExecCommand, type ExecWord, type ShellWrapper } from '../../languages/systemd/exec.js';
import { valueOffset } from '../../languages/systemd/parse.js';
import type { Directive, UnitFile, UnitInfo } from '../../languages/systemd/types.js';

export interface Range {
  start: number;
  end: number;
}

/** Commands that run after the real work rather than being it. */
const AFTERTHOUGHTS = new Set(['echo', 'printf', 'true', 'false', 'logger', 'test', '[', 'sleep', 'rm']);

/** What one `Exec*=` directive runs. */
export interface ResolvedCommand {
  directive: Directive;
  command: ExecCommand;
  /** Set when the command is `sh -c '…'`. */
  wrapper?: ShellWrapper;
  /** The shell's last command, when wrapped. */
  last?: ShCommand;
  /** Basename of the program that ends up running, if known. */
  program?: string;
  /** The program as written (`/usr/lib/frr/bgpd`), for the daemon table's shared basenames. */
  path?: string;
  /** Its arguments. */
  args: string[];
  /** File ranges of the program word (index 0) and of each argument (index 1…). */
  ranges: Range[];
}

/** File range of the whole exec word. */
export function wordRange(directive: Directive, word: ExecWord): Range {
  return { start: valueOffset(directive, word.start), end: valueOffset(directive, word.end) };
}

/** File offset of index `index` of the decoded text of `word`. */
export function offsetIn(directive: Directive, word: ExecWord, index: number): number {
  return valueOffset(directive, word.map[Math.min(index, word.map.length - 1)]);
}

/** File range of `[start, end)` of the decoded text of `word`. */
export function rangeIn(directive: Directive, word: ExecWord, start: number, end: number): Range {
  const s = offsetIn(directive, word, start);
  const e = end > start ? valueOffset(directive, word.map[end - 1] + 1) : s;
  return { start: s, end: e };
}

/** Resolves the first command of an `Exec*=` directive (undefined for an empty value). */
export function resolveCommand(directive: Directive, info?: UnitInfo): ResolvedCommand | undefined {
  const command = parseExec(directive.value)[0];
  if (!command || command.words.length === 0) return undefined;
  // `%p` is the unit's prefix: `/var/ossec/bin/%p-%i` in ossec@.service runs ossec-%i.
  const prefix = info ? info.unitName.replace(/@.*$|\.[^.]*$/, '') : undefined;
  const expand = (text: string) => (prefix ? text.replace(/%[pP]/g, prefix) : text);
  // The -c string is read as written, so that its positions stay those of the unit file.
  const wrapper = shellWrapper(command.words.map((w) => w.text));
  if (wrapper) {
    const last = lastCommand(wrapper.script);
    const scriptWord = command.words[wrapper.scriptIndex];
    const base: ResolvedCommand = { directive, command, wrapper, last, args: [], ranges: [] };
    if (!last || wrapper.script.complex) return base;
    const at = programAt(last.words.map((w) => expand(w.literal)));
    if (!at) return base;
    const words = last.words.slice(at.index);
    return {
      ...base,
      program: at.program,
      path: at.path,
      args: at.args,
      ranges: words.map((w) => rangeIn(directive, scriptWord, w.start, w.end)),
    };
  }
  const at = programAt(command.words.map((w) => expand(w.text)));
  if (!at) return { directive, command, args: [], ranges: [] };
  return {
    directive,
    command,
    program: at.program,
    path: at.path,
    args: at.args,
    ranges: command.words.slice(at.index).map((w) => wordRange(directive, w)),
  };
}

/** Every directive of a section whose key starts with `Exec`. */
export function execDirectives(tree: UnitFile): Directive[] {
  const out: Directive[] = [];
  for (const section of tree.children) {
    for (const child of section.children) {
      if (child.type === 'directive' && /^Exec[A-Z]/.test(child.key) && child.value !== '') out.push(child);
    }
  }
  return out;
}

/** An edit that replaces a directive's whole value. */
export function replaceValue(directive: Directive, text: string): TextEdit {
  return { start: directive.valuePosition.start.offset!, end: directive.valuePosition.end.offset!, text };
}

/** Quotes an argument for an `Exec*=` line the way systemd reads it back. */
export function quoteExecArg(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `"${arg.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The edits that stop a `sh -c` wrapper from being the main process: unwrap
 * a single plain command with an absolute path, else put `exec ` before the
 * last command. With `dropBackground`, a trailing `&` on the last command is
 * removed too. Undefined when neither is possible (a pipeline, a loop, …).
 */
export function unwrapEdits(resolved: ResolvedCommand, options: { dropBackground?: boolean; argEdit?: ArgEdit } = {}): { edits: TextEdit[]; how: 'unwrap' | 'exec' } | undefined {
  const { directive, command, wrapper, last } = resolved;
  if (!wrapper || !last || wrapper.script.complex) return undefined;
  if (last.before === '|' || last.op === '|' || last.op === '||' || last.op === '&&') return undefined;
  if (last.op === '&' && !options.dropBackground) return undefined;
  if (last.words.length === 0 || isBuiltin(last)) return undefined;
  // `daemon; echo stopped`: the daemon is not the last command, exec'ing `echo` would not help.
  if (AFTERTHOUGHTS.has(last.words[0].literal.replace(/^.*\//, ''))) return undefined;
  const { argEdit } = options;
  // Inside the -c string only plain replacement text is safe (no quotes to nest).
  if (argEdit && !/^[\w@%+=:,./ -]*$/.test(argEdit.text)) return undefined;
  const scriptWord = command.words[wrapper.scriptIndex];
  const script = wrapper.script;
  const withWords = script.commands.filter((c) => c.words.length || c.assignments.length);
  const programIndex = last.words.length - resolved.ranges.length;
  const single = withWords.length === 1 && last.assignments.length === 0 && last.redirects.length === 0 && last.words.every((w) => w.plain) && !isExec(last) && last.words[0].literal.startsWith('/');
  if (single) {
    const from = valueOffset(directive, command.words[wrapper.shellIndex].start);
    const to = valueOffset(directive, command.words[command.words.length - 1].end);
    const parts = last.words.map((w) => quoteExecArg(w.literal));
    if (argEdit) parts.splice(programIndex + argEdit.index, argEdit.count, ...(argEdit.text ? [argEdit.text] : []));
    return { how: 'unwrap', edits: [{ start: from, end: to, text: parts.join(' ') }] };
  }
  const edits: TextEdit[] = [];
  if (!isExec(last)) edits.push({ start: offsetIn(directive, scriptWord, last.words[0].start), end: offsetIn(directive, scriptWord, last.words[0].start), text: 'exec ' });
  if (argEdit) edits.push(argEditOf(resolved.ranges, argEdit));
  if (last.op === '&') {
    const amp = script.text.indexOf('&', last.end);
    edits.push(rangeEdit(rangeIn(directive, scriptWord, last.end, amp + 1)));
  }
  return { how: 'exec', edits };
}

/** Replace `count` words from `index` (0 = the program) with `text`; empty text removes them. */
export interface ArgEdit {
  index: number;
  count: number;
  text: string;
}

/** The text edit for an `ArgEdit` on a command's word ranges. */
export function argEditOf(ranges: readonly Range[], edit: ArgEdit): TextEdit {
  const first = ranges[edit.index];
  const last = ranges[edit.index + edit.count - 1];
  if (edit.text) return { start: first.start, end: last.end, text: edit.text };
  // Removing: take the space before the words with them.
  return { start: ranges[edit.index - 1]?.end ?? first.start, end: last.end, text: '' };
}

function rangeEdit(range: Range): TextEdit {
  return { start: range.start, end: range.end, text: '' };
}

/** File range of a directive's value. */
export function valueRange(directive: Directive): Range {
  return { start: directive.valuePosition.start.offset!, end: directive.valuePosition.end.offset! };
}

/** File range covering a flag hit (the program is range 0, so arguments start at 1). */
export function flagRange(resolved: ResolvedCommand, index: number, count: number): Range {
  return { start: resolved.ranges[index + 1].start, end: resolved.ranges[index + count].end };
}

/** How a flag reads in a message: its text as written in the file, whitespace collapsed (`-g "daemon off;"`). */
export function flagText(text: string, resolved: ResolvedCommand, index: number, count: number): string {
  const range = flagRange(resolved, index, count);
  return text
    .slice(range.start, range.end)
    .replace(/\\?\r?\n\s*/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Context that names a program's package where the daemon table's basenames collide: its path and the unit's. */
export function daemonContext(resolved: ResolvedCommand, unitPath: string): string {
  return `${resolved.path ?? ''} ${unitPath}`;
}
