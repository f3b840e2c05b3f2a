/** Numbers, sizes and limits as systemd's parse-util.c / rlimit-util.c read them. */
import { isTimespan } from './time.js';

/** `safe_atou64()`: optional blanks and `+`, decimal, `0x…`, `0o…` or `0b…`. */
const UNSIGNED = /^[ \t\n\r]*\+?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)$/;
/** `safe_atoi()`: as above with an optional `-`. */
const SIGNED = /^[ \t\n\r]*[+-]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)$/;

/** The integer, or undefined when systemd's `safe_ato*()` refuses the text. */
export function parseInteger(text: string, signed = false): number | undefined {
  if (!(signed ? SIGNED : UNSIGNED).test(text)) return undefined;
  const t = text.trim();
  const negative = t.startsWith('-');
  const body = t.replace(/^[+-]/, '');
  const n = /^0[oO]/.test(body) ? parseInt(body.slice(2), 8) : /^0[bB]/.test(body) ? parseInt(body.slice(2), 2) : Number(body);
  return negative ? -n : n;
}

const SIZE_SUFFIXES = ['E', 'P', 'T', 'G', 'M', 'K', 'B', ''];

/** `parse_size()`: `512M`, `1.5G`, `1G 512M`, `4096`. */
export function isSize(text: string): boolean {
  let p = 0;
  let startPos = 0;
  do {
    while (p < text.length && ' \t\n\r'.includes(text[p])) p++;
    const m = /^\+?[0-9]+/.exec(text.slice(p));
    if (!m || text[p] === '-') return false;
    let e = p + m[0].length;
    if (text[e] === '.') {
      e++;
      while (/[0-9]/.test(text[e] ?? '')) e++;
    }
    while (e < text.length && ' \t\n\r'.includes(text[e])) e++;
    let i = startPos;
    while (i < SIZE_SUFFIXES.length && !text.startsWith(SIZE_SUFFIXES[i], e)) i++;
    if (i >= SIZE_SUFFIXES.length) return false;
    p = e + SIZE_SUFFIXES[i].length;
    startPos = i + 1;
  } while (p < text.length);
  return true;
}

/** `parse_permyriad()`/`parse_percent()`: `50%`, `12.5%`, `125‰`, `1234‱`. */
export function isPercentage(text: string, max = 100): boolean {
  const m = /^([0-9]+)(?:\.([0-9]))?%$/.exec(text) ?? /^([0-9]+)(?:\.([0-9]{1,2}))?%$/.exec(text);
  if (m) return Number(`${m[1]}.${m[2] ?? 0}`) <= max;
  const permille = /^([0-9]+)(?:\.([0-9]))?\u2030$/.exec(text);
  if (permille) return Number(`${permille[1]}.${permille[2] ?? 0}`) <= max * 10;
  const permyriad = /^([0-9]+)\u2031$/.exec(text);
  return !!permyriad && Number(permyriad[1]) <= max * 100;
}

type LimitKind = 'sec' | 'usec' | 'size' | 'count' | 'nice';
const LIMIT_KINDS: Record<string, LimitKind> = {
  RLIMIT_CPU: 'sec',
  RLIMIT_RTTIME: 'usec',
  RLIMIT_NICE: 'nice',
  RLIMIT_FSIZE: 'size',
  RLIMIT_DATA: 'size',
  RLIMIT_STACK: 'size',
  RLIMIT_CORE: 'size',
  RLIMIT_RSS: 'size',
  RLIMIT_AS: 'size',
  RLIMIT_MEMLOCK: 'size',
  RLIMIT_MSGQUEUE: 'size',
};

function isLimitValue(text: string, kind: LimitKind): boolean {
  if (text === 'infinity') return kind !== 'nice';
  switch (kind) {
    case 'sec':
      return isTimespan(text);
    case 'usec':
      return isTimespan(text);
    case 'size':
      return isSize(text);
    case 'nice': {
      if (text.startsWith('+')) return (parseInteger(text.slice(1)) ?? 99) < 20 && !/^\+[+-]/.test(text);
      if (text.startsWith('-')) return (parseInteger(text.slice(1)) ?? 99) <= 20 && !/^-[+-]/.test(text);
      return (parseInteger(text) ?? 99) <= 40;
    }
    default:
      return parseInteger(text) !== undefined;
  }
}

/** `rlimit_parse()`: one value or `soft:hard`, each `infinity` or a value of the limit's unit. */
export function isResourceLimit(text: string, resource: string): boolean {
  const kind = LIMIT_KINDS[resource] ?? 'count';
  const parts = text.split(':');
  if (parts.length > 2) return false;
  return parts.every((p) => isLimitValue(p, kind));
}
