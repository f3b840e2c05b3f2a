import { describe, expect, it } from 'vitest';
import { parsers } from '../languages/index.js';
import { rules } from '../rules/index.js';
import { defaultConfig } from './config.js';
import * as engine from './lint.js';
import type { FileResult } from './types.js';

// A big script batch shared with a helper thread (src/linter/threads.ts) must give what one
// thread gives. Here the "helper" is lintFromQueue in this thread: the two loops interleave at
// each file's await, taking files from the same queue as a worker would.
const openrc = (i: number) => `#!/sbin/openrc-run\ncommand=/usr/bin/d${i}\ndepend() {\n\tneed net\n}\nstart_pre() {\n\tif [[ -n "$X" ]]; then echo ${i}; fi\n}\n`;
const sysv = (i: number) => `#!/bin/sh\n# no LSB header\ncase "$1" in\nstart) start-stop-daemon --start --exec /usr/sbin/s${i} ;;\nstop) killall s${i} ;;\nesac\n`;
// A unit that wraps one of the scripts: cross-file rules on both sides read the other's tree.
const unit = '[Service]\nExecStart=/etc/init.d/s3 start\n';
const inputs: engine.LintInput[] = [
  { path: 'lib/systemd/system/s3.service', text: unit },
  ...Array.from({ length: engine.HELPER_MIN_SCRIPTS }, (_, i) => (i % 2 ? { path: `etc/init.d/s${i}`, text: sysv(i) } : { path: `etc/init.d/o${i}`, text: openrc(i), kind: 'openrc' as const })),
  { path: 'README', text: 'not an init file' },
];
const base: engine.LintOptions = { config: defaultConfig(), rules, parsers };

/** A helper in this thread; `fail` makes it take its files and then report a failure. */
function inThread(fail = false): { helper: engine.BatchHelper; took: () => number } {
  let took = 0;
  const helper: engine.BatchHelper = {
    start(given, queue) {
      const results = engine.lintFromQueue(given, queue, base).then((r) => {
        took = r.length;
        return fail ? null : r;
      });
      return { results, stop: () => {} };
    },
  };
  return { helper, took: () => took };
}

describe('a batch shared with a helper', () => {
  it('gives the results of one thread, in input order, with both taking files', async () => {
    const alone: FileResult[] = await engine.lintFiles(inputs, base);
    const { helper, took } = inThread();
    const shared = await engine.lintFiles(inputs, { ...base, helper });
    expect(took()).toBeGreaterThan(0);
    expect(took()).toBeLessThan(inputs.length - 1);
    expect(shared).toEqual(alone);
    expect(shared.map((r) => r.path)).toEqual(inputs.map((i) => i.path));
    // The batch has findings of the script rules and of the cross-file ones.
    const ids = new Set(alone.flatMap((r) => r.findings.map((f) => f.ruleId)));
    expect(ids).toContain('openrc/non-posix');
    expect(ids).toContain('sysv/lsb-header');
  });

  it('lints here the files a failed helper took', async () => {
    const alone = await engine.lintFiles(inputs, base);
    const { helper, took } = inThread(true);
    expect(await engine.lintFiles(inputs, { ...base, helper })).toEqual(alone);
    expect(took()).toBeGreaterThan(0);
  });

  it('starts no helper below HELPER_MIN_SCRIPTS scripts, nor with back ends', async () => {
    let started = 0;
    const helper: engine.BatchHelper = {
      start: () => {
        started++;
        return null;
      },
    };
    await engine.lintFiles(inputs.slice(0, engine.HELPER_MIN_SCRIPTS), { ...base, helper });
    await engine.lintFiles(inputs, { ...base, helper, backends: [{ name: 'none', findings: () => [] }] });
    expect(started).toBe(0);
    await engine.lintFiles(inputs, { ...base, helper });
    expect(started).toBe(1);
  });
});
