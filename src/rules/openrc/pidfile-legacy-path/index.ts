import { openrcGuide } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { pidfileSources } from '../pidfile.js';
import { isBsdOnly, testsPlatform } from '../util.js';

export default defineRule<ShellScript>({
  id: 'openrc/pidfile-legacy-path',
  kinds: ['openrc'],
  severity: 'info',
  docs: {
    summary: 'the PID file is under `/var/run/`; on Linux the place is `/run/`',
    source: [openrcGuide('PID files should be writable only by root')],
  },
  fixable: 'safe',
  messages: {
    legacy: 'Unexpected PID file under /var/run/: use /run/ instead (on Linux /var/run is a link to /run)',
  },
  check(ctx) {
    // On FreeBSD/NetBSD /var/run is the place; /run does not exist there.
    if (isBsdOnly(ctx)) return;
    const applicability = testsPlatform(ctx) ? 'unsafe' : 'safe';
    for (const source of pidfileSources(ctx)) {
      const at = source.raw.indexOf('/var/run/');
      if (at < 0) continue;
      // `${RC_PREFIX}/var/run/…`: a Gentoo Prefix tree has its own var/run and may have no run/.
      if (at > 0 && /[}\w@]/.test(source.raw[at - 1])) continue;
      const start = source.start + at;
      ctx.report({
        messageId: 'legacy',
        at: { start, end: start + '/var/run'.length },
        fix: { description: 'Use /run/', applicability, edits: [{ start, end: start + '/var/run/'.length, text: '/run/' }] },
      });
    }
  },
});
