import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { CODE_PART, markLoaded } from '../languages/code-parts.js';
import type { RuleLevel, Severity } from './types.js';

/**
 * The YAML parser, loaded on the first config file: it is the largest
 * dependency, and most one-file runs (an editor, a hook) have no config. In the
 * CommonJS bundle `require` exists and esbuild bundles the call; run from
 * source (ES modules, tests) it is resolved from node_modules.
 */
function parseYaml(text: string): unknown {
  markLoaded(CODE_PART.yaml);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS bundle: a plain require keeps start-up short
  const yaml: typeof import('yaml') = typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml');
  return yaml.parse(text);
}

/** File names searched upward from the working directory. */
export const CONFIG_FILES = ['.initlint.yml', '.initlint.yaml'];

export type Preset = 'recommended' | 'strict';

/** A rule's setting: a level, or `[level, options]`. */
export interface RuleSetting {
  level: RuleLevel;
  options?: Record<string, unknown>;
}

export interface Config {
  extends: Preset;
  rules: Record<string, RuleSetting>;
  /** Globs of paths never linted (in addition to .gitignore). */
  ignore: string[];
  /** Files larger than this are skipped with a notice. */
  maxFileSize: number;
  /** Hand scripts to shellcheck when a binary is found (`auto`), or never (`off`). */
  shellcheck: 'auto' | 'off';
  /** The oldest systemd release the units must run on (`systemd-version: 252`); unset: any release. */
  systemdVersion?: number;
  /** Where the config came from, for messages. */
  source?: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export function defaultConfig(): Config {
  return { extends: 'recommended', rules: {}, ignore: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, shellcheck: 'auto' };
}

const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];
const LEVEL_ALIASES: Record<string, RuleLevel> = { warn: 'warning', information: 'info', notice: 'info' };
const KNOWN_KEYS = ['extends', 'rules', 'ignore', 'max-file-size', 'shellcheck', 'systemd-version'];

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function parseLevel(value: unknown, where: string): RuleLevel {
  const text = String(value).toLowerCase();
  const level = (LEVEL_ALIASES[text] ?? text) as RuleLevel;
  if (!LEVELS.includes(level)) {
    throw new ConfigError(`${where}: unexpected level \`${String(value)}\`, expected one of ${LEVELS.join(', ')}`);
  }
  return level;
}

/** A systemd release number as users write it: `252`, `"252"`, `v252`, `systemd 252`. */
export function parseSystemdVersion(value: unknown, where: string): number {
  const m = /^(?:systemd\s*|v)?(\d+)$/i.exec(String(value).trim());
  const n = m ? Number(m[1]) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new ConfigError(`${where}: unexpected \`${String(value)}\`, expected a systemd release number such as 252`);
  }
  return n;
}

/** A rule option as the rule declares it: its type, its default and what it does. */
export interface OptionSpec {
  type: 'boolean' | 'string' | 'number' | 'string[]';
  /** Absent: the rule decides (e.g. from the preset). */
  default?: unknown;
  description: string;
}

/** What config validation knows of a rule: its id and the options it declares. */
export interface RuleSpec {
  id: string;
  options?: Readonly<Record<string, OptionSpec>>;
}

function hasType(value: unknown, type: OptionSpec['type']): boolean {
  if (type === 'string[]') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return typeof value === type;
}

/**
 * The options of `[level, options]`, checked against what the rule declares.
 * Given only a rule id (no declaration at hand), the options are taken as they are.
 */
function parseOptions(options: unknown, spec: RuleSpec | string, where: string): Record<string, unknown> | undefined {
  if (options === undefined || typeof spec === 'string') return options as Record<string, unknown> | undefined;
  const declared = spec.options ?? {};
  const names = Object.keys(declared);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    if (names.length === 0) throw new ConfigError(`${where}: unexpected options, the rule takes none`);
    throw new ConfigError(`${where}: options must be a mapping of ${names.join(', ')}`);
  }
  for (const [name, value] of Object.entries(options)) {
    const option = declared[name];
    if (!option && names.length === 0) throw new ConfigError(`${where}: unexpected options, the rule takes none`);
    if (!option) {
      const hint = closest(name, names);
      throw new ConfigError(`${where}: unknown option \`${name}\`${hint ? `, did you mean \`${hint}\`?` : ''}`);
    }
    if (!hasType(value, option.type)) throw new ConfigError(`${where}: option \`${name}\` must be a ${option.type}`);
  }
  return options as Record<string, unknown>;
}

/** `rules:` of the config: known ids (or shellcheck codes), each a level or `[level, options]`. */
function parseRules(value: unknown, known: readonly (RuleSpec | string)[], source: string): Config['rules'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${source}: \`rules\` must map rule ids to off, info, warning or error`);
  }
  const ids = known.map((k) => (typeof k === 'string' ? k : k.id));
  const rules: Config['rules'] = {};
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    const where = `${source}: rules.${id}`;
    const spec = known[ids.indexOf(id)];
    if (spec === undefined && !/^shellcheck\/SC\d{4}$/.test(id)) {
      const hint = closest(id, ids);
      throw new ConfigError(`${source}: unknown rule \`${id}\`${hint ? `, did you mean \`${hint}\`?` : ''}`);
    }
    if (!Array.isArray(setting)) {
      rules[id] = { level: parseLevel(setting, where) };
      continue;
    }
    const options = parseOptions(setting[1], spec ?? id, where);
    rules[id] = { level: parseLevel(setting[0], where), ...(options !== undefined ? { options } : {}) };
  }
  return rules;
}

/**
 * Validates a parsed config object. Unknown keys, unknown rule ids and
 * options a rule does not declare are errors with a "did you mean" hint, so a
 * typo never silently does nothing. `known` lists the rules (their declared
 * options are checked) or just their ids.
 */
export function validateConfig(raw: unknown, known: readonly (RuleSpec | string)[], source = 'config'): Config {
  const config = defaultConfig();
  config.source = source;
  if (raw === null || raw === undefined) return config;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`${source}: expected a mapping of ${KNOWN_KEYS.join(', ')}`);
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case 'extends':
        if (value !== 'recommended' && value !== 'strict') {
          throw new ConfigError(`${source}: unexpected extends \`${String(value)}\`, expected recommended or strict`);
        }
        config.extends = value;
        break;
      case 'rules':
        config.rules = parseRules(value, known, source);
        break;
      case 'ignore':
        if (!Array.isArray(value) || !value.every((g) => typeof g === 'string')) {
          throw new ConfigError(`${source}: \`ignore\` must be a list of globs`);
        }
        config.ignore = value;
        break;
      case 'max-file-size': {
        const n = Number(value);
        if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${source}: \`max-file-size\` must be a positive number of bytes`);
        config.maxFileSize = n;
        break;
      }
      case 'shellcheck':
        if (value !== 'auto' && value !== 'off') throw new ConfigError(`${source}: \`shellcheck\` must be auto or off`);
        config.shellcheck = value;
        break;
      case 'systemd-version':
        config.systemdVersion = parseSystemdVersion(value, `${source}: \`systemd-version\``);
        break;
      default: {
        const hint = closest(key, KNOWN_KEYS);
        throw new ConfigError(`${source}: unknown key \`${key}\`${hint ? `, did you mean \`${hint}\`?` : ''}`);
      }
    }
  }
  return config;
}

/** The nearest config file at or above `dir`, if any. */
export function findConfigFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Loads the config: an explicit path, else the nearest `.initlint.yml` upward
 * from `cwd`, else the defaults. Throws ConfigError with a clear message.
 */
export function loadConfig(cwd: string, known: readonly (RuleSpec | string)[], explicitPath?: string): Config {
  const path = explicitPath ? resolve(cwd, explicitPath) : findConfigFile(cwd);
  if (!path) return defaultConfig();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`cannot read config file ${path}`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ConfigError(`${path}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return validateConfig(raw, known, path);
}

/** The severity a rule runs at, or undefined when it is off under this config. */
export function ruleSeverity(config: Config, rule: { id: string; severity: Severity; strict?: boolean }): { level: Severity; configured: boolean; options?: Record<string, unknown> } | undefined {
  const setting = config.rules[rule.id];
  if (setting) {
    return setting.level === 'off' ? undefined : { level: setting.level, configured: true, options: setting.options };
  }
  if (rule.strict && config.extends !== 'strict') return undefined;
  return { level: rule.severity, configured: false };
}
