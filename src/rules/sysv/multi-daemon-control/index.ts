import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { conversionNote, convertControlScript, controlCallers, optionalText } from '../../../convert/index.js';

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export default defineRule<ShellScript>({
  id: 'sysv/multi-daemon-control',
  kinds: ['sysv'],
  severity: 'warning',
  docs: {
    summary: 'one script starts several daemons (a loop over a daemon list, several start commands): systemd cannot track them as one service',
    source: [man('systemd.service(5)', 'Type='), man('systemd.unit(5)', 'Description (templates and instances)')],
  },
  fixable: 'unsafe',
  messages: {
    several:
      'Unexpected control script that starts {count} daemons ({names}): systemd cannot track them as one service; use the template unit `{unit}` instead, one instance per daemon{optional}:\n{enable}',
  },
  check(ctx) {
    // A unit in the run that calls this script tells where it is installed.
    const found = controlCallers(ctx.project).get(basename(ctx.path))?.[0];
    const caller = found ? { path: found.entry.path, tree: found.entry.tree as UnitFile, scriptArg: found.call.scriptArg } : undefined;
    const conversion = convertControlScript(ctx.tree, { scriptPath: ctx.path, ...(caller ? { caller } : {}) });
    // The template is there already: the conversion is done (a unit still calling the script says so itself).
    if (!conversion || ctx.project.entries.some((e) => e.path === conversion.unitPath)) return;
    ctx.report({
      messageId: 'several',
      data: {
        count: conversion.instances.length,
        names: conversion.instances.map((i) => i.name).join(', '),
        unit: conversion.unitName,
        optional: optionalText(conversion),
        enable: conversion.enable,
      },
      at: conversion.analysis.at,
      fix: {
        // The enable line is the message's own last line, once: here it would only repeat it.
        description: `Create \`${conversion.unitPath}\`${caller ? ` and delete \`${caller.path}\`, which it replaces` : ''} (${conversionNote(conversion)})`,
        applicability: 'unsafe',
        edits: [],
        files: [{ path: conversion.unitPath, content: conversion.content }, ...(caller ? [{ path: caller.path, content: null }] : [])],
      },
    });
  },
});
