import { closeSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fdWriter, isTerminal } from './fd-output.js';

/** A descriptor that takes at most `chunk` bytes a call, and throws `error` on the calls listed in `failOn` (1-based). */
function fakeFd(chunk: number, failOn: number[] = [], error = Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' })) {
  const written: number[] = [];
  let calls = 0;
  const write = (fd: number, data: Uint8Array, offset: number) => {
    expect(fd).toBe(1);
    calls++;
    if (failOn.includes(calls)) throw error;
    const part = data.subarray(offset, offset + chunk);
    written.push(...part);
    return part.length;
  };
  const streamed: string[] = [];
  const stream = () => ({ write: (b: string | Uint8Array) => streamed.push(Buffer.from(b).toString('utf8')) }) as unknown as NodeJS.WritableStream;
  return { write, stream, text: () => Buffer.from(written).toString('utf8'), streamed, calls: () => calls };
}

describe('fdWriter: the report written to the descriptor, the stream only when it refuses', () => {
  it('writes all of a text the descriptor takes in parts, multi-byte characters split across calls', () => {
    const fd = fakeFd(3);
    const out = fdWriter(1, fd.stream, fd.write);
    out('✖ 1 problem\n');
    out('ok\n');
    expect(fd.text()).toBe('✖ 1 problem\nok\n');
    expect(fd.streamed).toEqual([]);
    expect(out.streamed).toBe(false);
    expect(fd.calls()).toBe(6);
  });

  it('hands the rest to the stream when a write fails (EAGAIN on a full non-blocking pipe), and every later text too', () => {
    const fd = fakeFd(4, [3]);
    const out = fdWriter(1, fd.stream, fd.write);
    out('abcdefghijkl');
    expect(out.streamed).toBe(true);
    out('mn');
    expect(fd.text()).toBe('abcdefgh');
    expect(fd.streamed).toEqual(['ijkl', 'mn']);
    expect(fd.calls()).toBe(3);
  });

  it('hands a failure other than EAGAIN (EPIPE) to the stream as well, which reports it as before', () => {
    const fd = fakeFd(100, [1], Object.assign(new Error('EPIPE: broken pipe, write'), { code: 'EPIPE' }));
    fdWriter(1, fd.stream, fd.write)('[]\n');
    expect(fd.streamed).toEqual(['[]\n']);
  });
});

describe('isTerminal', () => {
  it('never builds the stream for a descriptor that is no character device (a closed one here)', () => {
    let asked = 0;
    expect(
      isTerminal(987, () => {
        asked++;
        return { isTTY: true };
      }),
    ).toBe(false);
    expect(asked).toBe(0);
  });

  it('never builds it for a regular file, and asks it for a character device (/dev/null: no TTY)', () => {
    const asked: string[] = [];
    const ask = (name: string, isTTY: boolean) => () => (asked.push(name), { isTTY });
    const file = openSync(import.meta.filename, 'r');
    const devNull = openSync('/dev/null', 'w');
    try {
      expect(isTerminal(file, ask('file', true))).toBe(false);
      expect(isTerminal(devNull, ask('null', false))).toBe(false);
      expect(asked).toEqual(['null']);
    } finally {
      closeSync(file);
      closeSync(devNull);
    }
  });
});
