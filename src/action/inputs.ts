import { ConfigError, parseSystemdVersion } from '../core/config.js';
import type { ActionInputs, ActionMode, FailLevel, FilterMode } from './context.js';

/** An input the action cannot run with; the message names the input and what it takes. */
export class InputError extends Error {
  override name = 'InputError';
}

/** An input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper case (hyphens kept). */
export function getInput(env: Readonly<Record<string, string | undefined>>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function boolean(env: Readonly<Record<string, string | undefined>>, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(`input \`${name}\`: unexpected \`${value}\`, expected true or false`);
}

function oneOf<T extends string>(env: Readonly<Record<string, string | undefined>>, name: string, allowed: readonly T[], fallback: T): T {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input \`${name}\`: unexpected \`${value}\`, expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function optionalSystemdVersion(value: string): number | undefined {
  if (value === '') return undefined;
  try {
    return parseSystemdVersion(value, 'input `systemd-version`');
  } catch (error) {
    throw error instanceof ConfigError ? new InputError(error.message) : error;
  }
}

/**
 * `owner/name` as GitHub allows them: an owner of letters, digits and single
 * inner hyphens (at most 39), a name of letters, digits, `.`, `_`, `-` (at most
 * 100, not `.` or `..`).
 */
const REPOSITORY = /^([A-Za-z0-9](?:-?[A-Za-z0-9]){0,38})\/([A-Za-z0-9._-]{1,100})$/;

function optionalRepository(value: string): { owner: string; repo: string } | undefined {
  if (value === '') return undefined;
  const m = REPOSITORY.exec(value);
  if (!m || m[2] === '.' || m[2] === '..') throw new InputError(`input \`repository\`: unexpected \`${value}\`, expected owner/name (for example acme/services)`);
  return { owner: m[1], repo: m[2] };
}

/** Reads and validates every input (action.yml) from the environment. */
export function parseInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const maxRaw = getInput(env, 'max-comments');
  const maxComments = maxRaw === '' ? 30 : Number(maxRaw);
  if (!Number.isInteger(maxComments) || maxComments < 0) {
    throw new InputError(`input \`max-comments\`: unexpected \`${maxRaw}\`, expected a whole number ≥ 0`);
  }
  const config = getInput(env, 'config');
  const systemdVersion = optionalSystemdVersion(getInput(env, 'systemd-version'));
  const repository = optionalRepository(getInput(env, 'repository'));
  return {
    githubToken: getInput(env, 'github-token'),
    // One path or glob per line, or comma-separated.
    paths: getInput(env, 'paths')
      .split(/[\n,]/)
      .map((p) => p.trim())
      .filter(Boolean),
    ...(config ? { config } : {}),
    ...(systemdVersion !== undefined ? { systemdVersion } : {}),
    filterMode: oneOf<FilterMode>(env, 'filter-mode', ['added', 'diff_context', 'file', 'nofilter'], 'added'),
    failLevel: oneOf<FailLevel>(env, 'fail-level', ['none', 'info', 'warning', 'error'], 'error'),
    review: boolean(env, 'review', true),
    annotations: boolean(env, 'annotations', true),
    suggestions: boolean(env, 'suggestions', true),
    sarifFile: getInput(env, 'sarif-file'),
    maxComments,
    mode: oneOf<ActionMode>(env, 'mode', ['auto', 'pr', 'audit'], 'auto'),
    fixPr: boolean(env, 'fix-pr', false),
    ...(repository ? { repository } : {}),
  };
}
