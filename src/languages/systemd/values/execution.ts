/**
 * Validators for the settings of a command's execution (systemd.exec(5) and the
 * `Exec*=` command lines), kept apart from validators.ts and spread into its
 * table: command lines, users and groups, credentials, bind mounts.
 */
import { IMPORT_RENAME_SINCE, importCredentialValidator, importRename, loadCredentialValidator, setCredentialValidator } from './credentials.js';
import { EXEC_PREFIX_SINCE, execCommandProblem, execPrefixUses } from './exec.js';
import { bindPathsValidator, namespacePathsValidator, temporaryFileSystemValidator } from './paths.js';
import { userListValidator, userValidator } from './users.js';
import type { Validator } from './validators.js';
import { splitWords } from './words.js';
import { OLDEST_RELEASE } from '../directives.js';

export const EXECUTION_VALIDATORS: Readonly<Record<string, Validator>> = {
  config_parse_exec: (v) => (v === '' ? undefined : execCommandProblem(v)),
  config_parse_user_group_compat: userValidator(),
  config_parse_user_group_strv_compat: userListValidator(),
  config_parse_load_credential: loadCredentialValidator(),
  config_parse_set_credential: setCredentialValidator(),
  config_parse_import_credential: importCredentialValidator(),
  config_parse_bind_paths: bindPathsValidator(),
  config_parse_temporary_filesystems: temporaryFileSystemValidator(),
  config_parse_namespace_path_strv: namespacePathsValidator(),
};

/** A part of a value that releases at or below a floor refuse, though a newer release takes it. */
export interface OlderRefusal {
  /** What it is, for a message: "user/group name `Dömäne`". */
  what: string;
  /** Why older releases refuse it. */
  reason: string;
  start: number;
  end: number;
}

/** systemd 232–245 check user and group names strictly (letters, digits, `_`, `-`; `.` in 245; 31 characters); 246 relaxed the check. */
function strictUserName(name: string, floor: number): boolean {
  const chars = floor >= 245 ? /^[A-Za-z_][A-Za-z0-9_.-]*$/ : /^[A-Za-z_][A-Za-z0-9_-]*$/;
  return /^(0|[1-9][0-9]*)$/.test(name) || name.includes('%') || (chars.test(name) && name.length <= 31);
}

function userRefusals(parser: string, value: string, floor: number): OlderRefusal[] {
  if (floor < 232 || floor >= 246) return [];
  const words = parser === 'config_parse_user_group_compat' ? (value === '' ? [] : [{ text: value, start: 0, end: value.length }]) : splitWords(value).words;
  return words
    .filter((w) => !strictUserName(w.text, floor))
    .map((w) => ({
      what: `user/group name \`${w.text}\``,
      reason: 'systemd 232 to 245 take only letters, digits, `_` and `-` (`.` from 245), at most 31 characters, and refuse the unit otherwise; 246 relaxed the check',
      start: w.start,
      end: w.end,
    }));
}

/**
 * The parts of a value of `parser` that releases at or below `floor` refuse
 * although the newest takes them (for `systemd/newer-than-target`): a newer
 * command prefix, `ImportCredential=GLOB:NAME` (257), a user name the strict
 * check of 232–245 refuses.
 */
export function refusedAtFloor(parser: string, value: string, floor: number): OlderRefusal[] {
  if (parser === 'config_parse_exec') {
    return (
      execPrefixUses(value)
        // `-` and `@` are in the oldest release scanned: they may be older still.
        .filter((use) => EXEC_PREFIX_SINCE[use.prefix] > Math.max(floor, OLDEST_RELEASE))
        .map((use) => ({ ...use, what: `command prefix \`${use.prefix}\``, reason: `it was added in systemd ${EXEC_PREFIX_SINCE[use.prefix]}, and older releases refuse the command line` }))
    );
  }
  if (parser === 'config_parse_import_credential' && floor < IMPORT_RENAME_SINCE) {
    const colon = importRename(value);
    return colon === undefined
      ? []
      : [{ what: '`:NAME` (a new name for the imported credential)', reason: `it was added in systemd ${IMPORT_RENAME_SINCE}, and older releases refuse the line`, start: colon, end: value.length }];
  }
  if (parser === 'config_parse_user_group_compat' || parser === 'config_parse_user_group_strv_compat') return userRefusals(parser, value, floor);
  return [];
}
