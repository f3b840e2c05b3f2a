/**
 * CPU and NUMA node sets as systemd reads them: `CPUAffinity=`,
 * `AllowedCPUs=`, `AllowedMemoryNodes=`, `NUMAMask=` (`config_parse_cpu_set`
 * and `parse_range()`, src/shared/cpu-set-util.c, src/basic/parse-util.c).
 */
import { parseInteger } from './numbers.js';
import type { Validator, ValueProblem } from './validators.js';
import { splitWords } from './words.js';

/** CPU_SET_MAX_NCPU: systemd refuses CPU numbers from here on. */
const MAX_CPUS = 8192;
const RANGES = 'CPU or node numbers and ranges such as `0-3,8` or `1 3 5`';

/** What systemd finds wrong in a `0-3,8 10` list, at the offending word. */
export function cpuSetProblem(v: string): ValueProblem | undefined {
  const { words, error } = splitWords(v, { unquote: true, separators: ' \t\n\r,' });
  if (error !== undefined) return { message: 'Invalid syntax', expected: 'balanced quotes', start: error, end: v.length };
  for (const w of words) {
    const at = { start: w.start, end: w.end };
    const m = /^([^-]*)(?:-(.*))?$/.exec(w.text)!;
    const lower = /^[ +0-9]/.test(m[1]) ? parseInteger(m[1]) : undefined;
    const upper = m[2] === undefined ? lower : /^[ +0-9]/.test(m[2]) ? parseInteger(m[2]) : undefined;
    if (lower === undefined || upper === undefined) return { message: 'Failed to parse CPU range', expected: RANGES, ...at };
    if (lower > upper) return { message: `Invalid CPU range (${lower} > ${upper})`, expected: 'a range whose first number is not above its last', ...at, wordOnly: true };
    if (upper >= MAX_CPUS) return { message: 'Failed to set CPU(s)', expected: `numbers below ${MAX_CPUS}`, ...at };
  }
  return undefined;
}

/** `AllowedCPUs=` and kin; values with specifiers are expanded by systemd first and left alone. */
export function cpuSetValidator(): Validator {
  return (v) => (v === '' || v.includes('%') ? undefined : cpuSetProblem(v));
}

/** `CPUAffinity=`: a CPU set, or `numa` (since systemd 246) for the CPUs of `NUMAMask=`. */
export function cpuAffinityValidator(): Validator {
  const set = cpuSetValidator();
  return (v, ...rest) => (v === 'numa' ? undefined : set(v, ...rest));
}

/** `NUMAMask=`: a node set, or `all`. */
export function numaMaskValidator(): Validator {
  const set = cpuSetValidator();
  return (v, ...rest) => {
    if (v === 'all') return undefined;
    const found = set(v, ...rest);
    return found && { ...found, message: found.wordOnly ? found.message : 'Failed to parse NUMA node mask' };
  };
}

/** `NUMAPolicy=`: a word of systemd's `mpol` table (`default`, `preferred`, `bind`, `interleave`, `local`). */
export function numaPolicyValidator(): Validator {
  return (v, _ltype, _key, table) => {
    const words = table?.words ?? [];
    if (v === '' || words.includes(v)) return undefined;
    return { message: 'Invalid NUMA policy type', expected: `one of ${words.map((w) => `\`${w}\``).join(', ')}`, choices: words };
  };
}
