/** Unit names as `unit_name_is_valid()` (src/basic/unit-name.c) accepts them. */

export const UNIT_TYPES = new Set(['service', 'socket', 'target', 'device', 'mount', 'automount', 'swap', 'timer', 'path', 'slice', 'scope']);
const NAME_CHARS = /^[A-Za-z0-9:\-_.\\@]+$/;
/** UNIT_NAME_MAX: 256 including the terminating NUL. */
const UNIT_NAME_MAX = 255;

/** `name.type`, `name@instance.type` or the template `name@.type`. */
export function isUnitName(name: string): boolean {
  if (name.length === 0 || name.length > UNIT_NAME_MAX) return false;
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || !UNIT_TYPES.has(name.slice(dot + 1))) return false;
  const prefix = name.slice(0, dot);
  if (!NAME_CHARS.test(prefix)) return false;
  const at = prefix.indexOf('@');
  if (at === 0) return false;
  if (at > 0 && prefix.indexOf('@', at + 1) >= 0) return false;
  return true;
}

/**
 * Replaces each `%x` specifier with a plain letter, so names and paths using them can be checked;
 * `%n` is the full unit name, suffix included (`OnFailure=notify@%n` names `notify@foo.service`).
 */
export function withoutSpecifiers(value: string): string {
  return value.replace(/%./g, (s) => (s === '%%' ? '%' : s === '%n' ? 'x.service' : 'x'));
}

/**
 * The unit name systemd derives from a path (`unit_name_from_path()`):
 * `/var/lib/foo-bar` → `var-lib-foo\x2dbar.mount`.
 */
export function unitNameFromPath(path: string, suffix: string): string {
  const simplified = path
    .replace(/\/+/g, '/')
    .replace(/(.)\/$/, '$1')
    .replace(/\/\.(?=\/|$)/g, '');
  const trimmed = simplified.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return `-${suffix}`;
  let out = '';
  const bytes = new TextEncoder().encode(trimmed);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const c = String.fromCharCode(b);
    if (c === '/') out += '-';
    else if ((c === '.' && i === 0) || !/[A-Za-z0-9:_.]/.test(c)) out += `\\x${b.toString(16).padStart(2, '0')}`;
    else out += c;
  }
  return out + suffix;
}
