/**
 * Recall of `systemd-analyze verify` on systemd's own unit files (units/,
 * test/, the unit-file fuzz corpus; bench/systemd-corpus.sh extracts them):
 * every value error verify logs at a line and every unit it refuses, against
 * initlint's findings on the same text. Test-only; the figures go to
 * bench/verify-parity.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { isUnitPath } from '../../src/core/classify.js';
import { keyInfo } from '../../src/languages/systemd/directives.js';
import { parseUnit } from '../../src/languages/systemd/parse.js';
import { ENUM_PARSERS } from '../../src/languages/systemd/values/enums.js';
import kernelNames from '../../src/languages/systemd/values/kernel-names.json' with { type: 'json' };
import { lintFiles } from '../../src/linter/index.js';

export const CORPUS = join(import.meta.dirname, '../../bench/.cache/systemd-corpus');
export const GROUPS = ['units', 'test', 'fuzz', 'debian', 'packaged'] as const;
/** Debian's units (bench/corpus.sh), a fourth group when that cache is there too. */
const DEBIAN = join(import.meta.dirname, '../../bench/.cache/corpus');
/** Units of Gentoo overlays, pmaports and upstream repositories (bench/packaged-units.sh), a fifth. */
const PACKAGED = join(import.meta.dirname, '../../bench/.cache/packaged-units');

export interface CorpusFile {
  group: string;
  /** Path under the group, as written to the scratch tree (`.in` dropped, fuzz files named by their type). */
  path: string;
  text: string;
  /** Lines (1-based) that hold a build-template placeholder (`{{…}}`, `@name@`): not systemd's to judge. */
  placeholders: Set<number>;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = lstatSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile()) out.push(p);
  }
  return out;
}

/** meson's `{{VAR}}` placeholders stand for absolute directories or plain words. */
export const expandTemplate = (text: string) => text.replace(/\{\{[^}]*\}\}/g, (m) => (/DIR|PATH|BIN/.test(m) ? '/usr/lib/x' : '1'));

/** The corpus as unit files, or [] when the cache is absent. */
export function corpusFiles(): CorpusFile[] {
  if (!existsSync(join(CORPUS, '.complete'))) return [];
  const out: CorpusFile[] = [];
  for (const group of GROUPS) {
    const root = group === 'debian' ? DEBIAN : group === 'packaged' ? PACKAGED : join(CORPUS, group);
    if (!existsSync(root)) continue;
    for (const file of walk(root)) {
      if (group === 'debian' && !/\/(lib|usr\/lib|etc)\/systemd\/system\//.test(file)) continue;
      let path = relative(root, file).replace(/\.in$/, '');
      let text = readFileSync(file, 'utf8');
      if (group === 'fuzz') {
        // The fuzzer's first line names the unit type.
        const nl = text.indexOf('\n');
        const type = text.slice(0, nl).trim();
        if (!/^[a-z]+$/.test(type)) continue;
        text = text.slice(nl + 1);
        if (!isUnitPath(path)) path = `${path}.${type}`;
      }
      if (!isUnitPath(path) || text.includes('\0')) continue;
      // Avahi service definitions (XML) and D-Bus activation files share the `.service` suffix but are not units.
      if (group === 'packaged' && (/^\s*</.test(text) || text.includes('[D-BUS Service]'))) continue;
      const placeholders = new Set(text.split('\n').flatMap((l, i) => (/\{\{|@[A-Za-z_][A-Za-z0-9_-]*@/.test(l) ? [i + 1] : [])));
      out.push({ group, path, text: group === 'units' ? expandTemplate(text) : text, placeholders });
    }
  }
  return out;
}

export interface Diagnostic {
  group: string;
  path: string;
  /** 0 for a unit-level refusal. */
  line: number;
  message: string;
  kind: 'value' | 'structural';
  /** Why it is left out of the recall (a key or value newer than systemd 252), if it is. */
  excluded?: string;
}

const VALUE = /(, ignoring|[Ii]nvalid|out of range|Failed to parse)/;
const NOT_VALUE =
  /Unknown (key|section|lvalue)|Missing '='|section header|outside of section|Failed to resolve unit specifiers|is not supported for this unit type|line too long|Unit configuration has fatal error/i;

/**
 * Diagnostics that depend on the host rather than on the unit: a personality
 * that names an architecture other than the host's, a system call that systemd
 * lists but the host's libseccomp does not know, interface names longer than
 * 15 characters (alternative names, accepted from systemd 256 on). A name no
 * architecture or system-call list has is the unit's own mistake, and counted.
 */
function hostDependent(message: string): boolean {
  const personality = /^Failed to parse personality, ignoring: (\S+)/.exec(message);
  if (personality) return personality[1] in kernelNames.architectures;
  const syscall = /^Failed to parse system call, ignoring: (\S+)/.exec(message) ?? /^System call (\S+) is not known/.exec(message);
  if (syscall) return kernelNames.syscalls.includes(syscall[1]);
  return /Invalid interface name/.test(message);
}

/**
 * `%i`/`%I` on the line of a file whose name in the repository is not a
 * template (Gentoo's `files/foo_at.service`, installed as `foo@.service`):
 * verify expands it to nothing, which says nothing about the installed unit.
 */
function instanceOfNonTemplate(f: CorpusFile, line: number): boolean {
  return !f.path.slice(f.path.lastIndexOf('/') + 1).includes('@') && /%[iI]/.test(f.text.split('\n')[line - 1] ?? '');
}

/** Is the key or word on this line newer than `version`? */
function newerThan(text: string, path: string, line: number, version: number): string | undefined {
  const { tree } = parseUnit(text, path);
  for (const s of tree.children) {
    for (const d of s.children) {
      if (d.type !== 'directive' || d.position.start.line !== line) continue;
      const info = keyInfo(s.name, d.key);
      if (!info) return `unknown key ${d.key}=`;
      if (info.since > version) return `${d.key}= added in ${info.since}`;
      const since = info.values?.[d.value] ?? ENUM_PARSERS[info.parser]?.since?.[d.value];
      if (since && since > version) return `${d.key}=${d.value} added in ${since}`;
      if (info.booleans && info.booleans > version && /^(1|yes|y|true|t|on|0|no|n|false|f|off)$/i.test(d.value)) return `${d.key}= booleans added in ${info.booleans}`;
    }
  }
  return undefined;
}

/** Runs verify directory by directory (units see their neighbours, as in the source tree). */
export function verifyDiagnostics(files: CorpusFile[], version: number): Diagnostic[] {
  const scratch = mkdtempSync(join(tmpdir(), 'initlint-verify-corpus-'));
  try {
    const byDir = new Map<string, CorpusFile[]>();
    for (const f of files) {
      const full = join(scratch, f.group, f.path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, f.text);
      const dir = dirname(full);
      byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
    }
    const out: Diagnostic[] = [];
    for (const [dir, list] of byDir) {
      const names = list.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1));
      const run = spawnSync('systemd-analyze', ['verify', '--man=no', '--recursive-errors=no', ...names], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, SYSTEMD_LOG_COLOR: '0' },
      });
      const byName = new Map(list.map((f) => [f.path.slice(f.path.lastIndexOf('/') + 1), f]));
      for (const raw of `${run.stderr ?? ''}\n${run.stdout ?? ''}`.split('\n')) {
        const at = /^(?:.*\/)?([^/:\s]+):(\d+): (.*)$/.exec(raw);
        if (at) {
          const f = byName.get(at[1]);
          if (!f || !VALUE.test(at[3]) || NOT_VALUE.test(at[3])) continue;
          const line = Number(at[2]);
          const excluded = f.placeholders.has(line)
            ? 'a build-template placeholder line'
            : f.group === 'packaged' && instanceOfNonTemplate(f, line)
              ? 'an instance specifier in a file that is not named as a template here (the package installs it as NAME@.service)'
              : hostDependent(at[3])
                ? 'depends on the host (architecture, libseccomp, kernel)'
                : newerThan(f.text, f.path, line, version);
          out.push({ group: f.group, path: f.path, line, message: at[3], kind: 'value', excluded });
          continue;
        }
        const unit = /^([^/:\s]+): (.*Refusing\.)$/.exec(raw);
        const f = unit && byName.get(unit[1]);
        if (f) out.push({ group: f.group, path: f.path, line: 0, message: unit![2], kind: 'structural' });
      }
    }
    // A refusal that follows from a value systemd 252 did not know yet (SuccessAction=halt-force) is excluded too.
    for (const d of out) {
      if (d.kind !== 'structural') continue;
      const cause = out.find((v) => v.kind === 'value' && v.excluded && v.group === d.group && v.path === d.path);
      if (cause) d.excluded = `follows from line ${cause.line} (${cause.excluded})`;
      const file = files.find((f) => f.group === d.group && f.path === d.path);
      if (!d.excluded && file && /^[ \t]*@[A-Za-z_][A-Za-z0-9_-]*@[ \t]*$/m.test(file.text)) d.excluded = 'a build template: a placeholder on a line of its own stands for lines the build writes';
    }
    return out;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const STRUCTURAL_RULES = new Set(['systemd/unit-refused', 'systemd/multiple-execstart', 'systemd/oneshot-restart', 'systemd/dbus-without-busname']);

export interface Parity {
  diagnostics: Diagnostic[];
  /** Diagnostics initlint did not report (same file and line; any line of the file for a refusal). */
  missed: Diagnostic[];
  /** invalid-value findings per group. */
  valueFindings: Record<string, Array<{ path: string; line: number; message: string }>>;
}

export async function parity(files: CorpusFile[], diagnostics: Diagnostic[]): Promise<Parity> {
  const results = await lintFiles(files.map((f) => ({ path: `${f.group}/${f.path}`, text: f.text })));
  const found = new Map<string, Array<{ ruleId: string; line: number; message: string }>>();
  for (const r of results)
    found.set(
      r.path,
      r.findings.map((x) => ({ ruleId: x.ruleId ?? '', line: x.line, message: x.message })),
    );
  const missed = diagnostics.filter((d) => {
    if (d.excluded) return false;
    const mine = found.get(`${d.group}/${d.path}`) ?? [];
    if (d.kind === 'structural') return !mine.some((m) => STRUCTURAL_RULES.has(m.ruleId));
    return !mine.some((m) => m.line === d.line && (m.ruleId === 'systemd/invalid-value' || m.ruleId === 'parse-error'));
  });
  const valueFindings: Parity['valueFindings'] = {};
  for (const f of files) {
    const mine = (found.get(`${f.group}/${f.path}`) ?? []).filter((m) => m.ruleId === 'systemd/invalid-value' && !f.placeholders.has(m.line));
    for (const m of mine) (valueFindings[f.group] ??= []).push({ path: f.path, line: m.line, message: m.message });
  }
  return { diagnostics, missed, valueFindings };
}
