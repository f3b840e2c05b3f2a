// Files a hostile or careless pull request can contain: binary content,
// invalid UTF-8, oversized files, empty files, symbolic links (never followed
// out of the workspace), FIFOs and directories named like units. Each one gets
// exactly one clear line on stderr, and the run goes on to lint the rest.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { collectFiles } from '../../src/core/collect.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/core/config.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-bad-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  const paths = args.includes('json') ? (JSON.parse(stdout) as Array<{ path: string; messages: Array<{ ruleId: string }> }>) : [];
  return { code, stdout, lines: stderr.split('\n').filter(Boolean).sort(), linted: paths.map((f) => f.path) };
}

const GOOD_UNIT = '[Unit]\nDescription=Foo daemon\n\n[Service]\nExecStart=/usr/sbin/food --foreground\n';
const BROKEN_UNIT = '[Service]\nExecStart /bin/x\n';
const LSB = '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: foo\n### END INIT INFO\n';
// A neighbour with a parse error shows that the run went on past the bad file.
const NEIGHBOUR = { 'z/broken.service': BROKEN_UNIT };

describe('bad files: one clear line each, the run goes on', () => {
  it('binary content (NUL bytes) in a unit and in a named script', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]);
    const dir = tree({ 'a.service': elf, 'etc/init.d/foo': Buffer.concat([Buffer.from(LSB), Buffer.from([0, 1, 2])]), ...NEIGHBOUR });
    const r = await run(['.', 'etc/init.d/foo', '--format', 'json'], dir);
    expect(r.lines).toEqual(['initlint: a.service: binary content (NUL bytes); not a text file', 'initlint: etc/init.d/foo: binary content (NUL bytes); not a text file']);
    expect(r.linted).toEqual(['z/broken.service']);
    expect(r.code).toBe(1);
  });

  it('invalid UTF-8 in a unit and a script: linted with a notice, never rewritten', async () => {
    const latin1 = (s: string) => Buffer.concat([Buffer.from(s), Buffer.from([0xe9, 0xff]), Buffer.from('\n')]);
    const dir = tree({ 'a.service': latin1('[Unit]\nDescription=caf'), 'etc/init.d/foo': latin1(`${LSB}# caf`), ...NEIGHBOUR });
    const before = readFileSync(join(dir, 'a.service'));
    const r = await run(['.', '--fix-unsafe', '--format', 'json'], dir);
    expect(r.lines.filter((l) => !l.includes('applied'))).toEqual([
      'initlint: a.service: not valid UTF-8; linted with replacement characters, fixes not written',
      'initlint: etc/init.d/foo: not valid UTF-8; linted with replacement characters, fixes not written',
    ]);
    expect(r.linted).toEqual(['a.service', 'etc/init.d/foo', 'z/broken.service']);
    expect(readFileSync(join(dir, 'a.service'))).toEqual(before);
  });

  it(`files over the size limit: default ${DEFAULT_MAX_FILE_SIZE} bytes, configurable in .initlint.yml and by flag`, async () => {
    const sized = (n: number) => '[Unit]\n' + '#'.repeat(n - 8) + '\n';
    const dir = tree({ 'at-limit.service': sized(DEFAULT_MAX_FILE_SIZE), 'over.service': sized(DEFAULT_MAX_FILE_SIZE + 1), ...NEIGHBOUR });
    const r = await run(['.', '--format', 'json'], dir);
    expect(r.lines).toEqual([`initlint: over.service: larger than the 1048576-byte limit (1048577 bytes); raise max-file-size to lint it`]);
    expect(r.linted).toEqual(['at-limit.service', 'z/broken.service']);

    writeFileSync(join(dir, '.initlint.yml'), 'max-file-size: 2000000\n');
    expect((await run(['.', '--format', 'json'], dir)).lines).toEqual([]);
    writeFileSync(join(dir, '.initlint.yml'), 'max-file-size: 100\n');
    const small = await run(['.', '--format', 'json'], dir);
    expect(small.lines).toHaveLength(2);
    expect(small.linted).toEqual(['z/broken.service']);
    // The flag wins over the config.
    expect((await run(['.', '--max-file-size', '2000000', '--format', 'json'], dir)).lines).toEqual([]);
  });

  it('empty files: a unit (systemd reads an empty unit as masked) and a script', async () => {
    const dir = tree({ 'empty.service': '', 'etc/init.d/empty': '', ...NEIGHBOUR });
    const r = await run(['.', 'etc/init.d/empty', '--format', 'json'], dir);
    expect(r.lines).toEqual(['initlint: empty.service: empty file; nothing to lint', 'initlint: etc/init.d/empty: empty file; nothing to lint']);
    expect(r.linted).toEqual(['z/broken.service']);
    // Only a BOM, or only blank lines: read and linted without a crash.
    const blank = tree({ 'bom.service': '\uFEFF', 'blank.service': '\n\n\r\n' });
    const b = await run(['.', '--format', 'json'], blank);
    expect(b.lines).toEqual([]);
    expect(b.linted).toEqual(['blank.service', 'bom.service']);
  });

  it('symbolic links: followed inside the workspace, never out of it', async () => {
    const outside = tree({ 'secret.service': GOOD_UNIT, 'dir/inner.service': GOOD_UNIT });
    const dir = tree({ 'real.service': GOOD_UNIT, ...NEIGHBOUR });
    symlinkSync('real.service', join(dir, 'alias.service')); // inside: linted under its own name
    symlinkSync(join(outside, 'secret.service'), join(dir, 'abs-out.service'));
    symlinkSync('../' + outside.split('/').pop() + '/secret.service', join(dir, 'rel-out.service'));
    symlinkSync('/dev/null', join(dir, 'masked.service'));
    symlinkSync('nowhere.service', join(dir, 'dangling.service'));
    symlinkSync('loop-b.service', join(dir, 'loop-a.service'));
    symlinkSync('loop-a.service', join(dir, 'loop-b.service'));
    symlinkSync(join(outside, 'dir'), join(dir, 'linkdir')); // a linked directory is not walked
    const r = await run(['.', 'linkdir/inner.service', '--format', 'json'], dir);
    expect(r.lines).toEqual([
      'initlint: abs-out.service: symbolic link to a path outside the workspace; not followed',
      'initlint: dangling.service: broken symbolic link or missing file',
      'initlint: linkdir/inner.service: leads outside the workspace through a symbolic link to a directory; not followed',
      'initlint: loop-a.service: symbolic link loop; not followed',
      'initlint: loop-b.service: symbolic link loop; not followed',
      'initlint: masked.service: symbolic link to /dev/null (a masked unit); nothing to lint',
      'initlint: rel-out.service: symbolic link to a path outside the workspace; not followed',
    ]);
    expect(r.linted).toEqual(['alias.service', 'real.service', 'z/broken.service']);
    expect(r.code).toBe(1);
  });

  it('a FIFO named like a unit is never opened (no hang)', async () => {
    const dir = tree(NEIGHBOUR);
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.service')]);
    } catch {
      return; // no mkfifo on this system
    }
    const r = await run(['.', 'pipe.service', '--format', 'json'], dir);
    expect(r.lines).toEqual(['initlint: pipe.service: not a regular file']);
    expect(r.linted).toEqual(['z/broken.service']);
  });

  it('directories named like units: one notice, their contents walked; as an argument, walked', async () => {
    const dir = tree({ 'odd.service/inner.service': GOOD_UNIT, 'foo.service.d/override.conf': '[Service]\nNice=5\n', ...NEIGHBOUR });
    const r = await run(['.', '--format', 'json'], dir);
    expect(r.lines).toEqual(['initlint: odd.service: a directory named like a unit file; its contents are walked']);
    expect(r.linted).toEqual(['foo.service.d/override.conf', 'odd.service/inner.service', 'z/broken.service']);
    const explicit = await run(['odd.service', '--format', 'json'], dir);
    expect(explicit.linted).toEqual(['odd.service/inner.service']);
  });

  it('collectFiles reports the same reasons without the CLI, in walk order', () => {
    const dir = tree({ 'a.service': Buffer.from([0]), 'b.service': '', 'c.service': GOOD_UNIT });
    const collected = collectFiles(['.'], { cwd: dir, maxFileSize: 10 });
    expect(collected.skipped).toEqual([
      { path: 'a.service', reason: 'binary content (NUL bytes); not a text file' },
      { path: 'b.service', reason: 'empty file; nothing to lint' },
      { path: 'c.service', reason: `larger than the 10-byte limit (${GOOD_UNIT.length} bytes); raise max-file-size to lint it` },
    ]);
    expect(collected.inputs).toEqual([]);
  });
});
