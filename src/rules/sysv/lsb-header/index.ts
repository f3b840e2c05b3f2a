import { lintian } from '../../../core/provenance.js';
import { defineRule } from '../../../core/rule.js';
import type { ShellScript } from '../../../languages/shell/types.js';
import { unquote } from '../../../languages/shell/query.js';
import { startOf } from '../../../text/index.js';

const FIELDS = ['Provides', 'Required-Start', 'Required-Stop', 'Default-Start', 'Default-Stop', 'Short-Description'];
const OTHER_UNIX = /(^|\/)[^/]*(aix|hp-?ux|solaris|sunos|irix|freebsd|netbsd|openbsd|darwin|macos)[^/]*\//i;
const INIT_PATH = /(^|\/)(init\.d|rc\.d)\/[^/]+$|\.init$/;

function field(name: string, value: string): string {
  return `# ${`${name}:`.padEnd(19)}${value}`;
}

/** Values for the missing fields, from what the script says about itself. */
function inferred(script: ShellScript, path: string): Record<string, string> {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.(init|sh)$/, '');
  const top = (name: string) => {
    const a = script.assignments.find((x) => x.name === name && x.inFunction === undefined);
    return a ? (a.literal ?? (a.raw.includes('$') ? undefined : unquote(a.raw))) : undefined;
  };
  const provides = script.lsb?.fields.find((f) => f.name === 'Provides')?.value || top('NAME') || base;
  const start = script.lsb?.fields.find((f) => f.name === 'Required-Start')?.value;
  return {
    Provides: provides,
    'Required-Start': '$remote_fs $syslog',
    // Stop in the reverse order of what start needs.
    'Required-Stop': start || '$remote_fs $syslog',
    'Default-Start': '2 3 4 5',
    'Default-Stop': '0 1 6',
    'Short-Description': top('DESC') || `${provides} daemon`,
  };
}

export default defineRule<ShellScript>({
  id: 'sysv/lsb-header',
  kinds: ['sysv'],
  severity: 'warning',
  docs: {
    summary: 'an `init.d` script without a complete `### BEGIN INIT INFO` block (Provides, Required-Start, Required-Stop, Default-Start, Default-Stop, Short-Description)',
    source: [{ kind: 'spec', title: 'Linux Standard Base Core Specification 3.1', section: 'Comment Conventions for Init Scripts' }, lintian('init.d-script-missing-lsb-section')],
  },
  fixable: 'unsafe',
  messages: {
    missing:
      "Unexpected init script without an LSB header: insserv and systemd's generator cannot order it; add `### BEGIN INIT INFO` with Provides, Required-Start, Required-Stop, Default-Start, Default-Stop and Short-Description",
    incomplete: "Unexpected LSB header without {fields}: insserv and systemd's generator need them",
  },
  check(ctx) {
    const { lsb } = ctx.tree;
    if (!lsb && !INIT_PATH.test(ctx.path)) return;
    // Packaging for other Unixes (syslog-ng's contrib/hpux-packaging, nut's scripts/Aix) follows their rc systems, not LSB.
    if (OTHER_UNIX.test(ctx.path)) return;
    const values = inferred(ctx.tree, ctx.path);
    if (!lsb) {
      const lineEnd = ctx.text.indexOf('\n');
      const firstLine = lineEnd < 0 ? ctx.text.length : lineEnd;
      const shebang = ctx.text.startsWith('#!');
      const at = shebang ? { start: 0, end: ctx.text[firstLine - 1] === '\r' ? firstLine - 1 : firstLine } : { start: 0, end: 0 };
      const block = ['### BEGIN INIT INFO', ...FIELDS.map((f) => field(f, values[f])), '### END INIT INFO', ''].join(ctx.eol);
      const insertAt = shebang ? (lineEnd < 0 ? ctx.text.length : lineEnd + 1) : 0;
      const prefix = shebang && lineEnd < 0 ? ctx.eol : '';
      ctx.report({
        messageId: 'missing',
        at,
        fix: { description: 'Add an LSB header', applicability: 'unsafe', edits: [{ start: insertAt, end: insertAt, text: prefix + block }] },
      });
      return;
    }
    // An empty Required-*/Default-* field is a deliberate LSB value (no dependency; never stopped on a
    // runlevel change) that insserv accepts; only Provides and Short-Description need words.
    const NEEDS_VALUE = new Set(['Provides', 'Short-Description']);
    // Keywords are matched without regard to case, as insserv and systemd-sysv-generator do (`short-description:`).
    const fields = lsb.fields.map((f) => ({ name: FIELDS.find((k) => k.toLowerCase() === f.name.toLowerCase()) ?? f.name, value: f.value }));
    const present = new Set(fields.filter((f) => !NEEDS_VALUE.has(f.name) || f.value.trim() !== '').map((f) => f.name));
    const missing = FIELDS.filter((f) => !present.has(f));
    if (missing.length === 0) return;
    const start = startOf(lsb);
    const nl = ctx.text.indexOf('\n', start);
    const end = nl < 0 ? ctx.text.length : ctx.text[nl - 1] === '\r' ? nl - 1 : nl;
    // Missing fields go just before `### END INIT INFO`; empty ones are left for a human.
    const endMarker = lsb.closed ? ctx.text.slice(start).search(/^###\s*END INIT INFO/m) : -1;
    const absent = missing.filter((f) => !fields.some((x) => x.name === f));
    const fix =
      endMarker >= 0 && absent.length === missing.length
        ? {
            description: `Add ${missing.join(', ')} to the LSB header`,
            applicability: 'unsafe' as const,
            edits: [{ start: start + endMarker, end: start + endMarker, text: missing.map((f) => field(f, values[f]) + ctx.eol).join('') }],
          }
        : undefined;
    ctx.report({ messageId: 'incomplete', data: { fields: missing.join(', ') }, at: { start, end }, ...(fix ? { fix } : {}) });
  },
});
