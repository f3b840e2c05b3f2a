/**
 * What a generated unit may be called and may contain. Names and values come
 * from a hostile script, so a generated file name is a valid systemd unit name
 * (systemd's characters, no `/`, no leading `.`, at most 255 bytes) and a
 * generated value has no control character and no trailing `\` (a line
 * continuation would pull the next line into it).
 */

/** Longest unit name systemd accepts (UNIT_NAME_MAX minus the NUL). */
export const MAX_UNIT_NAME = 255;

const UNIT_TYPES = 'service|socket|timer|target|path|mount|automount|swap|slice|scope|device';
const UNIT_NAME = new RegExp(`^[A-Za-z0-9:_\\\\-][A-Za-z0-9:_.\\\\-]*(@[A-Za-z0-9:_.\\\\-]*)?\\.(${UNIT_TYPES})$`);

/** Whether systemd accepts `name` as a unit name (`foo.service`, `foo@.service`, `foo@bar.service`). */
export function isUnitName(name: string): boolean {
  return name.length <= MAX_UNIT_NAME && UNIT_NAME.test(name);
}

/**
 * Whether a word of a daemon list can name a daemon and so a unit instance:
 * the same test for names written literally and names that reach the list
 * through `echo "VAR=…" >> file`.
 */
export function isDaemonName(word: string): boolean {
  return word.length <= 200 && /^[A-Za-z0-9_][A-Za-z0-9_.:+-]*$/.test(word);
}

/** Whether a value can go into a generated unit line as it is. */
export function isCleanValue(value: string): boolean {
  return !/[\0-\x1f\x7f]/.test(value) && !value.endsWith('\\');
}

/** Whether every line of generated unit text is clean (the last guard before content leaves convert). */
export function isCleanUnitText(lines: readonly string[]): boolean {
  return lines.every(isCleanValue);
}
