/**
 * Finds out what a System V control script starts: the daemons (in the order
 * the script starts them), whether it config-tests them, and where they live.
 */
import type { ForLoop, ShellScript, SimpleCommand } from '../languages/shell/types.js';
import { commandsForActions, expandList, isComputed, references, resolvePath, soleVariable, unquote, wordText } from '../languages/shell/query.js';
import { endOf, startOf } from '../text/index.js';
import { isDaemonName } from './names.js';

export interface Daemon {
  /** Program name, e.g. `ossec-maild`. */
  name: string;
  /** Started only when enabled elsewhere (a variable the script sets in an `enable` verb or a sourced file). */
  optional: boolean;
  /** Variable the name came through, if any. */
  via?: string;
}

export interface ControlScript {
  daemons: Daemon[];
  /** Where to report: the loop header or the first start command. */
  at: { start: number; end: number };
  /** The script runs `DAEMON -t` (or similar) before starting: the flag it uses. */
  testFlag?: string;
  /** Directory of the daemons when the script names it literally. */
  binDir?: string;
  /** The directory is computed when the script runs (`DIR=$(dirname $0)`); the expression as written. */
  binDirComputed?: string;
  /** `sleep` commands in the start/stop path. */
  sleeps: SimpleCommand[];
  /**
   * Whether each daemon detaches itself: the script runs it and goes on to the next without `&`,
   * `start-stop-daemon --background` or the like, so the daemon must fork (`Type=forking`).
   */
  detaches: boolean;
  /** Each daemon's PID file as the script names it, `{}` standing for the daemon's name (`/run/{}.pid`). */
  pidFile?: string;
}

const TEST_FLAGS = ['-t', '-n', '--test', '--configtest', '-configtest', 'configtest', '--check-config'];
const STARTERS = new Set(['start-stop-daemon', 'daemon', 'startproc', 'start_daemon']);

function loopHeaderEnd(loop: ForLoop): number {
  const last = loop.items.at(-1);
  return last ? endOf(last) : startOf(loop) + 3;
}

/**
 * Options of the start helpers that take the next word as their value: LSB's
 * `start_daemon [-f] [-n nice] [-p pidfile] program`, Red Hat's `daemon [--user u] [--pidfile f]
 * [--check base] program`, SUSE's `startproc [-u user] [-g group] [-p pidfile] … program`.
 * Without them `start_daemon -p $PIDFILE $DAEMON` read as starting `$PIDFILE` (Debian's beanstalkd).
 */
const VALUED_OPTIONS: Record<string, ReadonlySet<string>> = {
  start_daemon: new Set(['-n', '-p']),
  daemon: new Set(['--user', '--pidfile', '--check']),
  startproc: new Set(['-n', '-t', '-T', '-u', '-g', '-l', '-p', '-i', '-c']),
};
const PIDFILE_OPTIONS: Record<string, RegExp> = {
  'start-stop-daemon': /^(--pidfile|-p)(?:=(.*))?$/,
  start_daemon: /^(-p)()$/,
  daemon: /^(--pidfile)(?:=(.*))?$/,
  startproc: /^(-p)()$/,
};

/** The PID file option of a start helper call (`start-stop-daemon --pidfile F`, `start_daemon -p F`), as written. */
function pidFileOf(cmd: SimpleCommand): string | undefined {
  const option = PIDFILE_OPTIONS[cmd.program];
  if (!option) return undefined;
  const args = cmd.args.map((a) => a.raw);
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    const m = option.exec(args[i]);
    if (m) return m[2] || args[i + 1];
  }
  return undefined;
}

/** The program a starter command runs: `start-stop-daemon --start --exec X`, `daemon X`. */
function startedProgram(cmd: SimpleCommand): string | undefined {
  if (cmd.program === 'start-stop-daemon') {
    const args = cmd.args.map((a) => a.raw);
    if (!args.some((a) => a === '--start' || a === '-S')) return undefined;
    for (let i = 0; i < args.length; i++) {
      const m = /^(--exec|-x|--startas|-a)(?:=(.*))?$/.exec(args[i]);
      if (m) return m[2] ?? args[i + 1];
    }
    return undefined;
  }
  const valued = VALUED_OPTIONS[cmd.program];
  if (valued) {
    // Options are judged by their value, so a quoted "-4" is an option too, not a daemon.
    const words = cmd.args.map((a) => wordText(a));
    return words.find((a, i) => !a.startsWith('-') && !a.startsWith('+') && !a.includes('=') && !valued.has(words[i - 1]));
  }
  return undefined;
}

/** How a loop over daemons runs each one: the command naming the loop variable as its program. */
function runsItem(cmd: SimpleCommand, variable: string): string | undefined {
  if (references(cmd.name, variable)) return cmd.name;
  if (STARTERS.has(cmd.program)) {
    const program = startedProgram(cmd);
    if (program && references(program, variable)) return program;
  }
  return undefined;
}

function isTest(cmd: SimpleCommand): string | undefined {
  return cmd.args.map((a) => wordText(a)).find((a) => TEST_FLAGS.includes(a));
}

/** Directory part of `${DIR}/bin/${i}` → `${DIR}/bin`. */
function dirOf(raw: string): string | undefined {
  const text = unquote(raw).replace(/"/g, '');
  const slash = text.lastIndexOf('/');
  return slash > 0 ? text.slice(0, slash) : undefined;
}

function locate(script: ShellScript, dir: string | undefined, offset: number, fn?: string): Pick<ControlScript, 'binDir' | 'binDirComputed'> {
  if (!dir) return {};
  const literal = resolvePath(script, dir, offset, fn);
  if (literal !== undefined && literal.startsWith('/')) return { binDir: literal.replace(/\/+$/, '') || '/' };
  // Computed somewhere along the chain of variables: the caller must tell us.
  const names = [...dir.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)].map((m) => m[1]);
  const computed = names.some((n) => script.assignments.some((a) => a.name === n && (isComputed(a.raw) || /\$\{?[A-Za-z_]/.test(a.raw))));
  return computed || names.length ? { binDirComputed: dir } : {};
}

/** `.pid` paths in a word, with the variables they are built from (`"$(cat /run/$d.pid)"` → `/run/$d.pid`). */
const PID_PATHS = /(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|[A-Za-z0-9_./-])*\.pid(?![A-Za-z0-9_])/g;

/**
 * The PID file every daemon of a loop writes, from the loop's commands (`kill $(cat /run/$d.pid)`,
 * `rm -f $PIDDIR/$d.pid`): a path naming the loop variable once, the rest literal and absolute.
 * A glob (`$d-*.pid`) names no one file, so it gives none.
 */
function loopPidFile(script: ShellScript, loop: ForLoop): string | undefined {
  const variable = new RegExp(`\\$(\\{${loop.variable}\\}|${loop.variable}(?![A-Za-z0-9_]))`, 'g');
  for (const cmd of loop.commands) {
    for (const arg of cmd.args) {
      for (const [path] of arg.raw.matchAll(PID_PATHS)) {
        if ((path.match(variable) ?? []).length !== 1) continue;
        const [before, after] = path.split(variable).filter((_, i) => i !== 1);
        const head = before ? resolvePath(script, before, startOf(cmd), cmd.inFunction) : '';
        if (head === undefined || !`${head}{}`.startsWith('/') || /[$*?]/.test(head + after)) continue;
        return `${head}{}${after}`;
      }
    }
  }
  return undefined;
}

/** Whether `start-stop-daemon --start` (or a helper) puts the program in the background itself. */
function backgrounds(cmd: SimpleCommand): boolean {
  if (cmd.background) return true;
  const args = cmd.args.map((a) => a.raw);
  return cmd.program === 'start-stop-daemon' && args.some((a) => a === '--background' || a === '-b');
}

function dedupe(daemons: Daemon[]): Daemon[] {
  const out: Daemon[] = [];
  for (const d of daemons) {
    const seen = out.find((o) => o.name === d.name);
    if (seen) seen.optional &&= d.optional;
    else out.push({ ...d });
  }
  return out;
}

/** Analyses already made: two rules and the converter ask about the same parsed script. */
const analysed = new WeakMap<ShellScript, ControlScript | undefined>();

/**
 * Analyses a script; undefined when it does not start several daemons.
 * Loops over a daemon list win over separate start commands.
 */
export function analyzeControlScript(script: ShellScript): ControlScript | undefined {
  if (!analysed.has(script)) analysed.set(script, analyse(script));
  return analysed.get(script);
}

function analyse(script: ShellScript): ControlScript | undefined {
  const startPath = new Set(commandsForActions(script, ['start', 'restart']));
  const sleeps = commandsForActions(script, ['start', 'stop', 'restart', 'reload', 'force-reload']).filter((c) => c.program === 'sleep');

  const launchLoops: Array<{ loop: ForLoop; program: string; cmd: SimpleCommand }> = [];
  let testFlag: string | undefined;
  for (const loop of script.loops) {
    for (const cmd of loop.commands) {
      const program = runsItem(cmd, loop.variable);
      if (!program) continue;
      const flag = isTest(cmd);
      if (flag) testFlag ??= flag;
      else if (!launchLoops.some((l) => l.loop === loop)) launchLoops.push({ loop, program, cmd });
    }
  }
  // Prefer a loop on the start path; a stop-only loop (`kill`) never matches runsItem anyway.
  const launch = launchLoops.find((l) => startPath.has(l.cmd)) ?? launchLoops[0];
  if (launch) {
    const { loop } = launch;
    const items = expandList(
      script,
      loop.items.map((w) => w.raw),
      startOf(loop),
      loop.inFunction,
    );
    const daemons = dedupe(items.map((i) => ({ name: i.value, optional: i.optional, ...(i.via ? { via: i.via } : {}) })));
    if (daemons.length < 2) return undefined;
    // Optional daemons start first when the list puts them first; keep the script's order.
    const dir = dirOf(launch.program);
    // The stop loop names the PID files; it may list the same daemons in another order.
    const names = new Set(daemons.map((d) => d.name));
    const sameDaemons = (l: ForLoop) => {
      const listed = new Set(
        expandList(
          script,
          l.items.map((w) => w.raw),
          startOf(l),
          l.inFunction,
        ).map((i) => i.value),
      );
      return listed.size === names.size && [...listed].every((n) => names.has(n));
    };
    const pidFile = script.loops.map((l) => (sameDaemons(l) ? loopPidFile(script, l) : undefined)).find(Boolean);
    return {
      daemons,
      at: { start: startOf(loop), end: loopHeaderEnd(loop) },
      ...(testFlag ? { testFlag } : {}),
      ...locate(script, dir, startOf(launch.cmd), launch.cmd.inFunction),
      sleeps,
      detaches: !backgrounds(launch.cmd),
      ...(pidFile ? { pidFile } : {}),
    };
  }

  // Separate start commands: `start-stop-daemon --start --exec /usr/sbin/a` … `--exec /usr/sbin/b`.
  // A script's own function named like a helper (isc-dhcp-server's start_daemon "-4" CONF) is not the helper.
  const ownFunctions = new Set(script.functions.map((f) => f.name));
  const starts = [...startPath].filter((c) => !(c.program !== 'start-stop-daemon' && ownFunctions.has(c.name)) && startedProgram(c)).sort((a, b) => startOf(a) - startOf(b));
  const programs: Array<{ cmd: SimpleCommand; path: string; pidFile?: string }> = [];
  for (const cmd of starts) {
    const raw = startedProgram(cmd)!;
    const path = resolvePath(script, raw, startOf(cmd), cmd.inFunction) ?? raw;
    // Two starts writing one PID file are one daemon started two ways (boinc-client: under valgrind or not).
    const pidFile = pidFileOf(cmd);
    if (!programs.some((p) => p.path === path || (pidFile !== undefined && p.pidFile === pidFile))) programs.push({ cmd, path, pidFile });
  }
  const daemons = programs.map((p) => ({ name: p.path.slice(p.path.lastIndexOf('/') + 1), optional: false }));
  if (daemons.length < 2 || !daemons.every((d) => isDaemonName(d.name))) return undefined;
  const dirs = new Set(programs.map((p) => dirOf(p.path)));
  const first = programs[0].cmd;
  const single = dirs.size === 1 ? [...dirs][0] : undefined;
  return {
    daemons: dedupe(daemons),
    detaches: !programs.some((p) => backgrounds(p.cmd)),
    at: { start: startOf(first), end: endOf(first) },
    ...(single && single.startsWith('/') ? { binDir: single } : single && soleVariable(single) === undefined && single.includes('$') ? { binDirComputed: single } : {}),
    sleeps,
  };
}
