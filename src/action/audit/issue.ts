import type { Octokit } from '@octokit/rest';
import type { FileResult, Finding, Severity } from '../../core/types.js';
import { encodePath, link, neutralize, plural } from '../../reporters/markdown.js';
import { compareRemembered, decodeState, encodeState, nextState, remember, type AuditState, type RememberedFinding } from './state.js';
import type { AuditCounts, AuditLog, IssueAction } from './types.js';

/** Finds the tracking issue among issues with the label; never in the title. */
export const ISSUE_MARKER = '<!-- initlint:audit -->';
export const ISSUE_LABEL = 'initlint';
export const ISSUE_TITLE = 'initlint audit findings';
const LABEL_COLOR = '5319e7';
const LABEL_DESCRIPTION = 'Findings of the scheduled initlint audit';
/** GitHub refuses bodies over 65,536 characters: the table, the fixed list and the state share it. */
const TABLE_BUDGET = 32_000;
const FIXED_BUDGET = 8_000;
/** Most characters of the hidden state (see encodeState). */
export const STATE_BUDGET = 22_000;
/** GitHub's limit on an issue body. */
export const MAX_BODY = 65_536;

export interface Repo {
  owner: string;
  repo: string;
  serverUrl: string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const TITLE: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

function blobUrl(where: Repo, sha: string, path: string): string {
  return `${where.serverUrl}/${where.owner}/${where.repo}/blob/${sha}/${encodePath(path)}`;
}

function linesUrl(where: Repo, sha: string, path: string, line: number, endLine: number): string {
  return `${blobUrl(where, sha, path)}#L${line}-L${endLine}`;
}

function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

function fixedSection(where: Repo, state: AuditState): string[] {
  if (!state.fixed.length || !state.fixedSince) return [];
  const since = state.fixedSince;
  const lines = ['', `### Fixed since the last audit (${link(shortSha(since), `${where.serverUrl}/${where.owner}/${where.repo}/commit/${since}`)})`, ''];
  let used = 0;
  let shown = 0;
  for (const f of [...state.fixed].sort(compareRemembered)) {
    const item = `- ${neutralize(f.ruleId)} in ${link(`${f.path}:${f.line}`, linesUrl(where, since, f.path, f.line, f.endLine))}`;
    if ((used += item.length + 1) > FIXED_BUDGET) break;
    lines.push(item);
    shown++;
  }
  if (state.fixed.length > shown) lines.push(`- … and ${state.fixed.length - shown} more`);
  return lines;
}

/**
 * The tracking issue's body: counts by severity, a table of findings by file
 * and rule linking to the lines at the audited commit, what was fixed since
 * the last audit, and the hidden state for the next run. Every piece of file
 * text is neutralised.
 */
export function renderIssueBody(where: Repo, results: readonly FileResult[], counts: AuditCounts, state: AuditState): string {
  const sha = state.sha;
  const commit = link(shortSha(sha), `${where.serverUrl}/${where.owner}/${where.repo}/commit/${sha}`);
  const out = [ISSUE_MARKER, '## initlint audit', ''];
  if (counts.total === 0) {
    out.push(`No findings at commit ${commit} (${plural(counts.files, 'init file')} checked).`);
  } else {
    out.push(
      `${plural(counts.total, 'finding')} in ${plural(counts.filesWithFindings, 'file')} at commit ${commit} (${plural(counts.files, 'init file')} checked).`,
      '',
      '| Severity | Findings |',
      '| --- | ---: |',
      ...SEVERITIES.map((s) => `| ${TITLE[s]} | ${counts[s]} |`),
      '',
      '### Findings',
      '',
      '| File | Lines | Rule | Severity | Message |',
      '| --- | --- | --- | --- | --- |',
    );
    const rows: { path: string; finding: Finding }[] = [];
    for (const result of results) for (const finding of result.findings) rows.push({ path: result.path, finding });
    rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.finding.ruleId.localeCompare(b.finding.ruleId) || a.finding.line - b.finding.line);
    let used = 0;
    let shown = 0;
    for (const { path, finding: f } of rows) {
      const file = link(path, blobUrl(where, sha, path));
      const lines = link(f.line === f.endLine ? `L${f.line}` : `L${f.line}-L${f.endLine}`, linesUrl(where, sha, path, f.line, f.endLine));
      const rule = f.url ? link(f.ruleId, f.url) : neutralize(f.ruleId);
      const row = `| ${file} | ${lines} | ${rule} | ${f.severity} | ${neutralize(f.message)} |`;
      if (used + row.length > TABLE_BUDGET) break;
      out.push(row);
      used += row.length + 1;
      shown++;
    }
    if (shown < rows.length) out.push('', `… and ${plural(rows.length - shown, 'more finding')}: the job summary and the SARIF upload list them all.`);
  }
  out.push(...fixedSection(where, state));
  out.push('', '<sub>Updated in place by the scheduled initlint audit; it closes itself when nothing is left.</sub>', encodeState(state, STATE_BUDGET), '');
  return out.join('\n');
}

interface IssueRef {
  number: number;
  state: string;
  body?: string | null;
  html_url: string;
}

/** The tracking issue (open preferred, else the newest closed one), found by its marker among labelled issues. */
export async function findTrackingIssue(octokit: Octokit, owner: string, repo: string): Promise<IssueRef | undefined> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: ISSUE_LABEL, state: 'all', per_page: 100 });
  const ours = issues.filter((i) => !i.pull_request && (i.body ?? '').includes(ISSUE_MARKER));
  const open = ours.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
  const closed = ours.filter((i) => i.state !== 'open').sort((a, b) => b.number - a.number);
  return open[0] ?? closed[0];
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

/**
 * Creates, updates, reopens or closes the one tracking issue of the
 * repository. An unchanged body is not written again.
 */
export async function syncIssue(
  octokit: Octokit,
  where: Repo,
  sha: string,
  results: readonly FileResult[],
  counts: AuditCounts,
  log: AuditLog,
): Promise<IssueSync> {
  const { owner, repo } = where;
  const existing = await findTrackingIssue(octokit, owner, repo);
  const previous = decodeState(existing?.body);
  const findings: RememberedFinding[] = remember(results);
  const state = nextState(previous, sha, findings);
  const body = renderIssueBody(where, results, counts, state);

  if (counts.total === 0) {
    if (!existing || existing.state !== 'open') return { action: 'none', number: existing?.number, url: existing?.html_url };
    const fixed = previous?.findings.length ?? 0;
    await octokit.rest.issues.createComment({
      owner, repo, issue_number: existing.number,
      body: `initlint found nothing at commit ${shortSha(sha)}${fixed ? `: ${plural(fixed, 'finding')} fixed` : ''}. Closing; this issue reopens if findings come back.`,
    });
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body, state: 'closed', state_reason: 'completed' });
    log.info(`initlint: closed tracking issue #${existing.number}, the repository is clean`);
    return { action: 'closed', number: existing.number, url: existing.html_url };
  }

  if (!existing) {
    await ensureLabel(octokit, owner, repo);
    const { data } = await octokit.rest.issues.create({ owner, repo, title: ISSUE_TITLE, body, labels: [ISSUE_LABEL] });
    log.info(`initlint: opened tracking issue #${data.number}`);
    return { action: 'created', number: data.number, url: data.html_url };
  }
  if (existing.state !== 'open') {
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body, state: 'open' });
    log.info(`initlint: reopened tracking issue #${existing.number}`);
    return { action: 'reopened', number: existing.number, url: existing.html_url };
  }
  if (existing.body === body) {
    log.info(`initlint: tracking issue #${existing.number} is up to date`);
    return { action: 'unchanged', number: existing.number, url: existing.html_url };
  }
  await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body });
  log.info(`initlint: updated tracking issue #${existing.number}`);
  return { action: 'updated', number: existing.number, url: existing.html_url };
}
