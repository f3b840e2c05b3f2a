// One whole-process run under /usr/bin/time, shared by scripts/bench.mjs and bench/pair.mjs.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TIME = '/usr/bin/time';

/** One run of `argv` in `cwd`: wall s, CPU s (user + sys, children included), peak RSS MiB of the largest process. */
export function timeOnce(argv, cwd) {
  const stats = join(tmpdir(), `initlint-bench-${process.pid}.time`);
  const start = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '%M %U %S', '-o', stats, ...argv], { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.error) throw r.error;
  const [kib, user, sys] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(stats);
  return { wall, cpu: user + sys, mib: kib / 1024 };
}

/** The middle value (the upper one of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
