// Generators for the hostile classes of issue 17, one per class: path-like
// daemon names, control characters, expansion chains, doubling strings, very
// long lines and continuation chains. `npm run fuzz` runs many more.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeLogLine } from '../../src/action/core.js';
import { convertControlScript } from '../../src/convert/index.js';
import { isUnitName } from '../../src/convert/names.js';
import { checkTarget } from '../../src/core/write.js';
import { parsers } from '../../src/languages/index.js';
import { expandList, MAX_LIST_ITEMS, MAX_RESOLVED_LENGTH, resolvePath } from '../../src/languages/shell/query.js';
import type { ShellScript } from '../../src/languages/shell/types.js';
import { lintText } from '../../src/linter/index.js';
import { inlineText, neutralize } from '../../src/reporters/markdown.js';
import { escapeControl } from '../../src/text/index.js';
import { continuationChain, doublingStrings, expansionChain, longLine } from '../reliability/hostile-inputs.js';

const runs = Number(process.env.FUZZ_RUNS ?? 1500);
const some = Math.max(100, Math.floor(runs / 10));
const few = Math.max(20, Math.floor(runs / 100));

const parseScript = (text: string) => parsers.parse('sysv', text, 'x-control').tree as ShellScript;
beforeAll(() => parsers.prepare([{ kind: 'sysv', text: '' }]));

/** Daemon names as an attacker writes them: `..`, `/`, absolute paths, control characters, 300 characters. */
const pathLike = fc.oneof(
  fc.constantFrom('..', '../x', '../../../victim/pwn', '/etc/systemd/system/pwn', 'a/b', '.hidden', '-x', 'x\ny', 'x\u0007', 'a b', '%i', '@', 'x@y'),
  fc.string({ maxLength: 20 }),
  fc.nat(400).map((n) => 'p'.repeat(n)),
  fc.tuple(fc.constantFrom('../', '/', './', '\\'), fc.stringMatching(/^[a-z-]{1,10}$/)).map(([a, b]) => a + b),
);

function controlScript(literal: string[], written: string[]): string {
  const vars = written.map((_, i) => `W${i}`);
  return [
    '#!/bin/sh',
    `DAEMONS="${[...literal, ...vars.map((v) => `\${${v}}`)].join(' ')}"`,
    'enable() {',
    ...written.map((w, i) => `  echo "W${i}=${w}" >> "$PLIST"`),
    '}',
    'case "$1" in',
    '  start) for i in ${DAEMONS}; do /usr/sbin/${i}; done ;;',
    'esac',
    '',
  ].join('\n');
}

describe('property: path-like daemon names', () => {
  it(`never give a generated unit a name or path that leaves the tree (${some} scripts)`, () => {
    fc.assert(
      fc.property(fc.array(pathLike, { maxLength: 4 }), fc.array(pathLike, { maxLength: 4 }), fc.constantFrom('x-control', 'sub/x-control', 'init.d/x'), (literal, written, path) => {
        const conversion = convertControlScript(parseScript(controlScript(literal, written)), { scriptPath: path });
        if (!conversion) return;
        expect(isUnitName(conversion.unitName)).toBe(true);
        expect(conversion.unitPath.split('/').every((part) => part !== '..' && part !== '.' && part !== '')).toBe(true);
        expect(checkTarget('/tmp/initlint-fuzz-root', { path: conversion.unitPath, content: '', mode: 'create' }) ?? '').not.toMatch(/^outside/);
        expect(conversion.content).not.toMatch(/[\0-\x09\x0b-\x1f\x7f]/);
      }),
      { numRuns: some },
    );
  });

  it(`checkTarget refuses every path that resolves outside the root (${some} paths)`, () => {
    const segment = fc.oneof(fc.constantFrom('..', '.', 'a', 'b'), fc.stringMatching(/^[a-z]{1,3}$/));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.boolean(), (parts, absolute) => {
        const path = (absolute ? '/' : '') + parts.join('/');
        const depth = parts.reduce((d, p) => (d < 0 ? d : p === '..' ? d - 1 : p === '.' ? d : d + 1), 0);
        const reason = checkTarget('/tmp/initlint-fuzz-root', { path, content: '', mode: 'create' });
        if (absolute || depth < 0) expect(reason).toMatch(/^outside|is the root/);
      }),
      { numRuns: some },
    );
  });
});

describe('property: control characters', () => {
  const hostile = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('\n::warning::x', '::add-mask::x', 'a\r\n::stop-commands::T', '%0A::x'));

  it(`no logged line, CLI text or markdown carries a line break or a leading :: (${runs} strings)`, () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const logged = escapeLogLine(`initlint: ${s}: skipped`);
        expect(logged).not.toMatch(/[\r\n]/);
        expect(escapeLogLine(s).startsWith('::')).toBe(false);
        expect(escapeControl(s)).not.toMatch(/[\0-\x08\x0a-\x1f\x7f-\x9f]/);
        expect(neutralize(s)).not.toMatch(/[\r\n<>`]/);
        expect(inlineText(s)).not.toMatch(/[\r\n<>]/);
      }),
      { numRuns: runs },
    );
  });
});

describe('property: expansion chains and doubling strings', () => {
  it(`a list expands to at most MAX_LIST_ITEMS names, however chained (${few} scripts)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 14 }), (width, levels) => {
        const script = parseScript(expansionChain(width, levels).text);
        const loop = script.loops[0];
        expect(
          expandList(
            script,
            loop.items.map((w) => w.raw),
            loop.position.start.offset!,
          ).length,
        ).toBeLessThanOrEqual(MAX_LIST_ITEMS);
      }),
      { numRuns: few },
    );
  });

  it(`a doubled value resolves to at most MAX_RESOLVED_LENGTH characters or not at all (${few} scripts)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 6 }), (n, width) => {
        const script = parseScript(doublingStrings(n, width).text);
        const value = resolvePath(script, '$A', script.position.end.offset!);
        expect(value === undefined || value.length <= MAX_RESOLVED_LENGTH).toBe(true);
      }),
      { numRuns: few },
    );
  });
});

describe('property: very long lines and continuation chains', () => {
  it(`lint to findings that all lie inside the file (${few} files)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 200 }), fc.boolean(), async (kb, chain) => {
        const input = chain ? continuationChain(kb) : longLine(kb);
        const result = await lintText(input.path, input.text);
        for (const f of result.findings) {
          expect(f.startOffset).toBeGreaterThanOrEqual(0);
          expect(f.endOffset).toBeLessThanOrEqual(input.text.length);
        }
      }),
      { numRuns: few },
    );
  }, 600_000);
});
