/**
 * The validators of the sandboxing and resource settings that name kernel
 * objects (system calls, address families, devices, CPUs), by the systemd
 * parser function they mirror; merged into VALIDATORS.
 */
import { cpuAffinityValidator, cpuSetValidator, numaMaskValidator, numaPolicyValidator } from './cpu.js';
import { deviceAllowValidator } from './devices.js';
import { sliceValidator } from './slice.js';
import { addressFamiliesValidator, addressPrefixesValidator } from './network.js';
import { datedSeccompWords, personalityValidator, syscallArchitecturesValidator, syscallErrnoValidator, syscallFilterValidator, syscallLogValidator, type DatedWord } from './seccomp.js';
import type { Validator } from './validators.js';

/** `CPUAffinity=numa` and `NUMAMask=all` came after their keys (first tags with the word in load-fragment.c). */
const CPU_AFFINITY_NUMA_SINCE = 246;
const NUMA_MASK_ALL_SINCE = 247;

export const SANDBOXING_VALIDATORS: Readonly<Record<string, Validator>> = {
  config_parse_syscall_filter: syscallFilterValidator(),
  config_parse_syscall_log: syscallLogValidator(),
  config_parse_syscall_archs: syscallArchitecturesValidator(),
  config_parse_syscall_errno: syscallErrnoValidator(),
  config_parse_personality: personalityValidator(),
  config_parse_address_families: addressFamiliesValidator(),
  config_parse_in_addr_prefixes: addressPrefixesValidator(),
  config_parse_device_allow: deviceAllowValidator(),
  config_parse_unit_cpu_set: cpuSetValidator(),
  config_parse_exec_cpu_affinity: cpuAffinityValidator(),
  config_parse_numa_mask: numaMaskValidator(),
  config_parse_numa_policy: numaPolicyValidator(),
  config_parse_unit_slice: sliceValidator(),
};

/** Words of a value that a later release added than the key itself (`SystemCallFilter=@sandbox` 254, `CPUAffinity=numa` 246). */
export function datedWords(parser: string, v: string): DatedWord[] {
  if (parser === 'config_parse_exec_cpu_affinity' && v === 'numa') return [{ word: v, start: 0, end: v.length, since: CPU_AFFINITY_NUMA_SINCE }];
  if (parser === 'config_parse_numa_mask' && v === 'all') return [{ word: v, start: 0, end: v.length, since: NUMA_MASK_ALL_SINCE }];
  return datedSeccompWords(parser, v);
}
