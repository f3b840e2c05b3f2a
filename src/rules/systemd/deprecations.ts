/**
 * Deprecated unit-file keys and what replaced them (systemd.resource-control(5),
 * systemd.unit(5), systemd.exec(5), and systemd's NEWS). A fix is safe only
 * where the value carries over unchanged.
 */
export interface Deprecation {
  /** The key that replaced it (undefined: removed without a successor). */
  replacement?: string;
  /** Only deprecated in these sections (StartLimitInterval= in [Service]). */
  in?: readonly string[];
  /** The section the replacement belongs in, when it moved. */
  moveTo?: string;
  /** The value maps 1:1. */
  safe: boolean;
  /** Converts a value to the replacement's scale, when the scales differ. */
  convert?: (value: string) => string | undefined;
  /** What to say, for removed keys or changed scales. */
  note?: string;
}

const scale = (factor: number, min: number, max: number) => (value: string) => {
  // `WEIGHT` or `PATH WEIGHT`
  const m = /^(?:(\S+)\s+)?(\d+)$/.exec(value.trim());
  if (!m) return undefined;
  const n = Math.min(max, Math.max(min, Math.round(Number(m[2]) * factor)));
  return m[1] ? `${m[1]} ${n}` : String(n);
};

const cgroupWeight = scale(100 / 1024, 1, 10000);
const ioWeight = scale(100 / 500, 1, 10000);

export const DEPRECATED: Readonly<Record<string, Deprecation>> = {
  MemoryLimit: { replacement: 'MemoryMax', safe: true },
  CPUShares: { replacement: 'CPUWeight', safe: false, convert: cgroupWeight, note: 'shares (default 1024) and weights (default 100) differ in scale' },
  StartupCPUShares: { replacement: 'StartupCPUWeight', safe: false, convert: cgroupWeight, note: 'shares (default 1024) and weights (default 100) differ in scale' },
  BlockIOAccounting: { replacement: 'IOAccounting', safe: true },
  BlockIOWeight: { replacement: 'IOWeight', safe: false, convert: ioWeight, note: 'BlockIO weights (default 500) and IO weights (default 100) differ in scale' },
  StartupBlockIOWeight: { replacement: 'StartupIOWeight', safe: false, convert: ioWeight, note: 'BlockIO weights (default 500) and IO weights (default 100) differ in scale' },
  BlockIODeviceWeight: { replacement: 'IODeviceWeight', safe: false, convert: ioWeight, note: 'BlockIO weights (default 500) and IO weights (default 100) differ in scale' },
  BlockIOReadBandwidth: { replacement: 'IOReadBandwidthMax', safe: true },
  BlockIOWriteBandwidth: { replacement: 'IOWriteBandwidthMax', safe: true },
  StartLimitInterval: { replacement: 'StartLimitIntervalSec', moveTo: 'Unit', safe: true },
  StartLimitBurst: { replacement: 'StartLimitBurst', in: ['Service'], moveTo: 'Unit', safe: true },
  StartLimitAction: { replacement: 'StartLimitAction', in: ['Service'], moveTo: 'Unit', safe: true },
  FailureAction: { replacement: 'FailureAction', in: ['Service'], moveTo: 'Unit', safe: true },
  RebootArgument: { replacement: 'RebootArgument', in: ['Service'], moveTo: 'Unit', safe: true },
  BindTo: { replacement: 'BindsTo', safe: true },
  RequiresOverridable: { replacement: 'Requires', safe: true, note: 'systemd has treated it as `Requires=` since v236' },
  RequisiteOverridable: { replacement: 'Requisite', safe: true, note: 'systemd has treated it as `Requisite=` since v236' },
  PropagateReloadTo: { replacement: 'PropagatesReloadTo', safe: true },
  PropagateReloadFrom: { replacement: 'ReloadPropagatedFrom', safe: true },
  // Removed: systemd ignores them with a warning.
  Capabilities: { safe: false, note: 'use `CapabilityBoundingSet=` and `AmbientCapabilities=`' },
  SysVStartPriority: { safe: false, note: 'ordering comes from `After=`/`Before=`' },
  NetClass: { safe: false, note: 'use `IPAddressAllow=`/`IPAddressDeny=` or a firewall rule' },
  FsckPassNo: { safe: false, note: 'fsck ordering comes from the fstab generator' },
  TCPWrapName: { safe: false, note: 'use `IPAddressAllow=`/`IPAddressDeny=`' },
  BusPolicy: { safe: false, note: 'kdbus is gone; write a D-Bus policy file' },
};

/** Whether `key` in `section` is a deprecated key of this table. */
export function deprecationOf(key: string, section: string): Deprecation | undefined {
  const entry = DEPRECATED[key];
  if (!entry) return undefined;
  if (entry.in && !entry.in.includes(section)) return undefined;
  // A move to [Unit] of a key already in [Unit] is no move: only the old name is deprecated.
  if (entry.moveTo === section && entry.replacement === key) return undefined;
  return entry;
}
