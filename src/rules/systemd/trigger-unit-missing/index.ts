import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { valueOffset } from '../../../languages/systemd/parse.js';
import type { Directive, UnitFile } from '../../../languages/systemd/types.js';
import { isBoolean } from '../../../languages/systemd/values/index.js';
import { projectUnits } from '../../../languages/systemd/words.js';
import type { Project } from '../../../core/project.js';

/** The last non-empty assignment of `key` in `[section]`. */
function lastOf(tree: UnitFile, section: string, key: string): Directive | undefined {
  let found: Directive | undefined;
  for (const s of tree.children) {
    if (s.name !== section) continue;
    for (const c of s.children) if (c.type === 'directive' && c.key === key) found = c.value === '' ? undefined : c;
  }
  return found;
}

const has = (project: Project, name: string) => projectUnits(project, name).length > 0;

/** Gentoo ships `NAME@.service` as `NAME_at.service` (or `NAME_at-rN.service`): its ebuild installs it under the @ name. */
function gentooTemplate(project: Project, base: string): boolean {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|/)${escaped}_at(-r\\d+)?\\.service(\\.in)?$`);
  return project.entries.some((e) => re.test(e.path));
}

export default defineRule<UnitFile>({
  id: 'systemd/trigger-unit-missing',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: 'A timer, socket or path unit whose `Unit=` names a unit the project does not contain, or an `Accept=yes` socket without its `NAME@.service` template (the unit may come from elsewhere).',
    source: [man('systemd.timer(5)'), man('systemd.socket(5)'), man('systemd.path(5)')],
  },
  messages: {
    unit: 'Unexpected `Unit={unit}`: no `{unit}` in this project, so the {type} triggers nothing unless it is installed from elsewhere; expected a unit file named `{unit}`',
    template:
      'Unexpected `Accept=yes` with no `{template}` in this project: each connection starts an instance of that template, so nothing can serve it unless it is installed from elsewhere; expected a `{template}` file',
    notTemplate:
      'Unexpected `Accept=yes` with `{service}` in this project: each connection starts an instance of the template `{template}`, which does not exist, so `{service}` is never used; expected `{template}` (a template reading the connection on standard input) or `Accept=no`',
  },
  check(ctx) {
    const { unitType, unitName, dropIn } = ctx.tree.info;
    if (dropIn || !['timer', 'socket', 'path'].includes(unitType)) return;
    const section = unitType.charAt(0).toUpperCase() + unitType.slice(1);
    const unit = lastOf(ctx.tree, section, 'Unit');
    if (unit && !unit.value.includes('%') && !has(ctx.project, unit.value)) {
      ctx.report({ messageId: 'unit', data: { unit: unit.value, type: unitType }, at: { start: valueOffset(unit, 0), end: valueOffset(unit, unit.value.length) } });
    }
    const accept = unitType === 'socket' ? lastOf(ctx.tree, 'Socket', 'Accept') : undefined;
    if (!accept || !isBoolean(accept.value) || !/^(1|yes|y|true|t|on)$/i.test(accept.value)) return;
    const base = unitName.slice(0, unitName.lastIndexOf('.')).replace(/@.*$/, '');
    const template = `${base}@.service`;
    if (has(ctx.project, template) || gentooTemplate(ctx.project, base)) return;
    const service = `${base}.service`;
    const at = { start: valueOffset(accept, 0), end: valueOffset(accept, accept.value.length) };
    if (has(ctx.project, service)) ctx.report({ messageId: 'notTemplate', data: { service, template }, at, severity: 'error' });
    else ctx.report({ messageId: 'template', data: { template }, at });
  },
});
