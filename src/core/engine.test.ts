import { describe, expect, it } from 'vitest';
import type { UnitFile } from '../languages/systemd/types.js';
import { directives } from '../languages/systemd/parse.js';
import { ConfigError, defaultConfig, validateConfig } from './config.js';
import { applyEdits, applyFixes } from './fix.js';
import { parsers } from '../languages/index.js';
import * as engine from './lint.js';
import { defineRule, type Rule } from './rule.js';
import type { Finding } from './types.js';

// The engine takes everything from its caller: these tests hand it the default parsers and their own rule.
type Setup = { rules: readonly Rule<any>[]; config?: engine.EngineSetup['config']; backends?: engine.Backend[] };
const setup = (o: Setup): engine.EngineSetup => ({ config: defaultConfig(), parsers, ...o });
const lintFiles = (inputs: engine.LintInput[], o: Setup) => engine.lintFiles(inputs, setup(o));
const lintText = async (path: string, text: string, o: Setup) => (await lintFiles([{ path, text }], o))[0];
const fixText = (path: string, text: string, o: Setup) => engine.fixText(path, text, setup(o));

// A rule made for these tests: flags `Bad=` keys, offers `Good=` as a safe fix.
const badKey = defineRule<UnitFile>({
  id: 'test/bad-key',
  kinds: ['systemd'],
  severity: 'warning',
  docs: { summary: 'Flags Bad=.', source: [{ kind: 'initlint', note: 'tests' }] },
  fixable: 'safe',
  messages: { bad: 'Unexpected `{key}=`, expected `Good=`' },
  check(ctx) {
    for (const d of directives(ctx.tree)) {
      if (d.key === 'Bad') {
        ctx.report({
          messageId: 'bad',
          data: { key: d.key },
          at: { start: d.keyPosition.start.offset!, end: d.keyPosition.end.offset! },
          fix: { description: 'Rename to Good=', applicability: 'safe', edits: [{ start: d.keyPosition.start.offset!, end: d.keyPosition.end.offset!, text: 'Good' }] },
        });
      }
    }
  },
});
const rules = [badKey];

describe('applyEdits', () => {
  it('applies sorted edits and skips overlapping ones', () => {
    expect(
      applyEdits('abcdef', [
        { start: 4, end: 5, text: 'E' },
        { start: 0, end: 2, text: 'AB' },
        { start: 1, end: 3, text: 'x' },
      ]),
    ).toEqual({ output: 'ABcdEf', applied: 2 });
  });
  it('a fix goes in whole or waits: overlapping fixes are left for the next pass', () => {
    const finding = (start: number, end: number, text: string, applicability: 'safe' | 'unsafe' = 'safe'): Finding => ({
      ruleId: 'x',
      severity: 'warning',
      message: '',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      startOffset: start,
      endOffset: end,
      fix: { description: '', applicability, edits: [{ start, end, text }] },
    });
    const pass = applyFixes('hello world', [finding(0, 5, 'HELLO'), finding(3, 8, 'zz'), finding(6, 11, 'WORLD', 'unsafe')], false);
    expect(pass.output).toBe('HELLO world');
    expect(pass.fixed).toHaveLength(1);
  });
});

describe('lint and fix', () => {
  it('reports with rule id, severity, exact positions and url', async () => {
    const result = await lintText('a.service', '[Service]\nBad=1\n', { rules });
    expect(result.findings).toEqual([
      expect.objectContaining({ ruleId: 'test/bad-key', severity: 'warning', message: 'Unexpected `Bad=`, expected `Good=`', line: 2, column: 1, endLine: 2, endColumn: 4 }),
    ]);
    expect(result.findings[0].url).toMatch(/test\/bad-key\/README\.md$/);
  });

  it('keeps a peer tool finding unless one of ours starts at the same place', async () => {
    const peer = (line: number, column: number): Finding => ({
      ruleId: 'shellcheck/SC1000',
      severity: 'info',
      message: 'peer',
      line,
      column,
      endLine: line,
      endColumn: column + 1,
      startOffset: 0,
      endOffset: 1,
    });
    const result = await lintText('a.service', '[Service]\nBad=1\n', { rules, backends: [{ name: 'peer', findings: () => [peer(2, 1), peer(1, 2)] }] });
    expect(result.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual(['shellcheck/SC1000@1:2', 'test/bad-key@2:1']);
  });

  it('starts each back end on every file it will lint before parsing, and awaits its findings after the rules', async () => {
    const events: string[] = [];
    const backend: engine.Backend = {
      name: 'peer',
      start: (path, kind) => events.push(`start ${path} ${kind}`),
      findings: async (path) => (events.push(`findings ${path}`), []),
    };
    const slowParsers = {
      ...parsers,
      prepare: async (files: Parameters<typeof parsers.prepare>[0]) => (events.push(`prepare ${[...new Set(files.map((f) => f.kind))].join(',')}`), parsers.prepare(files)),
    };
    const results = await engine.lintFiles(
      [
        { path: 'a.service', text: '[Service]\nBad=1\n' },
        { path: 'README', text: 'hello\n' },
        { path: 'b.service', text: '[Service]\n' },
      ],
      {
        config: defaultConfig(),
        parsers: slowParsers,
        rules,
        backends: [backend],
      },
    );
    expect(results.map((r) => r.kind)).toEqual(['systemd', null, 'systemd']);
    expect(events).toEqual(['start a.service systemd', 'start b.service systemd', 'prepare systemd', 'findings a.service', 'findings b.service']);
  });

  it('keeps a BOM and CRLF line endings when fixing', async () => {
    const fixed = await fixText('a.service', '\uFEFF[Service]\r\nBad=1\r\n', { rules });
    expect(fixed.output).toBe('\uFEFF[Service]\r\nGood=1\r\n');
    expect(fixed.result.findings).toEqual([]);
    expect(fixed.passes).toBe(1);
  });

  it('config levels override the default; off turns a rule off', async () => {
    const config = validateConfig({ rules: { 'test/bad-key': 'error' } }, ['test/bad-key']);
    expect((await lintText('a.service', '[Service]\nBad=1\n', { rules, config })).findings[0].severity).toBe('error');
    const off = validateConfig({ rules: { 'test/bad-key': 'off' } }, ['test/bad-key']);
    expect((await lintText('a.service', '[Service]\nBad=1\n', { rules, config: off })).findings).toEqual([]);
  });

  it('suppressions hide a finding; an unused one is reported with a fix', async () => {
    const text = '[Service]\n# initlint-disable-next-line test/bad-key\nBad=1\n; initlint-disable-next-line test/bad-key\nGood=1\n';
    const result = await lintText('a.service', text, { rules });
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([['unused-suppression', 4]]);
    const fixed = await fixText('a.service', text, { rules });
    expect(fixed.output).toBe('[Service]\n# initlint-disable-next-line test/bad-key\nBad=1\nGood=1\n');
  });

  it('disable … enable ranges', async () => {
    const text = '[Service]\n# initlint-disable test/bad-key\nBad=1\n# initlint-enable test/bad-key\nBad=2\n';
    expect((await lintText('a.service', text, { rules })).findings.map((f) => f.line)).toEqual([5]);
  });

  it('parse errors are findings, never exceptions; unknown files are skipped', async () => {
    const results = await lintFiles(
      [
        { path: 'x.service', text: '\u0000\u0001garbage\n[' },
        { path: 'README', text: 'hello' },
      ],
      { rules },
    );
    expect(results[0].findings.map((f) => f.ruleId)).toEqual(['parse-error', 'parse-error']);
    expect(results[1]).toEqual({ path: 'README', kind: null, findings: [] });
  });
});

describe('config validation', () => {
  it('rejects unknown keys and rule ids with a hint', () => {
    expect(() => validateConfig({ extend: 'strict' }, [])).toThrow(new ConfigError('config: unknown key `extend`, did you mean `extends`?'));
    expect(() => validateConfig({ rules: { 'systemd/required-by-targt': 'off' } }, ['systemd/required-by-target'])).toThrow(
      'config: unknown rule `systemd/required-by-targt`, did you mean `systemd/required-by-target`?',
    );
    expect(() => validateConfig({ rules: { 'x/y': 'loud' } }, ['x/y'])).toThrow('expected one of off, info, warning, error');
  });
  it('checks `[level, options]` against the options a rule declares', () => {
    const known = [{ id: 'x/opt', options: { depth: { type: 'number' as const, default: 2, description: 'how deep' } } }, { id: 'x/none' }];
    expect(validateConfig({ rules: { 'x/opt': ['warn', { depth: 3 }] } }, known).rules['x/opt']).toEqual({ level: 'warning', options: { depth: 3 } });
    expect(() => validateConfig({ rules: { 'x/opt': ['warn', { dept: 3 }] } }, known)).toThrow(new ConfigError('config: rules.x/opt: unknown option `dept`, did you mean `depth`?'));
    expect(() => validateConfig({ rules: { 'x/opt': ['warn', { depth: 'deep' }] } }, known)).toThrow(new ConfigError('config: rules.x/opt: option `depth` must be a number'));
    expect(() => validateConfig({ rules: { 'x/opt': ['warn', 'deep'] } }, known)).toThrow(new ConfigError('config: rules.x/opt: options must be a mapping of depth'));
    expect(() => validateConfig({ rules: { 'x/none': ['warn', { depth: 3 }] } }, known)).toThrow(new ConfigError('config: rules.x/none: unexpected options, the rule takes none'));
  });

  it('gives a rule its declared defaults under the config options, and the preset', async () => {
    const seen: unknown[] = [];
    const probe = defineRule<UnitFile>({
      id: 'test/probe',
      kinds: ['systemd'],
      severity: 'info',
      docs: { summary: 'probe', source: [{ kind: 'initlint', note: 'tests' }] },
      messages: {},
      options: { depth: { type: 'number', default: 2, description: 'how deep' }, wide: { type: 'boolean', description: 'per preset' } },
      check: (ctx) => void seen.push([ctx.options, ctx.preset]),
    });
    await lintText('a.service', '[Service]\n', { rules: [probe] });
    const config = validateConfig({ extends: 'strict', rules: { 'test/probe': ['info', { wide: true }] } }, [probe]);
    await lintText('a.service', '[Service]\n', { rules: [probe], config });
    expect(seen).toEqual([
      [{ depth: 2 }, 'recommended'],
      [{ depth: 2, wide: true }, 'strict'],
    ]);
  });

  it('accepts presets, levels with options and ignore globs', () => {
    const config = validateConfig({ extends: 'strict', rules: { 'x/y': ['warn', { a: 1 }] }, ignore: ['vendor/**'], 'max-file-size': 10 }, ['x/y']);
    expect(config).toMatchObject({ extends: 'strict', rules: { 'x/y': { level: 'warning', options: { a: 1 } } }, ignore: ['vendor/**'], maxFileSize: 10 });
    expect(defaultConfig().maxFileSize).toBe(1048576);
  });
});

describe('class 2: a file that is not what its name says (issue 11)', () => {
  it('a unit that fails to parse on most lines gets one parse-error, not one per line, and no rule runs on it', async () => {
    // Notes that a packager kept under a unit's name.
    const notes = 'Start the foo service\nwith its defaults\nthen check the log\nfor errors\nand restart it\nif needed\nafter an upgrade\nof the package\nby hand\n';
    const r = await lintText('notes/foo.service', notes, { rules: [badKey] });
    expect(r.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.message}`)).toEqual([
      '1:1-1:22 parse-error Unexpected content for a systemd unit: 9 of 9 lines are neither `[Section]` nor `Key=Value`, expected a unit file (this file is probably not one; nothing else is checked in it)',
    ]);
  });

  it('an XML service description (Avahi) named *.service is no unit: skipped, not reported (holdout review)', async () => {
    const xml =
      '<?xml version="1.0"?>\n<!DOCTYPE service-group SYSTEM "avahi-service.dtd">\n<service-group>\n  <name>%h</name>\n  <service>\n    <type>_ssh._tcp</type>\n    <port>22</port>\n  </service>\n</service-group>\n';
    const r = await lintText('avahi/ssh.service', xml, { rules: [badKey] });
    expect(r.findings).toEqual([]);
  });

  it('a unit with a few bad lines keeps its parse-errors and its rules', async () => {
    const r = await lintText('foo.service', '[Service]\nExecStart /usr/bin/foo\nBad=1\nType=simple\nUser=foo\n', { rules: [badKey] });
    expect(r.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['2 parse-error', '3 test/bad-key']);
  });
});

describe('per-file cap on findings (issue 11)', () => {
  it('lists the first 50 findings of a file and counts the rest in one too-many-findings', async () => {
    const text = '[Service]\n' + Array.from({ length: 60 }, () => 'Bad=1\n').join('');
    const r = await lintText('foo.service', text, { rules: [badKey] });
    expect(r.findings).toHaveLength(engine.MAX_FINDINGS_PER_FILE + 1);
    expect(r.findings.slice(0, 50).every((f) => f.ruleId === 'test/bad-key')).toBe(true);
    const last = r.findings[50];
    expect(`${last.line}:${last.column} ${last.ruleId} ${last.severity} ${last.message}`).toBe(
      '51:1 too-many-findings info 10 more findings in this file are not shown (at most 50 per file): fix these, or run initlint on the file locally to see them all',
    );
  });

  it('leaves a file with 50 findings alone, and can be turned off', async () => {
    const fifty = '[Service]\n' + Array.from({ length: 50 }, () => 'Bad=1\n').join('');
    expect((await lintText('foo.service', fifty, { rules: [badKey] })).findings).toHaveLength(50);
    const config = defaultConfig();
    config.rules['too-many-findings'] = { level: 'off' };
    const sixty = '[Service]\n' + Array.from({ length: 60 }, () => 'Bad=1\n').join('');
    expect((await lintText('foo.service', sixty, { rules: [badKey], config })).findings).toHaveLength(50);
  });
});

describe('class 3: build templates, placeholders are not values (issue 11)', () => {
  it('drops findings on lines that hold an @VAR@ placeholder in a .in file, keeps the others', async () => {
    const text = '[Service]\nBad=@sbindir@/foo\nBad=1\n@EXTRA_LINE@\n';
    const template = await lintText('systemd/foo.service.in', text, { rules: [badKey] });
    expect(template.kind).toBe('systemd');
    expect(template.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['3 test/bad-key']);
    // The same text under a unit's own name: the placeholders are what the file says.
    const unit = await lintText('systemd/foo.service', text, { rules: [badKey] });
    expect(unit.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['2 test/bad-key', '3 test/bad-key', '4 parse-error']);
  });
});
