import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { fingerprint } from '../../core/fingerprint.js';
import type { FileResult, Severity } from '../../core/types.js';

/** One finding as the tracking issue remembers it between runs. */
export interface RememberedFinding {
  fingerprint: string;
  path: string;
  ruleId: string;
  severity: Severity;
  line: number;
  endLine: number;
}

/** What the hidden block of the issue body carries from one audit to the next. */
export interface AuditState {
  /** The commit whose lines the issue links to. */
  sha: string;
  findings: RememberedFinding[];
  /** Findings gone since the audit of `fixedSince`. */
  fixed: RememberedFinding[];
  fixedSince?: string;
  /** More findings existed than the block could hold. */
  truncated?: boolean;
}

const STATE_OPEN = '<!-- initlint:state ';
const STATE_CLOSE = ' -->';

/** The findings of a run in a stable order (path, line, rule). */
export function remember(results: readonly FileResult[]): RememberedFinding[] {
  const out: RememberedFinding[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      out.push({ fingerprint: fingerprint(result.path, f.ruleId, result.text, f), path: result.path, ruleId: f.ruleId, severity: f.severity, line: f.line, endLine: f.endLine });
    }
  }
  return out.sort(compareRemembered);
}

export function compareRemembered(a: RememberedFinding, b: RememberedFinding): number {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint);
}

type Packed = [string, string, string, string, number, number];
const pack = (f: RememberedFinding): Packed => [f.fingerprint, f.path, f.ruleId, f.severity, f.line, f.endLine];
const unpack = ([fp, path, ruleId, severity, line, endLine]: Packed): RememberedFinding => ({ fingerprint: fp, path, ruleId, severity: severity as Severity, line, endLine });

/**
 * The state as an HTML comment: deflated JSON in base64, so that no path can
 * close the comment and a few thousand findings fit in an issue body. Entries
 * past `maxChars` are dropped and the state says so.
 */
export function encodeState(state: AuditState, maxChars = 24_000): string {
  const encode = (s: AuditState) =>
    STATE_OPEN +
    deflateRawSync(JSON.stringify({ v: 1, sha: s.sha, since: s.fixedSince, t: s.truncated ? 1 : 0, f: s.findings.map(pack), x: s.fixed.map(pack) })).toString('base64') +
    STATE_CLOSE;
  let text = encode(state);
  let keep = state.findings.length;
  let fixedKeep = state.fixed.length;
  while (text.length > maxChars && keep + fixedKeep > 0) {
    // Shrink geometrically; the fixed list goes first, it is only shown once.
    if (fixedKeep > 0) fixedKeep = Math.floor(fixedKeep / 2);
    else keep = Math.floor(keep * 0.8);
    text = encode({ ...state, findings: state.findings.slice(0, keep), fixed: state.fixed.slice(0, fixedKeep), truncated: true });
  }
  return text;
}

/** The state hidden in a previous body, or undefined when there is none (or it cannot be read). */
export function decodeState(body: string | null | undefined): AuditState | undefined {
  if (!body) return undefined;
  const start = body.lastIndexOf(STATE_OPEN);
  if (start < 0) return undefined;
  const end = body.indexOf(STATE_CLOSE, start + STATE_OPEN.length);
  if (end < 0) return undefined;
  try {
    const raw = JSON.parse(inflateRawSync(Buffer.from(body.slice(start + STATE_OPEN.length, end), 'base64')).toString('utf8'));
    if (raw?.v !== 1 || typeof raw.sha !== 'string' || !Array.isArray(raw.f)) return undefined;
    return { sha: raw.sha, fixedSince: raw.since ?? undefined, truncated: raw.t === 1 || undefined, findings: raw.f.map(unpack), fixed: (raw.x ?? []).map(unpack) };
  } catch {
    return undefined;
  }
}

const key = (f: RememberedFinding) => `${f.fingerprint}\0${f.path}\0${f.line}\0${f.endLine}\0${f.severity}`;

/** Same findings at the same lines: the old links still point at the right text. */
export function sameFindings(a: readonly RememberedFinding[], b: readonly RememberedFinding[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(key));
  return b.every((f) => keys.has(key(f)));
}

/**
 * The state of this run given the previous one. When nothing changed, the
 * previous commit and "fixed" list are kept so that the body comes out
 * byte-identical and is not rewritten; otherwise "fixed" is what the previous
 * audit listed and this one does not find (compared by fingerprint).
 */
export function nextState(previous: AuditState | undefined, sha: string, findings: RememberedFinding[]): AuditState {
  if (previous && !previous.truncated && sameFindings(previous.findings, findings)) {
    return { sha: previous.sha, findings, fixed: previous.fixed, fixedSince: previous.fixedSince };
  }
  if (!previous) return { sha, findings, fixed: [] };
  const now = new Set(findings.map((f) => f.fingerprint));
  return { sha, findings, fixed: previous.findings.filter((f) => !now.has(f.fingerprint)), fixedSince: previous.sha };
}
