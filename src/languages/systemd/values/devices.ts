/**
 * `DeviceAllow=` as `config_parse_device_allow()` (src/core/load-fragment.c)
 * reads it: a device node path below `/dev/` (or `/run/systemd/inaccessible/`),
 * or a `char-…`/`block-…` group from /proc/devices, then rights of `r`, `w`, `m`.
 */
import { withoutSpecifiers } from './names.js';
import type { Validator } from './validators.js';
import { splitWords } from './words.js';

/** `valid_device_node_path()` after path_simplify() (which drops repeated and final slashes): /dev or below, no `.`/`..` components. */
function isDeviceNodePath(path: string): boolean {
  const simple = path.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
  return /^\/(dev|run\/systemd\/inaccessible)(\/|$)/.test(simple) && !/\/\.\.?(\/|$)/.test(simple);
}

export function deviceAllowValidator(): Validator {
  return (v) => {
    if (v === '') return undefined;
    const { words, error } = splitWords(v, { unquote: true });
    if (error !== undefined || !words.length) return { message: 'Failed to extract device path and rights', expected: 'a device path and rights such as `/dev/null rw`' };
    const [path] = words;
    // Specifiers expand to plain words or directories: judge only what no expansion could fix.
    const expanded = withoutSpecifiers(path.text);
    if (!/^(block|char)-/.test(expanded) && !(path.text.startsWith('%') || isDeviceNodePath(expanded)))
      return { message: 'Invalid device node path', expected: 'a path below `/dev/` such as `/dev/fuse`, or a device group such as `char-pts` or `block-loop`', start: path.start, end: path.end };
    const rest = v.slice(path.end).replace(/^[ \t\n\r]+/, '');
    if (/^[rwm]*$/.test(rest)) return undefined;
    return { message: 'Invalid device rights', expected: 'rights made of `r`, `w` and `m`, such as `rw` or `rwm`', start: v.length - rest.length, end: v.length };
  };
}
