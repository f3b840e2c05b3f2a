import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';

export default defineRule<ShellScript>({
  id: 'openrc/missing-continuation',
  kinds: ['openrc', 'sysv'],
  severity: 'error',
  docs: {
    summary: 'a line that starts with an option (`--pidfile …`) after a command whose line lacks the continuation `\\`: the shell runs it as a command of its own, which does not exist',
    source: [{ kind: 'spec', title: 'POSIX Shell Command Language', section: 'Escape Character (Backslash)' }, openrcGuide()],
  },
  fixable: 'safe',
  messages: {
    orphan: 'Unexpected command `{word}`: the line before it lacks a trailing `\\`, so its options are cut off and `{word}` runs as a command; end the line before with ` \\`',
  },
  check(ctx) {
    for (const cmd of ctx.tree.commands) {
      // A real command never starts with a dash: this is the tail of the command above.
      if (!/^(--?[A-Za-z]|--$)/.test(cmd.name) || cmd.prefixAssignments.length) continue;
      const start = cmd.position.start.offset ?? 0;
      const line = ctx.lines.point(start).line;
      if (line <= 1) continue;
      // The nearest non-blank line above; the command must open its own line.
      if (
        ctx.lines
          .lineText(line)
          .slice(0, ctx.lines.point(start).column - 1)
          .trim() !== ''
      )
        continue;
      let above = line - 1;
      while (above > 1 && ctx.lines.lineText(above).trim() === '') above--;
      const text = ctx.lines.lineText(above);
      if (/\\$/.test(text)) continue;
      // A line that ends a list (`;`, `&&`, `{`, `then`) or has a comment cannot take a ` \`.
      const fixable = above === line - 1 && !/#|[;&|{(]\s*$|\b(then|do|else|in)\s*$/.test(text);
      const end = ctx.lines.lineStart(above) + text.length;
      ctx.report({
        messageId: 'orphan',
        data: { word: cmd.name },
        at: cmd.nameWord,
        fix: fixable ? { description: 'Continue the line above with \\', applicability: 'safe', edits: [{ start: end, end, text: ' \\' }] } : undefined,
      });
    }
  },
});
