/**
 * Validators for the settings of a command's execution (systemd.exec(5) and the
 * `Exec*=` command lines), kept apart from validators.ts and spread into its
 * table: command lines, users and groups, credentials, bind mounts.
 */
import { execCommandProblem } from './exec.js';
import type { Validator } from './validators.js';

export const EXECUTION_VALIDATORS: Readonly<Record<string, Validator>> = {
  config_parse_exec: (v) => (v === '' ? undefined : execCommandProblem(v)),
};
