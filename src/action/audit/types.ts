import type { Octokit } from '@octokit/rest';
import type { SkippedFile } from '../../core/collect.js';
import type { Config } from '../../core/config.js';
import type { Rule } from '../../core/rule.js';
import type { Linter } from '../../linter/index.js';
import type { FileResult, Severity } from '../../core/types.js';

/** Where the audit writes its progress; the action passes `@actions/core`'s functions. */
export interface AuditLog {
  info: (message: string) => void;
  warning: (message: string) => void;
}

export interface AuditInputs {
  /** Paths or globs inside the workspace (empty: the whole workspace). */
  paths: readonly string[];
  /** Config file, relative to the workspace (default: the nearest `.initlint.yml`). */
  config?: string;
  /** The oldest systemd the units must run on (overrides the config's `systemd-version:`). */
  systemdVersion?: number;
  /** Open or update a pull request that applies every safe fix. */
  fixPr: boolean;
  /** The lowest severity that fails the job, or `none` (as the action's `fail-level`; `never` is the same). */
  failLevel: Severity | 'none' | 'never';
}

/** What `runAudit` needs; everything that talks to the outside is injected. */
export interface AuditOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The audited commit (checked out in `workspace`). */
  sha: string;
  /** `https://github.com` or a GHES host, for links in the issue. */
  serverUrl: string;
  workspace: string;
  inputs: AuditInputs;
  log: AuditLog;
  /** The workflow run (its page carries the job summary), linked from the issue. */
  runUrl?: string;
  /** Branch the fix PR targets (default: the repository's default branch). */
  baseBranch?: string;
  /** The run's linter (default: built from `config`/`rules`, or the config file and every rule). */
  linter?: Linter;
  /** A loaded config (default: loaded from `inputs.config` or the workspace). */
  config?: Config;
  /** Rules to run (default: every rule); tests pass their own. */
  rules?: readonly Rule<any>[];
  /** Progress is logged every this many files (default 500). */
  progressEvery?: number;
}

/** What happened to the tracking issue. */
export type IssueAction = 'created' | 'updated' | 'unchanged' | 'reopened' | 'closed' | 'none';
/** What happened to the fix pull request. */
export type PullAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'skipped-foreign-commits' | 'none';

export interface AuditCounts {
  files: number;
  filesWithFindings: number;
  error: number;
  warning: number;
  info: number;
  total: number;
}

export interface AuditOutcome {
  /** Every linted file with its findings (files of no kind are left out). */
  results: FileResult[];
  skipped: SkippedFile[];
  counts: AuditCounts;
  issue: { action: IssueAction; number?: number; url?: string; error?: string };
  pullRequest: { action: PullAction; number?: number; url?: string; fixes: number; files: number; error?: string };
  /** True when a finding reaches `inputs.failLevel`. */
  failed: boolean;
  /** Milliseconds spent collecting and linting. */
  lintMs: number;
}
