/**
 * Helpers shared by the openrc/* rules: looking up assignments and functions,
 * reading start-stop-daemon options, resolving where a PID file lives, and
 * building whole-line edits.
 */
import type { RuleContext } from '../../core/rule.js';
import type { TextEdit } from '../../core/types.js';
import { unquote } from '../../languages/shell/query.js';
import type { Assignment, FunctionDef, ShellScript, SimpleCommand, Word } from '../../languages/shell/types.js';
import { removeNodeLines } from '../shared/edits.js';

export type Ctx = RuleContext<ShellScript>;

/** The PID file location the guide recommends: root-owned, unique per service. */
export const DEFAULT_PIDFILE = '"/run/${RC_SVCNAME}.pid"';

/** The last top-level assignment of `name` (the one openrc-run sees), if any. */
export function topAssignment(script: ShellScript, name: string): Assignment | undefined {
  let found: Assignment | undefined;
  for (const a of script.assignments) if (a.name === name && !a.inFunction) found = a;
  return found;
}

/** `: ${name:=value}` (or `${name=value}`) at top level: the variable is set unless conf.d set it. */
export function defaultedAtTop(script: ShellScript, name: string): boolean {
  const pattern = new RegExp(`\\$\\{${name}:?=`);
  return script.commands.some((c) => !c.inFunction && c.program === ':' && c.args.some((a) => pattern.test(a.raw)));
}

export function functionNamed(script: ShellScript, name: string): FunctionDef | undefined {
  return script.functions.find((f) => f.name === name);
}

/** openrc-run's yesno(): yes, true, on, 1 (any case). */
export function isYes(value: string | undefined): boolean {
  return value !== undefined && /^(yes|true|on|1)$/i.test(value.trim());
}

/**
 * `"${VAR}"`, `$VAR`, `"${VAR:-default}"` → the variable and its default; else undefined. The default
 * may hold quotes and expansions of its own (`${pidfile:-"/run/${SVCNAME}.pid"}`): braces are matched,
 * so it is never cut at the first `}`.
 */
export function variableReference(raw: string): { name: string; fallback?: string } | undefined {
  const text = unquote(raw).trim();
  const plain = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(text);
  if (plain) return { name: plain[1] };
  const head = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-=])?/.exec(text);
  if (!head || !text.endsWith('}') || closingBrace(text, 1) !== text.length - 1) return undefined;
  if (!head[2]) return head[0].length === text.length - 1 ? { name: head[1] } : undefined;
  return { name: head[1], fallback: unquote(text.slice(head[0].length, -1)) };
}

/** The index of the `}` that closes the `{` at `open`, skipping nested `${…}` and quotes; -1 if none. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (quote) {
      if (ch === quote) quote = undefined;
      else if (quote === '"' && ch === '$' && text[i + 1] === '{') {
        const end = closingBrace(text, i + 1);
        if (end < 0) return -1;
        i = end;
      }
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Variable names a raw word expands (`$A`, `${B}`, `${C:-x}`). */
export function expandedNames(raw: string): string[] {
  return [...raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}

/** Variables that openrc-run itself provides to every script. */
const OPENRC_PROVIDED = new Set([
  'RC_SVCNAME',
  'SVCNAME',
  'RC_CMD',
  'RC_RUNLEVEL',
  'RC_BOOTLEVEL',
  'RC_DEFAULTLEVEL',
  'RC_SERVICE',
  'RC_PREFIX',
  'RC_LIBEXECDIR',
  'RC_UNAME',
  'RC_SYS',
  'RC_GOINGDOWN',
  'RC_SVCDIR',
  'RC_PID',
  'RC_VERSION',
  'RC_CACHEDIR',
  'RC_RUNDIR',
  'RC_UID',
  'RC_GID',
]);

/** Variables of the login environment, not of conf.d. */
const ENVIRONMENT = new Set(['HOME', 'USER', 'LOGNAME', 'SHELL', 'PATH', 'PWD', 'TMPDIR', 'LANG', 'TERM', 'HOSTNAME']);

/** Gentoo ebuild variables: an init script that mentions them is a template an ebuild fills in. */
const BUILD_TIME = new Set(['PV', 'PN', 'P', 'PF', 'PR', 'PVR', 'SLOT', 'EPREFIX', 'EROOT', 'ED', 'FILESDIR', 'WORKDIR']);

/** A build-time placeholder (`@RUNDIR@`, `@sbindir@`) that configure or the ebuild replaces. */
export const PLACEHOLDER = /@[A-Za-z_][A-Za-z0-9_]*@/;

/**
 * The conf.d file of this script (`conf.d/NAME` next to `init.d/NAME`, or under packaging names:
 * `NAME.confd` next to `NAME.initd`), when it is part of the run.
 */
export function confdScript(ctx: Ctx): ShellScript | undefined {
  const base = ctx.path.slice(ctx.path.lastIndexOf('/') + 1);
  const dir = ctx.path.slice(0, ctx.path.lastIndexOf('/') + 1);
  const packaged = base.replace(/\.(?:initd|init|rc|openrc)((?:[.-]r?\d+)?(?:\.in)?)$/, '.confd$1');
  const entry =
    ctx.project.named(base).find((e) => e.kind === 'openrc-conf') ?? (packaged !== base ? ctx.project.named(packaged).find((e) => e.kind === 'openrc-conf' && e.path.startsWith(dir)) : undefined);
  const tree = entry?.tree as ShellScript | undefined;
  return tree && Array.isArray(tree.assignments) ? tree : undefined;
}

/**
 * Whether `name` is set by the admin rather than by the script: assigned in
 * the conf.d file, or an upper-case name the script never assigns.
 */
export function isConfigVariable(ctx: Ctx, name: string): boolean {
  if (OPENRC_PROVIDED.has(name) || /^RC_/.test(name)) return false;
  // The login environment (a user service's XDG_RUNTIME_DIR) and an ebuild's build-time names (`${PV}`,
  // substituted by sed at install) are not conf.d settings.
  if (ENVIRONMENT.has(name) || /^XDG_/.test(name) || BUILD_TIME.has(name)) return false;
  // A top-level `NAME=value` that does not read NAME runs after conf.d is sourced and overrides it.
  const self = new RegExp(`\\$\\{?${name}\\b`);
  if (ctx.tree.assignments.some((a) => a.name === name && !a.inFunction && !self.test(a.raw))) return false;
  if (confdScript(ctx)?.assignments.some((a) => a.name === name)) return true;
  // conf.d variables are upper case by convention; lower-case names come from loops, `read`, helpers.
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) return false;
  if (ctx.tree.loops.some((l) => l.variable === name)) return false;
  return !ctx.tree.assignments.some((a) => a.name === name);
}

/** The last assignment of `name` in this script's conf.d file (what openrc-run sources), when the run holds that file. */
export function confdAssignment(ctx: Ctx, name: string): Assignment | undefined {
  const conf = confdScript(ctx);
  return conf ? [...conf.assignments].reverse().find((a) => a.name === name) : undefined;
}

/**
 * The value a path-like word or assignment most likely has: its literal, the
 * default of `${VAR:-default}`, or the conf.d value of `${VAR}`.
 */
export function resolvePath(ctx: Ctx, node: { raw: string; literal?: string; defaultLiteral?: string }): string | undefined {
  if (node.literal !== undefined) return node.literal;
  if (node.defaultLiteral !== undefined) return node.defaultLiteral;
  const ref = variableReference(node.raw);
  if (!ref) return undefined;
  const set = confdAssignment(ctx, ref.name);
  if (set?.literal !== undefined) return set.literal;
  const own = topAssignment(ctx.tree, ref.name);
  if (own?.literal !== undefined) return own.literal;
  if (ref.fallback !== undefined && !ref.fallback.includes('$')) return ref.fallback;
  return undefined;
}

/**
 * The path a PID file source names, for messages and directory checks: resolved when it can be, else
 * the default of `${VAR:-default}` as written, else the word without quotes — never half an expression.
 */
export function pathAsWritten(ctx: Ctx, node: { raw: string; literal?: string; defaultLiteral?: string }): string {
  return resolvePath(ctx, node) ?? variableReference(node.raw)?.fallback ?? unquote(node.raw);
}

/** The directory part of a path (`/run/foo/foo.pid` → `/run/foo`). */
export function dirOf(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  return i <= 0 ? '/' : trimmed.slice(0, i);
}

/**
 * Removes a function definition with its lines, and one blank line after it
 * when one precedes it too, so no double gap is left.
 */
export function removeFunction(ctx: Ctx, fn: FunctionDef): TextEdit {
  const edit = removeNodeLines(ctx, fn);
  const firstLine = ctx.lines.point(edit.start).line;
  const nextLine = ctx.lines.point(edit.end).line;
  const blank = (line: number) => line >= 1 && line <= ctx.lines.lineCount && ctx.lines.lineText(line).trim() === '';
  if (edit.end < ctx.text.length && blank(nextLine) && (firstLine === 1 || blank(firstLine - 1))) {
    edit.end = nextLine < ctx.lines.lineCount ? ctx.lines.lineStart(nextLine + 1) : ctx.text.length;
  } else if (edit.end >= ctx.text.length && firstLine > 1 && blank(firstLine - 1)) {
    // Last in the file: take the blank line before it instead.
    edit.start = ctx.lines.lineStart(firstLine - 1);
  }
  return edit;
}

/** The leading whitespace of the line holding `offset`. */
export function indentAt(ctx: Ctx, offset: number): string {
  const line = ctx.lines.point(offset).line;
  return /^[ \t]*/.exec(ctx.lines.lineText(line))![0];
}

/** Text to insert after the last line: adds a line break first if the file lacks one. */
export function appendText(ctx: Ctx, block: string): TextEdit {
  const end = ctx.text.length;
  const needsBreak = end > 0 && !/[\r\n]$/.test(ctx.text);
  return { start: end, end, text: (needsBreak ? ctx.eol : '') + block };
}

/** Whether a command is `start-stop-daemon` (any path). */
export function isStartStopDaemon(cmd: SimpleCommand): boolean {
  return cmd.program === 'start-stop-daemon';
}

/** Long names of OpenRC's start-stop-daemon options that take a value, by short letter. */
const SSD_SHORT: Record<string, string> = {
  I: 'ionice',
  K: 'stop',
  N: 'nicelevel',
  P: 'progress',
  R: 'retry',
  S: 'start',
  b: 'background',
  u: 'user',
  d: 'chdir',
  e: 'env',
  g: 'group',
  k: 'umask',
  m: 'make-pidfile',
  n: 'name',
  o: 'oknodo',
  p: 'pidfile',
  s: 'signal',
  t: 'test',
  r: 'chroot',
  w: 'wait',
  x: 'exec',
  a: 'startas',
  '1': 'stdout',
  '2': 'stderr',
  '3': 'stdout-logger',
  '4': 'stderr-logger',
  c: 'chuid',
  q: 'quiet',
  v: 'verbose',
  C: 'no-color',
};
const SSD_TAKES_VALUE = new Set([
  'ionice',
  'nicelevel',
  'retry',
  'user',
  'chdir',
  'env',
  'group',
  'umask',
  'name',
  'pidfile',
  'signal',
  'chroot',
  'wait',
  'exec',
  'startas',
  'stdout',
  'stderr',
  'stdout-logger',
  'stderr-logger',
  'chuid',
  'capabilities',
  'secbits',
  'oom-score-adj',
  'scheduler',
  'scheduler-priority',
  'notify',
  'ready',
]);

/** Long options of OpenRC's start-stop-daemon that take no value. */
const SSD_FLAGS = new Set(['start', 'stop', 'background', 'make-pidfile', 'oknodo', 'quiet', 'verbose', 'test', 'progress', 'no-color', 'no-new-privs', 'help', 'version', 'interpreted']);

/** Whether a parsed option name is one OpenRC's start-stop-daemon has. */
export function isStartStopDaemonOption(name: string): boolean {
  return SSD_FLAGS.has(name) || SSD_TAKES_VALUE.has(name) || Object.values(SSD_SHORT).includes(name);
}

/** One option of a start-stop-daemon call, with the words it spans. */
export interface SsdOption {
  /** Long name without dashes (`exec`, `pidfile`), or the word itself when unknown. */
  name: string;
  /** Raw value as written (quotes kept), when the option takes one. */
  value?: Word;
  /** Raw text of the value when attached (`--exec=/usr/bin/foo`). */
  attached?: string;
  words: Word[];
}

/** The options of a start-stop-daemon call and the daemon's own arguments after `--`. */
export function startStopOptions(cmd: SimpleCommand): { options: SsdOption[]; rest: Word[]; dashdash: boolean } {
  const options: SsdOption[] = [];
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.literal ?? word.raw;
    if (text === '--') return { options, rest: args.slice(i + 1), dashdash: true };
    const long = /^--([A-Za-z0-9-]+)(?:=([\s\S]*))?$/.exec(text);
    if (long) {
      const name = long[1];
      if (long[2] !== undefined) {
        options.push({ name, attached: long[2], words: [word] });
      } else if (SSD_TAKES_VALUE.has(name) && i + 1 < args.length) {
        options.push({ name, value: args[i + 1], words: [word, args[i + 1]] });
        i++;
      } else options.push({ name, words: [word] });
      continue;
    }
    const short = /^-([A-Za-z0-9]+)$/.exec(text);
    if (short) {
      const letters = short[1];
      for (let j = 0; j < letters.length; j++) {
        const name = SSD_SHORT[letters[j]] ?? `-${letters[j]}`;
        if (SSD_TAKES_VALUE.has(name)) {
          if (j + 1 < letters.length) options.push({ name, attached: letters.slice(j + 1), words: [word] });
          else if (i + 1 < args.length) {
            options.push({ name, value: args[i + 1], words: [word, args[i + 1]] });
            i++;
          } else options.push({ name, words: [word] });
          break;
        }
        options.push({ name, words: [word] });
      }
      continue;
    }
    // A word that is no option: start-stop-daemon takes the rest as the daemon's arguments.
    return { options, rest: args.slice(i), dashdash: false };
  }
  return { options, rest: [], dashdash: false };
}

/** The raw value of an option (attached or next word). */
export function optionRaw(option: SsdOption): string | undefined {
  return option.attached ?? option.value?.raw;
}

/** Whether the call starts (`--start`/`-S`) rather than stops or signals. */
export function ssdMode(cmd: SimpleCommand): 'start' | 'stop' | 'signal' | undefined {
  const names = startStopOptions(cmd).options.map((o) => o.name);
  if (names.includes('start')) return 'start';
  if (names.includes('stop')) return names.includes('signal') ? 'signal' : 'stop';
  if (names.includes('signal')) return 'signal';
  return undefined;
}

/** A word's text for inclusion in a double-quoted string, or undefined if that would change it. */
export function forDoubleQuotes(word: Word): string | undefined {
  const raw = word.raw;
  if (/^"[^"\\`]*"$/.test(raw)) return raw.slice(1, -1);
  if (/^'[^'$`\\"]*'$/.test(raw)) return raw;
  if (/^[^"'\\`]*$/.test(raw)) return raw;
  return undefined;
}

/** Names of the functions a command list calls (for "does reload() call checkconfig"). */
export function calls(fn: FunctionDef | undefined, name: string): boolean {
  return !!fn && fn.commands.some((c) => c.program === name || c.name === name);
}

/** One word of a space-separated list value (`extra_commands="checkconfig reload"`), with its offsets. */
export interface ListItem {
  text: string;
  start: number;
  end: number;
}

/** The literal words of an assignment's value; words with expansions are left out. */
export function listItems(a: Assignment): ListItem[] {
  const base = a.valuePosition.start.offset ?? 0;
  const out: ListItem[] = [];
  // Quotes only delimit the list here; a word with `$` is an expansion we cannot read.
  for (const m of a.raw.matchAll(/[^\s"']+/g)) {
    if (/[$`\\]/.test(m[0])) continue;
    out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** The extra_*commands lists of a script. */
export const EXTRA_LISTS = ['extra_commands', 'extra_started_commands', 'extra_stopped_commands'] as const;

/**
 * Whether an OpenRC script is for FreeBSD/NetBSD only: kept under `/usr/local/etc/rc.d` or a BSD folder,
 * or written with the BSD rc system's own pieces (`. /etc/rc.subr`, `rcvar=`, `load_rc_config`,
 * `kldload`). There `/var/run` is the real directory and `/run` does not exist.
 */
export function isBsdOnly(ctx: Ctx): boolean {
  if (/(^|\/)usr\/local\/etc\/(rc\.d|init\.d)\/|(^|\/)(freebsd|netbsd|openbsd|dragonfly)[^/]*\//i.test(ctx.path)) return true;
  return /^[ \t]*(?:\.|source)[ \t]+\/etc\/rc\.subr\b|^[ \t]*rcvar=|^[ \t]*load_rc_config\b|^[ \t]*kldload\b/m.test(ctx.text);
}

/** Whether a script picks its behaviour by platform (`$RC_UNAME`, `uname`): a path fix may be wrong on some. */
export function testsPlatform(ctx: Ctx): boolean {
  return /\$\{?RC_UNAME\b|\buname\b/.test(ctx.text);
}
