import { defineRule } from '../../../core/rule.js';
import type { TextEdit } from '../../../core/types.js';
import type { ShellScript, SimpleCommand, Word } from '../../../languages/shell/types.js';
import { pidfileSources, type PidfileSource } from '../pidfile.js';
import { type Ctx, DEFAULT_PIDFILE, dirOf, removeFunction, removeLines, resolvePath, unquote } from '../util.js';

/** The owner given to `checkpath -o USER[:GROUP]` or `chown USER[:GROUP]`, with the path arguments. */
function ownership(cmd: SimpleCommand): { owner: string; ownerWords: Word[]; paths: Word[] } | undefined {
  const args = cmd.args;
  if (cmd.program === 'checkpath') {
    let owner: string | undefined;
    let ownerWords: Word[] = [];
    const paths: Word[] = [];
    for (let i = 0; i < args.length; i++) {
      const text = args[i].literal ?? args[i].raw;
      const attached = /^(?:--owner=|-o)(.+)$/.exec(text);
      if (text === '--owner' || text === '-o') {
        owner = args[i + 1]?.literal ?? args[i + 1]?.raw;
        ownerWords = args.slice(i, i + 2);
        i++;
      } else if (attached && text.startsWith('-')) {
        owner = attached[1];
        ownerWords = [args[i]];
      } else if (/^(-m|--mode|-W|--writable)$/.test(text)) i++;
      else if (!text.startsWith('-')) paths.push(args[i]);
    }
    return owner === undefined ? undefined : { owner, ownerWords, paths };
  }
  if (cmd.program === 'chown') {
    const rest = args.filter((w) => !(w.literal ?? w.raw).startsWith('-'));
    if (rest.length < 2) return undefined;
    return { owner: rest[0].literal ?? rest[0].raw, ownerWords: [rest[0]], paths: rest.slice(1) };
  }
  return undefined;
}

function isRoot(owner: string): boolean {
  const user = owner.replace(/^["']|["']$/g, '').split(/[:.]/)[0];
  return user === 'root' || user === '0' || user === '';
}

/** Whether a path argument names `dir`: literally, or as `${pidfile%/*}` / `$(dirname "$pidfile")`. */
function namesDir(ctx: Ctx, word: Word, dir: string): boolean {
  const value = word.literal ?? resolvePath(ctx, word) ?? unquote(word.raw);
  if (value.replace(/\/+$/, '') === dir) return true;
  return /\$\{pidfile%\/\*\}|dirname\s+"?\$\{?pidfile\b/.test(word.raw);
}

export default defineRule<ShellScript>({
  id: 'openrc/pidfile-in-user-dir',
  kinds: ['openrc'],
  severity: 'error',
  docs: {
    summary: 'the directory of the PID file is made owned by a non-root user (`checkpath --owner foo … /run/foo`): that user can make root kill any process',
    source: '001 OpenRC service script guide, "PID files should be writable only by root"',
  },
  fixable: 'unsafe',
  messages: {
    owned:
      'Unexpected `{program}` giving {dir}, the PID file\'s directory, to `{owner}`: that user can make root signal any process, keep the PID file in a root-owned directory (pidfile="/run/${RC_SVCNAME}.pid")',
  },
  check(ctx) {
    // The directory as resolved (literal, default, conf.d value), else as written (`/run/${RC_SVCNAME}`).
    const sources: Array<{ source: PidfileSource; dir: string }> = [];
    for (const source of pidfileSources(ctx)) {
      const path = resolvePath(ctx, source) ?? unquote(source.raw);
      if (path.includes('/')) sources.push({ source, dir: dirOf(path) });
    }
    if (!sources.length) return;
    for (const cmd of ctx.tree.commands) {
      const owned = ownership(cmd);
      if (!owned || isRoot(owned.owner)) continue;
      for (const { source, dir } of sources) {
        const hit = owned.paths.find((w) => namesDir(ctx, w, dir));
        if (!hit) continue;
        const edits: TextEdit[] = [{ start: source.start, end: source.end, text: DEFAULT_PIDFILE }];
        const fn = cmd.inFunction ? ctx.tree.functions.find((f) => f.name === cmd.inFunction) : undefined;
        if (owned.paths.length > 1) {
          const s = hit.position.start.offset ?? 0;
          const e = hit.position.end.offset ?? 0;
          edits.push({ start: ctx.text[s - 1] === ' ' ? s - 1 : s, end: e, text: '' });
        } else if (fn && fn.commands.length === 1) {
          edits.push(removeFunction(ctx, fn));
        } else {
          edits.push(removeLines(ctx, cmd.position.start.offset ?? 0, cmd.position.end.offset ?? 0));
        }
        ctx.report({
          messageId: 'owned',
          data: { program: cmd.program, dir, owner: owned.owner },
          at: cmd,
          fix: { description: 'Keep the PID file in /run and leave its directory to root', applicability: 'unsafe', edits },
        });
        break;
      }
    }
  },
});
