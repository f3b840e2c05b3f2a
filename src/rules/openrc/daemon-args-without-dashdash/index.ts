import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript, Word } from '../../../languages/shell/types.js';
import { isStartStopDaemon, isStartStopDaemonOption, ssdMode, startStopOptions } from '../util.js';

export default defineRule<ShellScript>({
  id: 'openrc/daemon-args-without-dashdash',
  kinds: ['openrc'],
  severity: 'warning',
  docs: {
    summary: "`start-stop-daemon --start` given the daemon's own options without `--` before them: its getopt permutes the arguments and takes or refuses every option, the daemon's included",
    source: [man('start-stop-daemon(8)', 'arguments after --')],
  },
  fixable: 'unsafe',
  messages: {
    unknown: "Unexpected `{word}` before `--`: it is no start-stop-daemon option, so start-stop-daemon refuses to start; put `--` before the daemon's arguments",
    after: "Unexpected `{word}` for the daemon without `--` before its arguments: start-stop-daemon's getopt takes every option up to `--` as its own; put `--` before `{first}`",
  },
  check(ctx) {
    for (const cmd of ctx.tree.commands) {
      if (!isStartStopDaemon(cmd) || ssdMode(cmd) !== 'start') continue;
      const { options, rest, dashdash } = startStopOptions(cmd);
      // A `--` further on (`--exec mono app.exe -- --data …`: getopt stops there), or a word whose
      // expansion may hold anything (`$command_args`): the split cannot be told.
      if (dashdash || rest.some((w) => (w.literal ?? w.raw) === '--')) continue;
      if (cmd.args.some((w) => /[$`]/.test(w.raw))) continue;
      const unknown = options.find((o) => !isStartStopDaemonOption(o.name) && !/[$`]/.test(o.words[0].raw));
      const dashed = rest.find((w: Word) => /^-/.test(w.literal ?? w.raw));
      if (unknown) {
        const word = unknown.words[0];
        ctx.report({ messageId: 'unknown', data: { word: word.raw }, at: word });
      } else if (dashed) {
        const first = rest[0];
        const at = first.position.start.offset ?? 0;
        ctx.report({
          messageId: 'after',
          data: { word: dashed.raw, first: first.raw },
          at: dashed,
          fix: { description: "Put -- before the daemon's arguments", applicability: 'unsafe', edits: [{ start: at, end: at, text: '-- ' }] },
        });
      }
    }
  },
});
