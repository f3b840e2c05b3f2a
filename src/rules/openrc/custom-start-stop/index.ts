import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { conversionFix, findWrapper } from '../start-stop-wrapper.js';

export default defineRule<ShellScript>({
  id: 'openrc/custom-start-stop',
  kinds: ['openrc'],
  severity: 'warning',
  docs: {
    summary: '`start()`/`stop()` only wrap `start-stop-daemon` with a command, its arguments and a PID file: openrc-run does that from `command=`, `command_args=`, `pidfile=`',
    source: [openrcGuide("Don't write your own start/stop functions")],
  },
  fixable: 'unsafe',
  messages: {
    wrapper: 'Unexpected hand-written {functions} around start-stop-daemon: use command, command_args and pidfile (with command_user, command_background) instead',
    prep: 'Unexpected hand-written {functions} around checkpath and start-stop-daemon: checkpath belongs in start_pre(), the rest in command, command_args and pidfile (with command_user, command_background)',
  },
  check(ctx) {
    const wrapper = findWrapper(ctx);
    if (!wrapper) return;
    const name = wrapper.start.namePosition;
    ctx.report({
      messageId: wrapper.prep.length ? 'prep' : 'wrapper',
      data: { functions: wrapper.stop ? 'start()/stop()' : 'start()' },
      at: { start: name.start.offset ?? 0, end: name.end.offset ?? 0 },
      fix: conversionFix(ctx, wrapper),
    });
  },
});
