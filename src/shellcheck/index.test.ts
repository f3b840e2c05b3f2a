import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Fix } from '../core/types.js';
import { defaultConfig } from '../core/config.js';
import { lintFiles } from '../linter/index.js';
import { isShellcheckAvailable, runShellcheck, runShellcheckAsync, shellcheckBackend } from './index.js';

const has = isShellcheckAvailable();
if (!has) console.warn('shellcheck tests skipped: no shellcheck binary on PATH (apt-get install shellcheck)');

function apply(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe.skipIf(!has)('runShellcheck', () => {
  it('reports findings as shellcheck/SC#### with exact UTF-16 positions and unsafe fixes', () => {
    const text = '#!/bin/sh\n\té😀=1; echo $dir\n';
    const findings = runShellcheck(text, 'sysv');
    const quote = findings.find((f) => f.ruleId === 'shellcheck/SC2086')!;
    expect(quote).toMatchObject({ severity: 'info', line: 2, column: 14, endLine: 2, endColumn: 18, startOffset: 23, endOffset: 27 });
    expect(text.slice(quote.startOffset, quote.endOffset)).toBe('$dir');
    expect(quote.url).toBe('https://www.shellcheck.net/wiki/SC2086');
    expect(quote.fix?.applicability).toBe('unsafe');
    expect(apply(text, quote.fix!)).toBe('#!/bin/sh\n\té😀=1; echo "$dir"\n');
  });

  it('drops what OpenRC conventions cause, keeps real problems', () => {
    const text = '#!/sbin/openrc-run\ncommand=/usr/bin/foo\npidfile="/run/${RC_SVCNAME}.pid"\ncommand_args="${foo_opts}"\nunused_thing=1\ndepend() {\n\tneed net\n}\nstart_pre() {\n\tcd $dir\n}\n';
    const ids = runShellcheck(text, 'openrc').map((f) => `${f.ruleId}:${f.line}`);
    expect(ids).toContain('shellcheck/SC2034:5');
    expect(ids).toContain('shellcheck/SC2086:10');
    expect(ids.filter((i) => i.startsWith('shellcheck/SC2034:2') || i.startsWith('shellcheck/SC2034:3') || i.startsWith('shellcheck/SC2034:4'))).toEqual([]);
    expect(ids.filter((i) => i.startsWith('shellcheck/SC2154'))).toEqual([]);
    expect(ids.filter((i) => i.startsWith('shellcheck/SC1008'))).toEqual([]);
  });

  it('keeps SC2154 for SysV scripts and checks bash scripts as bash', () => {
    const ids = runShellcheck('#!/bin/sh\necho "$svc_dir"\n', 'sysv').map((f) => f.ruleId);
    expect(ids).toContain('shellcheck/SC2154');
    const bash = runShellcheck('#!/bin/bash\nif [[ -n "$1" ]]; then echo "$1"; fi\n', 'sysv').map((f) => f.ruleId);
    expect(bash).toEqual([]);
    const sh = runShellcheck('#!/bin/sh\nif [[ -n "$1" ]]; then echo "$1"; fi\n', 'sysv').map((f) => f.ruleId);
    expect(sh).toContain('shellcheck/SC3010');
  });

  it('does not call conf.d variables unused', () => {
    expect(runShellcheck('FOO_OPTS="-v"\nrc_need="net"\n', 'openrc-conf')).toEqual([]);
  });

  it("a build template's shebang placeholder (`#!@SBINDIR@/openrc-run`) is not SC2239; a real relative shebang still is", () => {
    const template = '#!@SBINDIR@/openrc-run\ncommand="@SBINDIR@/foo"\ndepend() {\n\tneed net\n}\n';
    expect(runShellcheck(template, 'openrc').map((f) => f.ruleId)).toEqual([]);
    expect(runShellcheck('#!sbin/openrc-run\ndepend() {\n\tneed net\n}\n', 'openrc').map((f) => [f.ruleId, f.severity])).toEqual([['shellcheck/SC2239', 'error']]);
  });

  it('never runs on units and never throws on odd input', () => {
    expect(runShellcheck('[Service]\nExecStart=/bin/true\n', 'systemd')).toEqual([]);
    expect(() => runShellcheck('\u0000\u0001 "', 'sysv')).not.toThrow();
    expect(() => runShellcheck('if\r\nthen\r\n', 'openrc')).not.toThrow();
  });
});

describe.skipIf(!has)('shellcheckBackend', () => {
  const script = '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: x\n### END INIT INFO\ncd $dir\n';

  it('is off with `shellcheck: off`', () => {
    expect(shellcheckBackend({ ...defaultConfig(), shellcheck: 'off' }, () => {})).toBeUndefined();
  });

  it('applies per-code levels and suppression comments through lintFiles', async () => {
    const config = { ...defaultConfig(), rules: { 'shellcheck/SC2086': { level: 'error' as const }, 'shellcheck/SC2164': { level: 'off' as const } } };
    const [file] = await lintFiles([{ path: 'init.d/x', text: script }], { config, rules: [], backends: [shellcheckBackend(config, () => {})!] });
    const ids = file.findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids).toContain('shellcheck/SC2086:error');
    expect(ids.some((i) => i.startsWith('shellcheck/SC2164'))).toBe(false);
    const suppressed = script.replace('cd $dir', '# initlint-disable-next-line shellcheck/SC2086\ncd $dir');
    const [again] = await lintFiles([{ path: 'init.d/x', text: suppressed }], { config, rules: [], backends: [shellcheckBackend(config, () => {})!] });
    expect(again.findings.map((f) => f.ruleId)).not.toContain('shellcheck/SC2086');
  });

  it('reports its first failure once, not once per file, and lints on without it', async () => {
    const failures: string[] = [];
    const crashing = (_text: string, _kind: unknown, onFailure?: (reason: string) => void) => (onFailure?.('exit status 3'), []);
    const backend = shellcheckBackend(defaultConfig(), (m) => failures.push(m), crashing)!;
    expect(await backend.findings('init.d/a', 'sysv', script)).toEqual([]);
    expect(await backend.findings('init.d/b', 'sysv', script)).toEqual([]);
    expect(failures).toEqual(['shellcheck failed on init.d/a (exit status 3); its findings are missing for the files where it fails']);
  });
});

describe.skipIf(!has)('shellcheck in a child process the event loop does not wait on', () => {
  const script = '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: x\n### END INIT INFO\ncd $dir\nif [ $1 == x ]; then echo; fi\n';

  it('gives the same findings and the same failures as the synchronous run', async () => {
    const found = await runShellcheckAsync(script, 'sysv');
    expect(found.map((f) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual([
      'shellcheck/SC2164@5:1',
      'shellcheck/SC2154@5:4',
      'shellcheck/SC2086@5:4',
      'shellcheck/SC2086@6:6',
      'shellcheck/SC3014@6:9',
    ]);
    expect(found).toEqual(runShellcheck(script, 'sysv'));
    const reasons: string[] = [];
    expect(await runShellcheckAsync(script, 'sysv', (r) => reasons.push(r), 1)).toEqual([]);
    expect(runShellcheck(script, 'sysv', (r) => reasons.push(r), 1)).toEqual([]);
    expect(reasons).toEqual(['stopped after 0.0 s', 'stopped after 0.0 s']);
  });

  it("starts a file's run before the rules and hands it to findings once; a changed text runs again", async () => {
    const runs: string[] = [];
    const fake = (text: string) => (runs.push(text), Promise.resolve([]));
    const backend = shellcheckBackend(defaultConfig(), () => {}, fake)!;
    backend.start!('init.d/a', 'sysv', script);
    backend.start!('a.service', 'systemd', '[Service]\n');
    expect(await backend.findings('init.d/a', 'sysv', script)).toEqual([]);
    expect(runs).toEqual([script]);
    await backend.findings('init.d/a', 'sysv', `${script}\n`);
    expect(runs).toEqual([script, `${script}\n`]);
  });

  it('runs one process per core at a time, in the order the files came', async () => {
    let running = 0;
    let most = 0;
    const order: string[] = [];
    const release: Array<() => void> = [];
    const fake = (text: string) => {
      running++;
      most = Math.max(most, running);
      order.push(text);
      return new Promise<[]>((resolve) => release.push(() => (running--, resolve([]))));
    };
    const backend = shellcheckBackend(defaultConfig(), () => {}, fake)!;
    const texts = Array.from({ length: 6 }, (_, i) => `#!/bin/sh\necho ${i}\n`);
    texts.forEach((t, i) => backend.start!(`init.d/s${i}`, 'sysv', t));
    const all = Promise.all(texts.map((t, i) => backend.findings(`init.d/s${i}`, 'sysv', t)));
    while (order.length < texts.length || release.length > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      release.shift()?.();
    }
    expect(await all).toEqual(texts.map(() => []));
    expect(most).toBe(Math.min(availableParallelism(), texts.length));
    expect(order).toEqual(texts);
  });
});

describe('runShellcheck without a binary', () => {
  it('returns nothing and reports no failure when shellcheck is not on the PATH, and remembers it', async () => {
    vi.resetModules();
    const fresh = await import('./index.js');
    const path = process.env.PATH;
    process.env.PATH = mkdtempSync(join(tmpdir(), 'initlint-no-shellcheck-'));
    try {
      const failures: string[] = [];
      expect(fresh.runShellcheck('#!/bin/sh\necho $1\n', 'sysv', (reason) => failures.push(reason))).toEqual([]);
      expect(failures).toEqual([]);
      expect(fresh.isShellcheckAvailable()).toBe(false);
    } finally {
      process.env.PATH = path;
    }
  });
});
