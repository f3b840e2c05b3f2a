/**
 * Value checking for unit-file keys: which systemd parser reads each
 * `Section.Key` (from the generated directive table, which also gives the
 * words of enum keys for every release), and whether that parser accepts a value.
 */
import { keyInfo } from '../directives.js';
import { SLICE_OF_SLICE } from './slice.js';
import { validateValue, type ValueProblem } from './validators.js';

export type { ValueProblem } from './validators.js';
export { VALIDATORS, isBoolean, isSignal } from './validators.js';
export { isCalendarEvent, isTimespan } from './time.js';
export { isUnitName, unitNameFromPath } from './names.js';
export { isListenAddress } from './listen.js';

export interface ValueParser {
  parser: string;
  ltype?: string;
  /** Enum keys: every word some release accepts (also ones a newer release dropped). */
  words?: readonly string[];
  /** Enum keys that also take the boolean words. */
  booleans?: boolean;
}

/** autoconf/CMake `@name@` and meson/jinja `{{ name }}` placeholders of `.service.in` templates. */
const BUILD_PLACEHOLDER = /@[A-Za-z_][A-Za-z0-9_-]*@|\{\{[^}]*\}\}/;

/** The parser systemd uses for `key` in `section`; undefined for keys it does not know or ignores. */
export function parserOf(section: string, key: string): ValueParser | undefined {
  const info = keyInfo(section, key);
  if (!info || info.deprecated === 'ignored') return undefined;
  const parser = key === 'ListenNetlink' ? 'config_parse_socket_netlink' : info.parser;
  const removed = (info as { valuesRemoved?: Record<string, number> }).valuesRemoved;
  const words = info.values || removed ? [...Object.keys(info.values ?? {}), ...Object.keys(removed ?? {})] : undefined;
  return { parser, ltype: info.ltype, words, booleans: info.booleans !== undefined };
}

/** What is wrong with `value` for `section`/`key`, as systemd would see it; undefined when accepted or unknown. */
export function checkValue(section: string, key: string, value: string): ValueProblem | undefined {
  // A build template's placeholder (`@bindir@`, `{{LIBEXECDIR}}`) is filled in before systemd sees the file.
  if (BUILD_PLACEHOLDER.test(value)) return undefined;
  const p = parserOf(section, key);
  if (p?.parser === 'config_parse_unit_slice' && section === 'Slice' && value !== '' && !value.includes('%')) return SLICE_OF_SLICE;
  return p && validateValue(p.parser, value, p.ltype, key, p);
}
