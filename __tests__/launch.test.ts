import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CODE_PART } from '../src/languages/code-parts.js';

// dist/ is built by the global setup; these run the bin as a user does, with TMPDIR pointing
// at a directory of the test's own so the V8 code cache of src/launch.ts is seen from outside.
const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'dist', 'cli.js');
const made: string[] = [];
/** FNV-1a of dist/'s path, as the launcher names the bundle's directory (computed here independently). */
const distHash = (() => {
  let h = 0x811c9dc5;
  for (const c of join(root, 'dist')) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
})();
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const UNIT = '[Unit]\nDescription=Foo daemon\n\n[Service]\nType=simple\nExecStart=/usr/sbin/food --foreground\nPIDFile=/var/run/food.pid\n';
const SCRIPT = '#!/sbin/openrc-run\ncommand="/usr/sbin/food"\npidfile="/var/run/food.pid"\n\ndepend() {\n\tneed net\n}\n';

function fixture() {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-launch-'));
  made.push(dir);
  const work = join(dir, 'work');
  mkdirSync(join(work, 'init.d'), { recursive: true });
  writeFileSync(join(work, 'food.service'), UNIT);
  writeFileSync(join(work, 'init.d', 'food'), SCRIPT, { mode: 0o755 });
  writeFileSync(join(work, '.initlint.yml'), 'shellcheck: off\n');
  const temp = join(dir, 'tmp');
  mkdirSync(temp);
  const uid = process.getuid!();
  return { work, temp, cacheDir: join(temp, `initlint-v8-cache-${uid}`) };
}

function run(f: { work: string; temp: string }, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', ...args], { cwd: f.work, encoding: 'utf8', env: { ...process.env, TMPDIR: f.temp, NODE_DISABLE_COMPILE_CACHE: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The one cache file of cli.cjs for a kind of run: its name, inode and the code parts in its header. */
function cacheFile(dir: string, kind: 'units' | 'all' = 'units') {
  const names = readdirSync(dir).filter((n) => n.startsWith(`cli.cjs-${distHash}-${process.version}-`) && n.endsWith('-units.v8') === (kind === 'units'));
  expect(names).toHaveLength(1);
  const path = join(dir, names[0]);
  return { name: names[0], ino: statSync(path).ino, mode: statSync(path).mode & 0o777, parts: readFileSync(path).readUInt32LE(0), size: statSync(path).size };
}

describe.skipIf(process.platform === 'win32')('the launcher: a V8 code cache made after the run (src/launch.ts)', () => {
  it('writes the cache on the first run, keeps it on the next (accepted), and the output is the same', () => {
    const f = fixture();
    const first = run(f, ['food.service']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['systemd/no-install-section', 'systemd/pidfile-without-forking', 'systemd/pidfile-legacy-path']);
    expect(first.stderr).toBe('');
    const dirMode = statSync(f.cacheDir).mode & 0o777;
    expect(dirMode).toBe(0o700);
    const cli = statSync(join(root, 'dist', 'cli.cjs'));
    const written = cacheFile(f.cacheDir);
    expect(written.name).toBe(`cli.cjs-${distHash}-${process.version}-${process.arch}-${cli.size}-${Math.trunc(cli.mtimeMs)}-units.v8`);
    expect(readdirSync(f.cacheDir)).toEqual([written.name]);
    expect(written.mode).toBe(0o600);
    // The fixture's .initlint.yml loaded the YAML parser; a unit needs no shell parser.
    expect(written.parts).toBe(CODE_PART.yaml);
    expect(written.size).toBeGreaterThan(100_000);

    const second = run(f, ['food.service']);
    expect(second).toEqual(first);
    // Rewritten means renamed over: the same inode means V8 accepted the cache and nothing grew.
    expect(cacheFile(f.cacheDir).ino).toBe(written.ino);
  });

  it('keeps a cache of its own for runs that name only unit files, which a script run does not grow', () => {
    const f = fixture();
    run(f, ['food.service']);
    const units = cacheFile(f.cacheDir, 'units');
    const script = run(f, ['init.d/food']);
    expect(JSON.parse(script.stdout)[0]).toMatchObject({ path: 'init.d/food', kind: 'openrc' });
    const all = cacheFile(f.cacheDir, 'all');
    expect(all.name).toBe(units.name.replace(/-units\.v8$/, '.v8'));
    expect(all.size).toBeGreaterThan(units.size);
    run(f, ['food.service', 'init.d/food']);
    run(f, ['food.service']);
    expect(cacheFile(f.cacheDir, 'units').ino).toBe(units.ino);
    expect(cacheFile(f.cacheDir, 'all').ino).toBe(all.ino);
  });

  it('a unit whose sh -c loads the shell parser: same output as without the cache, and the units cache settles after one rewrite', () => {
    const f = fixture();
    writeFileSync(join(f.work, 'shc.service'), '[Service]\nExecStart=/bin/sh -c "exec /usr/bin/food --foreground"\n');
    const off = run(f, ['shc.service'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(JSON.parse(off.stdout)[0].path).toBe('shc.service');
    // Written after the parser set its WASM flags, this cache carries their hash: the next plain unit run refuses it and writes its own.
    expect(run(f, ['shc.service'])).toEqual(off);
    const first = cacheFile(f.cacheDir);
    run(f, ['food.service']);
    const settled = cacheFile(f.cacheDir);
    expect(settled.ino).not.toBe(first.ino);
    expect(run(f, ['shc.service'])).toEqual(off);
    run(f, ['food.service']);
    expect(cacheFile(f.cacheDir).ino).toBe(settled.ino);
    expect(readdirSync(f.cacheDir).filter((n) => n.startsWith('cli.cjs-'))).toEqual([settled.name]);
  });

  it('writes the other cache again when a run loads a part it does not cover (a directory of units, then a script)', () => {
    const f = fixture();
    mkdirSync(join(f.work, 'units'));
    writeFileSync(join(f.work, 'units', 'food.service'), UNIT);
    expect(JSON.parse(run(f, ['units']).stdout)[0].path).toBe('units/food.service');
    const unitsOnly = cacheFile(f.cacheDir, 'all');
    run(f, ['init.d/food']);
    const both = cacheFile(f.cacheDir, 'all');
    expect(both.ino).not.toBe(unitsOnly.ino);
    expect(unitsOnly.parts).toBe(CODE_PART.yaml);
    expect(both.parts).toBe(CODE_PART.yaml | CODE_PART.shellParser);
    expect(both.size).toBeGreaterThan(unitsOnly.size);
    // Back to units: the cache already covers them, so it stays; so does it for another script.
    run(f, ['units']);
    run(f, ['init.d/food']);
    expect(cacheFile(f.cacheDir, 'all').ino).toBe(both.ino);
    // Without the config file the YAML parser is not loaded: still covered.
    rmSync(join(f.work, '.initlint.yml'));
    run(f, ['init.d/food', '--shellcheck', 'off']);
    expect(cacheFile(f.cacheDir, 'all').ino).toBe(both.ino);
  });

  it('a rewritten cache covers the parts of the run that wrote the one it replaces as well', () => {
    const f = fixture();
    mkdirSync(join(f.work, 'units'));
    writeFileSync(join(f.work, 'units', 'food.service'), UNIT);
    rmSync(join(f.work, '.initlint.yml'));
    run(f, ['init.d/food', '--shellcheck', 'off']);
    const parser = cacheFile(f.cacheDir, 'all');
    expect(parser.parts).toBe(CODE_PART.shellParser);
    writeFileSync(join(f.work, '.initlint.yml'), 'shellcheck: off\n');
    run(f, ['units']);
    const both = cacheFile(f.cacheDir, 'all');
    expect(both.ino).not.toBe(parser.ino);
    expect(both.parts).toBe(CODE_PART.shellParser | CODE_PART.yaml);
    // The parser's code came through the cache it replaced, unrun: the new one still holds it.
    expect(both.size).toBeGreaterThan(parser.size);
    run(f, ['init.d/food']);
    expect(cacheFile(f.cacheDir, 'all').ino).toBe(both.ino);
  });

  it('gives the same findings through the cache as with it off (NODE_DISABLE_COMPILE_CACHE=1), which writes nothing', () => {
    const f = fixture();
    const off = run(f, ['food.service', 'init.d/food'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(existsSync(f.cacheDir)).toBe(false);
    run(f, ['food.service', 'init.d/food']);
    const cached = run(f, ['food.service', 'init.d/food']);
    expect(cached).toEqual(off);
    expect(JSON.parse(cached.stdout).map((r: { path: string }) => r.path)).toEqual(['food.service', 'init.d/food']);
  });

  it('on writing a new cache, deletes the stale ones of the same bundle and directory, and no other file', () => {
    const f = fixture();
    mkdirSync(f.cacheDir, { mode: 0o700 });
    const v = `${process.version}-${process.arch}`;
    const stale = [`cli.cjs-${distHash}-${v}-123-456-units.v8`, `cli.cjs-${distHash}-v20.1.0-x64-123-456.v8`, `cli.cjs-${v}-1301722-1795815027649-units.v8`];
    const kept = [
      `cli.cjs-0badf00d-${v}-123-456-units.v8`, // another installation's bundle
      `action.cjs-${distHash}-${v}-123-456.v8`, // another bundle
      `cli.cjs-${distHash}-${v}-123-456.v8.999.tmp`, // a concurrent writer's
      'notes.txt',
    ];
    for (const name of [...stale, ...kept]) writeFileSync(join(f.cacheDir, name), 'x');
    const cli = statSync(join(root, 'dist', 'cli.cjs'));
    // This build for another Node version stays: switching Node back finds it.
    const otherNode = `cli.cjs-${distHash}-v22.0.0-x64-${cli.size}-${Math.trunc(cli.mtimeMs)}.v8`;
    writeFileSync(join(f.cacheDir, otherNode), 'x');
    expect(run(f, ['food.service']).code).toBe(0);
    const written = cacheFile(f.cacheDir).name;
    expect(readdirSync(f.cacheDir).sort()).toEqual([...kept, otherNode, written].sort());
  });

  it('neither reads nor writes a cache directory that others can write to', () => {
    const f = fixture();
    mkdirSync(f.cacheDir, { mode: 0o700 });
    chmodSync(f.cacheDir, 0o777);
    const r = run(f, ['food.service']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].path).toBe('food.service');
    expect(readdirSync(f.cacheDir)).toEqual([]);
  });
});

describe('runKind: which cache a command line reads', () => {
  it('is units when only unit files are named, an option value being no path', async () => {
    const { runKind } = await import('../src/launch.js');
    expect(runKind(['--format', 'json', '/lib/systemd/system/foo.service'])).toBe('units');
    expect(runKind(['-f', 'json', 'a.socket', 'a.timer', 'override.conf'])).toBe('units');
    expect(runKind(['--format', 'json', 'a.service', root])).toBe('all');
    expect(runKind(['a.service', '--stdin'])).toBe('all');
    expect(runKind(['--format', 'json'])).toBe('all');
    expect(runKind([])).toBe('all');
  });
});
