import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { commandsForActions, wordText } from '../../../languages/shell/query.js';
import { endOf, startOf } from '../../../text/index.js';

/**
 * `for i in 1 2 3 4 5`, `for i in $(seq 10)`: a bounded count of tries, not a list of things
 * (`for ((i = 0; i < n; i++))` walks memcached's instances, so it is not one).
 */
const COUNTED_FOR = /^\s*[A-Za-z_]\w*\s+in\s+(?:(?:\d+\s+)*\d+\s*(?:[;\n]|do\b)|[$`(]*\s*seq\b)/;

/**
 * Whether the innermost loop around `offset` (scanned from `from`) is a
 * `while`/`until` loop or a counted `for`: a sleep there polls for a condition, which is the cure.
 */
function inPollingLoop(text: string, from: number, offset: number): boolean {
  const stack: boolean[] = [];
  const body = text.slice(from, offset).replace(/#[^\n]*|'[^']*'|"(?:[^"\\]|\\.)*"/g, ' ');
  for (const m of body.matchAll(/(?:^|[\s;&|(])(for|while|until|done)(?=[\s;(]|$)/g)) {
    if (m[1] === 'done') stack.pop();
    else stack.push(m[1] !== 'for' || COUNTED_FOR.test(body.slice((m.index ?? 0) + m[0].length)));
  }
  return stack.at(-1) === true;
}

/**
 * Whether the statement after a sleep (at `offset`) is a `while`/`until` loop, or an `if` whose
 * body holds one (collectd's `sleep 1; if kill -0 $PID; then while kill -0 $PID; do …`): the
 * sleep is a grace period before a poll, and the poll does the waiting.
 */
function beforePoll(text: string, offset: number): boolean {
  const rest = text.slice(offset).replace(/^(?:\s|;|&&|#[^\n]*)*/, '');
  if (/^(while|until)\b/.test(rest)) return true;
  const body = /^if\b[\s\S]*?\bfi\b/.exec(rest)?.[0] ?? '';
  return /(?:^|[\s;&|])(while|until)\s/.test(body);
}

export default defineRule<ShellScript>({
  id: 'sysv/sleep-for-sync',
  kinds: ['sysv'],
  severity: 'info',
  docs: {
    summary: '`sleep N` in start/stop used to wait for another process (a race: too short on a slow boot, wasted time on a fast one)',
    // Readiness (Type=) and ordering (After=) are what a fixed sleep stands in for; templates have nothing to do with it.
    source: [man('systemd.service(5)', 'Type='), man('systemd.unit(5)', 'Before=, After=')],
  },
  messages: {
    sleep:
      'Unexpected `sleep {seconds}` in {action}: waiting a fixed time races with the process it waits for; wait for the condition itself (a PID file, a socket, `start-stop-daemon --retry`), or let systemd order the units',
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
        const fn = ctx.tree.functions.find((f) => f.name === cmd.inFunction);
        if (inPollingLoop(ctx.text, fn ? startOf(fn) : 0, startOf(cmd)) || beforePoll(ctx.text, endOf(cmd))) continue;
        reported.add(cmd);
        ctx.report({ messageId: 'sleep', data: { seconds, action }, at: cmd });
      }
    }
  },
});
