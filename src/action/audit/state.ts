import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { fingerprint } from '../../core/fingerprint.js';
import type { FileResult, Severity } from '../../core/types.js';

/** One finding as the tracking issue remembers it between runs. */
export interface RememberedFinding {
  /** The first FINGERPRINT_CHARS of the finding's fingerprint: compared within one path only. */
  fingerprint: string;
  path: string;
  ruleId: string;
  severity: Severity;
  line: number;
  endLine: number;
}

/** What the issue carries from one audit to the next: the audited commit and every finding. */
export interface AuditState {
  /** The commit whose lines the issue links to. */
  sha: string;
  findings: RememberedFinding[];
  /** Read from an older body that held only part of the findings. */
  truncated?: boolean;
}

/** 40 bits: a collision needs two findings of one file with the same rule and different lines to match. */
const FINGERPRINT_CHARS = 10;
const SEVERITY_CODE: Record<Severity, string> = { error: 'e', warning: 'w', info: 'i' };
const CODE_SEVERITY: Record<string, Severity> = { e: 'error', w: 'warning', i: 'info' };

/** The findings of a run in a stable order (path, line, rule). */
export function remember(results: readonly FileResult[]): RememberedFinding[] {
  const out: RememberedFinding[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      const fp = fingerprint(result.path, f.ruleId, result.text, f).slice(0, FINGERPRINT_CHARS);
      out.push({ fingerprint: fp, path: result.path, ruleId: f.ruleId, severity: f.severity, line: f.line, endLine: f.endLine });
    }
  }
  return out.sort(compareRemembered);
}

export function compareRemembered(a: RememberedFinding, b: RememberedFinding): number {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint);
}

/** Version 2: paths and rule ids once each, then per path `[rule index, severity, line, endLine - line, fingerprint]`. */
type PackedFinding = [number, string, number, number, string];
interface Packed {
  v: 2;
  sha: string;
  r: string[];
  p: Array<[string, PackedFinding[]]>;
}

function pack(state: AuditState): Packed {
  const rules = [...new Set(state.findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(rules.map((r, i) => [r, i]));
  const byPath = new Map<string, PackedFinding[]>();
  for (const f of [...state.findings].sort(compareRemembered)) {
    const list = byPath.get(f.path) ?? byPath.set(f.path, []).get(f.path)!;
    list.push([ruleIndex.get(f.ruleId)!, SEVERITY_CODE[f.severity], f.line, f.endLine - f.line, f.fingerprint]);
  }
  return { v: 2, sha: state.sha, r: rules, p: [...byPath] };
}

/**
 * The whole state as one base64 string of deflated JSON (no HTML comment can
 * be closed by a path, since base64 has no `-` or `>`). Never cut: where it
 * goes when it does not fit in the issue body is the caller's business.
 */
export function encodeState(state: AuditState): string {
  return deflateRawSync(JSON.stringify(pack(state)), { level: 9 }).toString('base64');
}

function unpackV2(raw: Packed): AuditState {
  const findings: RememberedFinding[] = [];
  for (const [path, list] of raw.p) {
    for (const [rule, severity, line, span, fp] of list) {
      findings.push({ fingerprint: fp, path, ruleId: raw.r[rule], severity: CODE_SEVERITY[severity] ?? 'info', line, endLine: line + span });
    }
  }
  return { sha: raw.sha, findings };
}

/** Version 1 (one body, cut when too long): read so that the first audit after an upgrade still says what was fixed. */
function unpackV1(raw: { sha: string; t?: number; f: Array<[string, string, string, string, number, number]> }): AuditState {
  const findings = raw.f.map(([fp, path, ruleId, severity, line, endLine]) => ({ fingerprint: fp.slice(0, FINGERPRINT_CHARS), path, ruleId, severity: severity as Severity, line, endLine }));
  return { sha: raw.sha, findings, ...(raw.t === 1 ? { truncated: true } : {}) };
}

/** The state in a base64 string made by encodeState (or version 1), or undefined when it cannot be read. */
export function decodeState(data: string): AuditState | undefined {
  try {
    const raw = JSON.parse(inflateRawSync(Buffer.from(data, 'base64')).toString('utf8'));
    if (typeof raw?.sha !== 'string') return undefined;
    if (raw.v === 2 && Array.isArray(raw.r) && Array.isArray(raw.p)) return unpackV2(raw);
    if (raw.v === 1 && Array.isArray(raw.f)) return unpackV1(raw);
  } catch {
    // Someone edited the block: no previous state.
  }
  return undefined;
}

/** A short digest of the state text: ties the parts of a state kept in comments to the body that points at them. */
export function stateDigest(data: string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

const key = (f: RememberedFinding) => `${f.path}\0${f.fingerprint}\0${f.ruleId}`;

/** Same findings at the same lines: the old links still point at the right text. */
export function sameFindings(a: readonly RememberedFinding[], b: readonly RememberedFinding[]): boolean {
  if (a.length !== b.length) return false;
  const at = (f: RememberedFinding) => `${key(f)}\0${f.line}\0${f.endLine}\0${f.severity}`;
  const left = a.map(at).sort();
  const right = b.map(at).sort();
  return left.every((k, i) => k === right[i]);
}

/**
 * Findings of the previous audit that this one does not find, compared by
 * path and fingerprint as a multiset: two identical findings in one file and
 * one of them fixed is one fix.
 */
export function fixedSince(previous: readonly RememberedFinding[], now: readonly RememberedFinding[]): RememberedFinding[] {
  const left = new Map<string, number>();
  for (const f of now) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  const fixed: RememberedFinding[] = [];
  for (const f of [...previous].sort(compareRemembered)) {
    const n = left.get(key(f)) ?? 0;
    if (n > 0) left.set(key(f), n - 1);
    else fixed.push(f);
  }
  return fixed;
}
