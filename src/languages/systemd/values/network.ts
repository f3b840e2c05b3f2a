/**
 * Network settings as systemd's parsers read them: `RestrictAddressFamilies=`
 * (`config_parse_address_families`, src/shared/parse-helpers.c) and
 * `IPAddressAllow=`/`IPAddressDeny=` (`config_parse_in_addr_prefixes`,
 * src/shared/in-addr-prefix-util.c).
 */
import names from './kernel-names.json' with { type: 'json' };
import type { Validator } from './validators.js';
import { splitWords } from './words.js';

/** af_from_name() compares without regard to case. */
const ADDRESS_FAMILIES = new Set(names.addressFamilies.map((n) => n.toUpperCase()));

/**
 * `RestrictAddressFamilies=`: `none`, or `AF_…` names after an optional `~`.
 * An unknown name drops the whole line from systemd 261 on (only the word before).
 */
export function addressFamiliesValidator(): Validator {
  const expected = '`none`, or address families such as `AF_UNIX AF_INET AF_INET6` (optionally after `~`)';
  return (v) => {
    if (v === '' || v === 'none') return undefined;
    const offset = v.startsWith('~') ? 1 : 0;
    const { words, error } = splitWords(v.slice(offset), { unquote: true });
    if (error !== undefined) return { message: 'Invalid syntax', expected: 'balanced quotes', start: offset + error, end: v.length };
    const bad = words.find((w) => !ADDRESS_FAMILIES.has(w.text.toUpperCase()));
    return bad && { message: 'Failed to parse address family', expected, start: offset + bad.start, end: offset + bad.end };
  };
}

/** `is_localhost()`: `localhost`, `localhost.localdomain` and names below them, with or without a final dot, any case. */
const LOCALHOST = /(^|\.)localhost(\.localdomain)?\.?$/i;
const SHORTHANDS = new Set(['any', 'link-local', 'multicast']);
/** safe_atou8() with base 0: decimal, `0x…` or octal. */
const PREFIX_LENGTH = /^\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;

/** node:net on first use: loading it costs a unit run ~3 ms, and few units name an address. */
const isIP = (address: string): number => process.getBuiltinModule('node:net').isIP(address);

/** `in_addr_prefix_from_string_auto()`: an IPv4 or IPv6 address (no zone), optionally `/length`. */
export function isAddressPrefix(word: string): boolean {
  const slash = word.indexOf('/');
  const address = slash < 0 ? word : word.slice(0, slash);
  const family = address.includes('%') ? 0 : isIP(address);
  if (!family) return false;
  if (slash < 0) return true;
  const length = word.slice(slash + 1);
  return PREFIX_LENGTH.test(length) && Number(length.replace(/^\+/, '').replace(/^0(?=[0-7])/, '0o')) <= (family === 4 ? 32 : 128);
}

/** `IPAddressAllow=`/`IPAddressDeny=`: addresses or prefixes, `any`, `localhost`, `link-local`, `multicast`; a bad word is dropped. */
export function addressPrefixesValidator(): Validator {
  const expected = 'IPv4/IPv6 addresses or prefixes such as `10.0.0.0/8` or `fe80::/64`, or `any`, `localhost`, `link-local`, `multicast`';
  return (v) => {
    const { words, error } = splitWords(v);
    if (error !== undefined) return { message: 'Invalid syntax', expected: 'no trailing backslash', start: error, end: v.length };
    for (const w of words) {
      if (SHORTHANDS.has(w.text) || LOCALHOST.test(w.text) || isAddressPrefix(w.text)) continue;
      return { message: 'Invalid address prefix is specified', expected, start: w.start, end: w.end, wordOnly: true };
    }
    return undefined;
  };
}
