/**
 * Small helpers over the shell domain nodes: variable references, value
 * resolution and call reachability. Pure functions; nothing here runs a script.
 */
import { startOf } from '../../text/index.js';
import type { Assignment, FunctionDef, ShellScript, SimpleCommand, Word } from './types.js';

/**
 * Whether a word of a daemon list can name a daemon and so a unit instance:
 * the same test for names written literally and names that reach the list
 * through `echo "VAR=…" >> file`.
 */
export function isDaemonName(word: string): boolean {
  return word.length <= 200 && /^[A-Za-z0-9_][A-Za-z0-9_.:+-]*$/.test(word);
}

/** Whether `raw` expands variable `name` (`$name`, `${name}`, `"$name"`). */
export function references(raw: string, name: string): boolean {
  return new RegExp(`\\$(\\{${name}\\}|${name}(?![A-Za-z0-9_]))`).test(raw);
}

/** `$NAME` / `${NAME}` / `"${NAME}"` as the whole word → NAME. */
export function soleVariable(raw: string): string | undefined {
  return /^"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?$/.exec(raw.trim())?.[1];
}

/** A word's value without surrounding blanks and one pair of surrounding quotes (`"x"`, `'x'`). */
export function unquote(raw: string): string {
  const t = raw.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.at(-1) === t[0]) return t.slice(1, -1);
  return t;
}

/** Whether a value is computed when the script runs (`$(…)`, backticks, `$0`). */
export function isComputed(raw: string): boolean {
  return /\$\(|`|\$0|\$\{0\}/.test(raw);
}

/**
 * The assignment of `name` that a use at `offset` (inside function `fn`) most
 * likely sees: the last one before it in the same function, else the last
 * top-level one before it, else any.
 */
export function assignmentFor(script: ShellScript, name: string, offset: number, fn?: string): Assignment | undefined {
  const all = script.assignments.filter((a) => a.name === name);
  const before = (a: Assignment) => startOf(a) < offset;
  return (
    all.filter((a) => fn !== undefined && a.inFunction === fn && before(a)).at(-1) ??
    all.filter((a) => a.inFunction === undefined && before(a)).at(-1) ??
    all.filter((a) => a.inFunction === undefined).at(-1) ??
    all.at(-1)
  );
}

/** Most names a daemon list expands to, and longest value a variable resolves to: hostile scripts double them. */
export const MAX_LIST_ITEMS = 256;
export const MAX_RESOLVED_LENGTH = 4096;

/** Per script: values written per variable, lists per assignment, paths per (raw, place). */
interface ScriptCache {
  written?: Map<string, string[]>;
  lists: Map<string, ListItem[]>;
  paths: Map<string, string | undefined>;
}
const caches = new WeakMap<ShellScript, ScriptCache>();

function cacheOf(script: ShellScript): ScriptCache {
  let cache = caches.get(script);
  if (!cache) {
    cache = { lists: new Map(), paths: new Map() };
    caches.set(script, cache);
  }
  return cache;
}

/**
 * Values a variable gets from a line the script writes for itself to source
 * later (`echo "DB_DAEMON=ossec-dbd" >> $PLIST`): ossec-control's `enable` verb.
 */
export function writtenValues(script: ShellScript, name: string): string[] {
  const cache = cacheOf(script);
  if (!cache.written) {
    // One pass over the commands for all variables: a chain of list variables asks once per link.
    const written = new Map<string, string[]>();
    for (const cmd of script.commands) {
      if (cmd.program !== 'echo' && cmd.program !== 'printf') continue;
      for (const arg of cmd.args) {
        const text = arg.literal ?? unquote(arg.raw);
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(text.trim());
        if (!m) continue;
        const value = unquote(m[2].replace(/\\"/g, '"'));
        const values = written.get(m[1]) ?? [];
        if (value && !values.includes(value)) values.push(value);
        written.set(m[1], values);
      }
    }
    cache.written = written;
  }
  return cache.written.get(name) ?? [];
}

/** One name a list variable expands to, and whether the script only sometimes sets it. */
export interface ListItem {
  value: string;
  optional: boolean;
  /** The variable it came through, when not written literally. */
  via?: string;
}

/**
 * Expands the words of a list (`$SDAEMONS`, `"ossec-maild ${DB_DAEMON}"`) to
 * names, following variables assigned in the script and variables the script
 * writes to a file it sources. Words with other expansions are dropped. Each
 * assignment is expanded once per script and a list stops at MAX_LIST_ITEMS,
 * so chained list variables (`V8="$V9 $V9 …"`) cost linear time.
 */
export function expandList(script: ShellScript, raws: readonly string[], offset: number, fn?: string, depth = 0, seen = new Set<string>()): ListItem[] {
  const out: ListItem[] = [];
  for (const raw of raws) {
    for (const token of unquote(raw).replace(/"/g, '').split(/\s+/).filter(Boolean)) {
      if (out.length >= MAX_LIST_ITEMS) return out;
      const variable = soleVariable(token);
      if (!variable) {
        if (isDaemonName(token)) out.push({ value: token, optional: false });
        continue;
      }
      if (depth > 8 || seen.has(variable)) continue;
      for (const item of expandVariable(script, variable, offset, fn, depth, seen)) if (out.length < MAX_LIST_ITEMS) out.push(item);
    }
  }
  return out;
}

/** The names one variable of a list expands to, once per assignment and script. */
function expandVariable(script: ShellScript, variable: string, offset: number, fn: string | undefined, depth: number, seen: Set<string>): ListItem[] {
  const chosen = assignmentFor(script, variable, offset, fn);
  const lists = cacheOf(script).lists;
  const key = `${variable}@${chosen ? startOf(chosen) : -1}`;
  const cached = lists.get(key);
  if (cached) return cached;
  const assigned = script.assignments.filter((a) => a.name === variable);
  const written = writtenValues(script, variable);
  const fromAssignment = chosen ? expandList(script, [chosen.raw], startOf(chosen), chosen.inFunction, depth + 1, new Set([...seen, variable])) : [];
  // Set elsewhere (an enable verb, an empty default): the daemon runs only when enabled.
  const optional = written.length > 0 || assigned.some((a) => unquote(a.raw) === '');
  const out: ListItem[] = fromAssignment.map((item) => ({ ...item, optional: item.optional || optional, via: item.via ?? variable }));
  if (fromAssignment.length === 0) {
    for (const value of written) {
      for (const token of value.split(/\s+/).filter(isDaemonName)) if (out.length < MAX_LIST_ITEMS) out.push({ value: token, optional: true, via: variable });
    }
  }
  lists.set(key, out);
  return out;
}

/**
 * Replaces `$VAR`/`${VAR}` in `raw` by literal values; undefined when one is
 * computed or unknown, or when the result would pass MAX_RESOLVED_LENGTH
 * (`A="$A$A"` twenty-four times). Each value is resolved once per place.
 */
export function resolvePath(script: ShellScript, raw: string, offset: number, fn?: string, depth = 0): string | undefined {
  if (isComputed(raw)) return undefined;
  const paths = cacheOf(script).paths;
  const key = `${offset}\0${fn ?? ''}\0${depth}\0${raw}`;
  if (paths.has(key)) return paths.get(key);
  let failed = false;
  let length = 0;
  const value = unquote(raw).replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, name: string) => {
    if (failed) return '';
    const a = depth < 8 ? assignmentFor(script, name, offset, fn) : undefined;
    const v = a ? resolvePath(script, a.raw, startOf(a), a.inFunction, depth + 1) : undefined;
    length += v?.length ?? 0;
    if (v === undefined || length > MAX_RESOLVED_LENGTH) failed = true;
    return failed ? '' : v!;
  });
  const result = failed || value.length > MAX_RESOLVED_LENGTH ? undefined : value.replace(/"/g, '');
  paths.set(key, result);
  return result;
}

/** Per script: functions by name (the last definition wins, as when the script runs) and the functions each one calls. */
interface CallGraph {
  byName: Map<string, FunctionDef>;
  calls: Map<string, string[]>;
}
const callGraphs = new WeakMap<ShellScript, CallGraph>();

function callGraphOf(script: ShellScript): CallGraph {
  let graph = callGraphs.get(script);
  if (!graph) {
    const byName = new Map(script.functions.map((f) => [f.name, f]));
    const calls = new Map<string, string[]>();
    for (const [name, fn] of byName) calls.set(name, [...new Set(fn.commands.map((c) => c.name).filter((n) => byName.has(n)))]);
    callGraphs.set(script, (graph = { byName, calls }));
  }
  return graph;
}

/**
 * Names of functions reachable from the given commands (calls by name, transitively).
 * Rules ask this several times a script: the call graph between functions is built once.
 */
export function reachableFunctions(script: ShellScript, commands: readonly Pick<SimpleCommand, 'name'>[]): Set<string> {
  const { calls } = callGraphOf(script);
  const seen = new Set<string>();
  const queue = commands.map((c) => c.name);
  for (let i = 0; i < queue.length; i++) {
    const name = queue[i];
    const callees = calls.get(name);
    if (!callees || seen.has(name)) continue;
    seen.add(name);
    queue.push(...callees);
  }
  return seen;
}

/** Commands run for the given actions of the `case "$1"` dispatcher, called functions included. */
export function commandsForActions(script: ShellScript, actions: readonly string[]): SimpleCommand[] {
  const dispatcher = findDispatcher(script);
  const direct: SimpleCommand[] = [];
  for (const arm of dispatcher?.arms ?? []) {
    if (arm.patterns.some((p) => actions.includes(p.replace(/^["']|["']$/g, '')))) direct.push(...arm.commands);
  }
  // No dispatcher (or an arm that only calls functions): functions named like the actions count too.
  const names = reachableFunctions(script, direct);
  for (const f of script.functions) if (actions.includes(f.name) || actions.some((a) => f.name === `do_${a}` || f.name === `${a}_daemons`)) names.add(f.name);
  for (const n of reachableFunctions(
    script,
    [...names].map((name) => ({ name })),
  ))
    names.add(n);
  const out = new Set(direct);
  for (const f of script.functions) if (names.has(f.name)) for (const c of f.commands) out.add(c);
  return [...out];
}

/**
 * The action dispatcher: `case "$1" in`. A script may have several (cloud-init's early `case "$1"`
 * for upstart, nut-client's inside a helper function): the main one is outside functions and has
 * the most arms.
 */
export function findDispatcher(script: ShellScript) {
  let best: (typeof script.cases)[number] | undefined;
  const score = (c: (typeof script.cases)[number]) => (c.inFunction ? 0 : 1000) + c.arms.reduce((n, arm) => n + arm.patterns.length, 0);
  for (const c of script.cases) {
    if (!/^"?\$\{?1\}?"?$/.test(c.subject.trim())) continue;
    if (!best || score(c) > score(best)) best = c;
  }
  return best;
}

export function wordText(word: Word): string {
  return word.literal ?? unquote(word.raw);
}
