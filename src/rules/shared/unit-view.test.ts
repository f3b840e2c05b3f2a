import { describe, expect, it } from 'vitest';
import { Project } from '../../core/project.js';
import { parseUnit } from '../../languages/systemd/parse.js';
import { effective, effectiveList, effectiveType, unitView } from './unit-view.js';

const entry = (path: string, text: string) => ({ path, kind: 'systemd' as const, text, tree: parseUnit(text, path).tree });

describe('unitView', () => {
  const main = entry('foo.service', '[Service]\nType=forking\nExecStart=/usr/bin/a\n');
  const b = entry('foo.service.d/b.conf', '[Service]\nExecStart=\nExecStart=/usr/bin/b\n');
  const a = entry('foo.service.d/a.conf', '[Service]\nType=simple\n');
  const other = entry('bar.service.d/x.conf', '[Service]\nType=oneshot\n');
  const project = new Project([main, b, a, other]);

  it('orders the main file, then drop-ins by file name', () => {
    const view = unitView(b.tree, b.path, project);
    expect(view.complete).toBe(true);
    expect(view.pieces).toEqual([main.tree, a.tree, b.tree]);
    expect(effectiveType(view)).toBe('simple');
    expect(effectiveList(view, 'Service', 'ExecStart').map((d) => d.value)).toEqual(['/usr/bin/b']);
  });
  it('a lone drop-in cannot tell the type it does not set', () => {
    const view = unitView(b.tree, b.path);
    expect(view.complete).toBe(false);
    expect(effectiveType(view)).toBeUndefined();
    expect(effectiveType(unitView(other.tree, other.path))).toBe('oneshot');
  });
  it('falls back on the defaults systemd uses', () => {
    const dbus = entry('d.service', '[Service]\nBusName=org.x\nExecStart=/usr/bin/d\n');
    expect(effectiveType(unitView(dbus.tree, dbus.path))).toBe('dbus');
    const none = entry('n.service', '[Service]\nExecStop=/usr/bin/n\n');
    expect(effectiveType(unitView(none.tree, none.path))).toBe('oneshot');
    expect(effective(unitView(none.tree, none.path), 'Service', 'Type')).toBeUndefined();
  });
  it('an instance takes its template and the template drop-ins', () => {
    const template = entry('job@.service', '[Service]\nType=oneshot\nExecStart=/usr/bin/job %i\n');
    const inst = entry('job@x.service.d/r.conf', '[Service]\nRestart=always\n');
    const view = unitView(inst.tree, inst.path, new Project([template, inst]));
    expect(view.complete).toBe(true);
    expect(effectiveType(view)).toBe('oneshot');
  });
});
