/**
 * What a generated unit may be called and may contain. Names and values come
 * from a hostile script, so a generated file name is a valid systemd unit name
 * (systemd's characters, no `/`, no leading `.`, at most 255 bytes) and a
 * generated value has no control character and no trailing `\` (a line
 * continuation would pull the next line into it).
 */

import { isUnitName as isSystemdUnitName } from '../languages/systemd/values/index.js';

/** Whether systemd accepts `name` as a unit name, and it is not a hidden file (no leading `.`). */
export function isUnitName(name: string): boolean {
  return !name.startsWith('.') && isSystemdUnitName(name);
}

export { isDaemonName } from '../languages/shell/query.js';

/** Whether a value can go into a generated unit line as it is. */
export function isCleanValue(value: string): boolean {
  return !/[\0-\x1f\x7f]/.test(value) && !value.endsWith('\\');
}

/** Whether every line of generated unit text is clean (the last guard before content leaves convert). */
export function isCleanUnitText(lines: readonly string[]): boolean {
  return lines.every(isCleanValue);
}
