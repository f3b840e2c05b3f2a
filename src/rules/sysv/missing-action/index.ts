import { lintian } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { findDispatcher } from '../../../languages/shell/query.js';
import { endOf, startOf } from '../../../text/index.js';

const REQUIRED = ['start', 'stop', 'restart', 'force-reload', 'status'];

export default defineRule<ShellScript>({
  id: 'sysv/missing-action',
  kinds: ['sysv'],
  severity: 'warning',
  docs: {
    summary: 'the `case "$1"` dispatcher of an init script lacks `start`, `stop`, `restart`, `force-reload` or `status`',
    source: [{ kind: 'spec', title: 'Linux Standard Base Core Specification 3.1', section: 'Init Script Actions' }, lintian('init.d-script-does-not-implement-required-option')],
  },
  messages: {
    missing: 'Unexpected dispatcher without {actions}: an LSB init script must implement start, stop, restart, force-reload and status',
  },
  check(ctx) {
    // The five actions are what LSB asks of LSB scripts: a script without the header is for another
    // platform (AIX, Solaris, a BSD, an old Red Hat chkconfig script) whose rc system asks less.
    if (!ctx.tree.lsb) return;
    const dispatcher = findDispatcher(ctx.tree);
    if (!dispatcher) return;
    const patterns = new Set(dispatcher.arms.flatMap((arm) => arm.patterns.map((p) => p.replace(/^["']|["']$/g, ''))));
    // Not an init script's dispatcher (a sub-command parser of another kind).
    if (!patterns.has('start') && !patterns.has('stop')) return;
    const missing = REQUIRED.filter((action) => !patterns.has(action));
    if (missing.length === 0) return;
    const start = startOf(dispatcher);
    const lineEnd = ctx.text.indexOf('\n', start);
    const end = Math.min(lineEnd < 0 ? endOf(dispatcher) : lineEnd, endOf(dispatcher));
    ctx.report({
      messageId: 'missing',
      data: { actions: missing.map((a) => `\`${a}\``).join(', ') },
      at: { start, end: ctx.text[end - 1] === '\r' ? end - 1 : end },
    });
  },
});
