import type { Octokit } from '@octokit/rest';
import type { FileResult } from '../../core/types.js';
import { ISSUE_MARKER, renderIssueBody, type Repo } from './issue-body.js';
import { plural } from '../../reporters/markdown.js';
import { decodeState, encodeState, fixedSince, remember, sameFindings, stateDigest, type AuditState } from './state.js';
import type { AuditCounts, AuditLog, IssueAction } from './types.js';

export { ISSUE_MARKER, MAX_BODY, renderIssueBody, type Repo } from './issue-body.js';
export const ISSUE_LABEL = 'initlint';
export const ISSUE_TITLE = 'initlint audit findings';
const LABEL_COLOR = '5319e7';
const LABEL_DESCRIPTION = 'Findings of the scheduled initlint audit';
/** The state stays in the body up to this size; a larger one goes to comments of the issue, whole. */
export const INLINE_STATE_MAX = 20_000;
/** Characters of state per comment (GitHub takes 65,536 per comment). */
export const STATE_PART_MAX = 60_000;

const STATE_INLINE = /<!-- initlint:state ([A-Za-z0-9+/=]+) -->/;
const STATE_POINTER = /<!-- initlint:state-parts n=(\d+) digest=([0-9a-f]{16}) -->/;
const STATE_PART = /<!-- initlint:state-part i=(\d+) n=(\d+) digest=([0-9a-f]{16}) ([A-Za-z0-9+/=]+) -->/;
const PART_NOTE = '<sub>Findings the initlint audit remembers for its next run (hidden). Please leave this comment; it is updated in place.</sub>';

interface IssueRef {
  number: number;
  state: string;
  body?: string | null;
  html_url: string;
}

interface PartComment {
  id: number;
  body: string;
}

/** The tracking issue (open preferred, else the newest closed one), found by its marker among labelled issues. */
export async function findTrackingIssue(octokit: Octokit, owner: string, repo: string): Promise<IssueRef | undefined> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: ISSUE_LABEL, state: 'all', per_page: 100 });
  const ours = issues.filter((i) => !i.pull_request && (i.body ?? '').includes(ISSUE_MARKER));
  const open = ours.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
  const closed = ours.filter((i) => i.state !== 'open').sort((a, b) => b.number - a.number);
  return open[0] ?? closed[0];
}

/** The hidden block of the body and, for a large state, the comments that hold it. */
export function stateLayout(data: string): { block: string; parts: string[] } {
  if (data.length <= INLINE_STATE_MAX) return { block: `<!-- initlint:state ${data} -->`, parts: [] };
  const digest = stateDigest(data);
  const n = Math.ceil(data.length / STATE_PART_MAX);
  const parts = Array.from({ length: n }, (_, i) => `${PART_NOTE}\n<!-- initlint:state-part i=${i + 1} n=${n} digest=${digest} ${data.slice(i * STATE_PART_MAX, (i + 1) * STATE_PART_MAX)} -->`);
  return { block: `<!-- initlint:state-parts n=${n} digest=${digest} -->`, parts };
}

/** The issue's comments that hold state parts (any digest), oldest first: they are edited in place. */
async function listPartComments(octokit: Octokit, owner: string, repo: string, issue: number): Promise<PartComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 });
  return comments.filter((c) => STATE_PART.test(c.body ?? '')).map((c) => ({ id: c.id, body: c.body ?? '' }));
}

/** The previous state: in the body, or in comments the body points at (all of them, with the right digest). */
function readState(body: string | null | undefined, comments: readonly PartComment[]): AuditState | undefined {
  const inline = STATE_INLINE.exec(body ?? '');
  if (inline) return decodeState(inline[1]);
  const pointer = STATE_POINTER.exec(body ?? '');
  if (!pointer) return undefined;
  const n = Number(pointer[1]);
  const chunks: string[] = [];
  for (const c of comments) {
    const m = STATE_PART.exec(c.body);
    if (m && Number(m[2]) === n && m[3] === pointer[2]) chunks[Number(m[1]) - 1] = m[4];
  }
  const data = chunks.join('');
  if (chunks.length !== n || chunks.includes(undefined as unknown as string) || stateDigest(data) !== pointer[2]) return undefined;
  return decodeState(data);
}

/** Edits the part comments in place, adds missing ones and deletes the rest; unchanged ones are not written. */
async function writeParts(octokit: Octokit, owner: string, repo: string, issue: number, parts: readonly string[], existing: readonly PartComment[]): Promise<void> {
  for (let i = 0; i < parts.length; i++) {
    const old = existing[i];
    if (old?.body === parts[i]) continue;
    if (old) await octokit.rest.issues.updateComment({ owner, repo, comment_id: old.id, body: parts[i] });
    else await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: parts[i] });
  }
  for (const old of existing.slice(parts.length)) await octokit.rest.issues.deleteComment({ owner, repo, comment_id: old.id });
}

async function ensureLabel(octokit: Octokit, owner: string, repo: string): Promise<void> {
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name: ISSUE_LABEL });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    try {
      await octokit.rest.issues.createLabel({ owner, repo, name: ISSUE_LABEL, color: LABEL_COLOR, description: LABEL_DESCRIPTION });
    } catch (created) {
      // Another run created it in between.
      if ((created as { status?: number }).status !== 422) throw created;
    }
  }
}

export interface IssueSync {
  action: IssueAction;
  number?: number;
  url?: string;
}

interface Rendered {
  body: string;
  parts: string[];
  previous?: AuditState;
  fixed: number;
}

function render(where: Repo & { runUrl?: string }, sha: string, results: readonly FileResult[], counts: AuditCounts, previous: AuditState | undefined, hadState: boolean): Rendered {
  const findings = remember(results);
  const known = previous && !previous.truncated ? previous : undefined;
  const fixed = known ? fixedSince(known.findings, findings) : [];
  const { block, parts } = stateLayout(encodeState({ sha, findings }));
  const view = { sha, runUrl: where.runUrl, fixed, fixedSince: known?.sha, previousUnknown: hadState && !known, stateBlock: block };
  return { body: renderIssueBody(where, results, counts, view), parts, previous: known, fixed: fixed.length };
}

/**
 * Creates, updates, reopens or closes the one tracking issue of the
 * repository. Nothing is written when the findings are the same at the same
 * lines as last time (the links still hold, whatever commit this is). The
 * remembered findings are kept whole: in the body when small, otherwise in
 * comments of the issue that the body points at.
 */
export async function syncIssue(octokit: Octokit, where: Repo & { runUrl?: string }, sha: string, results: readonly FileResult[], counts: AuditCounts, log: AuditLog): Promise<IssueSync> {
  const { owner, repo } = where;
  const existing = await findTrackingIssue(octokit, owner, repo);
  const pointed = STATE_POINTER.test(existing?.body ?? '');
  let comments = existing && pointed ? await listPartComments(octokit, owner, repo, existing.number) : [];
  const previous = readState(existing?.body, comments);
  const hadState = STATE_INLINE.test(existing?.body ?? '') || pointed;
  const findings = remember(results);

  if (existing?.state === 'open' && counts.total > 0 && previous && !previous.truncated && sameFindings(previous.findings, findings)) {
    log.info(`initlint: tracking issue #${existing.number} is up to date`);
    return { action: 'unchanged', number: existing.number, url: existing.html_url };
  }
  if (counts.total === 0 && (!existing || existing.state !== 'open')) return { action: 'none', number: existing?.number, url: existing?.html_url };

  const out = render(where, sha, results, counts, previous, hadState);
  if (out.parts.length && existing && !pointed) comments = await listPartComments(octokit, owner, repo, existing.number);
  if (counts.total === 0) {
    const fixed = previous?.findings.length ?? 0;
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing!.number,
      body: `initlint found nothing at commit ${sha.slice(0, 7)}${fixed ? `: ${plural(fixed, 'finding')} fixed` : ''}. Closing; this issue reopens if findings come back.`,
    });
    await writeParts(octokit, owner, repo, existing!.number, out.parts, comments);
    await octokit.rest.issues.update({ owner, repo, issue_number: existing!.number, body: out.body, state: 'closed', state_reason: 'completed' });
    log.info(`initlint: closed tracking issue #${existing!.number}, the repository is clean`);
    return { action: 'closed', number: existing!.number, url: existing!.html_url };
  }
  if (!existing) {
    await ensureLabel(octokit, owner, repo);
    const { data } = await octokit.rest.issues.create({ owner, repo, title: ISSUE_TITLE, body: out.body, labels: [ISSUE_LABEL] });
    await writeParts(octokit, owner, repo, data.number, out.parts, []);
    log.info(`initlint: opened tracking issue #${data.number}${out.parts.length ? ` (its ${plural(findings.length, 'finding')} remembered in ${plural(out.parts.length, 'comment')})` : ''}`);
    return { action: 'created', number: data.number, url: data.html_url };
  }
  // The parts first: the body that points at them is written last.
  await writeParts(octokit, owner, repo, existing.number, out.parts, comments);
  const reopen = existing.state !== 'open';
  await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body: out.body, ...(reopen ? { state: 'open' as const } : {}) });
  log.info(`initlint: ${reopen ? 'reopened' : 'updated'} tracking issue #${existing.number}${out.previous ? `: ${plural(out.fixed, 'finding')} fixed since ${out.previous.sha.slice(0, 7)}` : ''}`);
  return { action: reopen ? 'reopened' : 'updated', number: existing.number, url: existing.html_url };
}
