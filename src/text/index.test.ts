import { describe, expect, it } from 'vitest';
import { LineIndex } from './index.js';

describe('LineIndex', () => {
  it('starts lines after \\n, \\r\\n, a lone \\r and \\n\\r (counted once), with or without \\r in the text', () => {
    expect(new LineIndex('a\nbb\n\nc').lineStarts).toEqual([0, 2, 5, 6]);
    expect(new LineIndex('a\r\nb\rc\n\rd').lineStarts).toEqual([0, 3, 5, 8]);
    expect(new LineIndex('').lineStarts).toEqual([0]);
    expect(new LineIndex('x\n').point(2)).toEqual({ line: 2, column: 1, offset: 2 });
  });

  it('of: the engine and the parser share the index of one text; another text gets its own', () => {
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
