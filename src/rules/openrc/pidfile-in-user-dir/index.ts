import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { TextEdit } from '../../../core/types.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { handedOverPidDirs, pidfileSources } from '../pidfile.js';
import { DEFAULT_PIDFILE, dirOf, pathAsWritten, removeFunction } from '../util.js';
import { removeLines } from '../../shared/edits.js';

export default defineRule<ShellScript>({
  id: 'openrc/pidfile-in-user-dir',
  kinds: ['openrc'],
  severity: 'error',
  docs: {
    summary: 'the directory of the PID file is made owned by a non-root user (`checkpath --owner foo … /run/foo`): that user can make root kill any process',
    source: [openrcGuide('PID files should be writable only by root')],
  },
  fixable: 'unsafe',
  messages: {
    shared: 'Unexpected PID file in {dir}, a directory other users can write: they can make root signal any process, use pidfile="/run/${RC_SVCNAME}.pid" instead',
    owned:
      'Unexpected `{program}` giving {dir}, the PID file\'s directory, to `{owner}`: that user can make root signal any process, keep the PID file in a root-owned directory (pidfile="/run/${RC_SVCNAME}.pid")',
  },
  check(ctx) {
    // A user service (`openrc --user`, its files under ${XDG_RUNTIME_DIR}) is supervised by its own
    // user, not by root: its run directory is where its PID file belongs.
    if (/\$\{?XDG_RUNTIME_DIR\b/.test(ctx.text)) return;
    for (const source of pidfileSources(ctx)) {
      const path = pathAsWritten(ctx, source);
      const dir = dirOf(path);
      // Directories anyone (or an ordinary user) can write: the same attack, no checkpath needed.
      if (!/^(\/tmp|\/var\/tmp|\/dev\/shm)(\/|$)|^\/home\/[^/]+/.test(dir)) continue;
      ctx.report({
        messageId: 'shared',
        data: { dir },
        at: { start: source.start, end: source.end },
        fix: { description: 'Keep the PID file in /run', applicability: 'unsafe', edits: [{ start: source.start, end: source.end, text: DEFAULT_PIDFILE }] },
      });
    }
    for (const { cmd, owner, paths, hit, source, dir } of handedOverPidDirs(ctx)) {
      const edits: TextEdit[] = [{ start: source.start, end: source.end, text: DEFAULT_PIDFILE }];
      const fn = cmd.inFunction ? ctx.tree.functions.find((f) => f.name === cmd.inFunction) : undefined;
      if (paths.length > 1) {
        // Only that path goes; the command still serves the others.
        const s = hit.position.start.offset ?? 0;
        const e = hit.position.end.offset ?? 0;
        edits.push({ start: ctx.text[s - 1] === ' ' ? s - 1 : s, end: e, text: '' });
      } else if (fn && fn.commands.length === 1) {
        // An empty function body is a syntax error in sh: the function goes with it.
        edits.push(removeFunction(ctx, fn));
      } else {
        edits.push(removeLines(ctx, cmd.position.start.offset ?? 0, cmd.position.end.offset ?? 0));
      }
      ctx.report({
        messageId: 'owned',
        data: { program: cmd.program, dir, owner },
        at: cmd,
        fix: { description: 'Keep the PID file in /run and leave its directory to root', applicability: 'unsafe', edits },
      });
    }
  },
});
