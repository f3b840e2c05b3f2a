/**
 * Time spans and calendar events as systemd parses them: ports of
 * `parse_time()` (src/basic/time-util.c) and `calendar_spec_from_string()`
 * (src/shared/calendarspec.c), reduced to "is this accepted".
 */

/** Unit suffixes in the order systemd tries them (longest match first where prefixes overlap). */
const TIME_UNITS = [
  'seconds',
  'second',
  'sec',
  's',
  'minutes',
  'minute',
  'min',
  'months',
  'month',
  'M',
  'msec',
  'ms',
  'm',
  'hours',
  'hour',
  'hr',
  'h',
  'days',
  'day',
  'd',
  'weeks',
  'week',
  'w',
  'years',
  'year',
  'y',
  'usec',
  'us',
  'µs',
  'μs',
];
const NSEC_UNITS = ['nsec', 'ns'];
const WHITESPACE = ' \t\n\r';
const isSpace = (c: string | undefined) => c !== undefined && c !== '' && WHITESPACE.includes(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function skipSpace(t: string, i: number): number {
  while (i < t.length && isSpace(t[i])) i++;
  return i;
}

/** `parse_time()`/`parse_nsec()`: `5min 20s`, `1.5h`, `300`, `infinity`. */
export function isTimespan(value: string, nsec = false): boolean {
  const units = nsec ? [...NSEC_UNITS, ...TIME_UNITS] : TIME_UNITS;
  let p = skipSpace(value, 0);
  if (value.startsWith('infinity', p)) return skipSpace(value, p + 8) === value.length;
  let something = false;
  for (;;) {
    p = skipSpace(value, p);
    if (p === value.length) return something;
    if (value[p] === '-') return false;
    // strtoll: optional blanks and a sign, then digits.
    let e = p;
    if (value[e] === '+') e++;
    const digitsStart = e;
    while (isDigit(value[e])) e++;
    const hasDigits = e > digitsStart;
    if (value[e] === '.') {
      p = e + 1;
      while (isDigit(value[p])) p++;
    } else if (!hasDigits) return false;
    else p = e;
    const at = skipSpace(value, p);
    const unit = units.find((u) => value.startsWith(u, at));
    const s = unit === undefined ? at : at + unit.length;
    if (unit === undefined && at === p && p < value.length) return false;
    p = s;
    something = true;
  }
}

// ---- calendar events ----

interface Component {
  start: number;
  stop: number;
  repeat: number;
}
interface Spec {
  weekdays: number;
  endOfMonth: boolean;
  year?: Component[];
  month?: Component[];
  day?: Component[];
  hour?: Component[];
  minute?: Component[];
  second?: Component[];
}
class Invalid extends Error {}
const fail = (): never => {
  throw new Invalid();
};

const WEEKDAYS: Array<[string, number]> = [
  ['monday', 0],
  ['mon', 0],
  ['tuesday', 1],
  ['tue', 1],
  ['wednesday', 2],
  ['wed', 2],
  ['thursday', 3],
  ['thu', 3],
  ['friday', 4],
  ['fri', 4],
  ['saturday', 5],
  ['sat', 5],
  ['sunday', 6],
  ['sun', 6],
];
const USEC = 1_000_000;
/** 2199-12-31 23:59:59 UTC, the last second of MAX_YEAR. */
const LAST_TIMESTAMP = 7_258_118_399;
const INT_MAX = 2 ** 31 - 1;

/** A cursor over the text being parsed. */
class Cursor {
  readonly t: string;
  i = 0;
  constructor(t: string) {
    this.t = t;
  }
  get c(): string {
    return this.t[this.i] ?? '';
  }
  at(k: number): string {
    return this.t[this.i + k] ?? '';
  }
}

function parseWeekdays(p: Cursor, spec: Spec): void {
  let last = -1;
  let first = true;
  for (;;) {
    const rest = p.t.slice(p.i).toLowerCase();
    const hit = WEEKDAYS.find(([name]) => rest.startsWith(name));
    if (!hit) {
      if (first) return;
      fail();
    }
    const [name, nr] = hit!;
    if (!['', '-', '.', ',', ' '].includes(p.at(name.length))) fail();
    spec.weekdays |= 1 << nr;
    if (last >= 0) {
      if (last > nr) fail();
      for (let j = last + 1; j < nr; j++) spec.weekdays |= 1 << j;
    }
    p.i += name.length;
    if (p.c === '') return;
    if (p.c === ' ') {
      while (p.c === ' ') p.i++;
      return;
    }
    if (p.c === '.') {
      if (last >= 0 || p.at(1) !== '.') fail();
      last = nr;
      p.i += 2;
    } else if (p.c === '-') {
      if (last >= 0) fail();
      last = nr;
      p.i += 1;
    } else if (p.c === ',') {
      last = -1;
      p.i += 1;
    }
    if (p.c === '' || p.c === ' ') {
      while (p.c === ' ') p.i++;
      if (last >= 0) fail();
      return;
    }
    first = false;
  }
}

function parseDecimal(p: Cursor, usec: boolean): number {
  if (!isDigit(p.c)) fail();
  let value = 0;
  while (isDigit(p.c)) {
    value = value * 10 + Number(p.c);
    p.i++;
  }
  if (usec) {
    value *= USEC;
    if (p.c === '.' && p.at(1) !== '.') {
      p.i++;
      let digits = '';
      while (isDigit(p.c)) {
        digits += p.c;
        p.i++;
      }
      value += Number((digits + '000000').slice(0, 6));
    }
  }
  if (value > INT_MAX) fail();
  return value;
}

function parseComponents(p: Cursor, usec: boolean): Component[] {
  const out: Component[] = [];
  for (;;) {
    const start = parseDecimal(p, usec);
    let stop = -1;
    let repeat = 0;
    if (p.c === '.' && p.at(1) === '.') {
      p.i += 2;
      stop = parseDecimal(p, usec);
      repeat = usec ? USEC : 1;
    }
    if (p.c === '/') {
      p.i++;
      repeat = parseDecimal(p, usec);
      if (repeat === 0) fail();
    } else if (usec && stop >= 0 && start + repeat > stop) fail();
    if (!['', ' ', ',', '-', '~', ':'].includes(p.c)) fail();
    out.push({ start, stop, repeat });
    if (p.c !== ',') return out;
    p.i++;
  }
}

/** A `*` or a list of components; undefined means "any". */
function parseChain(p: Cursor, usec: boolean): Component[] | undefined {
  if (p.c === '*') {
    p.i++;
    return usec ? [{ start: 0, stop: -1, repeat: USEC }] : undefined;
  }
  return parseComponents(p, usec);
}

/** Returns true when the date was a `@TIMESTAMP` (no time follows). */
function parseDate(p: Cursor, spec: Spec): boolean {
  if (p.c === '') return false;
  if (p.c === '@') {
    p.i++;
    if (!isDigit(p.c)) fail();
    const start = p.i;
    while (isDigit(p.c)) p.i++;
    // The date it stands for must fall in the years calendar events cover (up to 2199).
    if (Number(p.t.slice(start, p.i)) > LAST_TIMESTAMP) fail();
    return true;
  }
  const save = p.i;
  const first = parseChain(p, false);
  if (p.c === '' || p.c === ':') {
    p.i = save;
    return false;
  }
  if (p.c === '~') spec.endOfMonth = true;
  else if (p.c !== '-') fail();
  p.i++;
  const second = parseChain(p, false);
  if (p.c === '' || p.c === ' ') {
    while (p.c === ' ') p.i++;
    spec.month = first;
    spec.day = second;
    return false;
  } else if (spec.endOfMonth) fail();
  if (p.c === '~') spec.endOfMonth = true;
  else if (p.c !== '-') fail();
  p.i++;
  const third = parseChain(p, false);
  if (p.c !== '' && p.c !== ' ') fail();
  while (p.c === ' ') p.i++;
  spec.year = first;
  spec.month = second;
  spec.day = third;
  return false;
}

function parseTime(p: Cursor, spec: Spec): void {
  if (p.c === '') return;
  spec.hour = parseChain(p, false);
  if (p.c !== ':') fail();
  p.i++;
  spec.minute = parseChain(p, false);
  if (p.c === '') return;
  if (p.c !== ':') fail();
  p.i++;
  spec.second = parseChain(p, true);
  if (p.c !== '') fail();
}

function chainValid(chain: Component[] | undefined, from: number, to: number, endOfMonth = false): boolean {
  if (!chain) return true;
  if (endOfMonth) to -= 3;
  for (const c of chain) {
    if (c.start < from || c.start > to) return false;
    if (c.repeat > to - from) return false;
    if (c.stop >= 0) {
      if (c.stop < from || c.stop > to) return false;
      if (c.start + c.repeat > c.stop) return false;
    } else if (endOfMonth ? c.start - c.repeat < from : c.start + c.repeat > to) return false;
  }
  return true;
}

/** Two-digit years as `calendar_spec_normalize()` reads them. */
function normalizeYears(chain: Component[] | undefined): void {
  for (const c of chain ?? []) {
    for (const k of ['start', 'stop'] as const) {
      if (c[k] >= 0 && c[k] < 70) c[k] += 2000;
      else if (c[k] >= 70 && c[k] < 100) c[k] += 1900;
    }
  }
}

const SHORTHANDS = new Set(['minutely', 'hourly', 'daily', 'monthly', 'annually', 'yearly', 'anually', 'weekly', 'quarterly', 'semiannually', 'semi-annually', 'biannually', 'bi-annually']);
/** A time-zone name as the tz database spells them (`UTC`, `Europe/Berlin`, `Etc/GMT+2`, `EST5EDT`). */
const TIMEZONE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

let intlZones: boolean | undefined;
/**
 * Whether Node has ICU's copy of the tz database (a small-icu build knows only UTC). Asked on
 * first use, not at load: the first Intl.DateTimeFormat loads ICU's data, ~10 ms that every
 * start-up paid although few units name a time zone.
 */
function hasIntlZones(): boolean {
  if (intlZones === undefined) {
    try {
      intlZones = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin' }).resolvedOptions().timeZone === 'Europe/Berlin';
    } catch {
      intlZones = false;
    }
  }
  return intlZones;
}
/** Files of /usr/share/zoneinfo that systemd opens as zones but ICU does not list. */
const ZONEINFO_ONLY = new Set(['Factory', 'posixrules', 'localtime']);
const knownZones = new Map<string, boolean>();

function intlKnowsZone(name: string): boolean {
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    // ICU ignores case, the zoneinfo file names do not: `europe/berlin` is no file. (A miscased alias slips through.)
    return resolved === name || resolved.toLowerCase() !== name.toLowerCase();
  } catch {
    // `CEST`, `PDT`: systemd also takes the abbreviations of the host's own zone, which depends on the host.
    return /^[A-Z]{3,5}$/.test(name);
  }
}

/**
 * `timezone_is_valid()`: a file of the tz database (/usr/share/zoneinfo/NAME).
 * Checked against Node's ICU copy of it, which lists the same names (597 of
 * the 600 zone files of Debian's tzdata; the other three are in ZONEINFO_ONLY).
 */
export function isTimeZone(name: string): boolean {
  if (!TIMEZONE.test(name)) return false;
  if (!hasIntlZones() || ZONEINFO_ONLY.has(name)) return true;
  let known = knownZones.get(name);
  if (known === undefined) {
    if (knownZones.size >= 1024) knownZones.clear();
    known = intlKnowsZone(name);
    knownZones.set(name, known);
  }
  return known;
}

function parseSpec(text: string): boolean {
  if (text === '') return false;
  if (SHORTHANDS.has(text.toLowerCase())) return true;
  const spec: Spec = { weekdays: 0, endOfMonth: false };
  const p = new Cursor(text);
  try {
    parseWeekdays(p, spec);
    if (!parseDate(p, spec)) parseTime(p, spec);
    if (p.c !== '') return false;
  } catch (e) {
    if (e instanceof Invalid) return false;
    throw e;
  }
  normalizeYears(spec.year);
  return (
    chainValid(spec.year, 1970, 2199) &&
    chainValid(spec.month, 1, 12) &&
    chainValid(spec.day, 1, 31, spec.endOfMonth) &&
    chainValid(spec.hour, 0, 23) &&
    chainValid(spec.minute, 0, 59) &&
    chainValid(spec.second, 0, 60 * USEC - 1)
  );
}

/**
 * `calendar_spec_from_string()` (systemd.time(7) "Calendar Events"):
 * `Mon..Fri *-*-* 03:00:00`, `weekly`, `*-*~03`, `2023-*-01/2 12:00`, `@1700000000`,
 * with an optional ` UTC` or time-zone suffix.
 */
export function isCalendarEvent(value: string): boolean {
  if (/ utc$/i.test(value)) return parseSpec(value.slice(0, -4));
  if (parseSpec(value)) return true;
  const space = value.lastIndexOf(' ');
  return space > 0 && isTimeZone(value.slice(space + 1)) && parseSpec(value.slice(0, space));
}

/**
 * Where the time-zone name of a calendar event that is valid but for an unknown
 * zone (`daily Europe/Berln`) is, and the zone's spelling when only its case
 * was wrong (`europe/berlin`); undefined otherwise.
 */
export function unknownTimeZone(value: string): { start: number; end: number; spelling?: string } | undefined {
  const space = value.lastIndexOf(' ');
  const zone = value.slice(space + 1);
  if (space <= 0 || !TIMEZONE.test(zone) || isTimeZone(zone) || !parseSpec(value.slice(0, space))) return undefined;
  return { start: space + 1, end: value.length, spelling: hasIntlZones() ? canonicalCase(zone) : undefined };
}

function canonicalCase(zone: string): string | undefined {
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === zone.toLowerCase() ? resolved : undefined;
  } catch {
    return undefined;
  }
}
