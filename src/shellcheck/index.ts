/**
 * Optional shellcheck pass for OpenRC and SysV scripts: the script's text is
 * given to the `shellcheck` binary on stdin (the binary runs, the script never
 * does), and its json1 comments become `shellcheck/SC####` findings, its fixes
 * unsafe suggestions. Findings caused by OpenRC's own conventions (variables
 * that openrc-run reads, conf.d variables, hooks it calls) are dropped.
 */
import type { Config } from '../core/config.js';
import type { Backend } from '../core/lint.js';
import { LineIndex } from '../text/index.js';
import type { Finding, Fix, Kind, Severity, TextEdit } from '../core/types.js';

/** Variables openrc-run reads after sourcing the script (openrc-run(8), the service script guide). */
export const OPENRC_VARIABLES = new Set([
  'name',
  'description',
  'command',
  'command_args',
  'command_args_background',
  'command_args_foreground',
  'command_background',
  'command_progress',
  'command_user',
  'pidfile',
  'procname',
  'extra_commands',
  'extra_started_commands',
  'extra_stopped_commands',
  'start_stop_daemon_args',
  'supervisor',
  'supervise_daemon_args',
  'respawn_delay',
  'respawn_max',
  'respawn_period',
  'retry',
  'required_dirs',
  'required_files',
  'start_inactive',
  'in_background',
  'capabilities',
  'directory',
  'chroot',
  'umask',
  'output_log',
  'error_log',
  'output_logger',
  'error_logger',
  'input_file',
  'stopsig',
  'healthcheck_delay',
  'healthcheck_timer',
  'no_new_privs',
  'notify',
  'secbits',
  'ready',
  'timeout',
  'export_pidfile',
]);
const OPENRC_VARIABLE_PREFIXES = /^(?:rc_|description_|command_|start_stop_daemon_|supervise_daemon_|output_|error_|healthcheck_|respawn_)/;

/** SC codes that OpenRC scripts trigger by design, dropped for `openrc`/`openrc-conf`. */
const OPENRC_EXCLUDED = new Set([
  2154, // "referenced but not assigned": RC_SVCNAME and conf.d variables are set by openrc-run
  2317, // "unreachable": start(), stop(), depend() … are called by openrc-run
  1008, // unrecognized shebang `#!/sbin/openrc-run` (we pass -s sh)
]);

interface Replacement {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  replacement: string;
  insertionPoint?: string;
  precedence?: number;
}

interface Comment {
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: 'error' | 'warning' | 'info' | 'style';
  code: number;
  message: string;
  fix: { replacements: Replacement[] } | null;
}

let available: boolean | undefined;

/** node:child_process, loaded on first use: a run without scripts never needs it. */
const childProcess = () => process.getBuiltinModule('node:child_process');

/** Whether a `shellcheck` binary answers on the PATH (checked once). */
export function isShellcheckAvailable(): boolean {
  if (available === undefined) {
    try {
      childProcess().execFileSync('shellcheck', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

/** Largest script shellcheck is given; a larger one gets a notice instead. */
export const MAX_SHELLCHECK_BYTES = 128 * 1024;
/** Longest shellcheck may run on one file, and on all files of one run. */
export const MAX_SHELLCHECK_MS = 10_000;
export const SHELLCHECK_RUN_BUDGET_MS = 60_000;
/** shellcheck's address-space limit where prlimit(1) exists (util-linux, on every GitHub runner). */
export const SHELLCHECK_MEMORY_BYTES = 2 ** 30;

let prlimit: boolean | undefined;
function hasPrlimit(): boolean {
  prlimit ??= ['/usr/bin/prlimit', '/bin/prlimit'].some((p) => process.getBuiltinModule('node:fs').existsSync(p));
  return prlimit;
}

/** Time shellcheck gets on a file: 2 s plus 50 ms per KiB, at most MAX_SHELLCHECK_MS. */
export function shellcheckTimeout(bytes: number): number {
  return Math.min(MAX_SHELLCHECK_MS, 2000 + Math.ceil(bytes / 1024) * 50);
}

const SEVERITY: Record<Comment['level'], Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

/** The dialect to check: the shebang's shell when it names one shellcheck knows, else POSIX sh. */
function dialect(text: string): string {
  const m = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+)?(bash|ksh|dash|sh)\b/.exec(text);
  return m?.[1] ?? 'sh';
}

/** Converts shellcheck's 1-based code-point column (tabs count 1) to a UTF-16 offset, clamped to the line. */
function offsetOf(lines: LineIndex, line: number, column: number): number {
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  let offset = start;
  for (let k = 1; k < column && offset < end; k++) {
    const c = lines.text.charCodeAt(offset);
    offset += c >= 0xd800 && c <= 0xdbff && offset + 1 < end ? 2 : 1;
  }
  return offset;
}

function isIgnored(comment: Comment, kind: Kind): boolean {
  if (kind !== 'openrc' && kind !== 'openrc-conf') return false;
  if (OPENRC_EXCLUDED.has(comment.code)) return true;
  if (comment.code === 2034) {
    if (kind === 'openrc-conf') return true; // conf.d variables are read by the init script
    const name = /^(\S+) appears unused/.exec(comment.message)?.[1] ?? '';
    return OPENRC_VARIABLES.has(name) || OPENRC_VARIABLE_PREFIXES.test(name);
  }
  return false;
}

function toFix(comment: Comment, lines: LineIndex): Fix | undefined {
  if (!comment.fix || comment.fix.replacements.length === 0) return undefined;
  const edits: TextEdit[] = comment.fix.replacements.map((r) => {
    const start = offsetOf(lines, r.line, r.column);
    return { start, end: Math.max(start, offsetOf(lines, r.endLine, r.endColumn)), text: r.replacement };
  });
  return { description: `Apply shellcheck's suggestion for SC${comment.code}`, applicability: 'unsafe', edits };
}

/** How a shellcheck process ended, whichever way it was run. */
interface Outcome {
  stdout?: string;
  /** Exit status (1: it found something, and the JSON is on stdout all the same). */
  status?: number | null;
  signal?: string | null;
  /** Node's error code: ENOENT (no binary), ETIMEDOUT, ENOBUFS. */
  code?: string;
}

/** The command line: the script arrives on stdin, under prlimit where it exists. */
function commandFor(text: string, kind: Kind): [string, string[]] {
  // The script arrives on stdin, so the files it sources (conf.d, /etc/default) cannot be followed: SC1090/SC1091 would fire on every init script.
  const args = ['--norc', '-s', kind === 'openrc-conf' ? 'sh' : dialect(text), '-e', 'SC1090,SC1091', '-f', 'json1', '-'];
  // Nested `$(` makes shellcheck grow to gigabytes: under prlimit its address space is capped.
  return hasPrlimit() ? ['prlimit', [`--as=${SHELLCHECK_MEMORY_BYTES}`, '--', 'shellcheck', ...args]] : ['shellcheck', args];
}

/** Why a run gave no JSON, in words; undefined when its stdout holds the JSON. */
function failureOf(o: Outcome, command: string, timeoutMs: number): string | 'missing' | undefined {
  // prlimit exits 127 when it cannot find shellcheck.
  if (o.code === 'ENOENT' || (command === 'prlimit' && o.status === 127)) return 'missing';
  if ((o.status === 0 || o.status === 1) && !o.code && !o.signal && typeof o.stdout === 'string') return undefined;
  if (o.signal === 'SIGKILL' || o.code === 'ETIMEDOUT') return `stopped after ${(timeoutMs / 1000).toFixed(1)} s`;
  if (o.status === 251) return `out of its ${SHELLCHECK_MEMORY_BYTES / 2 ** 30} GiB memory limit`;
  if (o.code === 'ENOBUFS') return 'more than 16 MiB of output';
  return o.code ?? (o.signal ? `killed by ${o.signal}` : `exit status ${o.status}`);
}

/** shellcheck's json1 output as findings (OpenRC conventions dropped, offsets into `text`). */
function toFindings(stdout: string, text: string, kind: Kind, onFailure: (reason: string) => void): Finding[] {
  let comments: Comment[];
  try {
    comments = (JSON.parse(stdout) as { comments: Comment[] }).comments ?? [];
  } catch {
    onFailure('its output is not JSON');
    return [];
  }
  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  // A build template's shebang (`#!@SBINDIR@/openrc-run`) is a placeholder, not a relative path: the build substitutes it.
  const templateShebang = /^#!.*@[A-Za-z_][A-Za-z0-9_]*@/.test(text.slice(0, text.search(/\r?\n|\r|$/)));
  for (const c of comments) {
    if (isIgnored(c, kind) || (c.code === 2239 && templateShebang)) continue;
    const startOffset = offsetOf(lines, c.line, c.column);
    const endOffset = Math.max(startOffset, offsetOf(lines, c.endLine, c.endColumn));
    const start = lines.point(startOffset);
    const end = lines.point(endOffset);
    const finding: Finding = {
      ruleId: `shellcheck/SC${c.code}`,
      severity: SEVERITY[c.level] ?? 'warning',
      message: c.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      startOffset,
      endOffset,
      url: `https://www.shellcheck.net/wiki/SC${c.code}`,
    };
    const fix = toFix(c, lines);
    if (fix) finding.fix = fix;
    findings.push(finding);
  }
  return findings;
}

/** The findings of a finished run; a missing binary makes `shellcheck: auto` quietly do without. */
function interpret(o: Outcome, command: string, text: string, kind: Kind, onFailure: (reason: string) => void, timeoutMs: number): Finding[] {
  const failure = failureOf(o, command, timeoutMs);
  if (failure === 'missing') {
    available = false;
    return [];
  }
  if (failure !== undefined) {
    onFailure(failure);
    return [];
  }
  return toFindings(o.stdout!, text, kind, onFailure);
}

/**
 * Runs shellcheck on a script's text and returns its findings; `[]` when the
 * binary is missing, fails, or the kind is not a script. Never throws: a
 * failure (a crash, a timeout, output that is not JSON) goes to `onFailure`.
 *
 * @param text The script, BOM removed (offsets are into this text).
 */
export function runShellcheck(text: string, kind: Kind, onFailure: (reason: string) => void = () => {}, timeoutMs = MAX_SHELLCHECK_MS): Finding[] {
  // No `shellcheck --version` probe first: the run itself says whether the binary is there (one spawn per script, not two).
  if (kind === 'systemd' || available === false) return [];
  const [command, argv] = commandFor(text, kind);
  let outcome: Outcome;
  try {
    const stdout = childProcess().execFileSync(command, argv, {
      input: text,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    outcome = { stdout, status: 0 };
  } catch (error) {
    const e = error as { status?: number | null; signal?: string | null; code?: string; stdout?: string };
    outcome = { stdout: e.stdout, status: e.status, signal: e.signal, code: e.code };
  }
  return interpret(outcome, command, text, kind, onFailure, timeoutMs);
}

/**
 * {@link runShellcheck} in a child process the event loop does not wait on: a run starts
 * shellcheck on every script before it parses them, and the processes work (on the other
 * cores) while the WASM parser loads and the rules run.
 */
export function runShellcheckAsync(text: string, kind: Kind, onFailure: (reason: string) => void = () => {}, timeoutMs = MAX_SHELLCHECK_MS): Promise<Finding[]> {
  if (kind === 'systemd' || available === false) return Promise.resolve([]);
  const [command, argv] = commandFor(text, kind);
  return new Promise((resolve) => {
    const child = childProcess().execFile(command, argv, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout) => {
      // execFile's error: `code` is the exit status (a number) or Node's code (a string).
      const e = error as (Error & { code?: number | string; signal?: NodeJS.Signals | null; killed?: boolean }) | null;
      const code = typeof e?.code === 'string' ? (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER' ? 'ENOBUFS' : e.code) : undefined;
      const outcome: Outcome = e ? { stdout, status: typeof e.code === 'number' ? e.code : null, signal: e.signal ?? null, ...(code ? { code } : {}) } : { stdout, status: 0 };
      resolve(interpret(outcome, command, text, kind, onFailure, timeoutMs));
    });
    // A binary that is missing or exits early closes stdin under us: the callback reports it.
    child.stdin?.on('error', () => {});
    child.stdin?.end(text);
  });
}

/** Scripts shellcheck checks at once in a run: one per core (each process is single-threaded). */
function concurrency(): number {
  return Math.max(1, process.getBuiltinModule('node:os').availableParallelism?.() ?? 2);
}

/**
 * shellcheck as a back end of the engine for a config: undefined when
 * `shellcheck: off`; otherwise runs shellcheck on each script (nothing when no
 * binary is found) and applies `rules: { shellcheck/SC2086: off | info | warning | error }`.
 * The engine starts each script's run before it parses (`start`), one process per core
 * at a time, and collects it after the rules (`findings`).
 * The binary is probed on the first script, not here: a run over units only
 * never spawns `shellcheck --version` (~10-20 ms of a one-file run).
 * The first failure goes to `onFailure` (once per back end, not once per file).
 */
export function shellcheckBackend(
  config: Config,
  onFailure: (message: string) => void,
  run: (text: string, kind: Kind, onFailure: (reason: string) => void, timeoutMs: number) => Finding[] | Promise<Finding[]> = runShellcheckAsync,
): Backend | undefined {
  if (config.shellcheck === 'off') return undefined;
  let reported = false;
  let spent = 0;
  const failed = (path: string, reason: string) => {
    if (reported) return;
    reported = true;
    onFailure(`shellcheck failed on ${path} (${reason}); its findings are missing for the files where it fails`);
  };
  const queue = limiter(concurrency());
  /** One file's run, waiting its turn; the budget is checked when the turn comes. */
  const check = (path: string, text: string, kind: Kind) =>
    queue(async (): Promise<Finding[]> => {
      if (spent >= SHELLCHECK_RUN_BUDGET_MS) return [cutNotice(`its time budget of ${SHELLCHECK_RUN_BUDGET_MS / 1000} s for the run is spent`)];
      const started = Date.now();
      let cut: string | undefined;
      const found = await Promise.resolve()
        .then(() =>
          run(
            text,
            kind,
            (reason) => {
              if (/^stopped after|memory limit|of output/.test(reason)) cut = reason;
              failed(path, reason);
            },
            Math.min(shellcheckTimeout(text.length), SHELLCHECK_RUN_BUDGET_MS - spent),
          ),
        )
        // A run that throws loses its file's findings, never the lint (a started run may never be collected).
        .catch((error: unknown) => (failed(path, error instanceof Error ? error.message : String(error)), []));
      spent += Date.now() - started;
      const out: Finding[] = cut ? [cutNotice(cut)] : [];
      for (const finding of found) {
        const setting = config.rules[finding.ruleId];
        if (setting?.level === 'off') continue;
        out.push(setting ? { ...finding, severity: setting.level as Severity } : finding);
      }
      return out;
    });
  const started = new Map<string, { text: string; findings: Promise<Finding[]> }>();
  const eligible = (kind: Kind, text: string) => kind !== 'systemd' && text.length <= MAX_SHELLCHECK_BYTES;
  return {
    name: 'shellcheck',
    start(path, kind, text) {
      if (eligible(kind, text)) started.set(path, { text, findings: check(path, text, kind) });
    },
    findings(path, kind, text) {
      if (kind === 'systemd') return [];
      // Cut, never silently: a file shellcheck did not (fully) check says so.
      if (text.length > MAX_SHELLCHECK_BYTES) return [cutNotice(`the file is larger than ${MAX_SHELLCHECK_BYTES / 1024} KiB`)];
      const early = started.get(path);
      started.delete(path);
      return early?.text === text ? early.findings : check(path, text, kind);
    },
  };
}

/** Runs at most `n` tasks at a time, in the order they were queued. */
function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    if (running >= n || waiting.length === 0) return;
    running++;
    waiting.shift()!();
  };
  return (task) =>
    new Promise((resolve, reject) => {
      waiting.push(() =>
        task()
          .then(resolve, reject)
          .finally(() => {
            running--;
            next();
          }),
      );
      next();
    });
}

/** The notice on a file shellcheck did not check to the end. */
function cutNotice(why: string): Finding {
  return {
    ruleId: 'shellcheck',
    severity: 'info',
    url: 'https://www.shellcheck.net/',
    message: `shellcheck did not check this file: ${why}; its findings here are missing`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    startOffset: 0,
    endOffset: 0,
  };
}
