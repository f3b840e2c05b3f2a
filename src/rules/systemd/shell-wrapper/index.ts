import { man } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import { isBuiltin, isExec } from '../../../languages/systemd/exec.js';
import { effective, effectiveList, effectiveType, inSelf, LONG_RUNNING, typeEvidence, unitView } from '../../shared/unit-view.js';
import type { UnitFile } from '../../../languages/systemd/types.js';
import { resolveCommand, unwrapEdits, wordRange } from '../exec-support.js';

/** `foo-control start`, `fooctl start`, `/etc/init.d/foo start`, `service foo start`: a control script, not a daemon. */
function isControlCall(argv: string[]): boolean {
  const program = argv[0]?.slice(argv[0].lastIndexOf('/') + 1) ?? '';
  return program === 'service' || /-control$|ctl$/.test(program) || /\/(init|rc)\.d\//.test(argv[0] ?? '') || argv.slice(1).includes('start');
}

export default defineRule<UnitFile>({
  id: 'systemd/shell-wrapper',
  kinds: ['systemd'],
  severity: 'warning',
  docs: {
    summary: '`ExecStart=` runs `sh -c` for a long-running service and does not `exec` the last command, so the shell becomes the main process.',
    // The shell is the main process (Type=), so $MAINPID in ExecReload= is the shell, and NotifyAccess=main refuses the daemon's READY=1.
    source: [man('systemd.service(5)', 'Type='), man('systemd.service(5)', 'ExecReload='), man('systemd.service(5)', 'NotifyAccess=')],
  },
  fixable: 'unsafe',
  messages: {
    wrapper:
      "Unexpected `{shell} -c` wrapper whose last command `{command}` is not exec'd (the shell becomes the main process: $MAINPID and ExecReload= reach the shell, not the daemon), expected `exec {command}` or no shell",
    forking:
      "Unexpected `{shell} -c` wrapper whose last command `{command}` is not exec'd with `Type=forking` (the shell, not the daemon, is the process systemd expects to fork and exit, and it guesses the main PID), expected `exec {command}` or no shell",
    notify:
      "Unexpected `{shell} -c` wrapper whose last command `{command}` is not exec'd with `Type={type}` (the readiness notification comes from a child, which NotifyAccess=main rejects), expected `exec {command}` or no shell",
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== 'service') return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    const type = effectiveType(view);
    // The readiness seed: an sh -c wrapper matches neither simple nor forking.
    if (!type || (!LONG_RUNNING.has(type) && type !== 'forking')) return;
    for (const d of effectiveList(view, 'Service', 'ExecStart')) {
      if (!inSelf(view, d)) continue;
      const resolved = resolveCommand(d, ctx.tree.info);
      const { wrapper, last } = resolved ?? {};
      if (!resolved || !wrapper || !last || wrapper.script.complex) continue;
      // `… &` is systemd/simple-daemonizes' finding; `exec …` is right.
      if (isExec(last) || last.op === '&' || last.words.length === 0) continue;
      // `. /etc/hook`, `wait`: the shell itself is doing the work.
      if (isBuiltin(last)) continue;
      // `sh -c 'foo-control start'` under forking is systemd/control-script-wrapper's finding.
      if (type === 'forking' && isControlCall(last.words.map((w) => w.literal ?? ''))) continue;
      const words = resolved.command.words;
      const at = { start: wordRange(d, words[wrapper.shellIndex]).start, end: wordRange(d, words[wrapper.scriptIndex]).end };
      // NotifyAccess=all takes READY=1 from any process of the service, the shell's child too
      // (`exec` only from the main and control processes themselves, which the child is not).
      const notify = (type === 'notify' || type === 'notify-reload') && effective(view, 'Service', 'NotifyAccess')?.value.trim() !== 'all';
      const fix = unwrapEdits(resolved);
      ctx.report({
        messageId: notify ? 'notify' : type === 'forking' ? 'forking' : 'wrapper',
        data: { shell: wrapper.shell, command: last.words[0].literal, type },
        at,
        severity: notify ? 'error' : undefined,
        fix: fix && {
          description: fix.how === 'unwrap' ? 'Run the command without the shell' : 'exec the last command so it replaces the shell',
          applicability: 'unsafe',
          edits: fix.edits,
        },
        // The severity and the advice follow from the type.
        evidence: [typeEvidence(view)],
      });
    }
  },
});
