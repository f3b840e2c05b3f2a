import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { OptionSpec, Preset } from './config.js';
import type { Provenance } from './provenance.js';
import type { Fix, Kind, LineRange, Severity } from './types.js';
import { LineIndex } from '../text/index.js';
import type { Project } from './project.js';

/** Where rule documentation lives; `url` of every finding points below it. */
export const DOCS_BASE = 'https://github.com/initlint/initlint/blob/main/src/rules/';

/** Static description of a rule, shared by the CLI, the action, SARIF and the docs. */
export interface RuleMeta {
  /** The rule's id, its folder under src/rules/ (`KIND/NAME`), such as `systemd/required-by-target`; never renamed. */
  id: string;
  /** File kinds the rule inspects. */
  kinds: readonly Kind[];
  /** Default severity in the `recommended` preset. */
  severity: Severity;
  /** Only on in the `strict` preset. */
  strict?: boolean;
  docs: {
    /** One sentence: what fires the rule. */
    summary: string;
    /** Where the rule comes from, in references a user can look up: man pages, guides, lintian tags. */
    source: readonly Provenance[];
  };
  /** The options `[level, options]` may give, with their defaults (ESLint's `meta.schema`/`defaultOptions`). */
  options?: Readonly<Record<string, OptionSpec>>;
  /** The applicability of the fix the rule offers, if any. */
  fixable?: 'safe' | 'unsafe';
  /** Message templates; `{name}` is replaced from the report's `data`. */
  messages: Record<string, string>;
}

/** A range in the file: a positioned node, or offsets. */
export type Where = Node | { start: number; end: number };

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  at: Where;
  fix?: Fix;
  /** Overrides the rule's default severity for this finding (e.g. W that is E with Type=notify). */
  severity?: Severity;
  /** Other places in this file the finding depends on (the `Type=` line of an `ExecStart=` finding). */
  evidence?: ReadonlyArray<Where | undefined>;
}

export interface RuleContext<Tree extends Node = Node> {
  tree: Tree;
  file: VFile;
  /** The linted text (BOM removed). */
  text: string;
  /** Path of the file, POSIX separators. */
  path: string;
  kind: Kind;
  lines: LineIndex;
  /** The line terminator to use in inserted text. */
  eol: '\n' | '\r\n';
  /** Every file in this run, for cross-file rules. */
  project: Project;
  /** The rule's options: its declared defaults, overridden by the config's `[level, options]`. */
  options: Readonly<Record<string, unknown>>;
  /** The preset the config extends: `strict` turns on what only pedantic reviews want. */
  preset: Preset;
  /** The oldest systemd release the units must run on (`systemd-version:`); undefined: any release. */
  systemdVersion?: number;
  report(report: Report): void;
}

export interface RuleDefinition<Tree extends Node = Node> extends RuleMeta {
  check(context: RuleContext<Tree>): void;
}

/** How the processor runs one rule. */
export interface RuleRunOptions {
  /** Severity configured for this run; the rule's report severity wins only when not configured. */
  level?: Severity;
  options?: Record<string, unknown>;
  preset?: Preset;
  /** The config's `systemd-version:` floor. */
  systemdVersion?: number;
}

export interface Rule<Tree extends Node = Node> extends RuleMeta {
  url: string;
  check(context: RuleContext<Tree>): void;
  /** The rule as a unified plugin: runs `check` on files of its kinds. */
  plugin: Plugin<[RuleRunOptions?], Node, Node>;
}

/** Data the processor attaches to each vfile before rules run. */
export interface LintFileData {
  kind: Kind;
  text: string;
  lines: LineIndex;
  eol: '\n' | '\r\n';
  project: Project;
  bom: boolean;
  /** When (Date.now()) the file's rule budget runs out: later rules are skipped and named. */
  deadline?: number;
  /** Rules skipped because the budget ran out, and rules that threw (with why). */
  skipped?: string[];
  failed?: Array<{ ruleId: string; reason: string }>;
}

declare module 'vfile' {
  interface DataMap {
    initlint: LintFileData;
  }
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** The patch that resolves this finding, when the rule has one. */
    fix?: Fix;
    /** Other lines the finding depends on. */
    evidence?: LineRange[];
  }
}

/** Longest value a message quotes from a file: a doubled string cannot make a 300 MB review. */
export const MAX_MESSAGE_DATA = 1024;
/** Largest fix (edit texts and created files together); a larger one is dropped, the finding kept. */
export const MAX_FIX_SIZE = 256 * 1024;

function format(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!data || !(name in data)) return whole;
    const value = String(data[name]);
    return value.length > MAX_MESSAGE_DATA ? `${value.slice(0, MAX_MESSAGE_DATA)}…` : value;
  });
}

function fixSize(fix: Fix): number {
  return fix.edits.reduce((n, e) => n + e.text.length, 0) + (fix.files ?? []).reduce((n, f) => n + (f.content?.length ?? 0), 0);
}

/** A rule's `report`: places the finding, formats its message, keeps a fix of bounded size. */
function reporter(definition: RuleDefinition<any>, url: string, data: LintFileData, file: VFile, runOptions: RuleRunOptions | undefined): (report: Report) => void {
  return (report) => {
    const template = definition.messages[report.messageId];
    if (template === undefined) {
      throw new Error(`${definition.id}: unknown messageId ${report.messageId}`);
    }
    const { start, end } = offsetsOf(report.at);
    const place = { start: data.lines.point(start), end: data.lines.point(end) };
    const message = file.message(format(template, report.data), {
      place,
      ruleId: definition.id,
      source: 'initlint',
    });
    message.url = url;
    const severity = runOptions?.level ?? report.severity ?? definition.severity;
    // vfile's convention: fatal true = error, false = warning, undefined = info.
    message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
    if (report.fix && fixSize(report.fix) <= MAX_FIX_SIZE) message.fix = report.fix;
    const evidence = evidenceLines(report.evidence, data.lines, place.start.line, place.end.line);
    if (evidence.length) message.evidence = evidence;
  };
}

function isNode(where: Where): where is Node {
  return 'type' in where;
}

function offsetsOf(where: Where): { start: number; end: number } {
  if (!isNode(where)) return where;
  const start = where.position?.start.offset ?? 0;
  return { start, end: where.position?.end.offset ?? start };
}

/** The lines of each evidence place that the finding's own range does not already cover. */
function evidenceLines(places: Report['evidence'], lines: LineIndex, line: number, endLine: number): LineRange[] {
  const ranges: LineRange[] = [];
  for (const place of places ?? []) {
    if (!place) continue;
    const { start, end } = offsetsOf(place);
    const range = { line: lines.point(start).line, endLine: lines.point(Math.max(start, end - 1)).line };
    if (range.line >= line && range.endLine <= endLine) continue;
    if (!ranges.some((r) => r.line === range.line && r.endLine === range.endLine)) ranges.push(range);
  }
  return ranges;
}

/**
 * Makes a rule: static metadata plus a `check` that reports findings.
 * The result is also a unified plugin, so a processor can `.use(rule.plugin, {level})`.
 */
export function defineRule<Tree extends Node = Node>(definition: RuleDefinition<Tree>): Rule<Tree> {
  const url = `${DOCS_BASE}${definition.id}/README.md`;
  const defaults = Object.fromEntries(Object.entries(definition.options ?? {}).flatMap(([name, option]) => (option.default !== undefined ? [[name, option.default]] : [])));
  const rule: Rule<Tree> = {
    ...definition,
    url,
    plugin(runOptions?: RuleRunOptions) {
      return (tree: Node, file: VFile) => {
        const data = file.data.initlint;
        if (!data || !definition.kinds.includes(data.kind)) return;
        if (data.deadline !== undefined && Date.now() > data.deadline) {
          (data.skipped ??= []).push(definition.id);
          return;
        }
        try {
          definition.check({
            tree: tree as Tree,
            file,
            text: data.text,
            path: file.path,
            kind: data.kind,
            lines: data.lines,
            eol: data.eol,
            project: data.project,
            options: { ...defaults, ...runOptions?.options },
            preset: runOptions?.preset ?? 'recommended',
            systemdVersion: runOptions?.systemdVersion,
            report: reporter(definition, url, data, file, runOptions),
          });
        } catch (error) {
          // One rule's failure on one file: the other rules and files are still reported.
          (data.failed ??= []).push({ ruleId: definition.id, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
        }
      };
    },
  };
  return rule;
}
