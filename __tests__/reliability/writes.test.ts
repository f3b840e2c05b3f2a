// Nothing a scanned tree holds can make initlint write outside it, through a
// link, or over a file it was not fixing (issue 17 items 1, 2 and 7). Each
// case plants the hostile tree, runs the CLI, and checks the disk.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { checkTarget, writeFiles } from '../../src/core/write.js';

let base: string;
let tree: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'initlint-writes-'));
  tree = join(base, 'tree');
  mkdirSync(tree);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));
const victim = () => join(base, 'victim');

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: tree });
  return { code, stdout, stderr };
}

/** A control script that starts daemons from a literal list and from `echo "VAR=…" >> file` lines. */
function controlScript(literal: string[], written: Record<string, string>): string {
  const vars = Object.keys(written);
  return [
    '#!/bin/sh',
    'PLIST=/var/lib/x/.process_list',
    '[ -r "$PLIST" ] && . "$PLIST"',
    `DAEMONS="${[...literal, ...vars.map((v) => `\${${v}}`)].join(' ')}"`,
    'enable() {',
    ...vars.map((v) => `  echo "${v}=${written[v]}" >> "$PLIST"`),
    '}',
    'case "$1" in',
    '  start) for i in ${DAEMONS}; do /usr/sbin/${i}; done ;;',
    '  enable) enable ;;',
    'esac',
    '',
  ].join('\n');
}

const UNIT = '[Unit]\nDescription=calls the control script\n[Service]\nType=forking\nExecStart=/usr/sbin/pwn-control start\n[Install]\nWantedBy=multi-user.target\n';

describe('generated unit names', () => {
  it('daemon names written through `echo "VAR=…" >> file` are filtered like literal ones: no ../ reaches a file name', async () => {
    mkdirSync(join(tree, 'sub'));
    const escape = '../../../victimdir/pwn';
    writeFileSync(join(tree, 'sub/pwn-control'), controlScript([], { A: `${escape}-a`, B: `${escape}-b`, C: '/etc/systemd/system/pwn-c' }));
    writeFileSync(join(tree, 'sub/pwn.service'), UNIT);
    await cli(['--fix-unsafe', '.']);
    const converted = await cli(['convert', 'sub/pwn-control', '--write']);
    expect(existsSync(join(base, 'victimdir'))).toBe(false);
    expect(existsSync(join(tree, '..', '..', 'victimdir'))).toBe(false);
    expect(converted.stderr).not.toMatch(/wrote/);
    expect(converted.code).toBe(1);
  });

  it('a value with a newline never becomes an extra line of a generated unit', async () => {
    writeFileSync(join(tree, 'pwn-control'), controlScript(['pwn-a', 'pwn-b'], {}).replace('PLIST=', `NAME="x\nExecStartPre=/bin/sh -c 'touch /tmp/pwned'"\nPLIST=`));
    const { stdout } = await cli(['convert', 'pwn-control']);
    expect(stdout).toContain('ExecStart=/usr/sbin/pwn-%i');
    expect(stdout).not.toMatch(/^ExecStartPre=/m);
    expect(stdout).toMatch(/^Description=pwn %i$/m);
  });

  it('a 300-character daemon prefix converts to nothing, and the other files are still fixed and counted', async () => {
    const long = 'p'.repeat(300);
    mkdirSync(join(tree, 'a'));
    writeFileSync(join(tree, 'a/long-control'), controlScript([`${long}-a`, `${long}-b`], {}));
    writeFileSync(join(tree, 'b.service'), '[Unit]\nDescription=b\n[Service]\nType=forking\nExecStart=/usr/bin/b\nPIDFile=/var/run/b.pid\n[Install]\nWantedBy=multi-user.target\n');
    const before = readFileSync(join(tree, 'b.service'), 'utf8');
    const { stderr } = await cli(['--fix-unsafe', '.']);
    expect(stderr).not.toMatch(/ENAMETOOLONG/);
    expect(readFileSync(join(tree, 'b.service'), 'utf8')).toBe(before.replace('/var/run/', '/run/'));
    expect(stderr).toContain('initlint: applied 1 fix\n');
  });
});

describe('links and existing files', () => {
  it('a planted foo@.service link is not written through, by --fix-unsafe or convert --write', async () => {
    writeFileSync(victim(), 'VICTIM\n');
    writeFileSync(join(tree, 'foo-control'), controlScript(['foo-a', 'foo-b'], {}));
    writeFileSync(join(tree, 'foo.service'), UNIT.replace('pwn-control', 'foo-control'));
    symlinkSync(victim(), join(tree, 'foo@.service'));
    const fixed = await cli(['--fix-unsafe', '.']);
    const converted = await cli(['convert', 'foo-control', '--write']);
    expect(readFileSync(victim(), 'utf8')).toBe('VICTIM\n');
    expect(lstatSync(join(tree, 'foo@.service')).isSymbolicLink()).toBe(true);
    expect(fixed.stderr).toContain('initlint: foo@.service: is a symbolic link; not followed, not written; the fixes of foo-control are not applied');
    expect(converted.stderr).toContain('initlint convert: foo@.service: is a symbolic link; not followed, not written');
    expect(converted.code).toBe(1);
  });

  it('sysv/no-native-unit does not write through a planted foo.service link', async () => {
    writeFileSync(victim(), 'VICTIM\n');
    mkdirSync(join(tree, 'init.d'));
    writeFileSync(
      join(tree, 'init.d/foo'),
      '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: foo\n# Default-Start: 2 3 4 5\n### END INIT INFO\nDAEMON=/usr/sbin/food\ncase "$1" in\n  start) start-stop-daemon --start --exec $DAEMON ;;\nesac\n',
    );
    symlinkSync(victim(), join(tree, 'foo.service'));
    // sysv/no-native-unit is a strict rule (issue 11).
    writeFileSync(join(tree, '.initlint.yml'), 'extends: strict\n');
    const { stderr } = await cli(['--fix-unsafe', '.']);
    expect(readFileSync(victim(), 'utf8')).toBe('VICTIM\n');
    expect(stderr).toContain('initlint: foo.service: is a symbolic link; not followed, not written; the fixes of init.d/foo are not applied');
  });

  it('a hand-written foo@.service is never replaced; the run says so', async () => {
    const handWritten = '[Service]\nUser=foo\nExecStart=/usr/sbin/foo-%i\n';
    writeFileSync(join(tree, 'foo-control'), controlScript(['foo-a', 'foo-b'], {}));
    writeFileSync(join(tree, 'foo@.service'), handWritten);
    const fixed = await cli(['--fix-unsafe', 'foo-control']);
    const converted = await cli(['convert', 'foo-control', '--write']);
    expect(readFileSync(join(tree, 'foo@.service'), 'utf8')).toBe(handWritten);
    expect(fixed.stderr).toContain('initlint: foo@.service: already exists; initlint never replaces a file it did not lint');
    expect(converted.stderr).toContain('initlint convert: foo@.service: already exists');
  });

  it('--output-file does not write through a planted link', async () => {
    writeFileSync(victim(), 'VICTIM\n');
    writeFileSync(join(tree, 'a.service'), '[Service]\nExecStart=/usr/bin/a\n');
    symlinkSync(victim(), join(tree, 'report.json'));
    const { code, stderr } = await cli(['--format', 'json', '-o', 'report.json', 'a.service']);
    expect(readFileSync(victim(), 'utf8')).toBe('VICTIM\n');
    expect(stderr).toContain('initlint: report.json: is a symbolic link; not followed, not written');
    expect(code).toBe(2);
  });
});

describe('writeFiles', () => {
  it.each([
    ['../escape.service', /^outside /],
    ['/etc/systemd/system/x.service', /^outside /],
    ['a/../../escape.service', /^outside /],
    [`${'n'.repeat(300)}@.service`, /^a name longer than 255 bytes \(309\)/],
    ['bad\nname.service', /control characters/],
  ])('refuses %s', (path, reason) => {
    expect(checkTarget(tree, { path, content: '', mode: 'create' })).toMatch(reason);
  });

  it('refuses a target below a linked directory, and writes none of a batch when one target is refused', () => {
    mkdirSync(join(base, 'elsewhere'));
    symlinkSync(join(base, 'elsewhere'), join(tree, 'linked'));
    const outcome = writeFiles(tree, [
      { path: 'ok.service', content: 'x', mode: 'create' },
      { path: 'linked/x.service', content: 'x', mode: 'create' },
    ]);
    expect(outcome).toEqual({ written: [], refused: [{ path: 'linked/x.service', reason: 'goes through linked, which is a symbolic link; not followed, not written' }] });
    expect(existsSync(join(tree, 'ok.service'))).toBe(false);
    expect(existsSync(join(base, 'elsewhere/x.service'))).toBe(false);
  });

  it('creates new files and their directories, and edits an existing regular file', () => {
    writeFileSync(join(tree, 'edit.service'), 'old');
    const outcome = writeFiles(tree, [
      { path: 'edit.service', content: 'new', mode: 'edit' },
      { path: 'd/e/new.service', content: 'created', mode: 'create' },
    ]);
    expect(outcome).toEqual({ written: ['edit.service', 'd/e/new.service'], refused: [] });
    expect(readFileSync(join(tree, 'edit.service'), 'utf8')).toBe('new');
    expect(readFileSync(join(tree, 'd/e/new.service'), 'utf8')).toBe('created');
  });
});

describe('deleting the file a fix replaces', () => {
  it('deletes a regular file that still holds the text the fix was made from', () => {
    writeFileSync(join(tree, 'old.service'), 'linted');
    expect(writeFiles(tree, [{ path: 'old.service', content: 'linted', mode: 'delete' }])).toEqual({ written: ['old.service'], refused: [] });
    expect(existsSync(join(tree, 'old.service'))).toBe(false);
  });

  it('refuses a file changed since it was linted, a link, a directory, a missing file and a path outside the root; a refused delete stops its whole batch', () => {
    writeFileSync(join(tree, 'changed.service'), 'edited by hand');
    writeFileSync(victim(), 'VICTIM\n');
    symlinkSync(victim(), join(tree, 'link.service'));
    mkdirSync(join(tree, 'dir.service'));
    writeFileSync(join(base, 'outside.service'), 'linted');
    const reasons = ['changed.service', 'link.service', 'dir.service', 'gone.service', '../outside.service'].map((path) => checkTarget(tree, { path, content: 'linted', mode: 'delete' }));
    expect(reasons).toEqual([
      'changed since it was linted; not deleted',
      'is a symbolic link; not followed, not written',
      'not a regular file; not written',
      'no longer exists; not deleted',
      `outside ${tree}; not written`,
    ]);
    const outcome = writeFiles(tree, [
      { path: 'new@.service', content: 'template', mode: 'create' },
      { path: 'changed.service', content: 'linted', mode: 'delete' },
    ]);
    expect(outcome.written).toEqual([]);
    expect(existsSync(join(tree, 'new@.service'))).toBe(false);
    expect(readFileSync(join(tree, 'changed.service'), 'utf8')).toBe('edited by hand');
    expect(readFileSync(victim(), 'utf8')).toBe('VICTIM\n');
    expect(existsSync(join(base, 'outside.service'))).toBe(true);
  });

  it('--fix-unsafe on a control script and its unit: the template is written once, the unit deleted once, and the report is of the tree as it is now', async () => {
    writeFileSync(join(tree, 'foo-control'), controlScript(['foo-a', 'foo-b'], {}));
    writeFileSync(join(tree, 'foo.service'), UNIT.replace('pwn-control', 'foo-control'));
    const { stderr, stdout } = await cli(['--fix-unsafe', '--format', 'json', '.']);
    expect(stderr.split('\n').filter((l) => /^initlint: (wrote|deleted)/.test(l))).toEqual(['initlint: wrote foo@.service', 'initlint: deleted foo.service']);
    expect(existsSync(join(tree, 'foo.service'))).toBe(false);
    const report = JSON.parse(stdout) as Array<{ path: string; messages: Array<{ ruleId: string }> }>;
    expect(report.map((f) => f.path).sort()).toEqual(['foo-control', 'foo@.service']);
    expect(report.flatMap((f) => f.messages.map((m) => m.ruleId)).filter((id) => /control/.test(id))).toEqual([]);
  });
});

describe('control characters in what the CLI prints', () => {
  it("stylish output and the CLI's own lines show control characters in names and messages as escapes", async () => {
    const name = 'x\n::warning::pwned\x1b[2J\r.service';
    writeFileSync(join(tree, name), '[Unit]\nDescription=x\n[Service]\nExecStart=/usr/bin/x\n[Install]\nRequiredBy=multi-user.target\n');
    writeFileSync(join(tree, 'bin\x07.service'), 'a\0b');
    const { stdout, stderr } = await cli(['.']);
    expect(stdout).toContain('x\\n::warning::pwned\\e[2J\\r.service\n');
    expect(stderr).toContain('initlint: bin\\x07.service: binary content');
    for (const text of [stdout, stderr]) {
      expect(text).not.toMatch(/[\0-\x08\x0b-\x1f\x7f]/);
      expect(text.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    }
  });
});
