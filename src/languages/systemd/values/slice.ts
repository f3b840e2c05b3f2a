/**
 * `Slice=` as `config_parse_unit_slice()` and `unit_set_slice()`
 * (src/core/load-fragment.c, src/core/unit.c) take it: one plain unit name
 * ending in `.slice`. A slice unit takes none: its parent comes from its name.
 */
import { isUnitName } from './names.js';
import type { Validator, ValueProblem } from './validators.js';

/** `slice_name_is_valid()`: `-.slice`, or a plain name whose dashes are inner and single (`system-foo.slice`). */
export function isSliceName(name: string): boolean {
  if (name === '-.slice') return true;
  if (!isUnitName(name) || name.includes('@') || !name.endsWith('.slice')) return false;
  const body = name.slice(0, -'.slice'.length);
  return !body.startsWith('-') && !body.endsWith('-') && !body.includes('--');
}

export function sliceValidator(): Validator {
  return (v) => {
    if (v.includes('%')) return undefined;
    if (!isUnitName(v) || v.includes('@')) return { message: `Failed to load slice unit ${v}`, expected: 'a slice name such as `system-foo.slice`' };
    return v.endsWith('.slice') ? undefined : { message: `Failed to assign slice ${v}`, expected: 'a unit name ending in `.slice`' };
  };
}

/** `Slice=` in a slice unit: systemd refuses to set a slice's parent (it follows from the name). */
export const SLICE_OF_SLICE: ValueProblem = { message: 'Failed to assign slice', expected: 'no `Slice=` in a slice unit (its parent follows from its name: `a-b.slice` is in `a.slice`)' };
