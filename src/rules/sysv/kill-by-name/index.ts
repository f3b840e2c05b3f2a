import { lintian, openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { commandsForActions, wordText } from '../../../languages/shell/query.js';
import { endOf, startOf } from '../../../text/index.js';

// Not killall5: it signals every process but the omitted ones, on purpose (sendsigs at shutdown), not by name.
const KILLERS = new Set(['killall', 'pkill']);

export default defineRule<ShellScript>({
  id: 'sysv/kill-by-name',
  kinds: ['sysv'],
  severity: 'warning',
  docs: {
    summary: "`killall`/`pkill` in `stop`: kills every process of that name, the administrator's own included",
    source: [lintian('init.d-script-uses-killall'), openrcGuide('PID files should be writable only by root')],
  },
  fixable: 'unsafe',
  messages: {
    byName: "Unexpected `{command}` in stop: it kills every process called {target}, not only this service's; use `start-stop-daemon --stop --pidfile …` instead",
  },
  check(ctx) {
    const pidfile = ctx.tree.assignments.find((a) => a.name === 'PIDFILE' && a.inFunction === undefined);
    for (const cmd of commandsForActions(ctx.tree, ['stop', 'restart', 'force-reload'])) {
      if (!KILLERS.has(cmd.program)) continue;
      const args = cmd.args.map(wordText);
      const signal = args.find((a) => /^-(SIG)?[A-Z][A-Z0-9]*$|^-[0-9]+$/.test(a))?.replace(/^-(SIG)?/, '');
      const target = cmd.args.filter((a) => !a.raw.startsWith('-')).at(-1);
      if (!target) continue;
      const start = startOf(cmd.nameWord);
      const end = endOf(cmd.args.at(-1)!);
      const simple = cmd.args.every((a) => a.raw === target.raw || /^-[A-Za-z0-9]+$/.test(a.raw));
      ctx.report({
        messageId: 'byName',
        data: { command: ctx.text.slice(start, end), target: target.raw },
        at: { start, end },
        // Only with a known PID file and plain options can the replacement be written for them.
        ...(pidfile && simple
          ? {
              fix: {
                description: 'Stop the process recorded in the PID file',
                applicability: 'unsafe' as const,
                edits: [{ start, end, text: `start-stop-daemon --stop --quiet${signal ? ` --signal ${signal}` : ''} --pidfile "$PIDFILE"` }],
              },
            }
          : {}),
      });
    }
  },
});
