/**
 * Where a script names its PID file: `pidfile=` assignments and the
 * `--pidfile`/`-p` option of start-stop-daemon calls.
 */
import type { Assignment, SimpleCommand, Word } from '../../languages/shell/types.js';
import { confdAssignment, type Ctx, dirOf, isStartStopDaemon, pathAsWritten, resolvePath, startStopOptions, variableReference } from './util.js';
import { unquote } from '../../languages/shell/query.js';

export interface PidfileSource {
  /** Source text of the value (quotes kept). */
  raw: string;
  /** Offsets of `raw` in the file. */
  start: number;
  end: number;
  literal?: string;
  defaultLiteral?: string;
  assignment?: Assignment;
  word?: Word;
}

export function pidfileSources(ctx: Ctx): PidfileSource[] {
  const out: PidfileSource[] = [];
  for (const a of ctx.tree.assignments) {
    if (a.name !== 'pidfile') continue;
    out.push({
      raw: a.raw,
      start: a.valuePosition.start.offset ?? 0,
      end: a.valuePosition.end.offset ?? 0,
      literal: a.literal,
      defaultLiteral: (a as Assignment & { defaultLiteral?: string }).defaultLiteral,
      assignment: a,
    });
  }
  for (const cmd of ctx.tree.commands) {
    if (!isStartStopDaemon(cmd)) continue;
    for (const option of startStopOptions(cmd).options) {
      if (option.name !== 'pidfile') continue;
      const word = option.words[option.words.length - 1];
      const wordStart = word.position.start.offset ?? 0;
      let raw: string;
      let start: number;
      if (option.attached !== undefined) {
        const at = word.raw.indexOf('=');
        if (at < 0 || word.raw.startsWith('"') || word.raw.startsWith("'")) continue;
        raw = word.raw.slice(at + 1);
        start = wordStart + at + 1;
      } else if (option.value) {
        raw = word.raw;
        start = wordStart;
      } else continue;
      // `--pidfile "${pidfile}"` is the assignment again, already counted.
      if (variableReference(raw)?.name === 'pidfile') continue;
      const literal = option.attached === undefined ? word.literal : /^[^$"'`\\]*$/.test(raw) ? raw : undefined;
      out.push({ raw, start, end: start + raw.length, literal, word });
    }
  }
  return out;
}

/** The owner given to `checkpath -o USER[:GROUP]` or `chown USER[:GROUP]`, with the path arguments. */
function ownership(cmd: SimpleCommand): { owner: string; ownerWords: Word[]; paths: Word[] } | undefined {
  const args = cmd.args;
  if (cmd.program === 'checkpath') {
    let owner: string | undefined;
    let ownerWords: Word[] = [];
    const paths: Word[] = [];
    for (let i = 0; i < args.length; i++) {
      const text = args[i].literal ?? args[i].raw;
      const attached = /^(?:--owner=|-o)(.+)$/.exec(text);
      if (text === '--owner' || text === '-o') {
        owner = args[i + 1]?.literal ?? args[i + 1]?.raw;
        ownerWords = args.slice(i, i + 2);
        i++;
      } else if (attached && text.startsWith('-')) {
        owner = attached[1];
        ownerWords = [args[i]];
      } else if (/^(-m|--mode|-W|--writable)$/.test(text)) i++;
      else if (!text.startsWith('-')) paths.push(args[i]);
    }
    return owner === undefined ? undefined : { owner, ownerWords, paths };
  }
  if (cmd.program === 'chown') {
    const rest = args.filter((w) => !(w.literal ?? w.raw).startsWith('-'));
    if (rest.length < 2) return undefined;
    return { owner: rest[0].literal ?? rest[0].raw, ownerWords: [rest[0]], paths: rest.slice(1) };
  }
  return undefined;
}

function isRoot(owner: string): boolean {
  const user = owner.replace(/^["']|["']$/g, '').split(/[:.]/)[0];
  return user === 'root' || user === '0' || user === '';
}

/**
 * The owner a `${USER:-root}` owner stands for: the conf.d file's value when the run holds one that
 * sets it, else the default (freeradius' `${RADIUSD_USER:-root}` with RADIUSD_USER=radiusd in conf.d).
 */
function defaultedOwner(ctx: Ctx, owner: string): string {
  const m = /^["']?\$\{([A-Za-z_][A-Za-z0-9_]*):?-([^}$]*)\}/.exec(owner);
  if (!m) return owner;
  const set = confdAssignment(ctx, m[1]);
  return set ? (set.literal ?? set.raw) : m[2];
}

/** Whether a path argument names `dir`: literally, or as `${pidfile%/*}` / `$(dirname "$pidfile")`. */
function namesDir(ctx: Ctx, word: Word, dir: string): boolean {
  const value = word.literal ?? resolvePath(ctx, word) ?? unquote(word.raw);
  // The directory as written (`${PID_DIR}`) matches the word as written, whatever conf.d sets it to.
  if (value.replace(/\/+$/, '') === dir || unquote(word.raw).replace(/\/+$/, '') === dir) return true;
  return /\$\{pidfile%\/\*\}|dirname\s+"?\$\{?pidfile\b/.test(word.raw);
}

/** A command that hands the PID file's directory to a non-root user. */
export interface HandedOver {
  cmd: SimpleCommand;
  owner: string;
  /** Every path the command changes, and the one that is the PID file's directory. */
  paths: Word[];
  hit: Word;
  source: PidfileSource;
  dir: string;
}

/** `checkpath --owner foo … DIR` / `chown foo DIR` where DIR holds the PID file. */
export function handedOverPidDirs(ctx: Ctx): HandedOver[] {
  // The directory as resolved (literal, default, conf.d value), else as written (`/run/${RC_SVCNAME}`).
  const sources: Array<{ source: PidfileSource; dir: string }> = [];
  for (const source of pidfileSources(ctx)) {
    const path = pathAsWritten(ctx, source);
    if (path.includes('/')) sources.push({ source, dir: dirOf(path) });
  }
  const out: HandedOver[] = [];
  if (!sources.length) return out;
  for (const cmd of ctx.tree.commands) {
    const owned = ownership(cmd);
    if (!owned || isRoot(defaultedOwner(ctx, owned.owner))) continue;
    for (const { source, dir } of sources) {
      const hit = owned.paths.find((w) => namesDir(ctx, w, dir));
      if (!hit) continue;
      out.push({ cmd, owner: owned.owner, paths: owned.paths, hit, source, dir });
      break;
    }
  }
  return out;
}
