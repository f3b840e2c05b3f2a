// The hostile inputs of issue 17, as generators: the reliability tests, the
// fuzz suite and bench/hostile.mjs build the same files from here. Plain
// TypeScript with no imports, so Node runs it as it is (type stripping).

export interface HostileInput {
  /** What the input attacks, for test names and the bench table. */
  name: string;
  path: string;
  text: string;
}

const control = (start: string) => `${start}\ncase "$1" in\n  start) for i in $V0; do /usr/sbin/$i; done ;;\nesac\n`;

/** `V9=$(…)`, `V8="$V9 $V9 …"` … `for i in $V0`: exponential when expanded naively (430 bytes took 19 s). */
export function expansionChain(width = 6, levels = 9): HostileInput {
  const lines = ['#!/bin/sh', `V${levels}=$(cat /etc/daemons)`];
  for (let k = levels - 1; k >= 0; k--) lines.push(`V${k}="${Array.from({ length: width }, () => `$V${k + 1}`).join(' ')}"`);
  return { name: `expansion chain (${levels} levels of ${width})`, path: 'chain-control', text: control(lines.join('\n')) };
}

/** `A="$A$A"` n times: 2^n characters when resolved (24 crashed a run with `Invalid string length`). */
export function doublingStrings(n = 24, width = 2): HostileInput {
  const lines = ['#!/bin/sh', 'A=x', ...Array.from({ length: n }, () => `A="${'$A'.repeat(width)}"`), 'V0="a-x b-x $A"'];
  return { name: `doubling strings (${n} × ${width})`, path: 'double-control', text: control(lines.join('\n')) };
}

/** A unit of one line repeated, each with a finding (fingerprinting split the file once per finding). */
export function repeatedFindings(kb = 120): HostileInput {
  const line = 'PIDFile=/var/run/x.pid\n';
  return { name: `${kb} KB of repeated findings`, path: 'repeat.service', text: `[Service]\nExecStart=/usr/bin/x\n${line.repeat(Math.ceil((kb * 1024) / line.length))}` };
}

/** Thousands of unknown keys (each searched for a near miss). */
export function unknownKeys(kb = 100): HostileInput {
  const keys: string[] = [];
  for (let i = 0, size = 0; size < kb * 1024; i++) {
    const line = `Unknwn${i}=x\n`;
    keys.push(line);
    size += line.length;
  }
  return { name: `${kb} KB of unknown keys`, path: 'unknown.service', text: `[Service]\nExecStart=/usr/bin/x\n${keys.join('')}` };
}

/** One directive continued over `kb` KB of `\` lines. */
export function continuationChain(kb = 1000): HostileInput {
  const piece = 'a \\\n';
  return { name: `${kb} KB continuation chain`, path: 'cont.service', text: `[Service]\nExecStart=/bin/echo \\\n${piece.repeat(Math.ceil((kb * 1024) / piece.length))}b\n` };
}

/** `$(` nested `depth` times (shellcheck grew to gigabytes on 7 KB). */
export function nestedSubstitutions(depth = 3500): HostileInput {
  return {
    name: `${depth} nested $( )`,
    path: 'nested-control',
    text: `#!/bin/sh\n### BEGIN INIT INFO\n# Provides: nested\n### END INIT INFO\nX=${'$('.repeat(depth)}${')'.repeat(depth)}\ncase "$1" in start) echo ;; esac\n`,
  };
}

/** A very long single line. */
export function longLine(kb = 900): HostileInput {
  return { name: `${kb} KB line`, path: 'long.service', text: `[Service]\nExecStart=/usr/bin/x ${'a'.repeat(kb * 1024)}\n` };
}

/** Every input above at the size the issue reports. */
export function hostileInputs(): HostileInput[] {
  return [expansionChain(), doublingStrings(), repeatedFindings(), unknownKeys(), continuationChain(), nestedSubstitutions(), longLine()];
}

/** A file with one known finding that every run must still report next to a hostile one. */
export const WITNESS = {
  path: 'witness.service',
  text: '[Unit]\nDescription=w\n[Service]\nExecStart=/usr/bin/w\n[Install]\nRequiredBy=multi-user.target\n',
  ruleId: 'systemd/required-by-target',
};
