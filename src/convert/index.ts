/**
 * The conversion: a System V control script that starts several daemons (and
 * the unit that wraps it) becomes one systemd template unit, one instance per
 * daemon. Pure functions: text in, text out.
 */
import type { ShellScript } from '../languages/shell/types.js';
import type { UnitFile } from '../languages/systemd/types.js';
import { lastDirective, listDirectives } from '../languages/systemd/parse.js';
import { analyzeControlScript, type ControlScript, type Daemon } from './analyze.js';
import { daemonFlags, sharedForeground } from './flags.js';
import { unquote } from '../languages/shell/query.js';
import { unitPathFor } from './native.js';
import { isCleanUnitText, isCleanValue, isUnitName } from './names.js';

export { analyzeControlScript, type ControlScript, type Daemon } from './analyze.js';
export { controlCallers, findControlCall, type ControlCall } from './caller.js';

export type BindirSource = 'script' | 'unit' | 'option' | 'guess';

export interface ConvertOptions {
  /** Path of the script in the repository (POSIX). */
  scriptPath: string;
  /** `--bindir`: where the daemons are installed. */
  bindir?: string;
  /** The unit whose `ExecStart=` calls the script, and the script path it uses. */
  caller?: { path: string; tree: UnitFile; scriptArg: string };
}

export interface Instance extends Daemon {
  /** `%i` of the instance: `maild` for `ossec-maild`. */
  instance: string;
}

export interface Conversion {
  analysis: ControlScript;
  prefix: string;
  /** `ossec@.service` */
  unitName: string;
  /** Where the template goes: next to the calling unit, else next to the script. */
  unitPath: string;
  content: string;
  instances: Instance[];
  /** `systemctl enable ossec@a ossec@b …` in the script's start order. */
  enable: string;
  bindir: string;
  bindirSource: BindirSource;
  /** One sentence saying where BINDIR came from. */
  bindirNote: string;
  /** How the template tells systemd the daemon is up, and why. */
  readiness: Readiness;
}

/**
 * The template's `Type=`: `simple` with the daemons' foreground flag when it is known; else what
 * the old set-up proved (the script starts each and goes on, the old unit said `Type=forking`), with
 * the PID file the script names. A daemon the script puts in the background (`&`) stays in the
 * foreground by itself: `simple`, no flag.
 */
export interface Readiness {
  type: 'simple' | 'forking';
  /** The foreground flag added to `ExecStart=`. */
  flag?: string;
  /** `PIDFile=` for `forking`, when the script names each daemon's file. */
  pidFile?: string;
  /** Why, when it is not the known foreground flag: one sentence for the template and the fix. */
  note?: string;
}

const dirname = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const join = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);

/** Longest shared `word-` prefix of the names (`ossec-` for ossec-maild, ossec-execd). */
function sharedPrefix(names: readonly string[]): string {
  let prefix = names[0] ?? '';
  for (const n of names) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const dash = prefix.lastIndexOf('-');
  return dash > 0 && names.every((n) => n.length > dash + 1) ? prefix.slice(0, dash + 1) : '';
}

/** A unit name from the script when the daemons share no prefix: `foo-control` → `foo`. */
function scriptStem(path: string): string {
  return (
    basename(path)
      .replace(/\.(sh|init)$/, '')
      .replace(/(-control|ctl)$/, '') || 'daemon'
  );
}

function description(script: ShellScript, options: ConvertOptions, prefix: string): string {
  const fromUnit = options.caller ? lastDirective(options.caller.tree, 'Unit', 'Description')?.value : undefined;
  const fromLsb = script.lsb?.fields.find((f) => f.name === 'Short-Description')?.value;
  const named = script.assignments.find((a) => (a.name === 'NAME' || a.name === 'DESC') && a.inFunction === undefined);
  const fromScript = named && !named.raw.includes('$') ? unquote(named.raw) : undefined;
  const clean = [fromUnit, fromLsb, fromScript].find((v) => v && isCleanValue(v));
  return `${clean || prefix} %i`;
}

const LSB_AFTER: Record<string, string> = {
  $network: 'network.target',
  $remote_fs: 'remote-fs.target',
  $named: 'nss-lookup.target',
  $time: 'time-sync.target',
};

function after(script: ShellScript, options: ConvertOptions): string[] {
  if (options.caller) {
    return listDirectives(options.caller.tree, 'Unit', 'After')
      .flatMap((d) => d.value.split(/\s+/))
      .filter((v) => v && !v.startsWith(`${basename(options.caller!.path)}`));
  }
  const required = script.lsb?.fields.find((f) => f.name === 'Required-Start')?.value ?? '';
  return required
    .split(/\s+/)
    .map((f) => LSB_AFTER[f])
    .filter((v): v is string => Boolean(v));
}

/** Where the daemons are installed, and a sentence saying how we know. */
function bindirFor(analysis: ControlScript, options: ConvertOptions): { bindir: string; source: BindirSource; note: string } {
  if (options.bindir) return { bindir: options.bindir.replace(/\/+$/, '') || '/', source: 'option', note: `BINDIR ${options.bindir} from --bindir` };
  if (analysis.binDir) return { bindir: analysis.binDir, source: 'script', note: `BINDIR ${analysis.binDir} from the script` };
  const arg = options.caller?.scriptArg;
  // An init.d directory holds scripts, not daemons; a control script usually sits beside them (ossec).
  if (arg && arg.startsWith('/') && arg.includes('/', 1) && !/\/(init\.d|rc\.d)\/[^/]+$/.test(arg)) {
    const dir = dirname(arg);
    return {
      bindir: dir,
      source: 'unit',
      note: `BINDIR ${dir} from ${basename(options.caller!.path)} (ExecStart=${arg}), since the script computes ${analysis.binDirComputed ?? 'its directory'} when it runs`,
    };
  }
  return { bindir: '/usr/sbin', source: 'guess', note: 'BINDIR /usr/sbin is a guess: the script computes its directory when it runs; pass --bindir' };
}

/**
 * The old unit's `PIDFile=` as a pattern, when it names one of the daemons' files
 * (`/run/ossec-monitord.pid` → `/run/ossec-%i.pid`): the script's daemons write theirs alike.
 */
function callerPidFile(options: ConvertOptions, shared: string, names: readonly string[]): string | undefined {
  const value = options.caller ? lastDirective(options.caller.tree, 'Service', 'PIDFile')?.value : undefined;
  const file = value?.slice(value.lastIndexOf('/') + 1);
  const name = names.find((n) => file?.startsWith(n) && !/[A-Za-z0-9]/.test(file.charAt(n.length)));
  return name && value?.startsWith('/') ? `${value.slice(0, value.lastIndexOf('/') + 1)}${shared}%i${file!.slice(name.length)}` : undefined;
}

function readinessFor(analysis: ControlScript, options: ConvertOptions, shared: string, names: readonly string[]): Readiness {
  const flag = sharedForeground(names);
  if (flag) return { type: 'simple', flag };
  if (!analysis.detaches) return { type: 'simple', note: 'Type=simple: the script runs each daemon in the background, so each stays in the foreground by itself' };
  const callerType = options.caller ? lastDirective(options.caller.tree, 'Service', 'Type')?.value : undefined;
  const fromUnit = analysis.pidFile ? undefined : callerPidFile(options, shared, names);
  const pidFile = analysis.pidFile?.replace('{}', `${shared}%i`) ?? fromUnit;
  const proof = 'the script starts each daemon and goes on to the next, so each detaches itself';
  const why = callerType === 'forking' ? `, as ${basename(options.caller!.path)} had it (${proof})` : `: ${proof}`;
  return {
    type: 'forking',
    ...(pidFile && isCleanValue(pidFile) ? { pidFile } : {}),
    note:
      `Type=forking${why}, and no foreground flag is known for ${names.length > 1 ? 'these daemons' : names[0]} (with one, Type=simple fits better)` +
      (fromUnit ? `; PIDFile= follows the one ${basename(options.caller!.path)} named` : ''),
  };
}

/** Converts an analysed control script into a template unit; undefined when it starts fewer than two daemons. */
export function convertControlScript(script: ShellScript, options: ConvertOptions, analysis = analyzeControlScript(script)): Conversion | undefined {
  if (!analysis || analysis.daemons.length < 2) return undefined;
  const names = analysis.daemons.map((d) => d.name);
  const shared = sharedPrefix(names);
  const prefix = shared ? shared.slice(0, -1) : scriptStem(options.scriptPath);
  const instances = analysis.daemons.map((d) => ({ ...d, instance: d.name.slice(shared.length) }));
  const unitName = `${prefix}@.service`;
  // The name becomes a file name: a hostile prefix (`..`, `/`, 300 characters) converts to nothing.
  if (!isUnitName(unitName)) return undefined;
  const unitPath = options.caller ? join(dirname(options.caller.path), unitName) : unitPathFor(options.scriptPath, `${prefix}@`);
  const { bindir, source, note } = bindirFor(analysis, options);
  const program = `${bindir === '/' ? '' : bindir}/${shared}%i`;
  const readiness = readinessFor(analysis, options, shared, names);
  const tested = analysis.testFlag ?? undefined;
  const enable = `systemctl enable ${instances.map((i) => `${prefix}@${i.instance}`).join(' ')}`;
  const optional = instances.filter((i) => i.optional);
  const afterUnits = after(script, options);
  const lines = [
    `# Generated by initlint from ${basename(options.scriptPath)}: one instance per daemon, so systemd tracks each.`,
    `# Instances, in the script's start order: ${instances.map((i) => i.instance).join(' ')}`,
    ...(optional.length ? [`# Optional (the script starts them only when enabled): ${optional.map((i) => i.instance).join(' ')}`] : []),
    ...(readiness.note ? [`# ${readiness.note}.`] : []),
    '[Unit]',
    `Description=${description(script, options, prefix)}`,
    ...(afterUnits.length ? [`After=${afterUnits.join(' ')}`] : []),
    '',
    '[Service]',
    `Type=${readiness.type}`,
    ...(readiness.pidFile ? [`PIDFile=${readiness.pidFile}`] : []),
    ...(tested ? [`ExecStartPre=${program} ${tested}`] : []),
    `ExecStart=${program}${readiness.flag ? ` ${readiness.flag}` : ''}`,
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ];
  if (!isCleanUnitText(lines)) return undefined;
  return {
    analysis,
    prefix,
    unitName,
    unitPath,
    content: lines.join('\n'),
    instances,
    enable,
    bindir,
    bindirSource: source,
    bindirNote: note,
    readiness,
  };
}

/**
 * What a message says of the optional instances, in its prose line: the enable line that follows
 * stays a command alone, so it can be copied as it is.
 */
export function optionalText(conversion: Conversion): string {
  const optional = conversion.instances.filter((i) => i.optional).map((i) => `\`${conversion.prefix}@${i.instance}\``);
  return optional.length ? ` (${optional.join(', ')} only if the script's own enable switch was on)` : '';
}

/** What the fix says besides the files: where BINDIR came from, and why the template's `Type=` is not the plain one. */
export function conversionNote(conversion: Conversion): string {
  return [conversion.bindirNote, conversion.readiness.note].filter(Boolean).join('; ');
}

export { daemonFlags };
