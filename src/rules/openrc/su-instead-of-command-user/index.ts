import { defineRule } from '../../../core/rule.js';
import type { ShellScript, SimpleCommand } from '../../../languages/shell/types.js';
import { conversionFix, findWrapper } from '../custom-start-stop/convert.js';
import { isStartStopDaemon, optionRaw, ssdMode, startStopOptions } from '../util.js';

const SWITCHERS = new Set(['su', 'sudo', 'runuser', 'doas']);

/** The `--user`/`--chuid` option of a start-stop-daemon call that starts a daemon. */
function userOption(cmd: SimpleCommand) {
  if (ssdMode(cmd) !== 'start') return undefined;
  return startStopOptions(cmd).options.find((o) => o.name === 'user' || o.name === 'chuid');
}

export default defineRule<ShellScript>({
  id: 'openrc/su-instead-of-command-user',
  kinds: ['openrc'],
  severity: 'warning',
  docs: {
    summary: '`su`, `sudo`, `runuser` or `start-stop-daemon --user` drop privileges in a start function: `command_user="user:group"` does it',
    source: '001 OpenRC service script guide, "Don\'t write your own start/stop functions" (command_user)',
  },
  fixable: 'unsafe',
  messages: {
    switcher: 'Unexpected `{program}` to run the daemon as another user: use command_user="user:group" with the default start instead',
    ssdUser: 'Unexpected `start-stop-daemon {option}` in {function}(): use command_user="{user}" with the default start instead',
  },
  check(ctx) {
    const wrapper = findWrapper(ctx);
    for (const cmd of ctx.tree.commands) {
      if (!cmd.inFunction || !/^start/.test(cmd.inFunction)) continue;
      if (SWITCHERS.has(cmd.program)) {
        ctx.report({ messageId: 'switcher', data: { program: cmd.program }, at: cmd.nameWord });
        continue;
      }
      if (!isStartStopDaemon(cmd)) continue;
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
