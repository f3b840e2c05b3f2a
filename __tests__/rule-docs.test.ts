// Every rule's README examples are tests: an `invalid` block must produce that
// rule, a `valid` block must not, and a `fixed` block after an invalid one must
// equal the output of --fix-unsafe with that rule's fixes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/core/config.js';
import { fixText, lintFiles } from '../src/linter/index.js';
import { rules } from '../src/rules/index.js';

interface Example {
  kind: 'invalid' | 'valid' | 'fixed';
  path?: string;
  /** `systemd-version=N` in the fence: lint with that floor. */
  systemdVersion?: number;
  code: string;
  line: number;
}

const FENCE = /^(`{3,})(\w+)\s+(invalid|valid|fixed)\b([^\n]*)\n([\s\S]*?)^\1\s*$/gm;

function examples(markdown: string): Example[] {
  const out: Example[] = [];
  for (const m of markdown.matchAll(FENCE)) {
    const path = /path=(\S+)/.exec(m[4])?.[1];
    const floor = /systemd-version=(\d+)/.exec(m[4])?.[1];
    const systemdVersion = floor ? Number(floor) : undefined;
    out.push({ kind: m[3] as Example['kind'], path, systemdVersion, code: m[5], line: markdown.slice(0, m.index).split('\n').length });
  }
  return out;
}

const rulesDir = join(import.meta.dirname, '../src/rules');
const docs: Array<{ id: string; file: string }> = [];
for (const a of readdirSync(rulesDir)) {
  const dir = join(rulesDir, a);
  if (!statSync(dir).isDirectory()) continue;
  if (existsSync(join(dir, 'README.md'))) docs.push({ id: a, file: join(dir, 'README.md') });
  for (const b of readdirSync(dir)) {
    if (existsSync(join(dir, b, 'README.md'))) docs.push({ id: `${a}/${b}`, file: join(dir, b, 'README.md') });
  }
}

function strictConfig(systemdVersion?: number) {
  const config = defaultConfig();
  config.extends = 'strict';
  config.systemdVersion = systemdVersion;
  return config;
}

describe('rule documentation', () => {
  it('every rule has a README whose title is its id', () => {
    for (const rule of rules) {
      const doc = docs.find((d) => d.id === rule.id);
      expect(doc, `${rule.id} has no README.md`).toBeDefined();
      expect(readFileSync(doc!.file, 'utf8').split('\n')[0]).toBe(`# ${rule.id}`);
    }
  });

  for (const doc of docs) {
    const list = examples(readFileSync(doc.file, 'utf8'));
    describe(doc.id, () => {
      it('has at least one invalid and one valid example', () => {
        expect(list.some((e) => e.kind === 'invalid')).toBe(true);
        expect(list.some((e) => e.kind === 'valid')).toBe(true);
      });
      list.forEach((example, i) => {
        if (example.kind === 'fixed') return;
        it(`${example.kind} example at line ${example.line}`, async () => {
          const path = example.path ?? 'example.service';
          const [result] = await lintFiles([{ path, text: example.code }], { config: strictConfig(example.systemdVersion) });
          expect(result.kind, `${path} is not classified as an init file`).not.toBeNull();
          const hits = result.findings.filter((f) => f.ruleId === doc.id);
          if (example.kind === 'valid') expect(hits).toEqual([]);
          else expect(hits.length).toBeGreaterThan(0);
          const next = list[i + 1];
          if (example.kind === 'invalid' && next?.kind === 'fixed') {
            // Only the documented rule's fixes: other rules' fixes (an added [Install],
            // hardening lines) would tie every example to the whole rule set.
            const own = rules.filter((r) => r.id === doc.id);
            const fixed = await fixText(path, example.code, { config: strictConfig(example.systemdVersion), unsafe: true, rules: own });
            expect(fixed.output).toBe(next.code);
          }
        });
      });
    });
  }
});
