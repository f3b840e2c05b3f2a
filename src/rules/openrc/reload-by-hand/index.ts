import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript, SimpleCommand } from '../../../languages/shell/types.js';
import { variableReference } from '../util.js';
import { unquote } from '../../../languages/shell/query.js';

/** `$(cat FILE)` or `` `cat FILE` `` → FILE as written. */
const CAT = /^"?(?:\$\(\s*cat\s+([^)]+?)\s*\)|`\s*cat\s+([^`]+?)\s*`)"?$/;

/** Signal numbers that are the same on every system. */
const SIGNAL_NUMBERS: Record<string, string> = { '1': 'HUP', '2': 'INT', '3': 'QUIT', '9': 'KILL', '15': 'TERM' };

/** The signal name of `kill -HUP`, `kill -s HUP`, `kill -1`, `kill -SIGHUP`; TERM by default. */
function signalOf(cmd: SimpleCommand): { signal: string; pidfile: string } | undefined {
  let signal = 'TERM';
  let pidfile: string | undefined;
  const args = cmd.args.map((w) => w.literal ?? w.raw);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const cat = CAT.exec(arg);
    if (cat) {
      if (pidfile !== undefined) return undefined;
      pidfile = (cat[1] ?? cat[2]).trim();
    } else if (arg === '-s' || arg === '-n') signal = args[++i] ?? signal;
    else if (/^-[A-Za-z0-9]+$/.test(arg)) signal = arg.slice(1);
    else return undefined;
  }
  if (pidfile === undefined) return undefined;
  signal = signal.replace(/^SIG/i, '').toUpperCase();
  signal = SIGNAL_NUMBERS[signal] ?? signal;
  if (!/^[A-Z0-9]+$/.test(signal)) return undefined;
  return { signal, pidfile };
}

export default defineRule<ShellScript>({
  id: 'openrc/reload-by-hand',
  kinds: ['openrc'],
  severity: 'info',
  docs: {
    summary: '`reload()` sends its signal with `kill … $(cat pidfile)`',
    source: [openrcGuide("Reloading your daemon's configuration")],
  },
  fixable: 'unsafe',
  messages: {
    kill: 'Unexpected `kill` with a PID read by `cat`: use `start-stop-daemon --signal {signal} --pidfile {pidfile}` instead (it checks the process is the daemon)',
  },
  check(ctx) {
    for (const cmd of ctx.tree.commands) {
      if (cmd.inFunction !== 'reload' || cmd.program !== 'kill') continue;
      const parsed = signalOf(cmd);
      if (!parsed) continue;
      const ref = variableReference(parsed.pidfile);
      const pidfile = ref && !ref.fallback ? `"\${${ref.name}}"` : /^["']/.test(parsed.pidfile) ? parsed.pidfile : `"${unquote(parsed.pidfile)}"`;
      // From the name to the last argument: redirections after it stay.
      const start = cmd.nameWord.position.start.offset ?? 0;
      const end = cmd.args[cmd.args.length - 1].position.end.offset ?? 0;
      ctx.report({
        messageId: 'kill',
        data: { signal: parsed.signal, pidfile },
        at: cmd,
        fix: {
          description: 'Signal through start-stop-daemon',
          applicability: 'unsafe',
          edits: [{ start, end, text: `start-stop-daemon --signal ${parsed.signal} --pidfile ${pidfile}` }],
        },
      });
    }
  },
});
