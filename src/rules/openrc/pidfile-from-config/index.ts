import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { handedOverPidDirs, pidfileSources } from '../pidfile.js';
import { DEFAULT_PIDFILE, expandedNames, isConfigVariable, PLACEHOLDER } from '../util.js';

export default defineRule<ShellScript>({
  id: 'openrc/pidfile-from-config',
  kinds: ['openrc'],
  severity: 'warning',
  docs: {
    summary: 'the PID file path (`pidfile=` or `--pidfile`) comes from a conf.d variable such as `${PIDFILE}` or `${FOO_PIDFILE:-…}`',
    source: [openrcGuide("Don't let the user control the PID file location")],
  },
  fixable: 'unsafe',
  messages: {
    config: 'Unexpected PID file path from the conf.d variable `{variable}`: a change while the service runs makes it unstoppable, use pidfile="/run/${RC_SVCNAME}.pid" instead',
  },
  check(ctx) {
    for (const source of pidfileSources(ctx)) {
      // `@RUNDIR@/foo.pid`: configure or the ebuild fills it in at build time, not the admin at run time.
      if (PLACEHOLDER.test(source.raw)) continue;
      const variable = expandedNames(source.raw).find((name) => name !== 'pidfile' && isConfigVariable(ctx, name)) ?? (/\$\{pidfile:?[-=]/.test(source.raw) ? 'pidfile' : undefined);
      if (!variable) continue;
      // When the daemon is told the same variable elsewhere, moving only our side would split them.
      const pattern = new RegExp(`\\$\\{?${variable}\\b`);
      const usedElsewhere =
        variable !== 'pidfile' &&
        (ctx.tree.commands.some((c) => c.args.some((w) => w !== source.word && pattern.test(w.raw))) || ctx.tree.assignments.some((a) => a !== source.assignment && pattern.test(a.raw)));
      // When the directory is also handed to the service user, openrc/pidfile-in-user-dir's fix
      // moves the PID file and drops the ownership change together; this one would leave the latter.
      const handedOver = handedOverPidDirs(ctx).some((h) => h.source.start === source.start);
      ctx.report({
        messageId: 'config',
        data: { variable },
        at: { start: source.start, end: source.end },
        fix:
          usedElsewhere || handedOver
            ? undefined
            : {
                description: 'Use pidfile="/run/${RC_SVCNAME}.pid"',
                applicability: 'unsafe',
                edits: [{ start: source.start, end: source.end, text: DEFAULT_PIDFILE }],
              },
      });
    }
  },
});
