import { describe, expect, it } from 'vitest';
import { listDirectives, parseUnit, serviceType, unitInfo, valueOffset } from './parse.js';

describe('parseUnit', () => {
  it('reads sections, directives, comments and positions', () => {
    const text = '# top\n[Unit]\nDescription = My daemon \n; note\n[Service]\nExecStart=/usr/bin/foo -f\n';
    const { tree, errors } = parseUnit(text, 'foo.service');
    expect(errors).toEqual([]);
    expect(tree.leading.map((n) => n.type)).toEqual(['comment']);
    expect(tree.children.map((s) => s.name)).toEqual(['Unit', 'Service']);
    const description = tree.children[0].children[0];
    expect(description).toMatchObject({ type: 'directive', key: 'Description', value: 'My daemon' });
    if (description.type !== 'directive') throw new Error('expected a directive');
    expect(description.keyPosition.start).toEqual({ line: 3, column: 1, offset: 13 });
    expect(description.valuePosition.start).toEqual({ line: 3, column: 15, offset: 27 });
    expect(text.slice(description.valuePosition.start.offset, description.valuePosition.end.offset)).toBe('My daemon');
    expect(tree.children[0].children[1]).toMatchObject({ type: 'comment', value: ' note' });
  });

  it('joins continuations with a space and skips comment lines inside them', () => {
    const text = '[Service]\nExecStart=/bin/foo \\\n# a comment inside\n  --bar \\\n; another\n  --baz\nUser=x\n';
    const { tree, errors } = parseUnit(text, 'foo.service');
    expect(errors).toEqual([]);
    const [exec, user] = tree.children[0].children;
    expect(exec).toMatchObject({ key: 'ExecStart', value: '/bin/foo    --bar    --baz' });
    expect(user).toMatchObject({ key: 'User', value: 'x' });
    if (exec.type !== 'directive') throw new Error('expected a directive');
    expect(exec.position.end.line).toBe(6);
    const i = exec.value.indexOf('--baz');
    expect(text.slice(valueOffset(exec, i), valueOffset(exec, i) + 5)).toBe('--baz');
  });

  it('handles CRLF line endings without keeping \\r in values', () => {
    const text = '[Install]\r\nWantedBy=multi-user.target\r\n';
    const { tree } = parseUnit(text, 'foo.service');
    const d = tree.children[0].children[0];
    expect(d).toMatchObject({ key: 'WantedBy', value: 'multi-user.target' });
    if (d.type !== 'directive') throw new Error('expected a directive');
    expect(d.position.end).toEqual({ line: 2, column: 27, offset: 37 });
  });

  it('an escaped backslash at the end is not a continuation', () => {
    const { tree } = parseUnit('[Service]\nEnvironment=A=x\\\\\nUser=y\n', 'a.service');
    expect(tree.children[0].children.map((c) => (c.type === 'directive' ? c.key : ''))).toEqual(['Environment', 'User']);
  });

  it('reports lines systemd would ignore, and never throws', () => {
    const { errors } = parseUnit('Foo=bar\n[Unit\n[Service]\njunk line\n=x\n', 'x.service');
    expect(errors.map((e) => e.message)).toEqual([
      'Unexpected `Foo=` before any section, expected a `[Section]` header first',
      'Unexpected section header `[Unit`, expected `[Name]`',
      'Unexpected line `junk line`, expected `Key=Value`',
      'Unexpected `=` with no key, expected `Key=Value`',
    ]);
  });

  it('knows templates, instances and drop-ins from the path', () => {
    expect(unitInfo('lib/systemd/system/ossec@.service')).toMatchObject({ unitName: 'ossec@.service', template: true, instance: false, unitType: 'service' });
    expect(unitInfo('getty@tty1.service')).toMatchObject({ template: false, instance: true });
    expect(unitInfo('etc/foo.service.d/override.conf')).toMatchObject({ dropIn: true, unitName: 'foo.service', unitType: 'service' });
  });

  it('an empty assignment resets a list; the type defaults as systemd says', () => {
    const { tree } = parseUnit('[Service]\nExecStart=/a\nExecStart=\nExecStart=/b\n', 'a.service');
    expect(listDirectives(tree, 'Service', 'ExecStart').map((d) => d.value)).toEqual(['/b']);
    expect(serviceType(tree)).toBe('simple');
    expect(serviceType(parseUnit('[Service]\nExecStartPre=/a\n', 'a.service').tree)).toBe('oneshot');
  });
});

describe('class 3: packaging names (issue 11)', () => {
  it.each([
    ['files/foo_at.service', { unitName: 'foo@.service', template: true, buildTemplate: false }],
    ['files/foo_at.service-r1', { unitName: 'foo@.service', template: true, buildTemplate: false }],
    ['files/git-daemon_at-r1.service', { unitName: 'git-daemon@.service', template: true, buildTemplate: false }],
    ['files/getty-2.service', { unitName: 'getty-2.service', template: false }],
    ['files/foo.service-r2', { unitName: 'foo.service', template: false, buildTemplate: false }],
    ['files/redis.service-4', { unitName: 'redis.service', template: false, buildTemplate: false }],
    ['systemd/foo.service.in', { unitName: 'foo.service', template: false, buildTemplate: true }],
    ['systemd/foo@.socket.in', { unitName: 'foo@.socket', unitType: 'socket', template: true, buildTemplate: true }],
    ['lib/systemd/system/foo.service', { unitName: 'foo.service', buildTemplate: false }],
  ])('%s names %o', (path, expected) => {
    expect(unitInfo(path)).toMatchObject(expected);
  });
});

describe('class 4: user units (issue 11)', () => {
  it.each([
    ['usr/lib/systemd/user/pipewire.service', true],
    ['contrib/user/foo.service', true],
    ['files/syncthing-user.service', true],
    ['files/foo-user@.service.in', true],
    ['lib/systemd/system/foo.service', false],
    ['files/user-manager.service', false],
  ])('%s: userUnit %s (from the path)', (path, user) => {
    expect(unitInfo(path).userUnit).toBe(user);
  });

  it('is a user unit when it is tied to a target only the user manager has', () => {
    expect(parseUnit('[Unit]\nPartOf=graphical-session.target\n[Service]\nExecStart=/usr/bin/foo\n', 'foo.service').tree.info.userUnit).toBe(true);
    expect(parseUnit('[Service]\nExecStart=/usr/bin/foo\n[Install]\nWantedBy=xdg-desktop-autostart.target\n', 'foo.service').tree.info.userUnit).toBe(true);
    expect(parseUnit('[Service]\nExecStart=/usr/bin/foo\n[Install]\nWantedBy=default.target\n', 'foo.service').tree.info.userUnit).toBe(false);
  });
});

describe('line breaks as systemd counts them', () => {
  it('\\n\\r is one line break (systemd read_line()), so lines and values match verify', () => {
    const text = '[Service]\n\rType=forked\n\rExecStart=/bin/true\n\r';
    const { tree, errors } = parseUnit(text, 'foo.service');
    expect(errors).toEqual([]);
    const [type, exec] = tree.children[0].children;
    expect(type).toMatchObject({ key: 'Type', value: 'forked' });
    expect(exec).toMatchObject({ key: 'ExecStart', value: '/bin/true' });
    if (type.type !== 'directive') throw new Error('expected a directive');
    expect(type.valuePosition.start).toEqual({ line: 2, column: 6, offset: 16 });
    expect(tree.position.end.line).toBe(4);
  });

  it('\\n\\r\\n and \\r\\n\\r are two line breaks (lines as systemd-analyze verify 252 numbers them)', () => {
    const text = '[Service]\r\n\rType=forked\n\rRestart=x\n\r\nNice=99\nExecStart=/bin/true\n';
    expect(parseUnit(text, 'x.service').tree.children[0].children.map((d) => d.position.start.line)).toEqual([3, 4, 6, 7]);
  });
});
