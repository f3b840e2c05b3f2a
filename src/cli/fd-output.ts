/**
 * Writing to standard output and error without `process.stdout`/`process.stderr`: on a
 * pipe (a CI log, `| jq`, the bench) their first use builds a net.Socket, which loads
 * node:net and node:stream (~3 ms of a one-unit run, bench/README.md). A synchronous
 * write to the descriptor is what those streams do on Linux anyway (pipes and files are
 * written synchronously there). When the descriptor refuses (a non-blocking pipe that is
 * full: EAGAIN; a closed reader: EPIPE; anything else) the rest, and every later write,
 * goes through the stream, which waits for the pipe and reports errors as before.
 */
import { fstatSync, writeSync } from 'node:fs';

type Write = (fd: number, data: Uint8Array, offset: number) => number;

export interface FdWriter {
  (text: string): void;
  /** Whether some text went to the stream, which may still be writing it. */
  readonly streamed: boolean;
}

/** A writer of `fd` that falls back to `stream()` for good once a synchronous write fails. */
export function fdWriter(fd: number, stream: () => NodeJS.WritableStream, write: Write = writeSync): FdWriter {
  let streaming = false;
  const writer = (text: string) => {
    if (streaming) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      // writeSync may write part of the buffer (a signal, a pipe's capacity): go on from where it stopped.
      while (done < bytes.length) done += write(fd, bytes, done);
    } catch {
      streaming = true;
      stream().write(bytes.subarray(done));
    }
  };
  return Object.defineProperty(writer, 'streamed', { get: () => streaming }) as FdWriter;
}

/**
 * Whether `fd` may be a terminal, asked without building the stream when it cannot be one:
 * a pipe, a socket or a regular file is not; for a character device (a TTY, /dev/null) the
 * stream's own `isTTY` answers.
 */
export function isTerminal(fd: number, stream: () => { isTTY?: boolean }): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return stream().isTTY === true;
}
