import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { execDirectives, resolveCommand, wordRange } from '../exec-support.js';

/** The release from which an `Exec*=` command may be a bare name. */
const BARE_NAMES_SINCE = 239;

export default defineRule<UnitFile>({
  id: 'systemd/exec-path-not-absolute',
  kinds: ['systemd'],
  severity: 'info',
  docs: {
    summary: 'An `Exec*=` command that is not an absolute path, when `systemd-version:` is below 239 (older systemd refuses it).',
    source: [man('systemd.service(5)')],
  },
  messages: {
    relative: 'Unexpected command `{command}` without a path for systemd {floor} (systemd before 239 refuses it), expected an absolute path such as `/usr/bin/{command}`',
  },
  check(ctx) {
    // systemd 239 and later look a bare name up in a fixed search path: only an older floor makes it an error.
    if (ctx.systemdVersion === undefined || ctx.systemdVersion >= BARE_NAMES_SINCE) return;
    for (const d of execDirectives(ctx.tree)) {
      const resolved = resolveCommand(d, ctx.tree.info);
      const word = resolved?.command.words[0];
      if (!word) continue;
      // `%h/bin/x` and other specifiers resolve to absolute paths.
      if (word.text.startsWith('/') || word.text.startsWith('%')) continue;
      // `bin/foo` is refused by every release: systemd/invalid-value reports it.
      if (word.text.includes('/')) continue;
      ctx.report({ messageId: 'relative', data: { command: word.text, floor: ctx.systemdVersion }, at: wordRange(d, word) });
    }
  },
});
