import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { conversionNote, convertControlScript, findControlCall, optionalText } from '../../../convert/index.js';

export default defineRule<UnitFile>({
  id: 'systemd/control-script-wrapper',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: '`ExecStart=` calls a System V control script (`*-control start`, `*ctl start`, `/etc/init.d/* start`, `service * start`) that starts several daemons',
    source: [man('systemd.service(5)', 'Type='), man('systemd.unit(5)', 'Description (templates and instances)')],
  },
  fixable: 'unsafe',
  messages: {
    unseen:
      'Unexpected `{call}`: a control script that starts its daemons itself hides them from systemd, which then tracks only the script; convert it with `initlint convert {script}` into a template unit, one instance per daemon',
    wrapper: 'Unexpected `{call}` that starts {count} daemons in one service: systemd tracks none of them; use the template unit `{unit}` instead, one instance per daemon{optional}:\n{enable}',
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== 'service' || ctx.tree.info.dropIn) return;
    const call = findControlCall(ctx.tree);
    if (!call) return;
    // Only a script we can read tells how many daemons it starts.
    const script = ctx.project.named(call.scriptName).find((e) => e.kind === 'sysv');
    const { directive } = call;
    const at = { start: directive.valuePosition.start.offset ?? 0, end: directive.valuePosition.end.offset ?? 0 };
    if (!script) {
      // Not in the run: only the `NAME-control` naming says it is one (ossec-control, seed 000).
      if (/-control$/.test(call.scriptName)) {
        ctx.report({ messageId: 'unseen', data: { call: `${call.scriptName} start`, script: call.scriptName }, at });
      }
      return;
    }
    const conversion = convertControlScript(script.tree as ShellScript, {
      scriptPath: script.path,
      caller: { path: ctx.path, tree: ctx.tree, scriptArg: call.scriptArg },
    });
    if (!conversion) return;
    // Converted already: the template is in the run, only this unit is left to go.
    const converted = ctx.project.entries.some((e) => e.path === conversion.unitPath);
    ctx.report({
      messageId: 'wrapper',
      data: {
        call: `${call.scriptArg.slice(call.scriptArg.lastIndexOf('/') + 1)} start`,
        count: conversion.instances.length,
        unit: conversion.unitName,
        optional: optionalText(conversion),
        enable: conversion.enable,
      },
      at,
      fix: {
        // The enable line is the message's own last line, once: here it would only repeat it.
        description: converted ? `Delete \`${ctx.path}\`: \`${conversion.unitPath}\` replaces it` : `Replace \`${ctx.path}\` by \`${conversion.unitPath}\` (${conversionNote(conversion)})`,
        applicability: 'unsafe',
        edits: [],
        files: [...(converted ? [] : [{ path: conversion.unitPath, content: conversion.content }]), { path: ctx.path, content: null }],
      },
    });
  },
});
