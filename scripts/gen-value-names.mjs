#!/usr/bin/env node
// Regenerates src/languages/systemd/values/kernel-names.json: the names that the
// value parsers of SystemCallFilter=, SystemCallArchitectures=, Personality=,
// SystemCallErrorNumber= and RestrictAddressFamilies= look up.
//
// From systemd's own source at every release tag (SYSTEMD_GIT_DIR, as for
// gen-directives): the system-call group names (`@system-service`, …) with the
// first release of each, the system-call names (systemd's syscall-list.txt, and
// the members of its groups), the architecture words of seccomp_arch_from_string()
// and of the architecture table Personality= uses, each with its first release.
// From this machine's C headers, as systemd's own build does
// (generate-errno-list.sh, generate-af-list.sh): the errno names `E…` of errno.h
// and the `AF_…` names of sys/socket.h.
//
//   SYSTEMD_GIT_DIR=/path/to/systemd.git npm run gen-value-names
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/languages/systemd/values/kernel-names.json');
const gitDir = process.argv[2] ?? process.env.SYSTEMD_GIT_DIR;
if (!gitDir) {
  console.error('usage: SYSTEMD_GIT_DIR=/path/to/systemd.git npm run gen-value-names');
  process.exit(2);
}

const git = (...argv) => execFileSync('git', ['--git-dir', gitDir, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28 });
function show(tag, path) {
  const r = spawnSync('git', ['--git-dir', gitDir, 'show', `${tag}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return r.status === 0 ? r.stdout : undefined;
}
const firstOf = (tag, paths) => paths.map((p) => show(tag, p)).find((t) => t !== undefined);

const tags = git('tag', '--list', 'v*')
  .split('\n')
  .map((t) => /^v(\d+)$/.exec(t.trim()))
  .filter((m) => m && Number(m[1]) >= 183)
  .map((m) => ({ tag: m[0], release: Number(m[1]) }))
  .sort((a, b) => a.release - b.release);

/** The body of the C function `name` (from its signature to the closing brace at column 0). */
function functionBody(source, name) {
  const start = source.search(new RegExp(`^[a-z].*\\b${name}\\(`, 'm'));
  if (start < 0) return '';
  const end = source.indexOf('\n}', start);
  return source.slice(start, end);
}

const SECCOMP = ['src/shared/seccomp-util.c'];
const PROCESS = ['src/basic/process-util.c', 'src/shared/util.c'];
const ARCHITECTURE = ['src/basic/architecture.c', 'src/shared/architecture.c'];
const SYSCALL_LISTS = ['src/include/override/sys/syscall-list.txt', 'src/basic/syscall-list.txt'];

const groups = {};
const seccompArchitectures = {};
const architectures = {};
const syscalls = new Set();
const note = (table, name, release) => {
  if (!(name in table)) table[name] = release;
};

for (const { tag, release } of tags) {
  const seccomp = firstOf(tag, SECCOMP);
  if (seccomp) {
    for (const m of seccomp.matchAll(/\.name = "(@[a-z0-9-]+)"/g)) note(groups, m[1], release);
    // Group members: the NUL-separated names of each `.value = "…\0" "…\0"` list.
    for (const m of seccomp.matchAll(/"([a-z0-9_]+)\\0"/g)) syscalls.add(m[1]);
    for (const m of functionBody(seccomp, 'seccomp_arch_from_string').matchAll(/streq\(n, "([^"]+)"\)/g)) note(seccompArchitectures, m[1], release);
  }
  const list = firstOf(tag, SYSCALL_LISTS);
  for (const name of list?.split('\n') ?? []) if (/^[a-z0-9_]+$/.test(name)) syscalls.add(name);
  // Personality=: before the architecture table was used, personality_from_string() named its words itself.
  const process = firstOf(tag, PROCESS);
  const personality = process ? functionBody(process, 'personality_from_string') : '';
  if (personality.includes('architecture_from_string')) {
    for (const m of (firstOf(tag, ARCHITECTURE) ?? '').matchAll(/\[ARCHITECTURE_[A-Z0-9_]+\]\s*=\s*"([^"]+)"/g)) note(architectures, m[1], release);
  } else {
    for (const m of personality.matchAll(/streq\(p, "([^"]+)"\)/g)) note(architectures, m[1], release);
  }
}

/** `#define` names of a header, as systemd's generate-*-list.sh scripts pick them. */
function macros(header, pattern, exclude) {
  const text = execFileSync('cpp', ['-dM', '-include', header, '-'], { input: '', encoding: 'utf8' });
  return [...new Set(text.split('\n').flatMap((l) => (pattern.test(l) && !exclude.test(l) ? [l.split(/\s+/)[1]] : [])))].sort();
}
const errnoNames = macros('errno.h', /^#define[ \t]+E[^ _]+[ \t]+/, /^#define\s+(ECANCELLED|EREFUSED|EFSBADCRC|EFSCORRUPTED)\b/);
const addressFamilies = macros('sys/socket.h', /^#define[ \t]+AF_[^ \t]+[ \t]+[AP]F_[^ \t]/, /AF_UNSPEC|AF_MAX/);

const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
const table = {
  generatedBy: 'npm run gen-value-names (scripts/gen-value-names.mjs): systemd source at every release tag, and errno.h/sys/socket.h of the generating machine',
  newest: tags[tags.length - 1].release,
  syscallGroups: sorted(groups),
  syscalls: [...syscalls].sort(),
  seccompArchitectures: sorted(seccompArchitectures),
  architectures: sorted(architectures),
  errnoNames,
  addressFamilies,
};
writeFileSync(out, JSON.stringify(table, null, 1) + '\n');
console.log(`${out}: ${Object.keys(groups).length} groups, ${syscalls.size} system calls, ${errnoNames.length} errno names, ${addressFamilies.length} address families`);
