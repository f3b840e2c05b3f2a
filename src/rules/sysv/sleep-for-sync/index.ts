import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { commandsForActions, wordText } from '../../../convert/shell.js';

export default defineRule<ShellScript>({
  id: 'sysv/sleep-for-sync',
  kinds: ['sysv'],
  severity: 'info',
  docs: {
    summary: '`sleep N` in start/stop used to wait for another process (a race: too short on a slow boot, wasted time on a fast one)',
    source: 'seed 000 (ossec-control)',
  },
  messages: {
    sleep: 'Unexpected `sleep {seconds}` in {action}: waiting a fixed time races with the process it waits for; wait for the condition itself (a PID file, a socket, `start-stop-daemon --retry`), or let systemd order the units',
  },
  check(ctx) {
    const reported = new Set<object>();
    for (const action of ['start', 'stop', 'restart']) {
      for (const cmd of commandsForActions(ctx.tree, [action])) {
        if (cmd.program !== 'sleep' || cmd.args.length !== 1) continue;
        const seconds = wordText(cmd.args[0]);
        if (!/^\d+(\.\d+)?s?$/.test(seconds) || Number.parseFloat(seconds) === 0) continue;
        // The same command reached from several actions is reported once.
        if (reported.has(cmd)) continue;
        reported.add(cmd);
        ctx.report({ messageId: 'sleep', data: { seconds, action }, at: cmd });
      }
    }
  },
});
