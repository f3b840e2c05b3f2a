/**
 * The one place a linter is built: config, rules, parsers and the optional
 * shellcheck back end. The CLI, the action (PR and tree modes), the audit and
 * the language server each build one and lint through it; the engine
 * (src/core) only runs what it is handed.
 */
import { defaultConfig, loadConfig, type Config, type RuleSpec } from '../core/config.js';
import { ENGINE_RULES } from '../core/engine-rules.js';
import * as engine from '../core/lint.js';
import type { Backend, FixResult, LintInput, RunOptions } from '../core/lint.js';
import type { ProjectEntry } from '../core/project.js';
import type { Rule } from '../core/rule.js';
import type { FileResult, Fix } from '../core/types.js';
import { parsers as languageParsers, type LanguageParsers } from '../languages/index.js';
import { rules as allRules } from '../rules/index.js';
import { shellcheckBackend } from '../shellcheck/index.js';

export type { Backend, FixResult, LintInput, RunOptions };

/** Options of one fix run. */
export interface FixOptions {
  /** Apply unsafe fixes too. */
  unsafe?: boolean;
  /** Files parsed already, for cross-file rules and fixes. */
  context?: readonly ProjectEntry[];
  /** Other files to parse as context. */
  others?: readonly LintInput[];
  /** Holds back fixes that are safe in general but not for this file (the audit's fix PR). */
  accept?: (fix: Fix, text: string) => boolean;
  /** Back ends to run instead of the linter's: `[]` when only safe fixes matter (shellcheck's are all unsafe). */
  backends?: readonly Backend[];
}

/** A configured linter: what a front end keeps for its whole run. */
export interface Linter {
  readonly config: Config;
  readonly rules: readonly Rule<any>[];
  readonly parsers: LanguageParsers;
  readonly backends: readonly Backend[];
  /** Lints files together: cross-file rules see every one of them (and `context`). */
  lintFiles(inputs: readonly LintInput[], options?: RunOptions): Promise<FileResult[]>;
  /** Lints one file on its own. */
  lintText(path: string, text: string): Promise<FileResult>;
  /** Fixes one file ESLint's way (fix, re-lint, at most 10 passes). */
  fixText(path: string, text: string, options?: FixOptions): Promise<FixResult>;
  /** Parses files once so that later runs share them as `context`. */
  parseContext(inputs: readonly LintInput[]): Promise<ProjectEntry[]>;
}

export interface LinterOptions {
  /** Default: the built-in defaults (`recommended`). */
  config?: Config;
  /** Default: every rule. */
  rules?: readonly Rule<any>[];
  /** Default: the parsers of src/languages. */
  parsers?: LanguageParsers;
  /**
   * Run shellcheck as the config says (`shellcheck: auto` runs it when a
   * binary is found); its first failure goes to `onFailure`. Absent: no shellcheck.
   */
  shellcheck?: { onFailure(message: string): void };
  /** Further back ends. */
  backends?: readonly Backend[];
}

/** Builds a linter from its parts. */
export function createLinter(options: LinterOptions = {}): Linter {
  const config = options.config ?? defaultConfig();
  const shellcheck = options.shellcheck ? shellcheckBackend(config, options.shellcheck.onFailure) : undefined;
  const setup: engine.EngineSetup = {
    config,
    rules: options.rules ?? allRules,
    parsers: options.parsers ?? languageParsers,
    backends: [...(shellcheck ? [shellcheck] : []), ...(options.backends ?? [])],
  };
  return {
    config: setup.config,
    rules: setup.rules,
    parsers: setup.parsers,
    backends: setup.backends!,
    lintFiles: (inputs, run = {}) => engine.lintFiles(inputs, { ...setup, ...run }),
    lintText: async (path, text) => (await engine.lintFiles([{ path, text }], setup))[0],
    fixText: (path, text, fix = {}) => engine.fixText(path, text, { ...setup, ...fix }),
    parseContext: (inputs) => engine.parseContext(inputs, setup.parsers),
  };
}

/** Every rule a config may name, with the options it declares: the engine's own and the given rules. */
export function configurableRules(rules: readonly Rule<any>[] = allRules): RuleSpec[] {
  return [...ENGINE_RULES, ...rules];
}

/**
 * The front ends' linter: the config loaded from `configPath` or the nearest
 * `.initlint.yml` above `cwd` (throws ConfigError), every rule unless told
 * otherwise, shellcheck as the config says with its failure logged once.
 */
export function loadLinter(cwd: string, options: { configPath?: string; rules?: readonly Rule<any>[]; config?: Config; systemdVersion?: number; warn(message: string): void }): Linter {
  const rules = options.rules ?? allRules;
  const loaded = options.config ?? loadConfig(cwd, configurableRules(rules), options.configPath);
  // A front end's `--systemd-version`/input wins over the config file's `systemd-version:`.
  const config = options.systemdVersion === undefined ? loaded : { ...loaded, systemdVersion: options.systemdVersion };
  return createLinter({ config, rules, shellcheck: { onFailure: options.warn } });
}

/** Options of a one-off run: the linter's parts and the run's. */
export type OneOffOptions = Omit<LinterOptions, 'shellcheck'> & RunOptions;

/** Lints files with a linter built for this call (tests, scripts); front ends keep one linter instead. */
export function lintFiles(inputs: readonly LintInput[], options: OneOffOptions = {}): Promise<FileResult[]> {
  const { context, onProgress, progressEvery, ruleBudgetMs, ...parts } = options;
  return createLinter(parts).lintFiles(inputs, {
    ...(context ? { context } : {}),
    ...(onProgress ? { onProgress } : {}),
    ...(progressEvery ? { progressEvery } : {}),
    ...(ruleBudgetMs !== undefined ? { ruleBudgetMs } : {}),
  });
}

/** Lints one file with a linter built for this call. */
export async function lintText(path: string, text: string, options: OneOffOptions = {}): Promise<FileResult> {
  return (await lintFiles([{ path, text }], options))[0];
}

/** Fixes one file with a linter built for this call. */
export function fixText(path: string, text: string, options: Omit<LinterOptions, 'shellcheck'> & FixOptions = {}): Promise<FixResult> {
  const { unsafe, context, others, ...parts } = options;
  return createLinter(parts).fixText(path, text, { ...(unsafe !== undefined ? { unsafe } : {}), ...(context ? { context } : {}), ...(others ? { others } : {}) });
}

/** Parses files as context with the default parsers. */
export function parseContext(inputs: readonly LintInput[]): Promise<ProjectEntry[]> {
  return engine.parseContext(inputs, languageParsers);
}

/** The ids of `configurableRules`. */
export function knownRuleIds(rules: readonly Rule<any>[] = allRules): string[] {
  return configurableRules(rules).map((rule) => rule.id);
}
