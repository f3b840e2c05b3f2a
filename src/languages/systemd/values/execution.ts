/**
 * Validators for the settings of a command's execution (systemd.exec(5) and the
 * `Exec*=` command lines), kept apart from validators.ts and spread into its
 * table: command lines, users and groups, credentials, bind mounts.
 */
import { importCredentialValidator, loadCredentialValidator, setCredentialValidator } from './credentials.js';
import { execCommandProblem } from './exec.js';
import { bindPathsValidator, namespacePathsValidator, temporaryFileSystemValidator } from './paths.js';
import { userListValidator, userValidator } from './users.js';
import type { Validator } from './validators.js';

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
