/**
 * Value checking for unit-file keys: which systemd parser reads each
 * `Section.Key`, and whether that parser accepts a value.
 *
 * The key → parser map (`key-parsers.json`) was extracted from systemd's
 * `src/core/load-fragment-gperf.gperf.in` (v252 and the newest release): the
 * parser function and its `ltype` column per key. It stands in until the
 * generated directive table (issue 10 item 1) carries the same facts.
 */
import keyParsers from './key-parsers.json' with { type: 'json' };
import { validateValue, type ValueProblem } from './validators.js';

export type { ValueProblem } from './validators.js';
export { VALIDATORS, isBoolean, isSignal } from './validators.js';
export { isCalendarEvent, isTimespan } from './time.js';
export { isUnitName, unitNameFromPath } from './names.js';
export { isListenAddress } from './listen.js';

const PARSERS = keyParsers as unknown as Record<string, [string, string?]>;

/** The parser systemd uses for `key` in `section`, with its `ltype`; undefined for keys it does not read this way. */
export function parserOf(section: string, key: string): { parser: string; ltype?: string } | undefined {
  const entry = PARSERS[`${section}.${key}`];
  if (!entry) return undefined;
  const parser = key === 'ListenNetlink' ? 'config_parse_socket_netlink' : entry[0];
  return { parser, ltype: entry[1] };
}

/** What is wrong with `value` for `section`/`key`, as systemd would see it; undefined when accepted or unknown. */
export function checkValue(section: string, key: string, value: string): ValueProblem | undefined {
  const p = parserOf(section, key);
  return p && validateValue(p.parser, value, p.ltype, key);
}
