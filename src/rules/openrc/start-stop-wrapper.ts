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
  'ebegin', 'eend', 'einfo', 'einfon', 'ewarn', 'ewarnn', 'eerror', 'eerrorn', 'ewend', 'eindent', 'eoutdent',
  'veinfo', 'vewarn', 'vebegin', 'veend', 'vewend', 'return', ':',
]);

/** The single start-stop-daemon call of a function that does nothing else, if so. */
export function wrappedCall(fn: FunctionDef | undefined, mode: 'start' | 'stop'): SimpleCommand | undefined {
  if (!fn) return undefined;
  const daemons = fn.commands.filter(isStartStopDaemon);
  if (daemons.length !== 1 || ssdMode(daemons[0]) !== mode) return undefined;
  if (fn.commands.some((c) => !isStartStopDaemon(c) && !OUTPUT_HELPERS.has(c.program))) return undefined;
  return daemons[0];
}

export interface Wrapper {
  start: FunctionDef;
  startCall: SimpleCommand;
  stop?: FunctionDef;
  stopCall?: SimpleCommand;
}

/** start() (and stop(), if defined) that only wrap start-stop-daemon with an executable. */
export function findWrapper(ctx: Ctx): Wrapper | undefined {
  const start = functionNamed(ctx.tree, 'start');
  const startCall = wrappedCall(start, 'start');
  if (!start || !startCall) return undefined;
  const { options } = startStopOptions(startCall);
  if (!options.some((o) => (o.name === 'exec' || o.name === 'startas') && (o.value || o.attached))) return undefined;
  const stop = functionNamed(ctx.tree, 'stop');
  if (!stop) return { start, startCall };
  const stopCall = wrappedCall(stop, 'stop');
  return stopCall ? { start, startCall, stop, stopCall } : undefined;
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
  exec: 'command', pidfile: 'pidfile', user: 'command_user', chuid: 'command_user', name: 'procname',
  chdir: 'directory', stdout: 'output_log', stderr: 'error_log', umask: 'umask',
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
  const block = variables.map(([name, value]) => `${name}=${value}${ctx.eol}`).join('');
  const edits: TextEdit[] = [{ ...replaceStart, text: block }];
  if (wrapper.stop) edits.push(removeFunction(ctx, wrapper.stop));
  return {
    description: `Replace start()${wrapper.stop ? '/stop()' : ''} with ${variables.map(([n]) => n).join(', ')}`,
    applicability: 'unsafe',
    edits,
  };
}
