import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript, SimpleCommand } from '../../../languages/shell/types.js';
import { conversionFix, findWrapper } from '../start-stop-wrapper.js';
import type { Fix, TextEdit } from '../../../core/types.js';
import { valueWords } from '../command-line.js';
import { type Ctx, isStartStopDaemon, optionRaw, ssdMode, startStopOptions, topAssignment } from '../util.js';
import { afterLine } from '../../shared/edits.js';

const SWITCHERS = new Set(['su', 'sudo', 'runuser', 'doas']);

/** The `--user`/`--chuid` option of a start-stop-daemon call that starts a daemon. */
function userOption(cmd: SimpleCommand) {
  if (ssdMode(cmd) !== 'start') return undefined;
  return startStopOptions(cmd).options.find((o) => o.name === 'user' || o.name === 'chuid');
}

/** `start_stop_daemon_args="--user foo --group bar"`: the default start already has command_user for it. */
function argsUser(ctx: Ctx): void {
  const a = topAssignment(ctx.tree, 'start_stop_daemon_args');
  const words = a && valueWords(a);
  if (!a || !words) return;
  let user: string | undefined;
  let group: string | undefined;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    // After `--` the words are the daemon's own: its `-c FILE` is no --chuid.
    if (words[i].text === '--') break;
    const m = /^(--user|-u|--chuid|-c|--group|-g)(?:=(.*))?$/.exec(words[i].text);
    if (!m) continue;
    const value = m[2] ?? words[i + 1]?.text;
    if (value === undefined) return;
    const last = m[2] === undefined ? i + 1 : i;
    spans.push([i, last]);
    if (/^(--group|-g)$/.test(m[1])) group = value;
    else user = value;
    i = last;
  }
  if (!user) return;
  const first = words[spans[0][0]];
  const lastWord = words[spans[0][1]];
  const message = { option: ctx.text.slice(first.start, lastWord.end), function: 'start_stop_daemon_args', user: group && !user.includes(':') ? `${user}:${group}` : user };
  let fix: Fix | undefined;
  if (!topAssignment(ctx.tree, 'command_user') && !/[$`"'\\]/.test(message.user)) {
    const edits: TextEdit[] = [];
    const aStart = a.position.start.offset ?? 0;
    const aEnd = a.position.end.offset ?? 0;
    const removed = spans.reduce((n, [f, l]) => n + l - f + 1, 0);
    const line = `command_user="${message.user}"`;
    if (removed === words.length) {
      // Nothing else in the list: the assignment becomes command_user.
      edits.push({ start: aStart, end: aEnd, text: line });
    } else {
      // The list again, without the user and group options.
      const dropped = new Set(spans.flatMap(([f, l]) => Array.from({ length: l - f + 1 }, (_, k) => f + k)));
      const kept = words.filter((_, k) => !dropped.has(k)).map((w) => ctx.text.slice(w.start, w.end));
      edits.push({ start: words[0].start, end: words[words.length - 1].end, text: kept.join(' ') });
      const at = afterLine(ctx, aEnd);
      edits.push({ start: at, end: at, text: `${at === ctx.text.length && !/[\r\n]$/.test(ctx.text) ? ctx.eol : ''}${line}${ctx.eol}` });
    }
    fix = { description: `Use ${line}`, applicability: 'unsafe', edits };
  }
  ctx.report({ messageId: 'argsUser', data: message, at: { start: first.start, end: lastWord.end }, fix });
}

/** Whether the words run a control program's `start` action (`pg_ctl start`, `celery multi start`), even inside a `-c` string. */
function runsControl(words: readonly string[]): boolean {
  return words.some((w) => /(^|[\s'"])start([\s'";]|$)/.test(w));
}

/** Whether a command stands inside `$(…)` or backticks on its line. */
function inCommandSubstitution(ctx: Ctx, cmd: SimpleCommand): boolean {
  const start = cmd.position.start.offset ?? 0;
  const before = ctx.text.slice(ctx.lines.lineStart(ctx.lines.point(start).line), start);
  const opened = (before.match(/\$\(/g) ?? []).length - (before.match(/\)/g) ?? []).length;
  return opened > 0 || (before.match(/`/g) ?? []).length % 2 === 1;
}

export default defineRule<ShellScript>({
  id: 'openrc/su-instead-of-command-user',
  kinds: ['openrc'],
  severity: 'warning',
  docs: {
    summary: '`su`, `sudo`, `runuser` or `start-stop-daemon --user` drop privileges in a start function: `command_user="user:group"` does it',
    source: [openrcGuide("Don't write your own start/stop functions")],
  },
  fixable: 'unsafe',
  messages: {
    switcher: 'Unexpected `{program}` to run the daemon as another user: use command_user="user:group" with the default start instead',
    ssdUser: 'Unexpected `start-stop-daemon {option}` in {function}(): use command_user="{user}" with the default start instead',
    argsUser: 'Unexpected `{option}` in {function}: use command_user="{user}" instead',
  },
  check(ctx) {
    argsUser(ctx);
    const wrapper = findWrapper(ctx);
    // Two daemons started by hand: the default start, and so command_user, serves only one.
    const starts = ctx.tree.commands.filter((c) => isStartStopDaemon(c) && ssdMode(c) === 'start').length;
    for (const cmd of ctx.tree.commands) {
      if (!cmd.inFunction || !/^start/.test(cmd.inFunction)) continue;
      if (SWITCHERS.has(cmd.program)) {
        // `$(su -l foo -c "ulimit -n")` asks something as the user; it starts nothing.
        if (inCommandSubstitution(ctx, cmd)) continue;
        // With start-stop-daemon starting the daemon, su only prepares something as the user; one su per
        // item of a loop starts several daemons (a vncserver per user); `pg_ctl start` is a control
        // program the default start cannot stand for.
        if (starts > 0 || ctx.tree.loops.some((l) => l.commands.includes(cmd)) || runsControl(cmd.args.map((a) => a.raw))) continue;
        // `su … -c "test -r FILE" user` checks something as the user; with command_user set, the
        // default start already runs the daemon as the user.
        if (topAssignment(ctx.tree, 'command_user') || cmd.args.some((a) => /^["']?(test|\[)\s/.test(a.literal ?? a.raw))) continue;
        ctx.report({ messageId: 'switcher', data: { program: cmd.program }, at: cmd.nameWord });
        continue;
      }
      if (!isStartStopDaemon(cmd) || starts > 1) continue;
      // `--exec celery -- multi start …` with no --background: a control program that forks its own
      // daemons and exits (UniFi's `java … start`, backgrounded, is the daemon itself).
      const dashdash = cmd.args.findIndex((a) => a.raw === '--');
      const backgrounded = cmd.args.slice(0, dashdash < 0 ? undefined : dashdash).some((a) => /^(--background|-b)$/.test(a.raw));
      if (dashdash >= 0 && !backgrounded && runsControl(cmd.args.slice(dashdash + 1).map((a) => a.raw))) continue;
      const option = userOption(cmd);
      if (!option) continue;
      const first = option.words[0];
      const last = option.words[option.words.length - 1];
      // The only exact rewrite is the whole default start: the one of openrc/custom-start-stop.
      const fix = wrapper && wrapper.startCall === cmd ? conversionFix(ctx, wrapper) : undefined;
      ctx.report({
        messageId: 'ssdUser',
        data: { option: first.raw, function: cmd.inFunction, user: optionRaw(option)?.replace(/^["']|["']$/g, '') ?? 'user:group' },
        at: { start: first.position.start.offset ?? 0, end: last.position.end.offset ?? 0 },
        fix,
      });
    }
  },
});
