/**
 * What a generated unit may be called and may contain. Names and values come
 * from a hostile script, so a generated file name is a valid systemd unit name
 * (systemd's characters, no `/`, no leading `.`, at most 255 bytes) and a
 * generated value has no control character and no trailing `\` (a line
 * continuation would pull the next line into it).
 */

import { UNIT_TYPES } from '../languages/systemd/unit-types.js';

/** Longest unit name systemd accepts (UNIT_NAME_MAX minus the NUL). */
export const MAX_UNIT_NAME = 255;

const UNIT_NAME = new RegExp(`^[A-Za-z0-9:_\\\\-][A-Za-z0-9:_.\\\\-]*(@[A-Za-z0-9:_.\\\\-]*)?\\.(${UNIT_TYPES.join('|')})$`);

/** Whether systemd accepts `name` as a unit name (`foo.service`, `foo@.service`, `foo@bar.service`). */
export function isUnitName(name: string): boolean {
  return name.length <= MAX_UNIT_NAME && UNIT_NAME.test(name);
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
