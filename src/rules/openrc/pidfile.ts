/**
 * Where a script names its PID file: `pidfile=` assignments and the
 * `--pidfile`/`-p` option of start-stop-daemon calls.
 */
import type { Assignment, Word } from '../../languages/shell/types.js';
import { type Ctx, isStartStopDaemon, startStopOptions, variableReference } from './util.js';

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
