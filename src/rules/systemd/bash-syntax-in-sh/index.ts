import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { parseExec, shellWrapper } from '../../../languages/systemd/exec.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { execDirectives, wordRange } from '../exec-support.js';

/** Shells that are POSIX sh on Debian, Alpine and others (dash, busybox ash), not bash. */
const POSIX_SHELLS = new Set(['sh', 'dash', 'ash']);

/** bash-only constructs, spotted on the `-c` text outside single quotes. */
const BASHISMS: ReadonlyArray<[RegExp, string]> = [
  [/(^|[\s;&|(])\[\[\s/, '[['],
  [/<<</, '<<<'],
  [/(^|[\s;&|(])source\s/, 'source'],
  [/(^|[\s;&|(])function\s+[A-Za-z_]/, 'function'],
  [/(^|[\s;&|(])[A-Za-z_][A-Za-z0-9_]*=\(/, 'an array'],
];

/** The `-c` text with single-quoted parts blanked (their content is data, not syntax). */
function unquoted(text: string): string {
  return text.replace(/'[^']*'/g, "''");
}

export default defineRule<UnitFile>({
  id: 'systemd/bash-syntax-in-sh',
  kinds: ['systemd'],
  severity: 'error',
  docs: {
    summary: 'an `Exec*=` runs `sh -c` with bash syntax (`[[`, `<<<`, `source`, `function`, arrays): `/bin/sh` is dash or busybox ash on many systems, which refuse it',
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
      const script = unquoted(wrapper.script.text);
      const hit = BASHISMS.find(([re]) => re.test(script));
      if (!hit) continue;
      const shellWord = command.words[wrapper.shellIndex];
      const range = wordRange(d, shellWord);
      ctx.report({
        messageId: 'bashism',
        data: { construct: hit[1] === 'an array' ? hit[1] : `\`${hit[1]}\``, shell: wrapper.shell },
        at: { start: range.start, end: wordRange(d, command.words[wrapper.scriptIndex]).end },
        fix:
          shellWord.text.includes('/') || shellWord.text === wrapper.shell
            ? { description: 'Run the script with /bin/bash', applicability: 'unsafe', edits: [{ ...range, text: '/bin/bash' }] }
            : undefined,
      });
    }
  },
});
