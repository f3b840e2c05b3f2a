/**
 * ESLint-style valid/invalid tables for one rule, run through the real engine
 * (classify → parse → lint → fix). Test-only: never imported by the product.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../core/rule.js';
import { defaultConfig } from '../core/config.js';
import { fixText, lintFiles, type LintInput } from '../linter/index.js';
import type { FileChange, Finding, Severity } from '../core/types.js';

export interface ValidCase {
  code: string;
  path?: string;
  /** Other files of the run, for cross-file rules. */
  others?: LintInput[];
  name?: string;
  options?: Record<string, unknown>;
  /** Run under the `strict` preset (the rule sees `ctx.preset === 'strict'`). */
  strict?: boolean;
  /** The config's `systemd-version:` floor. */
  systemdVersion?: number;
}

export interface ExpectedError {
  messageId?: string;
  /** Exact message text, or a RegExp it must match. */
  message?: string | RegExp;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after applying this rule's fixes, safe and unsafe; `null` = no fix offered. */
  output?: string | null;
  /** Files the fix creates or changes (cross-file fixes). */
  files?: FileChange[];
}

const DEFAULT_PATHS: Record<string, string> = {
  systemd: 'test.service',
  openrc: 'init.d/test',
  'openrc-conf': 'conf.d/test',
  sysv: 'init.d/test',
};

function configFor(rule: Rule<any>, c: ValidCase) {
  const config = defaultConfig();
  if (c.strict) config.extends = 'strict';
  if (c.systemdVersion !== undefined) config.systemdVersion = c.systemdVersion;
  config.rules[rule.id] = { level: rule.severity, ...(c.options ? { options: c.options } : {}) };
  return config;
}

function messageFor(rule: Rule<any>, messageId: string): RegExp {
  const template = rule.messages[messageId];
  if (template === undefined) throw new Error(`${rule.id}: no message ${messageId}`);
  const pattern = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '[\\s\\S]*');
  return new RegExp(`^${pattern}$`);
}

/** ESLint's check: a rule that reports a fix declares `fixable`; a safe fix needs `fixable: 'safe'`. */
function expectFixable(rule: Rule<any>, found: readonly Finding[]): void {
  for (const f of found) {
    if (!f.fix) continue;
    expect(rule.fixable, `${rule.id} reports a fix but does not declare fixable`).toBeDefined();
    if (f.fix.applicability === 'safe') expect(rule.fixable, `${rule.id} reports a safe fix but declares fixable: ${rule.fixable}`).toBe('safe');
  }
}

/** The fixed text parses as well as the original did: a fix never introduces a parse error. */
function expectStillParses(before: readonly Finding[], after: readonly Finding[]): void {
  const parseErrors = (findings: readonly Finding[]) => findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.message);
  if (parseErrors(before).length === 0) expect(parseErrors(after)).toEqual([]);
}

/** Runs valid and invalid cases for `rule`; only that rule's findings are compared. */
export function testRule(rule: Rule<any>, cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
  const defaultPath = DEFAULT_PATHS[rule.kinds[0]];
  const fixesSeen: Array<'safe' | 'unsafe'> = [];
  describe(rule.id, () => {
    cases.valid.forEach((entry, i) => {
      const c = typeof entry === 'string' ? { code: entry } : entry;
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, async () => {
        const [result] = await lintFiles([{ path: c.path ?? defaultPath, text: c.code }, ...(c.others ?? [])], {
          config: configFor(rule, c),
          rules: [rule],
        });
        expect(result.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, async () => {
        const path = c.path ?? defaultPath;
        const options = { config: configFor(rule, c), rules: [rule] };
        const [result] = await lintFiles([{ path, text: c.code }, ...(c.others ?? [])], options);
        const found = result.findings.filter((f) => f.ruleId === rule.id);
        expect(found.map((f) => ({ line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, severity: f.severity }))).toEqual(
          c.errors.map((e, j) => ({
            line: e.line,
            column: e.column,
            endLine: e.endLine ?? found[j]?.endLine,
            endColumn: e.endColumn ?? found[j]?.endColumn,
            severity: e.severity ?? found[j]?.severity,
          })),
        );
        c.errors.forEach((e, j) => {
          if (e.messageId) expect(found[j].message).toMatch(messageFor(rule, e.messageId));
          if (e.message) {
            if (typeof e.message === 'string') expect(found[j].message).toBe(e.message);
            else expect(found[j].message).toMatch(e.message);
          }
        });
        for (const f of found) if (f.fix) fixesSeen.push(f.fix.applicability);
        expectFixable(rule, found);
        if (c.output !== undefined) {
          const fixed = await fixText(path, c.code, { ...options, unsafe: true, others: c.others });
          expectStillParses(result.findings, fixed.result.findings);
          if (c.output === null) expect(found.every((f) => !f.fix)).toBe(true);
          else expect(fixed.output).toBe(c.output);
          if (c.files) expect(fixed.files).toEqual(c.files);
        }
      });
    });
    it('declares `fixable` as the fixes it reports', () => {
      // Runs after the cases: a declared fix that no invalid case offers is a claim nothing tests.
      if (rule.fixable) expect(fixesSeen, `${rule.id} declares fixable: ${rule.fixable} but no invalid case reports a fix`).not.toEqual([]);
      if (rule.fixable === 'unsafe') expect(fixesSeen).not.toContain('safe');
    });
  });
}
