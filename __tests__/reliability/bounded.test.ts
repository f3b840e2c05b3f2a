// Bounded work per file (issue 17 items 5 and 6): every hostile input runs
// through the CLI next to a file with a known finding, in every format that
// fingerprints; the run ends with bounded output and the other file still
// reported. The time each takes is measured by bench/hostile.mjs, not here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fingerprint } from '../../src/core/fingerprint.js';
import { defineRule } from '../../src/core/rule.js';
import { parsers } from '../../src/languages/index.js';
import { lintFiles } from '../../src/linter/index.js';
import { expandList, MAX_LIST_ITEMS, resolvePath } from '../../src/languages/shell/query.js';
import type { ShellScript } from '../../src/languages/shell/types.js';
import { hostileInputs, doublingStrings, expansionChain, WITNESS } from './hostile-inputs.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function cli(files: Array<{ path: string; text: string }>, argv: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-bounded-'));
  dirs.push(dir);
  for (const f of files) writeFileSync(join(dir, f.path), f.text);
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('each hostile input ends with bounded output, and the other file is still reported', () => {
  it.each(hostileInputs().map((h) => [h.name, h] as const))(
    '%s',
    async (_name, input) => {
      const { stdout } = await cli([input, WITNESS], ['--format', 'sarif', '.']);
      const sarif = JSON.parse(stdout);
      const results = sarif.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
      expect(results.some((r) => r.ruleId === WITNESS.ruleId && r.locations[0].physicalLocation.artifactLocation.uri === WITNESS.path)).toBe(true);
      // Output grows at most linearly with the input (a SARIF result per finding, two findings
      // per 23-byte line at most here): no expansion reaches it.
      expect(stdout.length).toBeLessThan(256 * input.text.length + 1_000_000);
    },
    60_000,
  );
});

describe('expansions are capped and cached', () => {
  const parse = async (text: string) => {
    await parsers.prepare([{ kind: 'sysv', text: '' }]);
    return parsers.parse('sysv', text, 'x-control').tree as ShellScript;
  };

  it('a chain of list variables expands to at most MAX_LIST_ITEMS names', async () => {
    const script = await parse(expansionChain(6, 9).text);
    const loop = script.loops[0];
    const items = expandList(
      script,
      loop.items.map((w) => w.raw),
      loop.position.start.offset!,
    );
    expect(items.length).toBeLessThanOrEqual(MAX_LIST_ITEMS);
  });

  it('a doubling string resolves to nothing rather than 2^24 characters', async () => {
    const script = await parse(doublingStrings(24).text);
    expect(resolvePath(script, '$A/bin', script.position.end.offset!)).toBeUndefined();
    expect(resolvePath(script, '$B/bin', 0)).toBeUndefined();
  });
});

describe('a failure stays with its file and its rule', () => {
  const throwing = defineRule({
    id: 'systemd/throws',
    kinds: ['systemd'],
    severity: 'warning',
    docs: { summary: 'test', source: [{ kind: 'tool', command: 'test' }] },
    messages: { x: 'x' },
    check(ctx) {
      if (ctx.path === 'bad.service') 'x'.repeat(2 ** 30).repeat(2 ** 10);
    },
  });

  it('a rule that throws on one file leaves one notice there; its other files and the other rules are reported', async () => {
    const { default: requiredBy } = await import('../../src/rules/systemd/required-by-target/index.js');
    const results = await lintFiles([{ path: 'bad.service', text: WITNESS.text }, WITNESS], { rules: [throwing, requiredBy] });
    expect(results[0].findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['systemd/throws', 'info'],
      [WITNESS.ruleId, 'error'],
    ]);
    expect(results[0].findings[0].message).toBe('Rule systemd/throws stopped on this file (RangeError: Invalid string length); its findings here may be missing');
    expect(results[1].findings.map((f) => f.ruleId)).toEqual([WITNESS.ruleId]);
  });

  it('a parser that throws on one file gives that file one notice; the others are linted', async () => {
    const { default: requiredBy } = await import('../../src/rules/systemd/required-by-target/index.js');
    const failing = {
      prepare: parsers.prepare,
      parse: (kind: Parameters<typeof parsers.parse>[0], text: string, path: string) => {
        if (path === 'bad.service') throw new RangeError('Invalid string length');
        return parsers.parse(kind, text, path);
      },
    };
    const results = await lintFiles([{ path: 'bad.service', text: WITNESS.text }, WITNESS], { rules: [requiredBy], parsers: failing });
    expect(results[0].findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['parse-error', 'info', 'initlint could not lint this file (RangeError: Invalid string length); no findings are reported for it'],
    ]);
    expect(results[1].findings.map((f) => f.ruleId)).toEqual([WITNESS.ruleId]);
  });

  it("rules past the file's time budget are skipped and named in one notice", async () => {
    const { default: requiredBy } = await import('../../src/rules/systemd/required-by-target/index.js');
    const results = await lintFiles([WITNESS], { rules: [requiredBy], ruleBudgetMs: -1 });
    expect(results[0].findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([['parse-error', 'info', "The rules' time budget for this file ran out; not run: systemd/required-by-target"]]);
  });
});

describe('fingerprints', () => {
  it('index a file once however many findings it has: same ids as splitting per finding', () => {
    const text = 'a\nb\r\nc\n';
    expect(fingerprint('p', 'r', text, { line: 2, endLine: 3 })).toBe(fingerprint('p', 'r', 'x\nb\nc', { line: 2, endLine: 3 }));
    expect(fingerprint('p', 'r', text, { line: 1, endLine: 1 })).not.toBe(fingerprint('p', 'r', text, { line: 2, endLine: 2 }));
  });
});
