import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { isResourceControlKey } from '../../../languages/systemd/directives.js';
import { valueOffset } from '../../../languages/systemd/parse.js';
import type { UnitFile } from '../../../languages/systemd/types.js';

/** The specifiers of systemd.unit(5) "Specifiers" (a few of newer releases included). */
const KNOWN = new Set('aAbBCdDEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY%');
/** Specifiers whose value comes from the instance name. */
const INSTANCE = new Set(['i', 'I']);

export default defineRule<UnitFile>({
  id: 'systemd/specifier-misuse',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: '`%i`/`%I` in a unit that is not a template, an unknown specifier or a lone `%`, or a template that never uses its instance',
    source: [man('systemd.unit(5)', 'Specifiers')],
  },
  fixable: 'safe',
  messages: {
    lone: 'Unexpected lone `%` in `{key}=`, expected a specifier or `%%`: write `%%` for a literal percent sign',
    unknown: 'Unexpected specifier `%{char}` in `{key}=`: systemd refuses the setting; write `%%{char}` for a literal `%{char}`',
    notTemplate: 'Unexpected `%{char}` in `{key}=`: {unit} is not a template (`NAME@.{type}`), so the instance is empty',
    unusedInstance: 'Unexpected template {unit} that never uses `%i` or `%I`: every instance runs the same thing',
  },
  check(ctx) {
    const { info } = ctx.tree;
    // Gentoo ships templates as NAME_at.service (NAME_at-simple.service, …): its ebuilds install them as NAME@.service.
    const hasInstance = info.template || info.instance || /_at([.-][^/]*)?\.[a-z]+$/.test(ctx.path);
    let usesInstance = false;
    for (const section of ctx.tree.children) {
      for (const d of section.children) {
        if (d.type !== 'directive' || d.key.startsWith('X-')) continue;
        const v = d.value;
        for (let i = v.indexOf('%'); i >= 0; i = v.indexOf('%', i + 1)) {
          const next = v[i + 1];
          if (next === '%') {
            i++;
            continue;
          }
          // `TasksMax=33%`, `CPUQuota=20%`: resource-control values are percentages, not specifiers.
          if (/\d/.test(v[i - 1] ?? '') && isResourceControlKey(d.key)) continue;
          // `%exe% %conf%`: a build template's placeholders, which the package's build replaces.
          const placeholder = /^%[A-Za-z_][A-Za-z0-9_]{2,}%/.exec(v.slice(i));
          if (placeholder) {
            i += placeholder[0].length - 1;
            continue;
          }
          const at = valueOffset(d, i);
          const fix = { description: 'Escape the percent sign as %%', applicability: 'safe' as const, edits: [{ start: at, end: at, text: '%' }] };
          if (next === undefined || /\s/.test(next)) {
            ctx.report({ messageId: 'lone', data: { key: d.key }, at: { start: at, end: at + 1 }, fix });
          } else if (!KNOWN.has(next)) {
            ctx.report({ messageId: 'unknown', data: { key: d.key, char: next }, at: { start: at, end: valueOffset(d, i + 2) }, fix });
          } else if (INSTANCE.has(next) || next === 'f') {
            usesInstance = true;
            if (!hasInstance && next !== 'f') {
              ctx.report({ messageId: 'notTemplate', data: { key: d.key, char: next, unit: info.unitName, type: info.unitType }, at: { start: at, end: valueOffset(d, i + 2) } });
            }
          }
        }
      }
    }
    if (!info.template || info.dropIn || usesInstance || info.unitType !== 'service') return;
    // A socket with Accept=yes starts one instance per connection: those need no instance name.
    const base = info.unitName.slice(0, info.unitName.indexOf('@'));
    if (ctx.project.named(`${base}.socket`).length || ctx.tree.children.some((s) => s.children.some((d) => d.type === 'directive' && d.key === 'StandardInput' && /^socket$/.test(d.value)))) return;
    const service = ctx.tree.children.find((s) => s.name === 'Service') ?? ctx.tree.children[0];
    if (!service) return;
    ctx.report({ messageId: 'unusedInstance', data: { unit: info.unitName }, at: { start: service.headerPosition.start.offset!, end: service.headerPosition.end.offset! } });
  },
});
