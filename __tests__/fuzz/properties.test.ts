import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixText } from '../../src/linter/index.js';
import { defaultConfig } from '../../src/core/config.js';
import { classifyScript } from '../../src/languages/shell/classify.js';
import { loadShellParser } from '../../src/languages/shell/parse.js';
import { shellParserHolds, shellText, unitParserHolds, unitText } from './properties.js';

// `npm run fuzz` sets FUZZ_RUNS to 100,000+; `npm test` runs a sample.
const runs = Number(process.env.FUZZ_RUNS ?? 1500);
const strict = { ...defaultConfig(), extends: 'strict' as const };

describe('property: the systemd parser', () => {
  it(`never throws and keeps every position consistent (${runs} inputs)`, () => {
    let count = 0;
    fc.assert(
      fc.property(unitText, (text) => {
        count++;
        unitParserHolds(text);
      }),
      { numRuns: runs },
    );
    console.log(`fuzz: systemd parser: ${count} inputs, no failure`);
  });
});

describe('property: the shell parser', () => {
  beforeAll(async () => {
    await loadShellParser();
  });

  it(`never throws and keeps every position consistent (${runs} inputs)`, () => {
    let count = 0;
    fc.assert(
      fc.property(shellText, (text) => {
        count++;
        shellParserHolds(text);
      }),
      { numRuns: runs },
    );
    console.log(`fuzz: shell parser: ${count} inputs, no failure`);
  }, 3_600_000);

  it('the script classifier never throws', () => {
    const path = fc.oneof(fc.constantFrom('init.d/x', 'etc/conf.d/x', 'bin/x-control', 'x.initd', 'conf.d/a.conf', ''), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(path, shellText, (p, text) => {
        classifyScript(p, text);
      }),
      { numRuns: Math.max(200, Math.floor(runs / 10)) },
    );
  });
});

describe('property: fixes', () => {
  it('every fix yields text that re-parses, and fixing twice changes nothing the second time', async () => {
    const fixRuns = Math.max(200, Math.floor(runs / 10));
    let count = 0;
    await fc.assert(
      fc.asyncProperty(
        unitText.filter((t) => t.length < 20_000),
        async (text) => {
          count++;
          const once = await fixText('fuzz.service', text, { config: strict, unsafe: true });
          unitParserHolds(once.output.replace(/^\uFEFF/, ''));
          const twice = await fixText('fuzz.service', once.output, { config: strict, unsafe: true });
          expect(twice.output).toBe(once.output);
        },
      ),
      { numRuns: fixRuns },
    );
    console.log(`fuzz: fix engine: ${count} inputs, no failure`);
  }, 3_600_000);
});
