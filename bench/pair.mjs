#!/usr/bin/env node
// Paired whole-process timing for the side-by-side figures in bench/*.md:
//   node bench/pair.mjs [-n RUNS] --vs 'COMMAND B' -- COMMAND A [ARG ...]
// Runs A and B in turn RUNS times (default 15) after one warm-up of each, every run a whole
// process under /usr/bin/time, and prints medians (min–max) of wall, CPU and peak RSS, and the
// median of the per-pair ratios A/B: a pair's two runs see the same machine load, so the ratio
// holds when the shared machine's speed drifts. B is split on spaces (no shell, no quoting).
import { median, timeOnce } from './timing.mjs';

function parseArgs(argv) {
  const dash = argv.indexOf('--');
  const options = dash < 0 ? [] : argv.slice(0, dash);
  const a = dash < 0 ? [] : argv.slice(dash + 1);
  const runsAt = options.indexOf('-n');
  const vsAt = options.indexOf('--vs');
  const runs = runsAt >= 0 ? Number(options[runsAt + 1]) : 15;
  const b = vsAt >= 0 ? options[vsAt + 1].split(' ').filter(Boolean) : [];
  if (!a.length || !b.length || !Number.isInteger(runs) || runs < 1) {
    console.error("usage: node bench/pair.mjs [-n RUNS] --vs 'COMMAND B' -- COMMAND A [ARG ...]");
    process.exit(2);
  }
  return { runs, a, b };
}

const once = (argv) => timeOnce(argv, process.cwd());
const spread = (xs, digits) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

const { runs, a, b } = parseArgs(process.argv.slice(2));
once(a);
once(b);
const as = [];
const bs = [];
for (let i = 0; i < runs; i++) {
  as.push(once(a));
  bs.push(once(b));
}
for (const [name, rs] of [
  ['A', as],
  ['B', bs],
]) {
  console.log(
    `${name} wall s ${spread(
      rs.map((r) => r.wall),
      3,
    )}  cpu s ${spread(
      rs.map((r) => r.cpu),
      3,
    )}  peak MiB ${spread(
      rs.map((r) => r.mib),
      1,
    )}`,
  );
}
const ratio = (key) =>
  spread(
    as.map((r, i) => r[key] / bs[i][key]),
    2,
  );
console.log(`A/B wall ${ratio('wall')}  cpu ${ratio('cpu')}  (${runs} pairs)`);
