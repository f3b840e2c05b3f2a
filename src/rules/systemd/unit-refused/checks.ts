/**
 * The load-time checks systemd runs after parsing a unit (service_verify(),
 * socket_verify(), timer_verify(), mount_verify(), automount_verify(),
 * swap_verify() in systemd's src/core/), on the settings that survive parsing:
 * an empty assignment resets a list, a value systemd cannot parse is ignored.
 */
import { checkValue, isBoolean, unitNameFromPath } from '../../../languages/systemd/values/index.js';
import { isSliceName } from '../../../languages/systemd/values/slice.js';
import type { Directive, Section, UnitFile } from '../../../languages/systemd/types.js';
import type { UnitView } from '../../shared/unit-view.js';
import { contextRefusals, pathUnitRefusals, socketExtraRefusals } from './contexts.js';

export interface Refusal {
  messageId: string;
  data?: Record<string, string>;
  /** Where to report: a directive's value, or the unit's own section header. */
  at: Directive | 'section';
}

/** Every assignment of `key` in sections named `section`, across the unit's pieces, in reading order. */
export function assignments(view: UnitView, section: string, key: string | readonly string[]): Directive[] {
  const wanted = (k: string) => (typeof key === 'string' ? k === key : key.includes(k));
  const out: Directive[] = [];
  for (const tree of view.pieces) {
    for (const s of tree.children) {
      if (s.name !== section) continue;
      for (const c of s.children) if (c.type === 'directive' && wanted(c.key)) out.push(c);
    }
  }
  return out;
}

/**
 * The assignments that count: from the last empty one on, without those systemd ignores as unparsable.
 * With several keys (a timer's triggers, a path unit's paths), an empty assignment of any of them clears all.
 */
export function surviving(view: UnitView, section: string, key: string | readonly string[]): Directive[] {
  let out: Directive[] = [];
  for (const d of assignments(view, section, key)) {
    if (d.value === '') out = [];
    else if (!checkValue(section, d.key, d.value)) out.push(d);
  }
  return out;
}

/** The value systemd uses for a single-valued key: the last valid assignment. */
export function last(view: UnitView, section: string, key: string): string | undefined {
  const list = assignments(view, section, key).filter((d) => d.value === '' || !checkValue(section, key, d.value));
  return list[list.length - 1]?.value;
}

const isYes = (v: string | undefined) => v !== undefined && isBoolean(v) && /^(1|yes|y|true|t|on)$/i.test(v);

/** systemd 256 stopped refusing `RestartForceExitStatus=` in a oneshot. */
const RESTART_FORCE_ALLOWED = 256;

function serviceRefusals(view: UnitView, floor: number | undefined): Refusal[] {
  const start = surviving(view, 'Service', 'ExecStart');
  const stop = surviving(view, 'Service', 'ExecStop');
  const success = last(view, 'Unit', 'SuccessAction');
  const hasSuccess = success !== undefined && success !== '' && success !== 'none';
  const busName = last(view, 'Service', 'BusName');
  const type = last(view, 'Service', 'Type') || (busName ? 'dbus' : start.length ? 'simple' : 'oneshot');
  if (!start.length && !stop.length && !hasSuccess) return [{ messageId: 'serviceNoCommand', at: 'section' }];
  if (type !== 'oneshot' && !start.length) return [{ messageId: 'serviceNoExecStart', data: { type }, at: 'section' }];
  if (!start.length && !hasSuccess && !isYes(last(view, 'Service', 'RemainAfterExit'))) return [{ messageId: 'serviceStopOnly', at: 'section' }];
  if (type !== 'oneshot') return [];
  const force = surviving(view, 'Service', 'RestartForceExitStatus');
  if (force.length && floor !== undefined && floor < RESTART_FORCE_ALLOWED) return [{ messageId: 'oneshotRestartForce', at: force[force.length - 1] }];
  const exitType = assignments(view, 'Service', 'ExitType').filter((d) => d.value === 'cgroup');
  if (exitType.length && last(view, 'Service', 'ExitType') === 'cgroup') return [{ messageId: 'oneshotExitCgroup', at: exitType[exitType.length - 1] }];
  return [];
}

/** Listen kinds that take connections one by one (`Accept=yes` works with these only). */
const ACCEPTING = new Set(['ListenStream', 'ListenSequentialPacket']);
const LISTEN_KEYS = ['ListenStream', 'ListenDatagram', 'ListenSequentialPacket', 'ListenFIFO', 'ListenSpecial', 'ListenNetlink', 'ListenMessageQueue', 'ListenUSBFunction'];

function socketRefusals(view: UnitView): Refusal[] {
  // An empty Listen*= of any kind drops every port so far.
  let ports: Directive[] = [];
  for (const tree of view.pieces) {
    for (const s of tree.children) {
      if (s.name !== 'Socket') continue;
      for (const c of s.children) {
        if (c.type !== 'directive' || !LISTEN_KEYS.includes(c.key)) continue;
        if (c.value === '') ports = [];
        else if (!checkValue('Socket', c.key, c.value)) ports.push(c);
      }
    }
  }
  if (!ports.length) return [{ messageId: 'socketNoListen', at: 'section' }];
  const accept = isYes(last(view, 'Socket', 'Accept'));
  if (!accept) return socketExtraRefusals(view, ports, false);
  const odd = ports.find((p) => !ACCEPTING.has(p.key));
  if (odd) return [{ messageId: 'acceptNonStream', data: { key: odd.key }, at: odd }];
  if (last(view, 'Socket', 'MaxConnections') === '0') return [{ messageId: 'acceptMaxConnections', at: assignments(view, 'Socket', 'MaxConnections').pop()! }];
  const service = assignments(view, 'Socket', 'Service')
    .filter((d) => d.value !== '')
    .pop();
  if (service) return [{ messageId: 'acceptService', at: service }];
  return socketExtraRefusals(view, ports, true);
}

const TIMER_VALUES = ['OnCalendar', 'OnActiveSec', 'OnBootSec', 'OnStartupSec', 'OnUnitActiveSec', 'OnUnitInactiveSec'];

function timerRefusals(view: UnitView): Refusal[] {
  const count = surviving(view, 'Timer', TIMER_VALUES).length;
  if (count || isYes(last(view, 'Timer', 'OnClockChange')) || isYes(last(view, 'Timer', 'OnTimezoneChange'))) return [];
  return [{ messageId: 'timerNoTrigger', at: 'section' }];
}

/** `Where=` (mounts, automounts) or `What=` (swaps) must be the path the file name stands for. */
function pathNameRefusals(view: UnitView, unitName: string, type: string): Refusal[] {
  const section = type === 'mount' ? 'Mount' : type === 'automount' ? 'Automount' : 'Swap';
  const key = type === 'swap' ? 'What' : 'Where';
  const d = assignments(view, section, key)
    .filter((x) => x.value !== '')
    .pop();
  if (!d) {
    if (type === 'mount' && !assignments(view, 'Mount', 'What').some((x) => x.value !== '')) return [{ messageId: 'mountNoWhat', at: 'section' }];
    return [];
  }
  if (d.value.includes('%') || !d.value.startsWith('/')) return [];
  if (type === 'automount' && /^\/+$/.test(d.value)) return [{ messageId: 'automountRoot', at: d }];
  const expected = unitNameFromPath(d.value, `.${type}`);
  if (expected !== unitName) return [{ messageId: type === 'swap' ? 'swapWhatMismatch' : 'whereMismatch', data: { key, expected, name: unitName }, at: d }];
  if (type === 'mount' && !assignments(view, 'Mount', 'What').some((x) => x.value !== '')) return [{ messageId: 'mountNoWhat', at: 'section' }];
  return [];
}

/** What systemd would refuse about this complete unit (main file and drop-ins); `floor` is the `systemd-version:` setting. */
export function refusals(view: UnitView, main: UnitFile, floor?: number): Refusal[] {
  const own = typeRefusals(view, main, floor);
  return own.length ? own : contextRefusals(view, main.info.unitType, floor);
}

function typeRefusals(view: UnitView, main: UnitFile, floor: number | undefined): Refusal[] {
  const { unitType, unitName } = main.info;
  switch (unitType) {
    case 'service':
      return serviceRefusals(view, floor);
    case 'socket':
      return socketRefusals(view);
    case 'timer':
      return timerRefusals(view);
    case 'path':
      return pathUnitRefusals(view);
    case 'slice':
      return isSliceName(unitName) ? [] : [{ messageId: 'sliceName', data: { name: unitName }, at: 'section' }];
    case 'mount':
    case 'automount':
    case 'swap':
      return pathNameRefusals(view, unitName, unitType);
    default:
      return [];
  }
}

/** The section named after the unit type (`[Service]`), or the first section. */
export function ownSection(tree: UnitFile): Section | undefined {
  const name = tree.info.unitType.charAt(0).toUpperCase() + tree.info.unitType.slice(1);
  return tree.children.find((s) => s.name === name) ?? tree.children[0];
}
