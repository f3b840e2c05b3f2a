import { lintian, man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { analyzeControlScript, controlCallers } from '../../../convert/index.js';
import { nativeUnit, serviceName } from '../../../convert/native.js';

import type { Project } from '../../../core/project.js';

/** `foo.service.in`, `foo@.service`, `foo_at.service`, `foo.service-r1` → `foo`: the names a unit ships under. */
export function unitStem(base: string): string {
  return base
    .replace(/-r\d+$/, '')
    .replace(/\.in$/, '')
    .replace(/\.(service|socket|timer|path)$/, '')
    .replace(/(@|_at)$/, '');
}

/** Every unit's stem and every program a unit's ExecStart= runs, once per run. */
function unitIndex(project: Project): { stems: Set<string>; programs: Set<string> } {
  return project.memo('sysv/no-native-unit:units', () => {
    const stems = new Set<string>();
    const programs = new Set<string>();
    for (const entry of project.entries) {
      const base = entry.path.slice(entry.path.lastIndexOf('/') + 1);
      if (entry.kind !== 'systemd' && !/\.(service|socket)(\.in)?$/.test(base)) continue;
      stems.add(unitStem(base));
      for (const m of entry.text.matchAll(/^[ \t]*ExecStart=[-@:+!]*\s*(\S+)/gm)) programs.add(m[1].slice(m[1].lastIndexOf('/') + 1));
    }
    return { stems, programs };
  });
}

export default defineRule<ShellScript>({
  id: 'sysv/no-native-unit',
  kinds: ['sysv'],
  severity: 'info',
  // A repository cannot show whether the distribution that installs the script ships a unit for it
  // (upstream contrib/ scripts, Debian packaging): 0 of 12 findings on upstream trees were right.
  strict: true,
  docs: {
    summary: 'an LSB init script for runlevels 2-5 with no systemd unit for it anywhere in the repository (strict)',
    // Without a native unit the script runs through the generator's wrapper unit (LSB header turned into dependencies, compatibility "not 100%").
    source: [man('systemd-sysv-generator(8)'), lintian('omitted-systemd-service-for-init.d-script')],
  },
  fixable: 'unsafe',
  messages: {
    missing: 'Unexpected init script without a native unit: systemd runs it through the generated {name}.service wrapper and cannot track its daemon; add {name}.service',
  },
  check(ctx) {
    // Only an LSB script is one systemd-sysv-generator wraps the way the message says; scripts without
    // the header are often for other systems (AIX, Solaris, BSD) that have no systemd at all.
    if (!ctx.tree.lsb) return;
    const name = serviceName(ctx.path);
    const provides =
      ctx.tree.lsb.fields
        .find((f) => f.name === 'Provides')
        ?.value.split(/\s+/)
        .filter(Boolean) ?? [];
    // The unit may live in another folder or under a packaging name (`contrib/foo.service.in`, `foo@.service`).
    const units = unitIndex(ctx.project);
    if ([name, ...provides].some((n) => units.stems.has(n) || units.stems.has(unitStem(n)))) return;
    const daemon = ctx.tree.assignments.find((a) => a.name === 'DAEMON' && !a.inFunction)?.literal;
    if (daemon && units.programs.has(daemon.slice(daemon.lastIndexOf('/') + 1))) return;
    // systemd-sysv-generator wraps only scripts of runlevels 2-5: rcS (S) and halt/reboot (0, 6) scripts
    // get no wrapper, so "systemd runs it through the generated wrapper" is not true for them.
    const defaultStart = ctx.tree.lsb.fields.find((f) => f.name === 'Default-Start');
    if (defaultStart && !defaultStart.value.split(/\s+/).some((level) => /^[2-5]$/.test(level))) return;
    // A unit that calls the script, or a multi-daemon script, is the other rules' business.
    const base = ctx.path.slice(ctx.path.lastIndexOf('/') + 1);
    if (controlCallers(ctx.project).has(base)) return;
    if (analyzeControlScript(ctx.tree)) return;
    // A shim that hands the actions to systemctl already has its unit, installed elsewhere.
    const runs = (c: { program: string; args: { raw: string }[] }) => (c.program === 'exec' || c.program === 'command' ? c.args[0]?.raw.replace(/^.*\//, '') : c.program);
    if (ctx.tree.commands.some((c) => runs(c) === 'systemctl')) return;
    const lineEnd = ctx.text.indexOf('\n');
    const end = lineEnd < 0 ? ctx.text.length : ctx.text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const unit = nativeUnit(ctx.tree, ctx.path);
    ctx.report({
      messageId: 'missing',
      data: { name },
      at: { start: 0, end },
      ...(unit
        ? { fix: { description: `Create ${unit.path} from the LSB header and DAEMON=`, applicability: 'unsafe' as const, edits: [], files: [{ path: unit.path, content: unit.content }] } }
        : {}),
    });
  },
});
