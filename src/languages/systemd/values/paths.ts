/**
 * Path lists of the mount-namespace settings: `BindPaths=`/`BindReadOnlyPaths=`
 * (`[-]SOURCE[:DEST[:OPTIONS]]`, `config_parse_bind_paths()`),
 * `TemporaryFileSystem=` (`PATH[:OPTIONS]`) and `ReadWritePaths=` and kin
 * (`[-][+]PATH`, `config_parse_namespace_path_strv()`). Each entry's path must
 * be absolute and normalized (`path_simplify_and_warn(PATH_CHECK_ABSOLUTE)`);
 * systemd drops a bad entry and keeps the others.
 */
import type { ValueProblem, Validator } from './validators.js';
import { splitWords } from './words.js';

/** Specifiers that expand to absolute paths (`%t/foo`, `%h`, `%S`, the cgroup `%c`); the others (`%i`, `%H`, `%g`) expand to names. */
const DIRECTORY_SPECIFIER = /^%[tThSCLEVdyYcrR]/;

/** Why `path_simplify_and_warn(PATH_CHECK_ABSOLUTE)` refuses `path`; undefined when it accepts it. */
function pathFault(path: string): string | undefined {
  if (!path.startsWith('/') && !DIRECTORY_SPECIFIER.test(path)) return 'path is not absolute';
  if (/(^|\/)\.\.(\/|$)/.test(path.replace(/%./g, 'x'))) return 'path is not normalized';
  return undefined;
}

const entry = (key: string | undefined, fault: string, expected: string, start: number, end: number): ValueProblem => ({
  message: `${key ?? 'Path'}= ${fault}`,
  expected,
  start,
  end,
  wordOnly: true,
});

interface Field {
  text: string;
  start: number;
  end: number;
  /** Index after the separator that ended the field; undefined when the value ended. */
  next?: number;
  separator?: string;
  error?: boolean;
}

/**
 * `extract_first_word()` with `separators` and EXTRACT_UNQUOTE|EXTRACT_DONT_COALESCE_SEPARATORS:
 * one separator ends the field (two in a row give an empty field), quotes
 * group, a backslash keeps the next character.
 */
function field(v: string, from: number, separators: string): Field {
  let text = '';
  let quote = '';
  for (let i = from; i < v.length; i++) {
    const c = v[i];
    if (c === '\\') {
      if (i + 1 >= v.length) return { text, start: from, end: i, error: true };
      text += v[++i];
    } else if (quote) {
      if (c === quote) quote = '';
      else text += c;
    } else if (c === '"' || c === "'") quote = c;
    else if (separators.includes(c)) return { text, start: from, end: i, next: i + 1, separator: c };
    else text += c;
  }
  return quote ? { text, start: from, end: v.length, error: true } : { text, start: from, end: v.length };
}

const BIND = 'absolute paths as `[-]SOURCE[:DESTINATION[:rbind|norbind]]`, entries separated by spaces';
const WHITESPACE = ' \t\n\r';
const unparsable = (key: string | undefined, start: number, end: number): ValueProblem => ({ message: `Failed to parse ${key}=`, expected: 'balanced quotes', start, end });

/** The options word after a second `:`: whitespace before and after it is skipped; `next` is where the next entry starts. */
function optionWord(v: string, from: number): Field {
  let i = from;
  while (i < v.length && WHITESPACE.includes(v[i])) i++;
  const word = field(v, i, WHITESPACE);
  let next = word.next;
  while (next !== undefined && next < v.length && WHITESPACE.includes(v[next])) next++;
  return { ...word, next: next === v.length ? undefined : next };
}

/** One `BindPaths=` entry from `from`: its problem, and where the next entry starts. */
function bindEntry(v: string, from: number, key?: string): { found?: ValueProblem; next?: number } {
  const source = field(v, from, ':' + WHITESPACE);
  if (source.error) return { found: unparsable(key, from, v.length) };
  // Doubled whitespace gives an empty entry: systemd warns, but nothing is lost.
  if (source.text === '' && source.separator !== ':') return { next: source.next };
  const fault = pathFault(source.text.startsWith('-') ? source.text.slice(1) : source.text);
  if (fault) return { found: entry(key, fault, BIND, source.start, source.end) };
  if (source.separator !== ':') return { next: source.next };
  const dest = field(v, source.next!, ':' + WHITESPACE);
  if (dest.error) return { found: unparsable(key, dest.start, v.length) };
  const destFault = pathFault(dest.text);
  if (destFault) return { found: entry(key, destFault, BIND, source.start, dest.end) };
  if (dest.separator !== ':') return { next: dest.next };
  const option = optionWord(v, dest.next!);
  if (option.error) return { found: unparsable(key, dest.next!, v.length) };
  if (option.text !== '' && option.text !== 'rbind' && option.text !== 'norbind') {
    return { found: { message: 'Invalid option string', expected: '`rbind` or `norbind` after the destination', start: option.start, end: option.end, wordOnly: true } };
  }
  return { next: option.next };
}

export function bindPathsValidator(): Validator {
  return (v, _ltype, key) => {
    let at: number | undefined = v === '' ? undefined : 0;
    while (at !== undefined) {
      const { found, next } = bindEntry(v, at, key);
      if (found) return found;
      at = next;
    }
    return undefined;
  };
}

/** A list of words, each holding one path that must be absolute: `pathOf` takes it out of its word. */
function pathWordsValidator(pathOf: (word: string) => string, expected: string): Validator {
  return (v, _ltype, key) => {
    const { words, error } = splitWords(v, { unquote: true });
    if (error !== undefined) return { message: 'Failed to extract first word', expected: 'balanced quotes', start: error, end: v.length };
    for (const w of words) {
      const fault = pathFault(pathOf(w.text));
      if (fault) return entry(key, fault, expected, w.start, w.end);
    }
    return undefined;
  };
}

/** `TemporaryFileSystem=PATH[:OPTIONS] …`: the path before the first `:` must be absolute. */
export function temporaryFileSystemValidator(): Validator {
  return pathWordsValidator((word) => field(word, 0, ':').text, 'absolute paths, each optionally followed by `:` and mount options');
}

/** `ReadWritePaths=` and kin: `-` (ignore if missing) then `+` (below RootDirectory=) before each absolute path. */
export function namespacePathsValidator(): Validator {
  return pathWordsValidator((word) => word.replace(/^-/, '').replace(/^\+/, ''), 'absolute paths, each optionally after `-` and then `+`');
}
