import type { Octokit } from '@octokit/rest';
import type { Linter } from '../linter/index.js';
import type { FileResult, Finding, Severity } from '../core/types.js';

import type { FilterMode } from './review.js';

/** How findings outside the PR's diff are treated (reviewdog's filter modes). */
export type { FilterMode };

/** The lowest severity that fails the step; `none` never fails it. */
export type FailLevel = Severity | 'none';

/** Which front end runs: `auto` picks from the event (pull_request* → pr, schedule/workflow_dispatch → audit). */
export type ActionMode = 'auto' | 'pr' | 'audit';

/** The action's inputs (action.yml), parsed and validated. */
export interface ActionInputs {
  githubToken: string;
  /** Globs or paths that limit which files are linted (empty: every init file). */
  paths: string[];
  /** An explicit config file, relative to the workspace. */
  config?: string;
  /** The oldest systemd the units must run on (overrides the config's `systemd-version:`). */
  systemdVersion?: number;
  filterMode: FilterMode;
  failLevel: FailLevel;
  /** Post a pull-request review. */
  review: boolean;
  /** Emit workflow-command annotations. */
  annotations: boolean;
  /** Offer ```suggestion blocks where the fix fits a hunk. */
  suggestions: boolean;
  /** Where to write SARIF; empty: not written. */
  sarifFile: string;
  /** Most inline comments in one review; the rest are summarised in the review body. */
  maxComments: number;
  mode: ActionMode;
  /** Audit mode: open a pull request that applies every safe fix. */
  fixPr: boolean;
  /** Audit mode: another repository checked out in the workspace, to audit instead of the workflow's own. */
  repository?: { owner: string; repo: string };
}

/** Where a workflow-command annotation points (as @actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * The parts of @actions/core the action uses, so tests can record them
 * instead of writing workflow commands.
 */
export interface ActionCore {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  setOutput(name: string, value: string | number): void;
  setFailed(message: string): void;
  setSecret(secret: string): void;
  /** Appends markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>;
}

/** One line of log output (already redacted by the caller's core). */
export interface ActionLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/**
 * Everything a mode (pr, audit) needs to run, with no global state: the API
 * client, the repository and commit, the checkout, the inputs, the config and
 * the reporting channels.
 */
export interface ActionContext {
  /** REST + GraphQL client with retry and throttling (GITHUB_API_URL honoured). */
  octokit: Octokit;
  /** GITHUB_GRAPHQL_URL (GHES: https://HOST/api/graphql); pass as `url` to `octokit.graphql`. */
  graphqlUrl: string;
  owner: string;
  repo: string;
  /** The commit under review (PR head sha) or audited (GITHUB_SHA). */
  sha: string;
  /** Absolute path of the checkout (GITHUB_WORKSPACE). */
  workspace: string;
  /** GITHUB_EVENT_NAME. */
  eventName: string;
  /** The parsed GITHUB_EVENT_PATH payload ({} when absent). */
  payload: Record<string, any>;
  /** GITHUB_REF, e.g. refs/heads/main. */
  ref: string;
  /** GITHUB_SERVER_URL without a trailing slash (links). */
  serverUrl: string;
  /** This workflow run's page (its job summary), when the runner names the run. */
  runUrl?: string;
  inputs: ActionInputs;
  log: ActionLog;
  core: ActionCore;
  /** The run's linter: config, rules, parsers, shellcheck (built once in run()). */
  linter: Linter;
  /** The clock, injectable for tests. */
  now(): Date;
}

/**
 * What a mode hands back to `run()`. run() then emits the annotations, the job
 * summary table, SARIF, the outputs and the exit status from `results`, so a
 * mode only does its own writes (a review, a tracking issue).
 */
export interface ModeResult {
  /** Every linted file with all its findings (never filtered by the diff). */
  results: FileResult[];
  /** Markdown the mode wants above the summary table (e.g. a link to the review or issue). */
  summary?: string;
  /**
   * Whether a finding is inside the mode's filter (PR mode: filter-mode).
   * Annotations, outputs and fail-level count only these; the summary and
   * SARIF carry every finding. Absent: every finding is in scope.
   */
  inScope?: (path: string, finding: Finding) => boolean;
}
