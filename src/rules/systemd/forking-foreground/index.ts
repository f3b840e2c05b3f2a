import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { TextEdit } from '../../../core/types.js';
import { daemonMode } from '../../../knowledge/daemons.js';
import { isExec } from '../../../languages/systemd/exec.js';
import { directives } from '../../../languages/systemd/parse.js';
import { effective, effectiveList, effectiveType, inSelf, typeEvidence, unitView } from '../../shared/unit-view.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { daemonContext, flagRange, flagText, replaceValue, resolveCommand, unwrapEdits } from '../exec-support.js';
import { removeNodeLines } from '../../shared/edits.js';

export default defineRule<UnitFile>({
  id: 'systemd/forking-foreground',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary: '`Type=forking` for a command that stays in the foreground: systemd waits for an exit that never comes, times out and kills the service.',
    // Type=forking waits for the parent to exit; TimeoutStartSec= is where a start that never completes is failed and shut down.
    source: [man('systemd.service(5)', 'Type='), man('systemd.service(5)', 'TimeoutStartSec=')],
  },
  fixable: 'unsafe',
  messages: {
    flag: 'Unexpected `Type=forking` for `{program} {flag}`, which stays in the foreground (systemd waits for the start process to exit, times out and kills it), expected `Type=simple`',
    default:
      'Unexpected `Type=forking` for `{program}`, which stays in the foreground unless told to daemonize (systemd waits for the start process to exit, times out and kills it), expected `Type=simple`',
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== 'service') return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    if (effectiveType(view) !== 'forking') return;
    const start = effectiveList(view, 'Service', 'ExecStart').at(-1);
    if (!start || !inSelf(view, start)) return;
    const resolved = resolveCommand(start, ctx.tree.info);
    if (!resolved?.program) return;
    // `sh -c 'daemon &'` does fork and exit.
    if (resolved.last?.op === '&') return;
    const mode = daemonMode(resolved.program, resolved.args, daemonContext(resolved, ctx.path));
    if (mode?.mode !== 'foreground') return;

    let fix;
    const type = effective(view, 'Service', 'Type');
    const unwrap = resolved.wrapper && !isExec(resolved.last!) ? unwrapEdits(resolved) : undefined;
    if (type && inSelf(view, type) && (!resolved.wrapper || isExec(resolved.last!) || unwrap)) {
      const edits: TextEdit[] = [replaceValue(type, 'simple'), ...(unwrap?.edits ?? [])];
      // PIDFile= means nothing without forking: drop it with the type (and say so: the suggestion deletes a line).
      const pidFiles = directives(ctx.tree, 'Service').filter((d) => d.key === 'PIDFile');
      for (const d of pidFiles) edits.push(removeNodeLines(ctx, d));
      fix = { description: `Use \`Type=simple\`${pidFiles.length ? ' and drop `PIDFile=`' : ''}`, applicability: 'unsafe' as const, edits };
    }
    if (mode.hit) {
      const { index, count } = mode.hit;
      ctx.report({
        messageId: 'flag',
        data: { program: resolved.program, flag: flagText(ctx.text, resolved, index, count) },
        at: flagRange(resolved, index, count),
        fix,
        evidence: [typeEvidence(view)],
      });
    } else {
      ctx.report({ messageId: 'default', data: { program: resolved.program }, at: resolved.ranges[0], fix, evidence: [typeEvidence(view)] });
    }
  },
});
