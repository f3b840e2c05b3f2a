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
  let stdout: string;
  // The script arrives on stdin, so the files it sources (conf.d, /etc/default) cannot be followed: SC1090/SC1091 would fire on every init script.
  const args = ['--norc', '-s', kind === 'openrc-conf' ? 'sh' : dialect(text), '-e', 'SC1090,SC1091', '-f', 'json1', '-'];
  // Nested `$(` makes shellcheck grow to gigabytes: under prlimit its address space is capped.
  const [command, argv] = hasPrlimit() ? ['prlimit', [`--as=${SHELLCHECK_MEMORY_BYTES}`, '--', 'shellcheck', ...args]] : ['shellcheck', args];
  try {
    stdout = childProcess().execFileSync(command, argv, { input: text, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL', stdio: ['pipe', 'pipe', 'ignore'] });
  } catch (error) {
    // Exit status 1 means "found something": the JSON is on stdout all the same.
    const e = error as { status?: number | null; signal?: string | null; code?: string; stdout?: string };
    // prlimit exits 127 when it cannot find shellcheck.
    if (e.code === 'ENOENT' || (command === 'prlimit' && e.status === 127)) {
      available = false; // no binary on the PATH: `shellcheck: auto` quietly does without
      return [];
    }
    if (e.status !== 1 || typeof e.stdout !== 'string') {
      onFailure(
        e.signal === 'SIGKILL' || e.code === 'ETIMEDOUT'
          ? `stopped after ${(timeoutMs / 1000).toFixed(1)} s`
          : e.status === 251
            ? `out of its ${SHELLCHECK_MEMORY_BYTES / 2 ** 30} GiB memory limit`
            : e.code === 'ENOBUFS'
              ? 'more than 16 MiB of output'
              : (e.code ?? (e.signal ? `killed by ${e.signal}` : `exit status ${e.status}`)),
      );
      return [];
    }
    stdout = e.stdout;
  }
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

/**
 * shellcheck as a back end of the engine for a config: undefined when
 * `shellcheck: off`; otherwise runs shellcheck on each script (nothing when no
 * binary is found) and applies `rules: { shellcheck/SC2086: off | info | warning | error }`.
 * The binary is probed on the first script, not here: a run over units only
 * never spawns `shellcheck --version` (~10-20 ms of a one-file run).
 * The first failure goes to `onFailure` (once per back end, not once per file).
 */
export function shellcheckBackend(config: Config, onFailure: (message: string) => void, run: typeof runShellcheck = runShellcheck): Backend | undefined {
  if (config.shellcheck === 'off') return undefined;
  let reported = false;
  let spent = 0;
  const failed = (path: string, reason: string) => {
    if (reported) return;
    reported = true;
    onFailure(`shellcheck failed on ${path} (${reason}); its findings are missing for the files where it fails`);
  };
  return {
    name: 'shellcheck',
    findings(path, kind, text) {
      if (kind === 'systemd') return [];
      // Cut, never silently: a file shellcheck did not (fully) check says so.
      if (text.length > MAX_SHELLCHECK_BYTES) return [cutNotice(`the file is larger than ${MAX_SHELLCHECK_BYTES / 1024} KiB`)];
      if (spent >= SHELLCHECK_RUN_BUDGET_MS) return [cutNotice(`its time budget of ${SHELLCHECK_RUN_BUDGET_MS / 1000} s for the run is spent`)];
      const started = Date.now();
      let cut: string | undefined;
      const found = run(
        text,
        kind,
        (reason) => {
          if (/^stopped after|memory limit|of output/.test(reason)) cut = reason;
          failed(path, reason);
        },
        Math.min(shellcheckTimeout(text.length), SHELLCHECK_RUN_BUDGET_MS - spent),
      );
      spent += Date.now() - started;
      const out: Finding[] = cut ? [cutNotice(cut)] : [];
      for (const finding of found) {
        const setting = config.rules[finding.ruleId];
        if (setting?.level === 'off') continue;
        out.push(setting ? { ...finding, severity: setting.level as Severity } : finding);
      }
      return out;
    },
  };
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
