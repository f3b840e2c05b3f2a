/**
 * `User=`, `Group=`, `SupplementaryGroups=` as `config_parse_user_group_compat()`
 * and `…_strv_compat()` check them: `valid_user_group_name()` in its relaxed
 * mode (systemd 246 and later), which also takes numeric IDs. systemd refuses
 * the whole unit on a bad name ("bad unit file setting").
 */
import type { ValueProblem, Validator } from './validators.js';
import { splitWords } from './words.js';

/** `parse_uid()`: a decimal without leading zeros, not (uid_t) -1 and not the 16-bit -1 (65535). */
function isNumericId(v: string): boolean {
  if (!/^(0|[1-9][0-9]*)$/.test(v)) return false;
  const n = Number(v);
  return n < 0xffffffff && n !== 0xffff;
}

/** Does systemd's relaxed check accept `name` as a user or group (or numeric ID)? */
export function isUserName(name: string): boolean {
  if (isNumericId(name)) return true;
  // Specifiers (`%i`) expand first: only the characters written out can be judged.
  const literal = name.replace(/%./g, '');
  if (/[\x00-\x1f\x7f:/]/.test(literal)) return false;
  if (name.includes('%')) return true;
  // All digits that are no valid ID (`65535`, `0123`, `-1`), and the directory names `.` and `..`.
  return !/^-?[0-9]+$/.test(name) && name !== '.' && name !== '..';
}

const MESSAGE = 'Invalid user/group name or numeric ID';
const EXPECTED = 'a user or group name without `:`, `/` or control characters, or a numeric ID from 0 to 4294967294 other than 65535 (systemd refuses to start the unit)';

export function userValidator(): Validator {
  return (v) => (v === '' || isUserName(v) ? undefined : { message: MESSAGE, expected: EXPECTED });
}

/** `SupplementaryGroups=`: words split on whitespace (quotes are ordinary characters here). */
export function userListValidator(): Validator {
  return (v): ValueProblem | undefined => {
    const { words, error } = splitWords(v);
    if (error !== undefined) return { message: 'Invalid syntax', expected: 'group names separated by spaces', start: error, end: v.length };
    const bad = words.find((w) => !isUserName(w.text));
    return bad && { message: MESSAGE, expected: EXPECTED, start: bad.start, end: bad.end };
  };
}
