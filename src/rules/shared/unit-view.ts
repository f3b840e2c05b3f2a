/**
 * A unit as systemd assembles it: the main file, then its drop-ins
 * (`NAME.d/*.conf`, in file-name order), as far as the files of this run
 * show them. A drop-in alone is partial: what it does not set is unknown.
 */
import type { Project, ProjectEntry } from '../../core/project.js';
import { listDirectives, serviceType, unitInfo } from '../../languages/systemd/parse.js';
import type { Directive, UnitFile } from '../../languages/systemd/types.js';

export interface UnitView {
  /** The file being linted. */
  self: UnitFile;
  /** Every piece, main first, drop-ins after in name order. */
  pieces: UnitFile[];
  /** The main unit file is among the pieces. */
  complete: boolean;
}

/** The main file and drop-ins of the unit `tree` belongs to. */
export function unitView(tree: UnitFile, path: string, project?: Project): UnitView {
  const name = tree.info.unitName;
  // An instance `foo@bar.service` is built from the template `foo@.service` and its drop-ins too.
  const template = tree.info.instance ? name.replace(/@[^.]*\./, '@.') : undefined;
  let main: UnitFile | undefined = tree.info.dropIn ? undefined : tree;
  const dropIns: Array<{ file: string; tree: UnitFile }> = [];
  if (tree.info.dropIn) dropIns.push({ file: tree.info.fileName, tree });
  let templateMain: UnitFile | undefined;
  const byName = project?.memo('systemd:by-unit-name', () => {
    const index = new Map<string, ProjectEntry[]>();
    for (const entry of project.ofKind('systemd')) {
      if (entry.tree.type !== 'unit') continue;
      const unitName = ((entry.tree as UnitFile).info ?? unitInfo(entry.path)).unitName;
      const group = index.get(unitName);
      if (group) group.push(entry);
      else index.set(unitName, [entry]);
    }
    return index;
  });
  const candidates = byName ? [...(byName.get(name) ?? []), ...(template ? (byName.get(template) ?? []) : [])] : [];
  for (const entry of candidates) {
    if (entry.path === path || (entry.tree as UnitFile).type !== 'unit') continue;
    // The parser computed the name already; recomputing it for every pair of files was most of a large run.
    const info = (entry.tree as UnitFile).info ?? unitInfo(entry.path);
    if (info.unitName !== name && info.unitName !== template) continue;
    if (info.dropIn) dropIns.push({ file: info.fileName, tree: entry.tree as UnitFile });
    else if (info.unitName === name) main ??= entry.tree as UnitFile;
    else templateMain ??= entry.tree as UnitFile;
  }
  main ??= templateMain;
  dropIns.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const pieces = [...(main ? [main] : []), ...dropIns.map((d) => d.tree)];
  return { self: tree, pieces, complete: !!main };
}

/** Every directive `section`/`key` across the pieces, in the order systemd reads them. */
function all(view: UnitView, section: string, key: string): Array<{ tree: UnitFile; directive: Directive }> {
  const out: Array<{ tree: UnitFile; directive: Directive }> = [];
  for (const tree of view.pieces) {
    for (const s of tree.children) {
      if (s.name !== section) continue;
      for (const child of s.children) if (child.type === 'directive' && child.key === key) out.push({ tree, directive: child });
    }
  }
  return out;
}

/** The assignment of a single-valued key that wins (the last), or undefined. An empty value resets. */
export function effective(view: UnitView, section: string, key: string): Directive | undefined {
  const list = all(view, section, key);
  const last = list[list.length - 1]?.directive;
  return last && last.value !== '' ? last : undefined;
}

/** The assignments of a list-valued key that survive, an empty assignment resetting the list. */
export function effectiveList(view: UnitView, section: string, key: string): Directive[] {
  let out: Directive[] = [];
  for (const { directive } of all(view, section, key)) {
    if (directive.value === '') out = [];
    else out.push(directive);
  }
  return out;
}

/** Does `directive` belong to the file being linted? */
export function inSelf(view: UnitView, directive: Directive): boolean {
  return view.self.children.some((s) => s.children.includes(directive));
}

/**
 * The service type systemd would use, or undefined when the pieces at hand
 * cannot tell (a drop-in whose main unit is not in the run and that sets no `Type=`).
 */
export function effectiveType(view: UnitView): string | undefined {
  const type = effective(view, 'Service', 'Type');
  if (type) return type.value;
  if (!view.complete) return undefined;
  if (effective(view, 'Service', 'BusName')) return 'dbus';
  return effectiveList(view, 'Service', 'ExecStart').length === 0 ? 'oneshot' : 'simple';
}

/**
 * The `Type=` line of this file that decides the effective type, as evidence of a finding that
 * depends on the type (undefined when the type comes from another piece or a default).
 */
export function typeEvidence(view: UnitView): Directive | undefined {
  const type = effective(view, 'Service', 'Type');
  return type && inSelf(view, type) ? type : undefined;
}

/** Types whose main process is meant to keep running. */
export const LONG_RUNNING = new Set(['simple', 'exec', 'notify', 'notify-reload', 'idle', 'dbus']);

/** A user unit (under `…/systemd/user/`) runs as its user already. */
export const isUserUnit = (path: string) => /(^|\/)user\//.test(path);

/** A long-running system service: a full (not drop-in) .service that is not a oneshot. */
export function isLongRunningSystemService(tree: UnitFile, path: string): boolean {
  if (tree.info.unitType !== 'service' || tree.info.dropIn || isUserUnit(path)) return false;
  if (listDirectives(tree, 'Service', 'ExecStart').length === 0) return false;
  return serviceType(tree) !== 'oneshot';
}
