import { join } from 'node:path';
import picomatch from 'picomatch';
import { classify, isUnitPath } from '../core/classify.js';
import { collectFiles, mayBeInitFile, readInputFile } from '../core/collect.js';
import type { LintInput } from '../core/lint.js';
import type { FileResult, Finding } from '../core/types.js';
import { markerOf, bodyMarkersOf, parsePatch, planReview, rejectComments, reviewPayload, type PlannedFinding, type ReviewFile, type ReviewPlan } from './review.js';
import type { ActionContext, ModeResult } from './context.js';
import { describeError, statusOf } from './errors.js';
import { runTree } from './tree.js';
import { encodePath } from '../reporters/markdown.js';

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000;

/** Files read at once (contents API fallbacks run in parallel up to this). */
const READ_CONCURRENCY = 8;

/** A file of `GET /repos/{owner}/{repo}/pulls/{n}/files`. */
interface PullFile {
  filename: string;
  status: string;
  patch?: string;
  /** The git blob sha of the file at the head. */
  sha?: string | null;
  previous_filename?: string;
}

/** A review comment initlint may have written before. */
interface ExistingComment {
  id: number;
  path: string;
  /** The finding id from the comment's marker (only for comments by a bot). */
  marker?: string;
  /** Replies to it from anyone. */
  replies: number;
}

/** Whether a path is one the `paths` input selects (globs, directories or files). */
function pathFilter(paths: readonly string[]): (path: string) => boolean {
  if (paths.length === 0) return () => true;
  const globs = paths.filter((p) => /[*?[{]/.test(p));
  const plain = paths.filter((p) => !/[*?[{]/.test(p)).map((p) => p.replace(/^\.\/+/, '').replace(/\/+$/, ''));
  const glob = globs.length
    ? picomatch(
        globs.map((g) => g.replace(/^\.\/+/, '')),
        { dot: true },
      )
    : () => false;
  return (path) => glob(path) || plain.some((p) => p === '.' || p === '' || path === p || path.startsWith(`${p}/`));
}

/** Whether the text has, at every new-side line of the patch, the line the patch shows. */
export function matchesPatch(text: string, patch: string | undefined): boolean {
  if (patch === undefined) return true;
  const lines = text.split(/\r\n|\r|\n/);
  let line = 0;
  for (const raw of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (header) {
      line = Number(header[1]);
      continue;
    }
    if (line === 0 || !(raw.startsWith('+') || raw.startsWith(' '))) continue;
    if ((lines[line - 1] ?? '').replace(/\r$/, '') !== raw.slice(1).replace(/\r$/, '')) return false;
    line++;
  }
  return true;
}

/** The git blob sha of a text (`sha1("blob <bytes>\\0" + bytes)`), as GitHub lists it for a PR's file. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return process.getBuiltinModule('node:crypto').createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Whether the checkout's text is the head's: the same blob sha when GitHub
 * gives one, else every new-side line of the patch. A file GitHub gives
 * neither for (a patch too large to show) is never assumed to be the head.
 */
function isHeadText(text: string, file: PullFile): boolean {
  if (file.sha) return gitBlobSha(text) === file.sha;
  return file.patch !== undefined && matchesPatch(text, file.patch);
}

/**
 * The PR head's text of a file: the workspace checkout when it is the head's
 * (pull_request checks out the merge commit; pull_request_target the base),
 * else the contents API at the head sha.
 */
async function readHead(ctx: ActionContext, file: PullFile, headSha: string): Promise<{ text: string } | { skipped: string } | null> {
  // Images, docs, sources: never init files, not even read (a PR of 3,000 of them costs nothing).
  if (!isUnitPath(file.filename) && !mayBeInitFile(file.filename)) return null;
  const read = readInputFile(join(ctx.workspace, file.filename), file.filename, ctx.workspace, ctx.linter.config.maxFileSize);
  if ('input' in read && !read.input.invalidUtf8 && isHeadText(read.input.text, file)) return { text: read.input.text };
  if ('skipped' in read && /larger than|binary|symbolic link to a path outside/.test(read.skipped.reason)) return { skipped: read.skipped.reason };
  try {
    const response = await ctx.octokit.rest.repos.getContent({
      owner: ctx.owner,
      repo: ctx.repo,
      path: file.filename,
      ref: headSha,
      mediaType: { format: 'raw' },
    });
    const text = typeof response.data === 'string' ? response.data : String(response.data);
    if (text.length > ctx.linter.config.maxFileSize) return { skipped: `larger than the ${ctx.linter.config.maxFileSize}-byte limit; raise max-file-size to lint it` };
    if (text.includes('\0')) return { skipped: 'binary content (NUL bytes); not a text file' };
    return { text };
  } catch (error) {
    return { skipped: `cannot read it from the checkout or the contents API (${describeError(error)})` };
  }
}

/** Existing review comments and review-body markers; throws when they cannot all be listed. */
async function listExisting(ctx: ActionContext, pullNumber: number): Promise<{ comments: ExistingComment[]; posted: Set<string> }> {
  const params = { owner: ctx.owner, repo: ctx.repo, pull_number: pullNumber, per_page: 100 };
  // Both lists at once; both settle before a failure is reported, so no retry runs on after it.
  const [rawList, reviewList] = await Promise.allSettled([ctx.octokit.paginate(ctx.octokit.rest.pulls.listReviewComments, params), ctx.octokit.paginate(ctx.octokit.rest.pulls.listReviews, params)]);
  if (rawList.status === 'rejected') throw rawList.reason;
  if (reviewList.status === 'rejected') throw reviewList.reason;
  const [raw, reviews] = [rawList.value, reviewList.value];
  const replies = new Map<number, number>();
  for (const c of raw) if (c.in_reply_to_id) replies.set(c.in_reply_to_id, (replies.get(c.in_reply_to_id) ?? 0) + 1);
  // Only a bot's markers count: a person (the PR's author too) cannot silence a finding by pasting one.
  const byBot = (user: { type?: string } | null | undefined) => user?.type === 'Bot';
  const comments: ExistingComment[] = raw
    .filter((c) => !c.in_reply_to_id)
    .map((c) => ({ id: c.id, path: c.path, marker: byBot(c.user) ? markerOf(c.body) : undefined, replies: replies.get(c.id) ?? 0 }));
  const posted = new Set<string>();
  for (const c of comments) if (c.marker) posted.add(c.marker);
  for (const r of reviews) if (byBot(r.user)) for (const id of bodyMarkersOf(r.body)) posted.add(id);
  return { comments, posted };
}

interface PostOutcome {
  posted: boolean;
  inline: number;
  body: number;
  rejected: number;
  /** Why the review could not be posted. */
  failure?: string;
}

/**
 * Finds the comments GitHub refuses (422) by bisection with pending reviews,
 * each deleted at once: a pending review is visible only to its author and
 * notifies no one. At most `budget` probes; what is left unproven counts as refused.
 */
async function findRejected(ctx: ActionContext, pullNumber: number, headSha: string, items: PlannedFinding[], budget = 16): Promise<Set<PlannedFinding>> {
  const rejected = new Set<PlannedFinding>();
  let probes = 0;
  const accepted = async (group: PlannedFinding[]): Promise<boolean> => {
    probes++;
    try {
      const { data } = await ctx.octokit.rest.pulls.createReview({
        owner: ctx.owner,
        repo: ctx.repo,
        pull_number: pullNumber,
        commit_id: headSha,
        comments: group.map((p) => p.comment!),
      });
      await ctx.octokit.rest.pulls.deletePendingReview({ owner: ctx.owner, repo: ctx.repo, pull_number: pullNumber, review_id: data.id });
      return true;
    } catch (error) {
      if (statusOf(error) === 422) return false;
      throw error;
    }
  };
  const search = async (group: PlannedFinding[], knownBad: boolean): Promise<void> => {
    if (group.length === 0) return;
    if (probes >= budget) {
      group.forEach((p) => rejected.add(p));
      return;
    }
    if (!knownBad && (await accepted(group))) return;
    if (group.length === 1) {
      rejected.add(group[0]);
      return;
    }
    const left = group.slice(0, group.length >> 1);
    const right = group.slice(group.length >> 1);
    const before = rejected.size;
    await search(left, false);
    // The whole group failed; when the left half passed, the right half holds the culprit.
    await search(right, rejected.size === before && knownBad);
  };
  await search(items, true);
  return rejected;
}

/** Posts the one review of this run: on 422, finds and drops the refused comments, and posts once. */
async function postReview(ctx: ActionContext, pullNumber: number, headSha: string, plan: ReviewPlan, texts: Map<string, string>): Promise<PostOutcome> {
  const count = (p: ReviewPlan) => ({
    inline: p.findings.filter((f) => f.placement === 'inline').length,
    body: p.findings.filter((f) => f.placement === 'body').length,
  });
  // Locations in the body link to the file at the reviewed commit.
  const web = typeof ctx.payload.repository?.html_url === 'string' ? ctx.payload.repository.html_url.replace(/\/+$/, '') : undefined;
  const fileUrl = web ? (path: string, line: number) => `${web}/blob/${headSha}/${encodePath(path)}#L${line}` : undefined;
  const payload = reviewPayload(plan, headSha, texts, fileUrl);
  if (!payload) return { posted: false, inline: 0, body: 0, rejected: 0 };
  const create = (body: typeof payload) => ctx.octokit.rest.pulls.createReview({ owner: ctx.owner, repo: ctx.repo, pull_number: pullNumber, ...body });
  try {
    await create(payload);
    return { posted: true, ...count(plan), rejected: 0 };
  } catch (error) {
    const status = statusOf(error);
    if (status !== 422 || payload.comments.length === 0) return { posted: false, ...count(plan), rejected: 0, failure: describeError(error) };
    ctx.log.warning(`initlint: GitHub refused the review (${describeError(error)}); finding which comment it refuses`);
    let rejected: Set<PlannedFinding>;
    try {
      rejected = await findRejected(
        ctx,
        pullNumber,
        headSha,
        plan.findings.filter((p) => p.placement === 'inline'),
      );
    } catch (probeError) {
      return { posted: false, ...count(plan), rejected: 0, failure: describeError(probeError) };
    }
    const retried = rejectComments(plan, rejected);
    try {
      await create(reviewPayload(retried, headSha, texts, fileUrl)!);
      for (const p of rejected) ctx.log.warning(`initlint: ${p.path}:${p.finding.line}: GitHub refused the inline comment; it is in the review body`);
      return { posted: true, ...count(retried), rejected: rejected.size };
    } catch (retryError) {
      return { posted: false, ...count(retried), rejected: rejected.size, failure: describeError(retryError) };
    }
  }
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { totalCount nodes { databaseId } } }
      }
    }
  }
}`;

/** Threads resolved per GraphQL request (aliased mutations in one document). */
export const RESOLVE_BATCH = 25;

/** One mutation document resolving `n` threads, `$t0`…: one request instead of n. */
function resolveMutation(n: number): string {
  const vars = Array.from({ length: n }, (_, i) => `$t${i}: ID!`).join(', ');
  const fields = Array.from({ length: n }, (_, i) => `  t${i}: resolveReviewThread(input: { threadId: $t${i} }) { thread { id isResolved } }`).join('\n');
  return `mutation(${vars}) {\n${fields}\n}`;
}

interface ThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: Array<{ id: string; isResolved: boolean; comments: { totalCount: number; nodes: Array<{ databaseId: number | null }> } }>;
      };
    } | null;
  } | null;
}

/**
 * Resolves the threads of initlint comments whose finding is gone. Never a
 * thread someone replied to, never one already resolved. Returns how many.
 */
async function resolveGone(ctx: ActionContext, pullNumber: number, gone: ExistingComment[]): Promise<number> {
  if (gone.length === 0) return 0;
  const wanted = new Set(gone.map((c) => c.id));
  const threads: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const data: ThreadsPage = await ctx.octokit.graphql<ThreadsPage>({
      query: THREADS_QUERY,
      url: ctx.graphqlUrl,
      owner: ctx.owner,
      repo: ctx.repo,
      number: pullNumber,
      after,
    });
    const connection = data.repository?.pullRequest?.reviewThreads;
    if (!connection) break;
    for (const t of connection.nodes) {
      const first = t.comments.nodes[0]?.databaseId;
      if (!t.isResolved && t.comments.totalCount === 1 && first != null && wanted.has(first)) threads.push(t.id);
    }
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  let resolved = 0;
  for (let i = 0; i < threads.length; i += RESOLVE_BATCH) {
    const batch = threads.slice(i, i + RESOLVE_BATCH);
    await ctx.octokit.graphql({ query: resolveMutation(batch.length), url: ctx.graphqlUrl, ...Object.fromEntries(batch.map((id, j) => [`t${j}`, id])) });
    resolved += batch.length;
  }
  return resolved;
}

/** The PR's files at its head, read a few at a time (contents-API fallbacks included), in the PR's order. */
async function readChanged(ctx: ActionContext, wanted: readonly PullFile[], headSha: string): Promise<{ inputs: LintInput[]; patches: Map<string, PullFile>; skipped: FileResult[] }> {
  const inputs: LintInput[] = [];
  const patches = new Map<string, PullFile>();
  const skipped: FileResult[] = [];
  const heads = new Array<Awaited<ReturnType<typeof readHead>>>(wanted.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(READ_CONCURRENCY, wanted.length) }, async () => {
      while (next < wanted.length) {
        const i = next++;
        heads[i] = await readHead(ctx, wanted[i], headSha);
      }
    }),
  );
  for (const [i, file] of wanted.entries()) {
    const head = heads[i];
    if (head === null) continue;
    if ('skipped' in head) {
      ctx.log.info(`initlint: ${file.filename}: ${head.skipped}`);
      skipped.push({ path: file.filename, kind: null, findings: [], skipped: head.skipped });
      continue;
    }
    inputs.push({ path: file.filename, text: head.text });
    patches.set(file.filename, file);
  }
  return { inputs, patches, skipped };
}

/** Lints the changed init files with the other init files of the checkout as cross-file context (nofilter: lints those too). */
async function lintChanged(ctx: ActionContext, listed: readonly PullFile[], inputs: readonly LintInput[], selected: (path: string) => boolean): Promise<FileResult[]> {
  const changedInit = inputs.filter((i) => classify(i.path, i.text.replace(/^\uFEFF/, '')) !== null);
  const { linter } = ctx;
  const changedPaths = new Set(listed.map((f) => f.filename));
  const nofilter = ctx.inputs.filterMode === 'nofilter';
  const others =
    changedInit.length || nofilter
      ? collectFiles(['.'], { cwd: ctx.workspace, ignore: linter.config.ignore, maxFileSize: linter.config.maxFileSize }).inputs.filter((i) => !changedPaths.has(i.path))
      : [];
  return nofilter ? await linter.lintFiles([...changedInit, ...others.filter((o) => selected(o.path))]) : await linter.lintFiles(changedInit, { context: await linter.parseContext(others) });
}

/** Resolves the threads of findings that are gone; returns the sentence for the summary. */
async function resolveFixedThreads(ctx: ActionContext, pullNumber: number, gone: Parameters<typeof resolveGone>[2]): Promise<string> {
  try {
    const resolved = await resolveGone(ctx, pullNumber, gone);
    if (!resolved) return '';
    ctx.log.info(`initlint: resolved ${resolved} thread${resolved === 1 ? '' : 's'} whose finding is fixed`);
    return ` Resolved ${resolved} thread${resolved === 1 ? '' : 's'} whose finding is fixed.`;
  } catch (error) {
    ctx.log.warning(`initlint: cannot resolve fixed threads (${describeError(error)})`);
    return '';
  }
}

/** What a posted review holds, naming only the parts it has ("2 inline comments and 3 findings in its body"). */
function reviewContents(outcome: { inline: number; body: number }): string {
  const inline = `${outcome.inline} inline comment${outcome.inline === 1 ? '' : 's'}`;
  const body = `${outcome.body} finding${outcome.body === 1 ? '' : 's'} in its body`;
  return outcome.body === 0 ? inline : outcome.inline === 0 ? body : `${inline} and ${body}`;
}

/** Posts the planned review and resolves stale threads; returns the summary sentence. */
async function postAndResolve(
  ctx: ActionContext,
  pr: { pullNumber: number; headSha: string },
  plan: ReturnType<typeof planReview>,
  texts: Map<string, string>,
  existing: Awaited<ReturnType<typeof listExisting>>,
  skipped: readonly FileResult[],
): Promise<string> {
  const { pullNumber } = pr;
  let summary: string;
  const outcome = await postReview(ctx, pullNumber, pr.headSha, plan, texts);
  if (outcome.failure) {
    ctx.log.warning(
      `initlint: cannot post the review (${outcome.failure}); the findings are in the annotations, the job summary and SARIF${/\b(403|404)\b/.test(outcome.failure) ? ' (a token without pull-requests: write, as on pull requests from forks, cannot review)' : ''}`,
    );
    summary = `Pull request #${pullNumber}: the review could not be posted (${outcome.failure}).`;
  } else if (outcome.posted) {
    ctx.log.info(`initlint: posted a review with ${reviewContents(outcome)}${outcome.rejected ? ` (${outcome.rejected} refused inline by GitHub)` : ''}`);
    summary = `Pull request #${pullNumber}: review posted with ${reviewContents(outcome)}.`;
  } else {
    ctx.log.info('initlint: nothing new to review');
    summary = `Pull request #${pullNumber}: nothing new since the last review.`;
  }
  // Threads of findings that are gone: not in any file linted now, and not in a file we could not read.
  const current = new Set(plan.findings.map((p) => p.id));
  const unreadable = new Set(skipped.map((s) => s.path));
  // A token that may not review (403/404) may not resolve threads either: no second warning.
  const forbidden = outcome.failure !== undefined && /^40[34]\b/.test(outcome.failure);
  const gone = forbidden ? [] : existing.comments.filter((c) => c.marker && !current.has(c.marker) && c.replies === 0 && !unreadable.has(c.path));
  return summary + (await resolveFixedThreads(ctx, pullNumber, gone));
}

/** The existing comments, or why they could not be listed. */
type Listing = { existing: Awaited<ReturnType<typeof listExisting>> } | { error: unknown };

/** Lists the existing comments without waiting: the requests run while the files are linted. */
function startListing(ctx: ActionContext, pullNumber: number): Promise<Listing> {
  return listExisting(ctx, pullNumber).then(
    (existing) => ({ existing }),
    (error: unknown) => ({ error }),
  );
}

/** The review step: plans it, and posts it unless reviews are off, the PR is closed, or existing comments cannot be listed. */
async function reviewPr(
  ctx: ActionContext,
  pr: { pullNumber: number; headSha: string; state?: string },
  reviewFiles: ReviewFile[],
  texts: Map<string, string>,
  skipped: readonly FileResult[],
  listing: Promise<Listing> | undefined,
): Promise<{ summary: string; plan: ReturnType<typeof planReview> }> {
  const { pullNumber } = pr;
  const planOptions = { filterMode: ctx.inputs.filterMode, suggestions: ctx.inputs.suggestions, maxComments: ctx.inputs.maxComments };
  const plan = planReview(reviewFiles, planOptions);
  if (!ctx.inputs.review) return { plan, summary: `Pull request #${pullNumber}: reviews are off (\`review: false\`).` };
  if (pr.state === 'closed') {
    ctx.log.info(`initlint: pull request #${pullNumber} is closed; not reviewing it`);
    return { plan, summary: `Pull request #${pullNumber} is closed: not reviewed.` };
  }
  const listed = await (listing ?? startListing(ctx, pullNumber));
  const existing = 'existing' in listed ? listed.existing : undefined;
  if ('error' in listed) {
    ctx.log.warning(
      `initlint: cannot list the pull request's review comments (${describeError(listed.error)}); no review posted, so that nothing is posted twice. The findings are in the annotations, the job summary and SARIF.`,
    );
  }
  if (!existing) return { plan, summary: `Pull request #${pullNumber}: existing review comments could not be listed, so no review was posted (to avoid duplicates).` };
  const posted = planReview(reviewFiles, { ...planOptions, existing: existing.posted });
  return { plan: posted, summary: await postAndResolve(ctx, pr, posted, texts, existing, skipped) };
}

/**
 * PR mode: lint the files the pull request changes (with the rest of the
 * checkout as cross-file context) and post one review with inline comments
 * and suggestions, no duplicates, stale threads resolved.
 */
export async function runPr(ctx: ActionContext): Promise<ModeResult> {
  const pr = ctx.payload.pull_request as { number?: number; head?: { sha?: string }; changed_files?: number; state?: string } | undefined;
  if (!pr?.number || !pr.head?.sha) {
    throw new Error('the event has no pull request (a number and a head sha); under workflow_run from a fork, set INITLINT_PULL_REQUEST to the PR number');
  }
  const pullNumber = pr.number;
  const headSha = pr.head.sha;
  const { owner, repo } = ctx;

  let listed: PullFile[];
  try {
    listed = await ctx.octokit.paginate(ctx.octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
  } catch (error) {
    ctx.log.warning(`initlint: cannot list the pull request's files (${describeError(error)}); linting the whole checkout instead, no review posted`);
    const tree = await runTree(ctx);
    return { ...tree, summary: `Could not list the files of pull request #${pullNumber}; linted the whole checkout instead. No review was posted.` };
  }
  const total = Math.max(pr.changed_files ?? 0, listed.length);
  if (total >= MAX_LISTED_FILES) {
    ctx.log.info(`initlint: GitHub lists at most ${MAX_LISTED_FILES} files of a pull request; this one changes ${total}, so files past the first ${listed.length} are not linted`);
  }

  const selected = pathFilter(ctx.inputs.paths);
  const ignored = ctx.linter.config.ignore.length ? picomatch(ctx.linter.config.ignore, { dot: true }) : () => false;
  const wanted = listed.filter((f) => f.status !== 'removed' && selected(f.filename) && !ignored(f.filename));
  const { inputs, patches, skipped } = await readChanged(ctx, wanted, headSha);
  // The existing comments are listed while the files are linted (a review that is not posted never reads them).
  const listing = ctx.inputs.review && pr.state !== 'closed' ? startListing(ctx, pullNumber) : undefined;
  const results = await lintChanged(ctx, listed, inputs, selected);
  const linted = results.filter((r) => r.kind !== null);

  const reviewFiles: ReviewFile[] = linted.map((r) => {
    const file = patches.get(r.path);
    return {
      path: r.path,
      text: r.text ?? '',
      findings: r.findings,
      hunks: file ? (file.patch === undefined ? 'unknown' : parsePatch(file.patch)) : [],
      changed: file !== undefined,
      ...(file ? { status: file.status } : {}),
    };
  });
  const texts = new Map(linted.map((r) => [r.path, r.text ?? '']));
  const { summary, plan } = await reviewPr(ctx, { pullNumber, headSha, ...(pr.state ? { state: pr.state } : {}) }, reviewFiles, texts, skipped, listing);
  const scoped = new Set<Finding>(plan.findings.filter((p) => p.placement !== 'out').map((p) => p.finding));
  return { results: [...results, ...skipped], summary, inScope: (_path, finding) => scoped.has(finding) };
}
