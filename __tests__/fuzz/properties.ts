/**
 * Property checks shared by `npm test` (a small sample) and `npm run fuzz`
 * (100,000+ inputs per parser): parsers never throw, positions lie inside the
 * file and agree with offsets, fixes re-parse and are idempotent.
 */
import fc from 'fast-check';
import { parseUnit } from '../../src/languages/systemd/parse.js';
import { LineIndex } from '../../src/core/text.js';
import type { Position } from 'unist';

const REAL_UNIT = `[Unit]\nDescription=Demo %i\nAfter=network.target\nRequires=foo.socket\n\n[Service]\nType=forking\nExecStart=/bin/sh -c '/opt/x/bin/x-control start'\nExecReload=/bin/kill -HUP $MAINPID\nPIDFile=/var/run/x.pid\nEnvironment="A=1" B=2 \\\n# comment inside\n  C=3\n\n[Install]\nRequiredBy=multi-user.target\n`;

/** Lines that unit files are made of, including broken ones. */
const unitLine = fc.oneof(
  fc.constantFrom('[Unit]', '[Service]', '[Install]', '[Service ]', '[', ']', '[]', '# c', '; c', '', ' ', '\\', 'Key=\\', '=', 'ExecStart=/bin/sh -c "exec foo"', 'Type=notify', 'WantedBy=multi-user.target', '.include /x', 'A = b \\', '%i%%%'),
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
