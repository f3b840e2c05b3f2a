import type { Octokit } from '@octokit/rest';
import { fixDigest, type FileFix, type WithheldFix } from './fixes.js';
import { code, inlineText, link, neutralize, plural } from '../../reporters/markdown.js';
import type { AuditLog, PullAction } from './types.js';

export const FIX_BRANCH = 'initlint/fixes';
export const PR_MARKER = '<!-- initlint:fixes -->';
export const PR_TITLE = 'initlint: apply safe fixes';
/** Marks the commits the audit makes, for when no pull request records them. */
export const COMMIT_TRAILER = 'Initlint-Audit-Fixes: true';

/** What the PR body remembers: the commit the audit made, its parent (the audited commit) and its change set. */
export interface PullState {
  commit: string;
  base: string;
  digest: string;
  /** A head made by someone else, already reported. */
  foreign?: string;
}

const STATE = /<!-- initlint:fixes-state commit=([0-9a-f]{40}) base=([0-9a-f]{40}) digest=([0-9a-f]{16})(?: foreign=([0-9a-f]{40}))? -->/;

export function decodePullState(body: string | null | undefined): PullState | undefined {
  const m = STATE.exec(body ?? '');
  return m ? { commit: m[1], base: m[2], digest: m[3], foreign: m[4] } : undefined;
}

function encodePullState(s: PullState): string {
  return `<!-- initlint:fixes-state commit=${s.commit} base=${s.base} digest=${s.digest}${s.foreign ? ` foreign=${s.foreign}` : ''} -->`;
}

export interface PullWhere {
  owner: string;
  repo: string;
  serverUrl: string;
  /** The audited commit: the fix commit's parent. */
  sha: string;
  baseBranch?: string;
}

const FOREIGN_NOTE = (head: string) =>
  `> [!WARNING]\n> Branch \`${FIX_BRANCH}\` has commits the audit did not make (head \`${head.slice(0, 7)}\`). ` +
  'The audit leaves the branch alone so that nothing is overwritten: merge or close this pull request, ' +
  `or delete the branch, and the next audit starts it afresh.`;

/** Files whose safe fixes are not applied because they are not safe for that file's systems. */
function withheldLines(withheld: readonly WithheldFix[]): string[] {
  if (!withheld.length) return [];
  const shown = withheld.slice(0, 50).map((w) => `- ${code(w.path)}: ${plural(w.fixes, 'safe fix', 'safe fixes')} not applied, ${neutralize(w.why)}`);
  const more = withheld.length > shown.length ? [`- … and ${plural(withheld.length - shown.length, 'more file')}`] : [];
  return ['', 'Left alone (safe in general, not for these files):', '', ...shown, ...more];
}

/** The fix PR's body: what each file gets, the files left alone, then the hidden state. */
export function renderPullBody(where: PullWhere, fixes: readonly FileFix[], state: PullState, withheld: readonly WithheldFix[] = []): string {
  const count = fixes.reduce((n, f) => n + f.fixes.length, 0);
  const commit = link(where.sha.slice(0, 7), `${where.serverUrl}/${where.owner}/${where.repo}/commit/${where.sha}`);
  const out = [
    PR_MARKER,
    '## initlint: safe fixes',
    '',
    `Applies ${plural(count, 'safe fix', 'safe fixes')} in ${plural(fixes.length, 'file')}, found by the audit of ${commit}. ` +
      'Safe fixes keep what the files mean; unsafe ones are never applied here.',
    '',
    '| File | Fixes |',
    '| --- | --- |',
  ];
  let budget = 40_000;
  let listed = 0;
  for (const f of fixes) {
    const what =
      f.content === null
        ? 'deleted'
        : f.fixes.length
          ? f.fixes.map((x) => `${code(x.ruleId).replace(/\|/g, '\\|')}: ${inlineText(x.description, { table: true }).replace(/<!--/g, '<\u200B!--')} (line ${x.line})`).join('<br>')
          : 'created by a cross-file fix';
    const row = `| ${neutralize(f.path)} | ${what} |`;
    if ((budget -= row.length + 1) < 0) break;
    out.push(row);
    listed++;
  }
  if (listed < fixes.length) out.push('', `… and ${plural(fixes.length - listed, 'more file')}.`);
  out.push(...withheldLines(withheld));
  out.push('', `Each audit rewrites branch \`${FIX_BRANCH}\` from the audited commit; a commit pushed to it by anyone else stops these updates.`);
  if (state.foreign) out.push('', FOREIGN_NOTE(state.foreign));
  out.push(encodePullState(state), '');
  return out.join('\n');
}

/**
 * The fix commit on top of the audited one, in two writes whatever the number of files: one tree
 * whose entries carry their `content` (GitHub makes the blobs), then the commit.
 */
async function writeFixCommit(octokit: Octokit, where: PullWhere, fixes: readonly FileFix[], log: AuditLog): Promise<{ sha: string }> {
  const { owner, repo, sha } = where;
  const { data: base } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: sha });
  const tree = fixes.map((f) => (f.content === null ? { path: f.path, mode: f.mode, type: 'blob' as const, sha: null } : { path: f.path, mode: f.mode, type: 'blob' as const, content: f.content }));
  const bytes = fixes.reduce((n, f) => n + (f.content === null ? 0 : Buffer.byteLength(f.content)), 0);
  log.info(`initlint: writing the fix commit: one tree of ${plural(fixes.length, 'file')} (${Math.ceil(bytes / 1024)} KiB)…`);
  const started = Date.now();
  const { data: newTree } = await octokit.rest.git.createTree({ owner, repo, base_tree: base.tree.sha, tree });
  const count = fixes.reduce((n, f) => n + f.fixes.length, 0);
  const { data: commit } = await octokit.rest.git.createCommit({
    owner,
    repo,
    tree: newTree.sha,
    parents: [sha],
    message: `Apply initlint safe fixes\n\n${plural(count, 'safe fix', 'safe fixes')} in ${plural(fixes.length, 'file')}, found by the audit of ${sha}.\n\n${COMMIT_TRAILER}\n`,
  });
  log.info(`initlint: fix commit ${commit.sha.slice(0, 7)} written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return commit;
}

const status = (error: unknown) => (error as { status?: number }).status;

export interface PullSync {
  action: PullAction;
  number?: number;
  url?: string;
}

/**
 * Pushes the safe fixes to `initlint/fixes` with the git data API (tree with
 * contents → commit → ref) and opens or updates one pull request. The branch
 * is rewritten only when the fixes change (or the PR must target another
 * branch), and force-updated only when its head is the commit the audit last
 * made; any other head is left alone and reported once on the pull request.
 */
export async function syncFixPull(octokit: Octokit, where: PullWhere, fixes: readonly FileFix[], log: AuditLog, withheld: readonly WithheldFix[] = []): Promise<PullSync> {
  const { owner, repo, sha } = where;
  const { data: open } = await octokit.rest.pulls.list({ owner, repo, head: `${owner}:${FIX_BRANCH}`, state: 'open', per_page: 10 });
  const pull = open[0];
  const recorded = decodePullState(pull?.body);

  if (fixes.length === 0) {
    if (!pull) return { action: 'none' };
    await octokit.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: `The audit of ${sha.slice(0, 7)} finds nothing left to fix safely. Closing.` });
    await octokit.rest.pulls.update({ owner, repo, pull_number: pull.number, state: 'closed' });
    log.info(`initlint: closed fix pull request #${pull.number}, nothing left to fix`);
    return { action: 'closed', number: pull.number, url: pull.html_url };
  }

  let head: string | undefined;
  try {
    head = (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${FIX_BRANCH}` })).data.object.sha;
  } catch (error) {
    if (status(error) !== 404) throw error;
  }

  if (head) {
    let ours = recorded?.commit === head;
    if (!pull) {
      // No open PR records the commit: the head is ours if the audit's trailer is on it.
      const { data: commit } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: head });
      ours = commit.message.includes(COMMIT_TRAILER);
    }
    if (!ours) {
      log.warning(`initlint: branch ${FIX_BRANCH} has commits the audit did not make (head ${head.slice(0, 7)}); not overwriting it`);
      if (pull && recorded?.foreign !== head) {
        await octokit.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: FOREIGN_NOTE(head) });
        const state = { ...(recorded ?? { commit: head, base: sha, digest: fixDigest(fixes) }), foreign: head };
        await octokit.rest.pulls.update({ owner, repo, pull_number: pull.number, body: renderPullBody(where, fixes, state, withheld) });
      }
      return { action: 'skipped-foreign-commits', number: pull?.number, url: pull?.html_url };
    }
  }

  const digest = fixDigest(fixes);
  // The same fixes on a branch the PR already targets: the commit on the older base still merges
  // cleanly (its files are byte-identical at the new base), so the branch and the body stay as they are.
  const sameTarget = !where.baseBranch || !pull?.base?.ref || pull.base.ref === where.baseBranch;
  if (pull && recorded && recorded.commit === head && recorded.digest === digest && sameTarget) {
    log.info(`initlint: fix pull request #${pull.number} is up to date${recorded.base === sha ? '' : ` (same fixes as on ${recorded.base.slice(0, 7)})`}`);
    return { action: 'unchanged', number: pull.number, url: pull.html_url };
  }

  const commit = await writeFixCommit(octokit, where, fixes, log);
  if (head) await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${FIX_BRANCH}`, sha: commit.sha, force: true });
  else await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${FIX_BRANCH}`, sha: commit.sha });
  log.info(`initlint: branch ${FIX_BRANCH} now at ${commit.sha.slice(0, 7)}`);

  const body = renderPullBody(where, fixes, { commit: commit.sha, base: sha, digest }, withheld);
  if (pull) {
    // A workflow_dispatch of another branch: the commit now sits on that branch, so the PR must target it
    // (against the old base it would show every commit the two branches do not share).
    const retarget = where.baseBranch && pull.base?.ref && pull.base.ref !== where.baseBranch ? { base: where.baseBranch } : {};
    await octokit.rest.pulls.update({ owner, repo, pull_number: pull.number, body, ...retarget });
    log.info(`initlint: updated fix pull request #${pull.number}`);
    return { action: 'updated', number: pull.number, url: pull.html_url };
  }
  const baseBranch = where.baseBranch ?? (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
  const { data: created } = await octokit.rest.pulls.create({ owner, repo, title: PR_TITLE, head: FIX_BRANCH, base: baseBranch, body });
  log.info(`initlint: opened fix pull request #${created.number}`);
  return { action: 'created', number: created.number, url: created.html_url };
}
