/**
 * Property checks shared by `npm test` (a small sample) and `npm run fuzz`
 * (100,000+ inputs per parser): parsers never throw, positions lie inside the
 * file and agree with offsets, fixes re-parse and are idempotent.
 */
import fc from 'fast-check';
import { parseUnit } from '../../src/languages/systemd/parse.js';
import { parseShell } from '../../src/languages/shell/parse.js';
import { skeleton } from '../../src/languages/shell/skeleton.js';
import { LineIndex } from '../../src/text/index.js';
import type { Position } from 'unist';

const REAL_UNIT = `[Unit]\nDescription=Demo %i\nAfter=network.target\nRequires=foo.socket\n\n[Service]\nType=forking\nExecStart=/bin/sh -c '/opt/x/bin/x-control start'\nExecReload=/bin/kill -HUP $MAINPID\nPIDFile=/var/run/x.pid\nEnvironment="A=1" B=2 \\\n# comment inside\n  C=3\n\n[Install]\nRequiredBy=multi-user.target\n`;

/** Lines that unit files are made of, including broken ones. */
const unitLine = fc.oneof(
  fc.constantFrom(
    '[Unit]',
    '[Service]',
    '[Install]',
    '[Service ]',
    '[',
    ']',
    '[]',
    '# c',
    '; c',
    '',
    ' ',
    '\\',
    'Key=\\',
    '=',
    'ExecStart=/bin/sh -c "exec foo"',
    'Type=notify',
    'WantedBy=multi-user.target',
    '.include /x',
    'A = b \\',
    '%i%%%',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/), fc.string({ maxLength: 30 })).map(([k, v]) => `${k}=${v}`),
);
const eol = fc.constantFrom('\n', '\r\n', '\r');

/** Unit-like texts: line soup, mutated real files, BOM and CRLF mixes, NULs, long lines, deep continuations. */
export const unitText = fc.oneof(
  fc.array(fc.tuple(unitLine, eol), { maxLength: 30 }).map((parts) => parts.map(([l, e]) => l + e).join('')),
  fc.tuple(fc.nat(REAL_UNIT.length), fc.nat(REAL_UNIT.length), fc.string({ maxLength: 10 })).map(([a, b, s]) => REAL_UNIT.slice(0, Math.min(a, b)) + s + REAL_UNIT.slice(Math.max(a, b))),
  fc.nat(5000).map((n) => '[Service]\nExecStart=/bin/x' + ' \\\n  -a'.repeat(n % 2000) + '\n'),
  fc.nat(200_000).map((n) => '[Unit]\nDescription=' + 'x'.repeat(n) + '\n'),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constant(REAL_UNIT.replace(/\n/g, '\r\n')),
  fc.constant('\u0000[Unit]\u0000\nA=\u0000\n'),
);

function checkPosition(text: string, lines: LineIndex, position: Position | undefined, what: string): void {
  if (!position) throw new Error(`${what}: no position`);
  for (const point of [position.start, position.end]) {
    const offset = point.offset!;
    if (offset < 0 || offset > text.length) throw new Error(`${what}: offset ${offset} outside 0..${text.length}`);
    const expected = lines.point(offset);
    if (expected.line !== point.line || expected.column !== point.column) {
      throw new Error(`${what}: ${point.line}:${point.column} disagrees with offset ${offset} (${expected.line}:${expected.column})`);
    }
  }
  if (position.end.offset! < position.start.offset!) throw new Error(`${what}: ends before it starts`);
}

/** The systemd parser property: never throws, every position is consistent. */
export function unitParserHolds(text: string): void {
  const { tree, errors } = parseUnit(text, 'fuzz.service');
  const lines = new LineIndex(text);
  for (const e of errors) {
    if (e.start < 0 || e.end > text.length || e.end < e.start) throw new Error(`error range ${e.start}-${e.end}`);
  }
  for (const section of tree.children) {
    checkPosition(text, lines, section.position, 'section');
    checkPosition(text, lines, section.headerPosition, 'header');
    for (const child of section.children) {
      checkPosition(text, lines, child.position, child.type);
      if (child.type === 'directive') {
        checkPosition(text, lines, child.keyPosition, 'key');
        checkPosition(text, lines, child.valuePosition, 'value');
        if (text.slice(child.keyPosition.start.offset, child.keyPosition.end.offset) !== child.key) throw new Error('key text differs');
        for (const s of child.segments) if (text.slice(s.start, s.start + s.text.length) !== s.text) throw new Error('segment text differs');
      }
    }
  }
}

const REAL_SCRIPT = `#!/sbin/openrc-run
### BEGIN INIT INFO
# Provides:          foo
# Required-Start:    $remote_fs
#                    $syslog
### END INIT INFO
name="Foo"; command=/usr/bin/foo
pidfile="/run/\${RC_SVCNAME}.pid"
conf=\${FOO_CONF:-/etc/foo.conf}
depend() {
\tneed net
\tuse dns logger
}
function helper { [[ -n $x ]] && echo "$(pidof foo)" \`date\`; }
start_pre() {
\tcheckpath -d -m 0755 -o foo:foo "/run/foo" > /dev/null 2>&1 &
\tfor d in a "b c" $EXTRA; do echo "$d"; done
\tcat <<-EOF
\t\tbody $x
\tEOF
}
case "$1" in
  start|'go') do_start ;;
  *) echo "Usage: $0 {start|stop}" >&2; exit 1 ;;
esac
arr=(a b); let i=1; ((i++)); echo $'x' <<< "y"
`;

/** Lines that init scripts are made of, including broken ones. */
const shellLine = fc.oneof(
  fc.constantFrom(
    'if true; then',
    'then',
    'fi',
    'else',
    'elif x; then',
    'for i in a b; do',
    'for i do',
    'done',
    'while read l; do',
    'case "$1" in',
    'start) x ;;',
    'esac',
    ';;',
    '{',
    '}',
    '(',
    ')',
    'depend() {',
    'function f {',
    'need net',
    'A=1',
    'A="$B/x"',
    "A='",
    'A="',
    'x=`date`',
    '`',
    '$(',
    '${',
    '${A:-/run}',
    'echo "$(a "b")"',
    'cat <<EOF',
    'EOF',
    'cat <<-\\END',
    ': <<=cut',
    '=cut',
    '### BEGIN INIT INFO',
    '# Provides: x',
    '#  cont',
    '### END INIT INFO',
    '[[ a == b ]]',
    '[ a == b ]',
    'a && b &',
    'x | y || z',
    '\\',
    'a \\',
    '#!/sbin/openrc-run',
    '((x++))',
    'arr=(1 2)',
    'é😀 日本',
    '\u0000',
    '$((1 << 2))',
    'echo ${x//a/b}',
    'source /x',
    'let x=1',
    'cat <<< x',
    '<(',
    '&>',
    '!',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.tuple(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/), fc.string({ maxLength: 20 })).map(([k, v]) => `${k}=${v}`),
);

/** Script-like texts: line soup, mutated real scripts, CRLF, BOM-free odd bytes, deep nesting, long lines. */
export const shellText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.tuple(shellLine, eol), { maxLength: 30 }).map((parts) => parts.map(([l, e]) => l + e).join('')) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.nat(REAL_SCRIPT.length), fc.nat(REAL_SCRIPT.length), fc.string({ maxLength: 10 }))
      .map(([a, b, s]) => REAL_SCRIPT.slice(0, Math.min(a, b)) + s + REAL_SCRIPT.slice(Math.max(a, b))),
  },
  { weight: 1, arbitrary: fc.nat(1000).map((n) => '('.repeat(n) + 'x' + ')'.repeat(n % 7 === 0 ? n : 0)) },
  { weight: 1, arbitrary: fc.nat(300).map((n) => 'if a; then\n'.repeat(n) + 'fi\n'.repeat(n >> 1)) },
  { weight: 1, arbitrary: fc.nat(20_000).map((n) => 'echo ' + 'x'.repeat(n) + '\n') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constant(REAL_SCRIPT.replace(/\n/g, '\r\n')) },
);

/** The shell parser property: never throws, every position lies in the file and agrees with its offset. */
export function shellParserHolds(text: string): void {
  const script = parseShell(text);
  const lines = new LineIndex(text);
  const check = (position: Position | undefined, what: string) => checkPosition(text, lines, position, what);
  const word = (w: { raw: string; position: Position }, what: string) => {
    check(w.position, what);
    if (text.slice(w.position.start.offset, w.position.end.offset) !== w.raw) throw new Error(`${what}: raw differs from its span`);
  };
  check(script.position, 'script');
  if (script.shebang) check(script.shebang.position, 'shebang');
  for (const e of script.errors) check(e.position, 'error');
  for (const a of script.assignments) {
    check(a.position, 'assignment');
    check(a.valuePosition, 'assignment value');
    if (text.slice(a.valuePosition.start.offset, a.valuePosition.end.offset) !== a.raw) throw new Error('assignment raw differs');
  }
  for (const c of script.commands) {
    check(c.position, 'command');
    check(c.fullPosition, 'command with redirections');
    word(c.nameWord, 'command name');
    for (const w of c.args) word(w, 'argument');
    for (const a of c.prefixAssignments) check(a.position, 'prefix assignment');
  }
  for (const f of script.functions) {
    check(f.position, 'function');
    check(f.namePosition, 'function name');
  }
  for (const d of script.depend) {
    check(d.position, 'depend');
    check(d.verbPosition, 'depend verb');
  }
  for (const l of script.loops) {
    check(l.position, 'loop');
    for (const w of l.items) word(w, 'loop item');
  }
  for (const c of script.cases) {
    check(c.position, 'case');
    for (const arm of c.arms) {
      check(arm.position, 'arm');
      check(arm.patternPosition, 'arm patterns');
    }
  }
  for (const n of script.nonPosix) check(n.position, 'non-posix');
  if (script.lsb) {
    check(script.lsb.position, 'lsb');
    for (const f of script.lsb.fields) {
      check(f.position, 'lsb field');
      check(f.namePosition, 'lsb name');
      check(f.valuePosition, 'lsb value');
    }
  }
  const sk = skeleton(text);
  if (sk.length !== text.length) throw new Error('skeleton changed the length');
}
