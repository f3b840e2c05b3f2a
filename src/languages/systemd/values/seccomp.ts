/**
 * The system-call settings as systemd's parsers read them
 * (`config_parse_syscall_filter`, `…_syscall_log`, `…_syscall_archs`,
 * `…_syscall_errno`, `config_parse_personality`; src/core/load-fragment.c,
 * src/shared/seccomp-util.c), against the names of kernel-names.json
 * (`npm run gen-value-names`).
 */
import names from './kernel-names.json' with { type: 'json' };
import { parseInteger } from './numbers.js';
import type { Validator, ValueProblem } from './validators.js';
import { splitWords, type ValueWord } from './words.js';

const GROUPS: Readonly<Record<string, number>> = names.syscallGroups;
const SYSCALLS = new Set(names.syscalls);
/** errno_from_name() compares without regard to case. */
const ERRNO_NAMES = new Set(names.errnoNames.map((n) => n.toUpperCase()));
const SECCOMP_ARCHITECTURES: Readonly<Record<string, number>> = names.seccompArchitectures;
const ARCHITECTURES: Readonly<Record<string, number>> = names.architectures;
/** ERRNO_MAX of systemd's errno-util. */
const ERRNO_MAX = 4095;

const wordProblem = (message: string, expected: string, w: ValueWord, offset: number, wordOnly = true): ValueProblem => ({
  message,
  expected,
  start: offset + w.start,
  end: offset + w.end,
  wordOnly,
});

/** `parse_errno()`: an errno name (`EPERM`) or a number 0…4095; `kill` where the caller allows it. */
export function errnoValue(text: string): number | undefined {
  if (ERRNO_NAMES.has(text.toUpperCase())) return 1;
  const n = parseInteger(text, true);
  return n !== undefined && n >= 0 && n <= ERRNO_MAX ? n : undefined;
}

const SYSCALL_WORDS = 'system call names such as `write` or groups such as `@system-service`';

/** A system call or `@group` name systemd does not know: it drops the word with a warning. */
function nameProblem(name: string, w: ValueWord, offset: number): ValueProblem | undefined {
  if (name.startsWith('@')) {
    if (name in GROUPS) return undefined;
    return wordProblem('Unknown system call group', `a group among ${Object.keys(GROUPS).join(', ')}`, w, offset);
  }
  // Names of syscall-list.txt that an older libseccomp lacks are the host's business, not the unit's.
  if (SYSCALLS.has(name)) return undefined;
  return wordProblem(`System call ${name} is not known`, SYSCALL_WORDS, w, offset);
}

/** The value after an optional `~`, split as extract_first_word() with no flags does. */
function syscallWords(v: string): { invert: boolean; offset: number; words: ValueWord[]; error?: number } {
  const invert = v.startsWith('~');
  const offset = invert ? 1 : 0;
  return { invert, offset, ...splitWords(v.slice(offset)) };
}

/** `SystemCallFilter=`: `~` for a deny list; each word a name or `@group`, with `:errno` only in a deny list. */
export function syscallFilterValidator(): Validator {
  return (v) => {
    if (v === '') return undefined;
    const { invert, offset, words, error } = syscallWords(v);
    if (error !== undefined) return { message: 'Invalid syntax', expected: 'balanced quotes and escapes', start: offset + error, end: v.length };
    for (const w of words) {
      const colon = w.text.indexOf(':');
      const name = colon < 0 ? w.text : w.text.slice(0, colon);
      if (colon >= 0) {
        const errno = w.text.slice(colon + 1);
        if (name === '' || (errno !== 'kill' && errnoValue(errno) === undefined))
          return wordProblem('Failed to parse syscall:errno', '`NAME:ERRNO` with an errno name such as `EPERM`, a number 0–4095, or `kill`', w, offset);
        if (!invert) return wordProblem('Allow-listed system calls cannot take error number', 'the name without `:ERRNO` (an error number only goes with a `~` deny list)', w, offset);
      }
      const found = nameProblem(name, w, offset);
      if (found) return found;
    }
    return undefined;
  };
}

/** `SystemCallLog=`: like the filter without error numbers. */
export function syscallLogValidator(): Validator {
  return (v) => {
    if (v === '') return undefined;
    const { offset, words, error } = syscallWords(v);
    if (error !== undefined) return { message: 'Invalid syntax', expected: 'balanced quotes and escapes', start: offset + error, end: v.length };
    for (const w of words) {
      const found = nameProblem(w.text, w, offset);
      if (found) return found;
    }
    return undefined;
  };
}

/** `SystemCallArchitectures=`: seccomp_arch_from_string() words. */
export function syscallArchitecturesValidator(): Validator {
  return (v) => {
    const { words, error } = splitWords(v, { unquote: true });
    if (error !== undefined) return { message: 'Invalid syntax', expected: 'balanced quotes', start: error, end: v.length };
    for (const w of words) {
      if (w.text in SECCOMP_ARCHITECTURES) continue;
      return wordProblem(`Failed to parse system call architecture "${w.text}"`, `architectures among ${Object.keys(SECCOMP_ARCHITECTURES).join(', ')}`, w, 0);
    }
    return undefined;
  };
}

/** `SystemCallErrorNumber=`: an errno name or number above 0, or `kill`. */
export function syscallErrnoValidator(): Validator {
  const expected = 'an errno name such as `EPERM`, a number 1–4095, or `kill`';
  return (v) => {
    if (v === '' || v === 'kill') return undefined;
    const e = errnoValue(v);
    if (e === undefined) return { message: 'Failed to parse error number', expected };
    return e === 0 ? { message: 'Invalid error number', expected } : undefined;
  };
}

/**
 * `Personality=`: an architecture name. systemd takes only the host's own and
 * its 32-bit companion (`x86` on `x86-64`); which that is depends on the host,
 * so only names of no architecture at all are refused.
 */
export function personalityValidator(): Validator {
  return (v) => (v === '' || v in ARCHITECTURES ? undefined : { message: 'Failed to parse personality', expected: 'an architecture such as `x86-64`, `x86`, `arm64` or `ppc64-le`' });
}

export interface DatedWord {
  word: string;
  /** Index of the word in the value, and one past its end. */
  start: number;
  end: number;
  /** The first systemd release that accepts the word. */
  since: number;
}

/** System-call groups, architectures and personalities in a value, with the release that added each name. */
export function datedSeccompWords(parser: string, v: string): DatedWord[] {
  if (parser === 'config_parse_personality') return v in ARCHITECTURES ? [{ word: v, start: 0, end: v.length, since: ARCHITECTURES[v] }] : [];
  if (parser === 'config_parse_syscall_archs')
    return splitWords(v, { unquote: true }).words.flatMap((w) => (w.text in SECCOMP_ARCHITECTURES ? [{ word: w.text, start: w.start, end: w.end, since: SECCOMP_ARCHITECTURES[w.text] }] : []));
  if (parser !== 'config_parse_syscall_filter' && parser !== 'config_parse_syscall_log') return [];
  const { offset, words } = syscallWords(v);
  return words.flatMap((w) => {
    const name = w.text.split(':')[0];
    return name in GROUPS ? [{ word: name, start: offset + w.start, end: offset + w.start + name.length, since: GROUPS[name] }] : [];
  });
}
