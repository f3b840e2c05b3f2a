/**
 * Recognises a unit whose `ExecStart=` calls a System V control script:
 * `/var/ossec/bin/ossec-control start`, `apachectl start`,
 * `/etc/init.d/foo start`, `service foo start`, also inside `sh -c '…'`.
 */
import type { Directive, UnitFile } from '../languages/systemd/types.js';
import { listDirectives } from '../languages/systemd/parse.js';
import type { Project, ProjectEntry } from '../core/project.js';

export interface ControlCall {
  directive: Directive;
  /** The script as the unit names it: `/var/ossec/bin/ossec-control`, or `foo` for `service foo start`. */
  scriptArg: string;
  /** File name to look for in the repository. */
  scriptName: string;
}

const MANAGERS = new Set(['systemctl', 'initctl', 'supervisorctl', 'launchctl', 'svcadm', 'rc-service', 'openrc-run']);
const SHELLS = /^(\/usr)?(\/bin\/)?(sh|bash|dash|ash|ksh|zsh)$/;

function words(command: string): string[] {
  const out: string[] = [];
  for (const m of command.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** The control-script call in one command line, if any. */
export function controlCallIn(command: string): { scriptArg: string; scriptName: string } | undefined {
  let argv = words(command.replace(/^[-@:+!]+/, ''));
  if (argv[0] && /(^|\/)env$/.test(argv[0])) argv = argv.slice(1);
  if (argv[0] && SHELLS.test(argv[0]) && argv[1] === '-c' && argv[2]) {
    // The last command of the -c string decides; `exec` changes nothing here.
    const last =
      argv[2]
        .split(/;|&&|\|\|/)
        .map((s) => s.trim())
        .filter(Boolean)
        .at(-1) ?? '';
    return controlCallIn(last.replace(/^exec\s+/, ''));
  }
  const [program, verb, arg] = argv;
  if (!program) return undefined;
  const base = program.slice(program.lastIndexOf('/') + 1);
  if (base === 'service' && verb && arg === 'start') return { scriptArg: verb, scriptName: verb };
  if (verb !== 'start') return undefined;
  // Service managers take a unit after the verb (`systemctl start foo`); a control script takes nothing.
  if (MANAGERS.has(base) || arg !== undefined) return undefined;
  if (/-control$|ctl$/.test(base) || /(^|\/)(init\.d|rc\.d)\//.test(program)) return { scriptArg: program, scriptName: base };
  return undefined;
}

export function findControlCall(tree: UnitFile): ControlCall | undefined {
  for (const directive of listDirectives(tree, 'Service', 'ExecStart')) {
    const call = controlCallIn(directive.value);
    if (call) return { directive, ...call };
  }
  return undefined;
}

/**
 * The units of a run that call each control script, by the script's file name,
 * computed once per run (a lookup per script instead of a scan of every unit).
 */
export function controlCallers(project: Project): Map<string, Array<{ entry: ProjectEntry; call: ControlCall }>> {
  return project.memo('systemd:control-callers', () => {
    const index = new Map<string, Array<{ entry: ProjectEntry; call: ControlCall }>>();
    for (const entry of project.ofKind('systemd')) {
      if (entry.tree.type !== 'unit') continue;
      const call = findControlCall(entry.tree as UnitFile);
      if (!call) continue;
      const group = index.get(call.scriptName);
      if (group) group.push({ entry, call });
      else index.set(call.scriptName, [{ entry, call }]);
    }
    return index;
  });
}
