import { defineRule } from '../../../core/rule.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { execDirectives, resolveCommand, wordRange } from '../exec-support.js';

export default defineRule<UnitFile>({
  id: 'systemd/exec-path-not-absolute',
  kinds: ['systemd'],
  severity: 'info',
  docs: {
    summary: 'An `Exec*=` command that is not an absolute path (allowed since systemd 239, refused by older ones).',
    source: 'systemd.service(5)',
  },
  messages: {
    relative: 'Unexpected command `{command}` without a path (systemd before 239 refuses it), expected an absolute path such as `/usr/bin/{command}`',
  },
  check(ctx) {
    for (const d of execDirectives(ctx.tree)) {
      const resolved = resolveCommand(d, ctx.tree.info);
      const word = resolved?.command.words[0];
      if (!word) continue;
      // `%h/bin/x` and other specifiers resolve to absolute paths.
      if (word.text.startsWith('/') || word.text.startsWith('%')) continue;
      ctx.report({ messageId: 'relative', data: { command: word.text }, at: wordRange(d, word) });
    }
  },
});
