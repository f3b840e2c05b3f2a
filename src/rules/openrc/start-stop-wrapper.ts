/**
 * Turns hand-written start()/stop() functions that only wrap start-stop-daemon
 * into the variables openrc-run's default start/stop read. Shared with
 * openrc/su-instead-of-command-user, whose fix is the same rewrite.
 */
import type { Fix, TextEdit } from '../../core/types.js';
import type { FunctionDef, SimpleCommand, Word } from '../../languages/shell/types.js';
import { type Ctx, forDoubleQuotes, functionNamed, isStartStopDaemon, removeFunction, ssdMode, startStopOptions, type SsdOption } from './util.js';
import { removeLines } from '../shared/edits.js';
import { endOf, startOf } from '../../text/index.js';

/** Commands that only print progress; a wrapper may contain them. */
const OUTPUT_HELPERS = new Set([
  'ebegin',
  'eend',
  'einfo',
  'einfon',
  'ewarn',
  'ewarnn',
  'eerror',
  'eerrorn',
  'ewend',
  'eindent',
  'eoutdent',
  'veinfo',
  'vewarn',
  'vebegin',
  'veend',
  'vewend',
  'return',
  ':',
]);

/**
 * The single start-stop-daemon call of a function that does nothing else, if so. A start() may also
 * prepare directories with `checkpath` before the call: that is start_pre()'s job (`prep`).
 */
export function wrappedCall(fn: FunctionDef | undefined, mode: 'start' | 'stop'): { call: SimpleCommand; prep: SimpleCommand[] } | undefined {
  if (!fn) return undefined;
  const daemons = fn.commands.filter(isStartStopDaemon);
  if (daemons.length !== 1 || ssdMode(daemons[0]) !== mode) return undefined;
  const call = daemons[0];
  const prep: SimpleCommand[] = [];
  for (const c of fn.commands) {
    if (c === call || OUTPUT_HELPERS.has(c.program)) continue;
    // Only a plain checkpath line before the call, not one inside an if or a pipeline of its own.
    if (mode === 'start' && c.program === 'checkpath' && startOf(c) < startOf(call)) prep.push(c);
    else return undefined;
  }
  return { call, prep };
}

export interface Wrapper {
  start: FunctionDef;
  startCall: SimpleCommand;
  /** `checkpath` lines start() runs before the daemon; they move to start_pre(). */
  prep: SimpleCommand[];
  stop?: FunctionDef;
  stopCall?: SimpleCommand;
}

/** start() (and stop(), if defined) that only wrap start-stop-daemon with an executable. */
export function findWrapper(ctx: Ctx): Wrapper | undefined {
  const start = functionNamed(ctx.tree, 'start');
  const wrapped = wrappedCall(start, 'start');
  if (!start || !wrapped) return undefined;
  const { call: startCall, prep } = wrapped;
  const { options } = startStopOptions(startCall);
  if (!options.some((o) => (o.name === 'exec' || o.name === 'startas') && (o.value || o.attached))) return undefined;
  const stop = functionNamed(ctx.tree, 'stop');
  if (!stop) return { start, startCall, prep };
  const stopCall = wrappedCall(stop, 'stop')?.call;
  return stopCall ? { start, startCall, prep, stop, stopCall } : undefined;
}

function valueText(option: SsdOption): string | undefined {
  if (option.attached !== undefined) return /^[^"'\\`]*$/.test(option.attached) ? option.attached : undefined;
  return option.value ? forDoubleQuotes(option.value) : undefined;
}

function wordsText(words: Word[]): string | undefined {
  const parts = words.map(forDoubleQuotes);
  return parts.every((p) => p !== undefined) ? parts.join(' ') : undefined;
}

/** `$name`/`${name}` of the very variable being set: the script sets it already. */
function isSelf(name: string, text: string): boolean {
  return text === `$${name}` || text === `\${${name}}`;
}

const IGNORED = new Set(['start', 'stop', 'quiet', 'verbose', 'oknodo', 'make-pidfile', 'no-color', 'test']);
const VARIABLE_OF: Record<string, string> = {
  exec: 'command',
  pidfile: 'pidfile',
  user: 'command_user',
  chuid: 'command_user',
  name: 'procname',
  chdir: 'directory',
  stdout: 'output_log',
  stderr: 'error_log',
  umask: 'umask',
};

/**
 * The assignments replacing the functions, or undefined when some option or
 * argument cannot be carried over exactly.
 */
export function variablesFor(wrapper: Wrapper): Array<[string, string]> | undefined {
  const start = startStopOptions(wrapper.startCall);
  const values = new Map<string, string>();
  const extra: string[] = [];
  let background = false;
  let makePidfile = false;
  for (const option of start.options) {
    if (option.name === 'background') background = true;
    else if (option.name === 'make-pidfile') makePidfile = true;
    if (IGNORED.has(option.name) || option.name === 'background') continue;
    if (option.name === 'startas') {
      if (start.options.some((o) => o.name === 'exec')) return undefined;
      const text = valueText(option);
      if (text === undefined) return undefined;
      values.set('command', text);
      continue;
    }
    const variable = VARIABLE_OF[option.name];
    if (variable && !values.has(variable)) {
      const text = valueText(option);
      if (text === undefined) return undefined;
      values.set(variable, text);
      continue;
    }
    const text = wordsText(option.words);
    if (text === undefined) return undefined;
    extra.push(text);
  }
  // command_background means both --background and --make-pidfile; either alone has no variable.
  if (makePidfile !== background) return undefined;
  if (background && !values.has('pidfile')) return undefined;
  if (start.rest.length) {
    const args = wordsText(start.rest);
    if (args === undefined) return undefined;
    values.set('command_args', args);
  }
  if (wrapper.stopCall) {
    for (const option of startStopOptions(wrapper.stopCall).options) {
      if (option.name !== 'retry' && option.name !== 'signal') continue;
      const text = valueText(option);
      if (text === undefined) return undefined;
      values.set(option.name === 'retry' ? 'retry' : 'stopsig', text);
    }
  }
  const order = ['command', 'command_args', 'pidfile', 'command_user', 'procname', 'directory', 'output_log', 'error_log', 'umask'];
  const out: Array<[string, string]> = [];
  for (const name of order) {
    const text = values.get(name);
    if (text !== undefined && !isSelf(name, text)) out.push([name, `"${text}"`]);
  }
  if (background) out.push(['command_background', 'true']);
  if (extra.length) out.push(['start_stop_daemon_args', `"${extra.join(' ')}"`]);
  for (const name of ['retry', 'stopsig']) {
    const text = values.get(name);
    if (text !== undefined && !isSelf(name, text)) out.push([name, `"${text}"`]);
  }
  return out;
}

/** The fix: the variables in place of start(), stop() removed. */
export function conversionFix(ctx: Ctx, wrapper: Wrapper): Fix | undefined {
  const variables = variablesFor(wrapper);
  if (!variables) return undefined;
  const replaceStart = removeLines(ctx, startOf(wrapper.start), endOf(wrapper.start));
  let block = variables.map(([name, value]) => `${name}=${value}${ctx.eol}`).join('');
  if (wrapper.prep.length) {
    // The checkpath lines become start_pre(); one that exists already needs a human to merge them.
    if (functionNamed(ctx.tree, 'start_pre')) return undefined;
    const lines = wrapper.prep.map((c) => `\t${ctx.text.slice(startOf(c), c.fullPosition.end.offset ?? 0)}${ctx.eol}`).join('');
    block += `${ctx.eol}start_pre() {${ctx.eol}${lines}}${ctx.eol}`;
  }
  const edits: TextEdit[] = [{ ...replaceStart, text: block }];
  if (wrapper.stop) edits.push(removeFunction(ctx, wrapper.stop));
  return {
    description: `Replace start()${wrapper.stop ? '/stop()' : ''} with ${variables.map(([n]) => n).join(', ')}`,
    applicability: 'unsafe',
    edits,
  };
}
