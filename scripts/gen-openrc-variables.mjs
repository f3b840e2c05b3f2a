#!/usr/bin/env node
/**
 * Writes src/knowledge/openrc-variables.json: the variables openrc-run reads from a service script,
 * from two kinds of evidence in Debian's `openrc` package (fetched with `apt-get download`, unpacked
 * with `dpkg-deb -x`, never installed):
 *
 * - openrc-run(8): every `.It Ar NAME` entry of its variable list;
 * - the shell libraries openrc-run sources (`lib/rc/sh/openrc-run.sh`, `start-stop-daemon.sh`,
 *   `supervise-daemon.sh`, `s6.sh`, `runit.sh`, `rc-cgroup.sh`): every lower-case variable they
 *   expand that they do not declare `local` or assign themselves (those are their own working names).
 *
 * Plus the names the OpenRC service script guide (seed 001) uses. Each name keeps where it was seen.
 *   node scripts/gen-openrc-variables.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const LIBRARIES = ['openrc-run.sh', 'start-stop-daemon.sh', 'supervise-daemon.sh', 's6.sh', 'runit.sh', 'rc-cgroup.sh'];
/** Variables the guide (seed 001) assigns in its examples. */
const GUIDE = ['command', 'command_args', 'command_args_background', 'command_background', 'command_user', 'pidfile', 'procname', 'extra_commands', 'extra_started_commands', 'rc_need'];

/** Variables a shell library reads but does not set: `${name}`, `$name` minus locals and assignments. */
export function readVariables(source) {
  const code = source.replace(/^\s*#.*$/gm, '');
  const read = new Set([...code.matchAll(/\$\{?([a-z][a-z0-9_]*)/g)].map((m) => m[1]));
  const own = new Set();
  for (const m of code.matchAll(/\blocal\s+([^\n;|&]+)/g)) for (const w of m[1].split(/\s+/)) own.add(w.replace(/=.*$/, ''));
  for (const m of code.matchAll(/(?:^|[\s;])([a-z][a-z0-9_]*)=/gm)) own.add(m[1]);
  for (const m of code.matchAll(/\bfor\s+([a-z][a-z0-9_]*)/g)) own.add(m[1]);
  for (const m of code.matchAll(/\bread(?:\s+-\w+)*((?:\s+[a-z][a-z0-9_]*)+)/g)) for (const w of m[1].trim().split(/\s+/)) own.add(w);
  return [...read].filter((name) => !own.has(name));
}

/** `.It Ar name` entries of the page's variable list (from `extra_commands` on; the commands come before). */
export function pageVariables(source) {
  const from = source.indexOf('.It Ar extra_commands');
  const to = source.indexOf('.Sh', from);
  const list = from < 0 ? '' : source.slice(from, to < 0 ? undefined : to);
  return [...list.matchAll(/^\.It Ar ([a-z][a-z0-9_]*)\s*$/gm)].map((m) => m[1]);
}

function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'initlint-openrc-'));
  try {
    execFileSync('apt-get', ['download', '-qq', 'openrc'], { cwd: scratch, stdio: ['ignore', 'ignore', 'inherit'] });
    const deb = readdirSync(scratch).find((f) => f.startsWith('openrc_') && f.endsWith('.deb'));
    if (!deb) throw new Error('no openrc .deb');
    const version = deb
      .replace(/^openrc_/, '')
      .replace(/_[^_]*\.deb$/, '')
      .replace(/%3a/g, ':');
    execFileSync('dpkg-deb', ['-x', join(scratch, deb), join(scratch, 'x')]);
    const seen = new Map();
    const add = (name, where) => seen.set(name, [...(seen.get(name) ?? []), where]);
    const page = gunzipSync(readFileSync(join(scratch, 'x/usr/share/man/man8/openrc-run.8.gz'))).toString('utf8');
    for (const name of pageVariables(page)) add(name, 'openrc-run(8)');
    const shDir = ['x/lib/rc/sh', 'x/usr/lib/rc/sh', 'x/usr/libexec/rc/sh'].map((d) => join(scratch, d)).find((d) => existsSync(d));
    for (const lib of LIBRARIES) {
      const file = shDir && join(shDir, lib);
      if (!file || !existsSync(file)) continue;
      for (const name of readVariables(readFileSync(file, 'utf8'))) add(name, `sh/${lib}`);
    }
    for (const name of GUIDE) add(name, 'OpenRC service script guide (seed 001)');
    const variables = Object.fromEntries([...seen.keys()].sort().map((k) => [k, [...new Set(seen.get(k))]]));
    const out = { generatedBy: 'scripts/gen-openrc-variables.mjs', source: `Debian openrc ${version}: openrc-run(8) and lib/rc/sh`, variables };
    writeFileSync(new URL('../src/knowledge/openrc-variables.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
    console.log(`${Object.keys(variables).length} variables from openrc ${version}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
