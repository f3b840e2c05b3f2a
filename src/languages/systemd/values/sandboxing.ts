/**
 * The validators of the sandboxing and resource settings that name kernel
 * objects (system calls, address families, devices, CPUs), by the systemd
 * parser function they mirror; merged into VALIDATORS.
 */
import { cpuAffinityValidator, cpuSetValidator, numaMaskValidator, numaPolicyValidator } from './cpu.js';
import { deviceAllowValidator } from './devices.js';
import { addressFamiliesValidator, addressPrefixesValidator } from './network.js';
import { personalityValidator, syscallArchitecturesValidator, syscallErrnoValidator, syscallFilterValidator, syscallLogValidator } from './seccomp.js';
import type { Validator } from './validators.js';

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
};
