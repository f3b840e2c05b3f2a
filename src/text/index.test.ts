import { describe, expect, it } from 'vitest';
import { LineIndex } from './index.js';

describe('LineIndex line starts', () => {
  it('finds every \\n of a text without \\r', () => {
    expect(new LineIndex('').lineStarts).toEqual([0]);
    expect(new LineIndex('a').lineStarts).toEqual([0]);
    expect(new LineIndex('ab\ncd\n').lineStarts).toEqual([0, 3, 6]);
    expect(new LineIndex('\n\nx').lineStarts).toEqual([0, 1, 2]);
  });

  it('counts \\r\\n and \\n\\r once and a lone \\r as a line end', () => {
    expect(new LineIndex('a\r\nb\r\n').lineStarts).toEqual([0, 3, 6]);
    expect(new LineIndex('a\n\rb').lineStarts).toEqual([0, 3]);
    expect(new LineIndex('a\rb\rc').lineStarts).toEqual([0, 2, 4]);
    expect(new LineIndex('a\n\r\nb').lineStarts).toEqual([0, 2, 4]);
  });

  it('gives the same starts with and without \\r where \\r changes nothing but the line end', () => {
    const lf = 'x=1\n\ny() {\n  :\n}\n';
    const crlf = lf.replaceAll('\n', '\r\n');
    const lfStarts = new LineIndex(lf).lineStarts;
    const crlfStarts = new LineIndex(crlf).lineStarts;
    expect(crlfStarts).toHaveLength(lfStarts.length);
    expect(crlfStarts.map((s, i) => s - i)).toEqual(lfStarts);
  });
});

describe('LineIndex.of', () => {
  it('the engine and the parser share the index of one text; another text gets its own', () => {
    const text = 'one\ntwo\n';
    const first = LineIndex.of(text);
    expect(LineIndex.of(text)).toBe(first);
    const other = LineIndex.of('three\n');
    expect(other).not.toBe(first);
    expect(other.lineStarts).toEqual([0, 6]);
    expect(LineIndex.of(text)).not.toBe(other);
    expect(LineIndex.of(text).lineStarts).toEqual(first.lineStarts);
  });
});
