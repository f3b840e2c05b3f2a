import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Octokit } from '@octokit/rest';
import type { AuditLog, AuditOptions } from '../../src/action/audit/index.js';
import { directives } from '../../src/languages/systemd/parse.js';
import type { UnitFile } from '../../src/languages/systemd/types.js';
import { defineRule } from '../../src/core/rule.js';
import { defaultConfig } from '../../src/core/config.js';

export const API = 'https://api.github.com';
export const OWNER = 'acme';
export const REPO = 'services';
export const SHA1 = '1111111111111111111111111111111111111111';
export const SHA2 = '2222222222222222222222222222222222222222';
export const SHA3 = '3333333333333333333333333333333333333333';

/**
 * Test rules standing in for real ones, so these tests do not move when a
 * rule's wording does: one with a safe fix (RequiredBy= → WantedBy= on a
 * target) and one without a fix that quotes file text in its message.
 */
export const requiredBy = defineRule<UnitFile>({
  id: 'test/required-by-target',
  kinds: ['systemd'],
  severity: 'warning',
  docs: { summary: 'RequiredBy= on a target.', source: [{ kind: 'initlint', note: 'tests' }] },
  fixable: 'safe',
  messages: { use: '`RequiredBy={target}`: use `WantedBy={target}` instead' },
  check(ctx) {
    for (const d of directives(ctx.tree, 'Install')) {
      if (d.key === 'RequiredBy' && /\.target$/.test(d.value)) {
        const at = { start: d.keyPosition.start.offset!, end: d.keyPosition.end.offset! };
        ctx.report({ messageId: 'use', data: { target: d.value }, at, fix: { description: 'Replace RequiredBy= with WantedBy=', applicability: 'safe', edits: [{ ...at, text: 'WantedBy' }] } });
      }
    }
  },
});

export const execRelative = defineRule<UnitFile>({
  id: 'test/exec-relative',
  kinds: ['systemd'],
  severity: 'error',
  docs: { summary: 'ExecStart= not absolute.', source: [{ kind: 'initlint', note: 'tests' }] },
  messages: { relative: 'Unexpected `ExecStart={value}`, expected an absolute path' },
  check(ctx) {
    for (const d of directives(ctx.tree, 'Service')) {
      if (d.key === 'ExecStart' && !d.value.startsWith('/'))
        ctx.report({ messageId: 'relative', data: { value: d.value }, at: { start: d.valuePosition.start.offset!, end: d.valuePosition.end.offset! } });
    }
  },
});

export const rules = [execRelative, requiredBy];

const made: string[] = [];
export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A workspace with these files; a value of `{text, mode}` sets the file mode. */
export function workspace(files: Record<string, string | { text: string; mode: number }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-audit-'));
  made.push(dir);
  write(dir, files);
  return dir;
}

export function write(dir: string, files: Record<string, string | { text: string; mode: number } | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    if (content === null) {
      rmSync(target, { force: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, typeof content === 'string' ? content : content.text);
    if (typeof content !== 'string') chmodSync(target, content.mode);
  }
}

export interface Logged {
  log: AuditLog;
  lines: string[];
}

export function logger(): Logged {
  const lines: string[] = [];
  return { lines, log: { info: (m) => lines.push(m), warning: (m) => lines.push(`warning: ${m}`) } };
}

export function options(dir: string, sha: string, overrides: Partial<AuditOptions['inputs']> = {}, log: AuditLog = logger().log): AuditOptions {
  return {
    octokit: new Octokit({ auth: 'test-token', baseUrl: API, log: { debug() {}, info() {}, warn() {}, error() {} } }),
    owner: OWNER,
    repo: REPO,
    sha,
    serverUrl: 'https://github.com',
    workspace: dir,
    inputs: { paths: [], fixPr: false, failLevel: 'error', ...overrides },
    log,
    rules,
    config: defaultConfig(),
  };
}
