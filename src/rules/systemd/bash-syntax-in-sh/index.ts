import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { parseExec, shellWrapper } from '../../../languages/systemd/exec.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { bashConstructs } from '../../../languages/systemd/shell-command.js';
import { execDirectives, rangeIn, wordRange } from '../exec-support.js';

/** Shells that are POSIX sh on Debian, Alpine and others (dash, busybox ash), not bash. */
const POSIX_SHELLS = new Set(['sh', 'dash', 'ash']);

/** How a construct reads in the message. */
function named(construct: string): string {
  return construct === 'array' ? 'an array' : `\`${construct}\``;
}

export default defineRule<UnitFile>({
  id: 'systemd/bash-syntax-in-sh',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary:
      'an `Exec*=` runs `sh -c` with bash syntax (`[[`, `<<<`, `source`, `function`, arrays, `==` in `[`, `${x//a/b}`, `&>`, …; what openrc/non-posix finds in scripts): `/bin/sh` is dash or busybox ash on many systems, which refuse it',
    source: [{ kind: 'spec', title: 'POSIX Shell Command Language' }, man('dash(1)'), man('systemd.service(5)', 'Command lines')],
  },
  fixable: 'unsafe',
  messages: {
    bashism: 'Unexpected {construct} in a `{shell} -c` script: /bin/sh is dash or busybox ash on many systems and refuses it; run it with /bin/bash, or write it in POSIX sh',
  },
  check(ctx) {
    for (const d of execDirectives(ctx.tree)) {
      const command = parseExec(d.value)[0];
      if (!command) continue;
      const wrapper = shellWrapper(command.words.map((w) => w.text));
      if (!wrapper || !POSIX_SHELLS.has(wrapper.shell)) continue;
      // The shell model's bashisms (openrc/non-posix finds the same in scripts); the first one is enough.
      const first = bashConstructs(wrapper.script)[0];
      if (!first) continue;
      const shellWord = command.words[wrapper.shellIndex];
      const range = wordRange(d, shellWord);
      ctx.report({
        messageId: 'bashism',
        data: { construct: named(first.construct), shell: wrapper.shell },
        at: rangeIn(d, command.words[wrapper.scriptIndex], first.start, first.end),
        fix:
          shellWord.text.includes('/') || shellWord.text === wrapper.shell
            ? { description: 'Run the script with /bin/bash', applicability: 'unsafe', edits: [{ ...range, text: '/bin/bash' }] }
            : undefined,
      });
    }
  },
});
