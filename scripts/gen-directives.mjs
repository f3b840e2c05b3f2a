#!/usr/bin/env node
// Regenerates src/languages/systemd/directives.json from systemd's own source: the
// unit-file parser table (src/core/load-fragment-gperf.gperf.{m4,in}) and the enum
// string tables its parsers use, read at every release tag of a systemd git
// directory. Each section.key gets its parser, the parser's ltype argument, the
// first release that accepts it, and, for enum parsers, the first release that
// accepts each value.
//
//   SYSTEMD_GIT_DIR=/path/to/systemd.git npm run gen-directives   (or pass the path)
//   npm run gen-directives -- --check /path/to/systemd.git         (fail when stale)
//
// The JSON is committed, so linting never needs systemd or its source.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/languages/systemd/directives.json');
/** The systemd git directory read from (set by main, or by a test through useGitDir). */
let gitDir;
export function useGitDir(dir) {
  gitDir = dir;
}

/** The oldest tag scanned: the first systemd tag after udev merged in (v45…v182 were never tagged in git). */
const OLDEST = Number(process.env.GEN_DIRECTIVES_OLDEST ?? 183);
const GPERF_PATHS = ['src/core/load-fragment-gperf.gperf.in', 'src/core/load-fragment-gperf.gperf.m4', 'src/load-fragment-gperf.gperf.m4'];
const INSTALL_PATHS = ['src/shared/install.c', 'src/core/install.c', 'src/install.c'];
/** The words parse_boolean() accepts. */
const BOOLEAN_WORDS = ['1', 'yes', 'y', 'true', 't', 'on', '0', 'no', 'n', 'false', 'f', 'off'];

function git(...argv) {
  return execFileSync('git', ['--git-dir', gitDir, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** `git grep` that tolerates no match and blobs missing from a partial mirror. */
function grep(tag, pattern, paths = ['src/*.c', 'src/*.h'], extra = []) {
  const r = spawnSync('git', ['--git-dir', gitDir, 'grep', '-n', '-E', ...extra, '-e', pattern, tag, '--', ...paths], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return r.stdout ?? '';
}

const fileCache = new Map();
function show(tag, path) {
  const id = `${tag}:${path}`;
  if (!fileCache.has(id)) {
    const r = spawnSync('git', ['--git-dir', gitDir, 'show', id], { encoding: 'utf8', maxBuffer: 1 << 28 });
    fileCache.set(id, r.status === 0 ? r.stdout : undefined);
  }
  return fileCache.get(id);
}

/** Release tags vNNN from OLDEST on, oldest first (no -rc, no point releases: those add no keys). */
export function releaseTags() {
  return git('tag', '--list', 'v*')
    .split('\n')
    .map((t) => /^v(\d+)$/.exec(t.trim()))
    .filter((m) => m && Number(m[1]) >= OLDEST)
    .map((m) => ({ tag: m[0], release: Number(m[1]) }))
    .sort((a, b) => a.release - b.release);
}

const ENTRY = /^[`']*(\$1|\{\{\s*type\s*\}\}|[A-Z][A-Za-z]*)\.([A-Za-z0-9]+)\s*,\s*([A-Za-z0-9_]+)\s*,\s*([^,]+?)\s*,/;
const M4_CALL = /^([A-Z_]+_CONFIG_ITEMS)\((\w+)\)/;
const JINJA_CALL = /^\{\{\s*([A-Z_]+_CONFIG_ITEMS)\('(\w+)'\)\s*\}\}/;

/** The gperf text's macro definitions: name → entry lines with a `$1`/`{{type}}` section. */
function gperfMacros(lines) {
  const macros = new Map();
  let current;
  for (const line of lines) {
    const start = /^m4_define\(`([A-Z_]+)'/.exec(line) ?? /^\{%-?\s*macro\s+([A-Z_]+)\(/.exec(line);
    if (start) {
      current = [];
      macros.set(start[1], current);
    } else if (/^\)m4_dnl/.test(line) || /^\{%-?\s*endmacro/.test(line)) {
      current = undefined;
    } else if (current) {
      current.push(line);
    }
  }
  return macros;
}

/** Every section.key of one gperf text → { parser, ltype } with the macro sections expanded. */
export function parseGperf(text) {
  const lines = text.split('\n');
  const macros = gperfMacros(lines);
  const body = lines.slice(lines.indexOf('%%') + 1);
  /** @type {Map<string, {parser: string, ltype: string}>} */
  const entries = new Map();
  /** Each macro's keys (EXEC_CONTEXT_CONFIG_ITEMS → WorkingDirectory, …). */
  const groups = new Map();
  entries.groups = groups;
  const add = (section, key, parser, ltype) => {
    const id = `${section}.${key}`;
    const old = entries.get(id);
    // A compiled-out stub (`m4_ifdef`/`{% else %}` branch) never replaces the real parser.
    if (old && ltype === 'DISABLED_CONFIGURATION') return;
    entries.set(id, { parser, ltype });
  };
  const addLine = (line, section) => {
    const m = ENTRY.exec(line.trim());
    if (m) add(section ?? m[1], m[2], m[3], m[4]);
  };
  let inMacro = false;
  for (const line of body) {
    if (/^m4_define\(/.test(line) || /^\{%-?\s*macro/.test(line)) inMacro = true;
    if (inMacro) {
      if (/^\)m4_dnl/.test(line) || /^\{%-?\s*endmacro/.test(line)) inMacro = false;
      continue;
    }
    const call = M4_CALL.exec(line) ?? JINJA_CALL.exec(line.trim());
    if (call) {
      for (const l of macros.get(call[1]) ?? []) addLine(l, call[2]);
      groups.set(call[1], (macros.get(call[1]) ?? []).map((l) => ENTRY.exec(l.trim())?.[2]).filter(Boolean));
    } else {
      addLine(line);
    }
  }
  return entries;
}

/** [Install] keys are parsed by install.c, not by the gperf table: key → parser. */
function installParsers(tag) {
  const text = INSTALL_PATHS.map((p) => show(tag, p)).find(Boolean) ?? '';
  const parsers = new Map();
  for (const m of text.matchAll(/\{\s*"Install",\s*"(\w+)",\s*(\w+),\s*([^,]+?)\s*,/g)) parsers.set(m[1], { parser: m[2], ltype: m[3] });
  return parsers;
}

/** Every section.key systemd accepts at `tag`. */
function keysAt(tag) {
  const path = GPERF_PATHS.find((p) => show(tag, p) !== undefined);
  if (!path) throw new Error(`gen-directives: no load-fragment gperf at ${tag}`);
  const entries = parseGperf(show(tag, path));
  for (const [key, info] of installParsers(tag)) entries.set(`Install.${key}`, info);
  return entries;
}

/** A C function's text: from its definition line to its closing brace. */
export function functionBody(text, name) {
  const start = text.search(new RegExp(`^(?:static )?int ${name}\\(`, 'm'));
  if (start < 0) return undefined;
  const end = text.indexOf('\n}', start);
  return text.slice(start, end < 0 ? undefined : end);
}

const SOURCE_PATHS = ['src/core/*.c', 'src/core/*.h', 'src/shared/*.c', 'src/shared/*.h', 'src/basic/*.c', 'src/basic/*.h'];

/**
 * One `git grep` per tag finds where every parser function, parse_ helper and string
 * table is defined, the enum-parser macros, and which tables also take booleans.
 */
function sourceIndex(tag) {
  const text = grep(tag, '^(static )?int (config_parse_\\w+|parse_\\w+)\\(|_table\\[[^]]*\\] *= *\\{|DEFINE_CONFIG_PARSE_ENUM[A-Z_]*\\(|STRING_TABLE_LOOKUP_WITH_BOOLEAN\\(', SOURCE_PATHS, ['-A2']);
  const index = { functions: new Map(), tables: new Map(), enumParsers: new Map(), withBoolean: new Set() };
  const hits = text.split('\n');
  for (let i = 0; i < hits.length; i++) {
    const m = /^[^:]+:([^:]+):\d+:(.*)$/.exec(hits[i]);
    if (!m) continue;
    const [, file, line] = m;
    const fn = /^(?:static )?int ((?:config_)?parse_\w+)\(/.exec(line);
    if (fn && !index.functions.has(fn[1])) index.functions.set(fn[1], file);
    const table = /\b(\w+)_table\[[^\]]*\] *= *\{/.exec(line);
    if (table && !index.tables.has(table[1])) index.tables.set(table[1], file);
    const bool = /STRING_TABLE_LOOKUP_WITH_BOOLEAN\(\s*(\w+)/.exec(line);
    if (bool) index.withBoolean.add(bool[1]);
    if (/DEFINE_CONFIG_PARSE_ENUM[A-Z_]*\(/.test(line)) {
      // The macro's arguments may continue on the next lines (the -A2 context).
      const joined = [line, ...hits.slice(i + 1, i + 3).map((h) => h.replace(/^[^:]+:[^:]+-\d+-/, ''))].join(' ');
      const e = /DEFINE_CONFIG_PARSE_ENUM([A-Z_]*)\(\s*(config_parse_\w+)\s*,\s*(\w+)/.exec(joined);
      if (e) index.enumParsers.set(e[2], e[1] === '_FULL' ? e[3].replace(/_from_string.*$/, '') : e[3]);
    }
  }
  return index;
}

/** The string table each enum parser looks its value up in: parser → { lookup, booleans (tried parse_boolean first) }. */
function enumLookups(tag, index, parsers) {
  const lookups = new Map();
  for (const parser of parsers) {
    const lookup = index.enumParsers.has(parser) ? { lookup: index.enumParsers.get(parser), booleans: false } : lookupIn(tag, index, parser);
    if (lookup) lookups.set(parser, lookup);
  }
  return lookups;
}

/** Lookup names a parser never selects its whole value with (they parse parts or other things). */
const NOT_THE_VALUE =
  /^(unit_dependency|signal|runtime_scope|errno|exec_directory_type|unit_type|rlimit|cg_controller|af|capability|seccomp_arch|syscall|exec_command_flags|protocol|job_type|unit_name)$/;

/** Table lookups of the whole value: `X_from_string(rvalue)` (not of the key name or of one word of a list). */
const lookupsIn = (body, arg) => [...body.matchAll(new RegExp(`\\b(\\w+?)_from_string(?:_harder)?\\(\\s*${arg}\\s*[,)]`, 'g'))].map((m) => m[1]);

/** The one lookup a hand-written parser does on its value, itself or through a parse_ helper given the value. */
function lookupIn(tag, index, parser) {
  const file = index.functions.get(parser);
  if (!file) return undefined;
  const body = functionBody(show(tag, file) ?? '', parser) ?? '';
  const found = new Set(lookupsIn(body, 'rvalue'));
  for (const helper of body.matchAll(/\b(parse_[a-z_]+)\(\s*rvalue\b/g)) {
    const where = index.functions.get(helper[1]);
    const helperBody = where ? (functionBody(show(tag, where) ?? '', helper[1]) ?? '') : '';
    for (const l of lookupsIn(helperBody, '\\w+')) found.add(l);
  }
  const candidates = [...found].filter((n) => !NOT_THE_VALUE.test(n));
  if (candidates.length !== 1) return undefined;
  // Before the _WITH_BOOLEAN tables, parsers tried parse_boolean(rvalue) first by hand.
  return { lookup: candidates[0], booleans: /\bparse_boolean\(\s*rvalue\s*\)/.test(body) };
}

/** The words of each string table at `tag`: lookup → { words, booleans }. */
function stringTables(tag, index, lookups) {
  const tables = new Map();
  for (const lookup of new Set(lookups)) {
    const name = lookup.replace(/_or_bool$/, '');
    const file = index.tables.get(name);
    const text = file ? (show(tag, file) ?? '') : '';
    const at = text.search(new RegExp(`\\b${name}_table\\[[^\\]]*\\] *= *\\{`));
    if (at < 0) continue;
    const block = text.slice(at, text.indexOf('};', at));
    const words = [...block.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
    tables.set(lookup, { words, booleans: index.withBoolean.has(name) || name !== lookup });
  }
  return tables;
}

/** Everything one tag accepts: section.key → { parser, ltype, lookup?, words?: Set } */
export function scanTag(tag) {
  const keys = keysAt(tag);
  const parsers = [...new Set([...keys.values()].map((k) => k.parser).filter((p) => p.startsWith('config_parse_')))];
  const index = sourceIndex(tag);
  const lookups = enumLookups(tag, index, parsers);
  const tables = stringTables(
    tag,
    index,
    [...lookups.values()].map((l) => l.lookup),
  );
  for (const info of keys.values()) {
    const found = lookups.get(info.parser);
    const table = found && tables.get(found.lookup);
    if (table) {
      info.lookup = found.lookup;
      info.words = new Set([...table.words, ...(table.booleans || found.booleans ? BOOLEAN_WORDS : [])]);
    } else if (info.parser === 'config_parse_bool') {
      info.words = new Set(BOOLEAN_WORDS);
    }
  }
  return keys;
}

/** Folds the per-tag scans into one record per section.key, oldest release first. */
export function history(scans) {
  const table = new Map();
  for (const { release, keys } of scans) {
    for (const [id, info] of keys) {
      let row = table.get(id);
      if (!row) table.set(id, (row = { since: release, words: new Map() }));
      row.last = release;
      row.current = info;
      const ignored = info.parser === 'config_parse_warn_compat' && info.ltype === 'DISABLED_LEGACY';
      const alias = /^config_parse_obsolete/.test(info.parser);
      if ((ignored || alias) && row.deprecatedSince === undefined) row.deprecatedSince = release;
      if (!ignored && !alias) row.deprecatedSince = undefined;
      for (const w of info.words ?? []) if (!row.words.has(w)) row.words.set(w, release);
      // A word the key accepted before and no longer does: the first release without it.
      for (const w of row.words.keys()) if (!info.words?.has(w) && !row.wordsRemoved?.has(w)) (row.wordsRemoved ??= new Map()).set(w, release);
      for (const w of info.words ?? []) row.wordsRemoved?.delete(w);
    }
  }
  return table;
}

/** One section.key as stored: only what the newest release says, plus the releases. */
export function record(row, newest, scanned = releases) {
  const { parser, ltype, lookup, words } = row.current;
  const out = { parser };
  if (ltype && ltype !== '0') out.ltype = ltype;
  out.since = row.since;
  if (row.last < newest) out.removed = scanned.find((r) => r > row.last);
  if (row.deprecatedSince !== undefined) {
    out.deprecated = parser === 'config_parse_warn_compat' ? 'ignored' : 'alias';
    out.deprecatedSince = row.deprecatedSince;
  }
  if (lookup && words) {
    out.lookup = lookup;
    // Boolean words are folded into `booleans`, the release since which all of them are accepted.
    const takesBooleans = BOOLEAN_WORDS.every((w) => words.has(w));
    const values = {};
    for (const w of [...words].sort()) if (!(takesBooleans && BOOLEAN_WORDS.includes(w))) values[w] = row.words.get(w);
    if (takesBooleans) out.booleans = Math.max(...BOOLEAN_WORDS.map((w) => row.words.get(w)));
    out.values = values;
    const removed = [...(row.wordsRemoved ?? [])].filter(([w]) => !BOOLEAN_WORDS.includes(w)).sort();
    if (removed.length > 0) out.valuesRemoved = Object.fromEntries(removed);
  }
  return out;
}

export let releases = [];

// Which sections a unit file of each type may have (systemd.unit(5) and the per-type pages).
const unitTypes = {
  service: ['Unit', 'Service', 'Install'],
  socket: ['Unit', 'Socket', 'Install'],
  mount: ['Unit', 'Mount', 'Install'],
  automount: ['Unit', 'Automount', 'Install'],
  swap: ['Unit', 'Swap', 'Install'],
  timer: ['Unit', 'Timer', 'Install'],
  path: ['Unit', 'Path', 'Install'],
  slice: ['Unit', 'Slice', 'Install'],
  scope: ['Unit', 'Scope', 'Install'],
  target: ['Unit', 'Install'],
  device: ['Unit', 'Install'],
};

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  useGitDir(args.find((a) => !a.startsWith('--')) ?? process.env.SYSTEMD_GIT_DIR);
  if (!gitDir || !existsSync(gitDir)) {
    console.error('gen-directives: give a systemd git directory (argument or SYSTEMD_GIT_DIR)');
    process.exit(1);
  }
  const tags = releaseTags();
  releases = tags.map((t) => t.release);
  const scans = tags.map(({ tag, release }) => {
    process.stderr.write(`\r${tag} `);
    return { release, keys: scanTag(tag) };
  });
  process.stderr.write('\n');
  const newest = releases[releases.length - 1];
  const rows = history(scans);
  const sections = {};
  for (const id of [...rows.keys()].sort()) {
    const [section, key] = id.split('.');
    (sections[section] ??= {})[key] = record(rows.get(id), newest);
  }
  const groups = {};
  for (const [macro, keys] of scans[scans.length - 1].keys.groups)
    groups[
      macro
        .replace(/_CONFIG_ITEMS$/, '')
        .replace(/_CONTEXT$/, '')
        .toLowerCase()
    ] = [...new Set(keys)].sort();
  const sectionsNow = [...new Set([...scans[scans.length - 1].keys.keys()].map((id) => id.split('.')[0]))].sort();
  const body = render({ oldest: releases[0], newest, tags: tags.map((t) => t.tag), sectionsNow, groups, sections });
  if (check) {
    const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (current !== body) {
      console.error(`gen-directives: ${out} is out of date; run npm run gen-directives`);
      process.exit(1);
    }
    console.log('gen-directives: up to date');
    return;
  }
  writeFileSync(out, body);
  summarize(sections, tags.length, newest);
}

/** One line per section.key keeps the diff of a regeneration readable. */
function render({ oldest, newest, tags, sectionsNow, groups, sections }) {
  const lines = [
    '{',
    '  "generatedBy": "npm run gen-directives (scripts/gen-directives.mjs) from systemd\'s src/core/load-fragment-gperf.gperf.{m4,in}, src/shared/install.c and the enum string tables, at every release tag",',
    `  "oldest": ${oldest},`,
    `  "newest": ${newest},`,
    `  "tags": ${JSON.stringify(tags)},`,
    `  "unitTypes": ${JSON.stringify(unitTypes)},`,
    `  "sectionsNow": ${JSON.stringify(sectionsNow)},`,
    `  "groups": {`,
    Object.entries(groups)
      .map(([g, keys]) => `    ${JSON.stringify(g)}: ${JSON.stringify(keys)}`)
      .join(',\n'),
    '  },',
    '  "sections": {',
  ];
  const names = Object.keys(sections);
  names.forEach((s, i) => {
    lines.push(`    ${JSON.stringify(s)}: {`);
    const keys = Object.keys(sections[s]);
    keys.forEach((k, j) => lines.push(`      ${JSON.stringify(k)}: ${JSON.stringify(sections[s][k])}${j < keys.length - 1 ? ',' : ''}`));
    lines.push(`    }${i < names.length - 1 ? ',' : ''}`);
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}

function summarize(sections, tagCount, newest) {
  const all = Object.entries(sections).flatMap(([s, keys]) => Object.entries(keys).map(([k, v]) => ({ id: `${s}.${k}`, ...v })));
  const live = all.filter((r) => !r.removed);
  const parsers = new Set(live.map((r) => r.parser));
  const enums = live.filter((r) => r.values);
  console.log(
    `gen-directives: ${tagCount} tags (v${releases[0]}…v${newest}); ${live.length} section.keys at v${newest} ` +
      `(${new Set(live.map((r) => r.id.split('.')[1])).size} distinct keys), ${parsers.size} parsers, ${enums.length} with enum values; ` +
      `${live.filter((r) => r.since > 252).length} added after 252; ${all.length - live.length} removed before v${newest}`,
  );
}

// Run as a script (npm run gen-directives); tests import the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
