import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { analyzeControlScript, controlCallers } from '../../../convert/index.js';
import { nativeUnit, serviceName } from '../../../convert/native.js';

const INIT_PATH = /(^|\/)(init\.d|rc\.d)\/[^/]+$|\.init$/;

export default defineRule<ShellScript>({
  id: 'sysv/no-native-unit',
  kinds: ['sysv'],
  severity: 'info',
  docs: {
    summary: 'a SysV init script with no systemd unit of the same name in the repository',
    source: 'seed 000; lintian omitted-systemd-service-for-init.d-script',
  },
  fixable: 'unsafe',
  messages: {
    missing: 'Unexpected init script without a native unit: systemd runs it through the generated {name}.service wrapper and cannot track its daemon; add {name}.service',
  },
  check(ctx) {
    if (!ctx.tree.lsb && !INIT_PATH.test(ctx.path)) return;
    const name = serviceName(ctx.path);
    const provides = ctx.tree.lsb?.fields.find((f) => f.name === 'Provides')?.value.split(/\s+/).filter(Boolean) ?? [];
    if ([name, ...provides].some((n) => ctx.project.named(`${n}.service`).length > 0)) return;
    // systemd-sysv-generator wraps only scripts of runlevels 2-5: rcS (S) and halt/reboot (0, 6) scripts
    // get no wrapper, so "systemd runs it through the generated wrapper" is not true for them.
    const defaultStart = ctx.tree.lsb?.fields.find((f) => f.name === 'Default-Start');
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
