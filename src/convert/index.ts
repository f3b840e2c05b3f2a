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
  const foreground = sharedForeground(names);
  const tested = analysis.testFlag ?? undefined;
  const enable = `systemctl enable ${instances.map((i) => `${prefix}@${i.instance}`).join(' ')}`;
  const optional = instances.filter((i) => i.optional);
  const afterUnits = after(script, options);
  const lines = [
    `# Generated by initlint from ${basename(options.scriptPath)}: one instance per daemon, so systemd tracks each.`,
    `# ${enable}`,
    ...(optional.length ? [`# Optional (the script starts them only when enabled): ${optional.map((i) => `${prefix}@${i.instance}`).join(' ')}`] : []),
    '[Unit]',
    `Description=${description(script, options, prefix)}`,
    ...(afterUnits.length ? [`After=${afterUnits.join(' ')}`] : []),
    '',
    '[Service]',
    'Type=simple',
    ...(tested ? [`ExecStartPre=${program} ${tested}`] : []),
    `ExecStart=${program}${foreground ? ` ${foreground}` : ''}`,
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
  };
}

/** The text a message carries: the enable line, then the optional instances. */
export function enableText(conversion: Conversion): string {
  const optional = conversion.instances.filter((i) => i.optional).map((i) => `${conversion.prefix}@${i.instance}`);
  return conversion.enable + (optional.length ? `\n(optional, started by the script only when enabled: ${optional.join(' ')})` : '');
}

export { daemonFlags };
