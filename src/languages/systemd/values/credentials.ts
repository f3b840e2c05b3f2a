/**
 * Credentials as systemd's `config_parse_load_credential()`,
 * `…_set_credential()` and `…_import_credential()` read them: `ID[:PATH]`,
 * `ID:VALUE` (C escapes; Base64 for the encrypted form) and `GLOB[:NAME]`.
 * A bad line is dropped with a warning.
 */
import type { ValueProblem, Validator } from './validators.js';

/** `credential_name_valid()`: a file name and an fd name — printable ASCII, no `/` or `:`, not `.`/`..`, at most 255 bytes. */
export function isCredentialName(name: string): boolean {
  if (name.includes('%')) return isCredentialName(name.replace(/%./g, 'x'));
  return /^[\x20-\x7e]{1,255}$/.test(name) && !/[/:]/.test(name) && name !== '.' && name !== '..';
}

/** `credential_glob_valid()`: a credential name, optionally ending in `*` (a lone `*` too). */
function isCredentialGlob(glob: string): boolean {
  if (!/[*?[\]]/.test(glob)) return isCredentialName(glob);
  const stem = glob.slice(0, -1);
  return glob.endsWith('*') && !/[*?[\]]/.test(stem) && (stem === '' || isCredentialName(stem));
}

/**
 * The first field up to an unescaped `:` (`extract_first_word()` with `:` and
 * no coalescing: a backslash keeps the next character). `rest` is undefined
 * when there is no `:`, `error` when a backslash ends the value.
 */
function splitField(v: string): { field: string; end: number; rest?: string; error?: boolean } {
  let field = '';
  for (let i = 0; i < v.length; i++) {
    if (v[i] === '\\') {
      if (i + 1 >= v.length) return { field, end: i, error: true };
      field += v[++i];
    } else if (v[i] === ':') return { field, end: i, rest: v.slice(i + 1) };
    else field += v[i];
  }
  return { field, end: v.length };
}

const NAME = 'a credential name of printable ASCII without `/` or `:` (not `.` or `..`)';
const bad = (message: string, expected: string, start: number, end: number): ValueProblem => ({ message, expected, start, end });

/** `path_is_normalized()`: no `.` or `..` components and no `//`. */
const isNormalized = (path: string) => !/(^|\/)\.\.?(\/|$)/.test(path) && !path.includes('//');

/** `LoadCredential=ID[:PATH]`: PATH absolute and normalized, or another credential's name. */
export function loadCredentialValidator(): Validator {
  return (v) => {
    if (v === '') return undefined;
    const { field, end, rest, error } = splitField(v);
    if (error) return bad('Invalid syntax', `${NAME}, then \`:\` and a path`, 0, v.length);
    if (!isCredentialName(field)) return bad(`Credential name "${field}" not valid`, NAME, 0, end);
    // Specifiers expand to directories (`%d/foo`) or names: a source with them is not judged.
    if (!rest || rest.includes('%')) return undefined;
    const valid = rest.startsWith('/') ? isNormalized(rest) : isCredentialName(rest);
    return valid ? undefined : bad(`Credential source "${rest}" not valid`, 'an absolute path without `.`, `..` or `//` components, or the name of a credential passed to systemd', end + 1, v.length);
  };
}

/** `cunescape()` without relaxing: the escapes systemd decodes, nothing else after a backslash. */
const BAD_ESCAPE = /\\(?![abfnrtv\\"'s]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3})/;
/** Base64 as `unbase64mem()` reads it: whitespace ignored, padded to a multiple of four. */
const isBase64 = (data: string) => {
  const compact = data.replace(/\s+/g, '');
  return /^[A-Za-z0-9+/]*={0,2}$/.test(compact) && compact.length % 4 === 0;
};

/** `SetCredential=ID:VALUE` (C escapes in VALUE) and `SetCredentialEncrypted=ID:BASE64`. */
export function setCredentialValidator(): Validator {
  return (v, ltype) => {
    if (v === '') return undefined;
    const { field, end, rest, error } = splitField(v);
    if (error || !rest) return bad('Invalid syntax', `${NAME}, then \`:\` and the value`, 0, v.length);
    if (!isCredentialName(field)) return bad(`Credential name "${field}" not valid`, NAME, 0, end);
    // `SetCredentialEncrypted=` has the ltype 1 in the gperf table.
    if (ltype === '1') {
      return isBase64(rest) ? undefined : bad('Encrypted credential data not valid Base64 data', 'the Base64 text that `systemd-creds encrypt` printed', end + 1, v.length);
    }
    const escape = BAD_ESCAPE.exec(rest);
    return escape ? bad(`Can't unescape "${rest}"`, 'C escapes such as `\\n`, `\\t`, `\\\\`, `\\x41` (a backslash before anything else is refused)', end + 1 + escape.index, v.length) : undefined;
  };
}

/** The release from which `ImportCredential=` takes `GLOB:NAME` (before, the whole value was the glob). */
export const IMPORT_RENAME_SINCE = 257;

/** Where the `:NAME` of `ImportCredential=GLOB:NAME` starts (its colon); undefined without one. */
export function importRename(v: string): number | undefined {
  const { end, rest } = splitField(v);
  return rest === undefined ? undefined : end;
}

/** `ImportCredential=GLOB[:NAME]`: a credential name with at most a trailing `*`, then an optional new name. */
export function importCredentialValidator(): Validator {
  return (v) => {
    if (v === '') return undefined;
    const { field, end, rest, error } = splitField(v);
    if (error) return bad('Invalid syntax', 'a credential name or glob', 0, v.length);
    if (!isCredentialGlob(field.includes('%') ? field.replace(/%./g, 'x') : field)) return bad(`Credential name or glob "${field}" not valid`, `${NAME}, optionally ending in \`*\``, 0, end);
    return rest && !isCredentialName(rest) ? bad(`Credential name "${rest}" not valid`, NAME, end + 1, v.length) : undefined;
  };
}
