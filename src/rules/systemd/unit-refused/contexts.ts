/**
 * Refusals of the settings every unit with processes shares (systemd's
 * unit_verify_contexts(), and before 257 the PAM check of service_verify(),
 * socket_verify(), mount_verify(), swap_verify()), of `Symlinks=` in sockets
 * and of path units without a path (path_verify()).
 */
import { isBoolean } from '../../../languages/systemd/values/index.js';
import type { Directive } from '../../../languages/systemd/types.js';
import type { UnitView } from '../../shared/unit-view.js';
import { assignments, last, surviving, type Refusal } from './checks.js';

const isNo = (v: string | undefined) => v === undefined || v === '' || (isBoolean(v) && /^(0|no|n|false|f|off)$/i.test(v));
/** The last assignment of `key`, unless it is empty (which resets the setting). */
const lastSet = (view: UnitView, section: string, key: string): Directive | undefined => {
  const d = assignments(view, section, key).pop();
  return d?.value === '' ? undefined : d;
};

/** Unit types with an exec and a kill context, and the section that holds them. */
const EXEC_SECTIONS: Record<string, string> = { service: 'Service', socket: 'Socket', mount: 'Mount', swap: 'Swap' };
/** The release from which PAM also allows `KillMode=mixed` outside services (one check for all unit types). */
const PAM_MIXED_EVERYWHERE = 257;

/** PAMName= needs the kill mode that stops the whole session: control-group (or mixed). */
function pamRefusal(view: UnitView, unitType: string, section: string, floor: number | undefined): Refusal | undefined {
  const pam = lastSet(view, section, 'PAMName');
  if (!pam) return undefined;
  const mode = last(view, section, 'KillMode') || 'control-group';
  const allowed = unitType === 'service' || floor === undefined || floor >= PAM_MIXED_EVERYWHERE ? ['control-group', 'mixed'] : ['control-group'];
  if (allowed.includes(mode)) return undefined;
  const at =
    assignments(view, section, 'KillMode')
      .filter((d) => d.value === mode)
      .pop() ?? pam;
  return { messageId: allowed.length === 2 ? 'pamKillMode' : 'pamKillModeOld', data: { mode, floor: String(floor) }, at };
}

/** The exec-context refusals of systemd 256–261 (newest first in the source; one is enough). */
export function contextRefusals(view: UnitView, unitType: string, floor?: number): Refusal[] {
  const section = EXEC_SECTIONS[unitType];
  if (!section) return [];
  const value = (key: string) => last(view, section, key);
  const dynamicUser = !isNo(value('DynamicUser'));
  const workingDirectory = lastSet(view, section, 'WorkingDirectory');
  if (dynamicUser && workingDirectory && /^-?~$/.test(workingDirectory.value)) return [{ messageId: 'dynamicUserHome', at: workingDirectory }];
  const privatePids = !isNo(value('PrivatePIDs')) ? lastSet(view, section, 'PrivatePIDs') : undefined;
  if (privatePids && unitType !== 'service') return [{ messageId: 'privatePidsNotService', at: privatePids }];
  const privateUsers = lastSet(view, section, 'PrivateUsers');
  const pam = lastSet(view, section, 'PAMName');
  if (privateUsers?.value === 'managed' && (dynamicUser || value('User') || value('Group') || pam)) return [{ messageId: 'privateUsersManaged', at: privateUsers }];
  const namespacePath = lastSet(view, section, 'UserNamespacePath');
  if (namespacePath && privateUsers && !isNo(privateUsers.value)) return [{ messageId: 'userNamespacePath', at: privateUsers }];
  if (privatePids && pam) return [{ messageId: 'pamPrivatePids', at: pam }];
  const kill = pamRefusal(view, unitType, section, floor);
  if (kill) return [kill];
  if (unitType === 'service' && privatePids && value('Type') === 'forking') return [{ messageId: 'forkingPrivatePids', at: privatePids }];
  return [];
}

/** Listen kinds whose address is a file-system node (socket_find_symlink_target()). */
const NODE_KEYS = new Set(['ListenStream', 'ListenDatagram', 'ListenSequentialPacket', 'ListenFIFO']);

/** `Symlinks=` needs exactly one file-system node among the listeners; `Accept=yes` takes no `DeferTrigger=`. */
export function socketExtraRefusals(view: UnitView, ports: Directive[], accept: boolean): Refusal[] {
  const defer = lastSet(view, 'Socket', 'DeferTrigger');
  if (accept && defer && !isNo(last(view, 'Socket', 'DeferTrigger'))) return [{ messageId: 'acceptDeferTrigger', at: defer }];
  const symlinks = surviving(view, 'Socket', 'Symlinks');
  if (!symlinks.length) return [];
  const nodes = ports.filter((p) => NODE_KEYS.has(p.key) && (p.value.startsWith('/') || (p.key !== 'ListenFIFO' && /^%[tThHSCLEVg]/.test(p.value))));
  return nodes.length === 1 ? [] : [{ messageId: 'symlinksNoNode', data: { count: String(nodes.length) }, at: symlinks[symlinks.length - 1] }];
}

const PATH_KEYS = ['PathExists', 'PathExistsGlob', 'PathChanged', 'PathModified', 'DirectoryNotEmpty'];

/** A path unit needs one valid `Path…=`/`DirectoryNotEmpty=`; an empty one clears them all. */
export function pathUnitRefusals(view: UnitView): Refusal[] {
  const count = surviving(view, 'Path', PATH_KEYS).length;
  return count ? [] : [{ messageId: 'pathNoSpec', at: 'section' }];
}
