/**
 * A pull-request review drawn as GitHub's conversation tab shows it: the
 * review's body under "github-actions bot reviewed", then each inline comment
 * as a thread — the file's path, the diff lines the comment sits on, and the
 * comment, whose ```suggestion block is GitHub's "Suggested change" (the lines
 * it replaces in red, the suggestion in green). Markdown goes through
 * scripts/screenshots.ts (GitHub-flavoured markdown, GitHub's markdown CSS).
 * Plain TypeScript with erasable syntax only, so Node 24 runs it as is.
 */
import { htmlPage, markdownToHtml } from './screenshots.ts';

/** The review as initlint posts it (POST /repos/{owner}/{repo}/pulls/{n}/reviews). */
export interface PostedReview {
  commit_id: string;
  event: string;
  body: string;
  comments: Array<{ path: string; body: string; line: number; side?: string; start_line?: number; start_side?: string }>;
}

/** One row of a unified diff, with its old and new line numbers. */
export interface DiffRow {
  kind: '+' | '-' | ' ';
  old?: number;
  new?: number;
  text: string;
}

export function diffRows(patch: string): DiffRow[] {
  const rows: DiffRow[] = [];
  let oldLine = 0;
  let newLine = 0;
  for (const raw of patch.split('\n')) {
    const h = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (h) [oldLine, newLine] = [Number(h[1]), Number(h[2])];
    else if (raw.startsWith('+')) rows.push({ kind: '+', new: newLine++, text: raw.slice(1) });
    else if (raw.startsWith('-')) rows.push({ kind: '-', old: oldLine++, text: raw.slice(1) });
    else if (raw.startsWith(' ')) rows.push({ kind: ' ', old: oldLine++, new: newLine++, text: raw.slice(1) });
  }
  return rows;
}

/** The diff rows GitHub shows above a comment on new lines start..end: those lines, and up to `context` rows before them. */
export function rowsAbove(rows: readonly DiffRow[], start: number, end: number, context = 3): DiffRow[] {
  const first = rows.findIndex((r) => r.new === start);
  const last = rows.findIndex((r) => r.new === end);
  if (first < 0 || last < 0) return [];
  return rows.slice(Math.max(0, first - context), last + 1);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GitHub shows a tab as this many columns in diffs. */
const tabs = (text: string) => text.replace(/\t/g, '        ');

function diffTable(rows: ReadonlyArray<{ kind: '+' | '-' | ' '; old?: number; new?: number; text: string }>, highlight?: { start: number; end: number }): string {
  const cells = rows.map((r) => {
    const marked = highlight && r.new !== undefined && r.new >= highlight.start && r.new <= highlight.end ? ' selected' : '';
    const cls = r.kind === '+' ? 'add' : r.kind === '-' ? 'del' : 'ctx';
    return `<tr class="${cls}${marked}"><td class="num">${r.old ?? ''}</td><td class="num">${r.new ?? ''}</td><td class="code"><span class="sign">${r.kind === ' ' ? '' : r.kind}</span>${escapeHtml(tabs(r.text))}</td></tr>`;
  });
  return `<table class="diff">${cells.join('')}</table>`;
}

/**
 * GitHub's "Suggested change": the commented lines of the head (red) and the
 * suggestion's lines (green), each numbered from the first commented line.
 */
export function suggestedChange(replaced: readonly string[], suggested: readonly string[], start: number): string {
  const rows = [...replaced.map((text, i) => ({ kind: '-' as const, new: start + i, text })), ...suggested.map((text, i) => ({ kind: '+' as const, new: start + i, text }))];
  const cells = rows.map((r) => `<tr class="${r.kind === '+' ? 'add' : 'del'}"><td class="num">${r.new}</td><td class="code"><span class="sign">${r.kind}</span>${escapeHtml(tabs(r.text))}</td></tr>`);
  return `<div class="suggestion"><div class="suggestion-head">Suggested change</div><table class="diff">${cells.join('')}</table><div class="suggestion-foot"><span class="button">Commit suggestion</span><span class="button">Add suggestion to batch</span></div></div>`;
}

/** GitHub colours the lines of a ```diff block: additions green, deletions red. */
function colourDiffBlocks(html: string): string {
  return html.replace(/<pre><code class="language-diff">([\s\S]*?)<\/code><\/pre>/g, (_, body: string) => {
    const lines = body.replace(/\n$/, '').split('\n');
    const coloured = lines.map((l) => (l.startsWith('+') ? `<span class="pl-mi1">${l}</span>` : l.startsWith('-') ? `<span class="pl-md">${l}</span>` : l));
    return `<pre><code class="language-diff">${coloured.join('\n')}\n</code></pre>`;
  });
}

/** A comment's body as GitHub renders it, its ```suggestion block drawn against the lines it replaces. */
export function commentHtml(body: string, head: readonly string[], start: number, end: number): string {
  // The fence is as long as the block needs (a run of backticks in the file makes it longer).
  const fence = /^(`{3,})suggestion\n([\s\S]*?)\n?\1$/m;
  const m = fence.exec(body);
  if (!m) return colourDiffBlocks(markdownToHtml(body));
  const suggested = m[2] === '' ? [] : m[2].split(/\r?\n/);
  const placeholder = 'INITLINT-SUGGESTION-PLACEHOLDER';
  const html = colourDiffBlocks(markdownToHtml(body.replace(m[0], placeholder)));
  return html.replace(`<p>${placeholder}</p>`, suggestedChange(head.slice(start - 1, end), suggested, start));
}

const AVATAR = '<span class="avatar"></span>';
const BOT = '<b>github-actions</b> <span class="bot">bot</span>';

/** The whole conversation-tab picture of one review. */
export function drawReview(input: { title: string; number: number; review: PostedReview; heads: Record<string, string>; patches: Record<string, string> }): string {
  const { review } = input;
  const threads = review.comments.map((c) => {
    const start = c.start_line ?? c.line;
    const head = (input.heads[c.path] ?? '').split(/\r?\n/);
    const rows = rowsAbove(diffRows(input.patches[c.path] ?? ''), start, c.line);
    const lines = start === c.line ? '' : `<span class="lines">Comment on lines +${start} to +${c.line}</span>`;
    return [
      '<div class="thread">',
      `<div class="thread-head"><span class="path">${escapeHtml(c.path)}</span>${lines}</div>`,
      diffTable(rows, { start, end: c.line }),
      `<div class="comment"><div class="comment-head">${AVATAR}${BOT}</div><div class="markdown-body">${commentHtml(c.body, head, start, c.line)}</div></div>`,
      '</div>',
    ].join('');
  });
  const body = [
    `<h1 class="title">${escapeHtml(input.title)} <span class="number">#${input.number}</span></h1>`,
    `<div class="review-head">${AVATAR}${BOT} reviewed</div>`,
    review.body ? `<div class="box markdown-body">${markdownToHtml(review.body)}</div>` : '',
    ...threads,
  ].join('\n');
  return htmlPage(body, { width: REVIEW_WIDTH, css: REVIEW_CSS });
}

/** The job summary as the run page shows it, under the step's heading. */
export function drawSummary(markdown: string): string {
  return htmlPage(`<div class="summary-head">initlint summary</div><div class="box markdown-body">${markdownToHtml(markdown)}</div>`, { width: SUMMARY_WIDTH, css: REVIEW_CSS });
}

/** The conversation column of a pull request on a desktop browser. */
export const REVIEW_WIDTH = 860;
/** The job summary card of a run page. */
export const SUMMARY_WIDTH = 1000;

/** Primer's colours and measures for the parts around the markdown (GitHub's light theme). */
const REVIEW_CSS = `
body { margin: 0; background: #ffffff; color: #1f2328; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 14px; }
.page { box-sizing: border-box; padding: 16px 20px; }
.title { font-size: 24px; font-weight: 400; margin: 0 0 16px; }
.title .number { color: #59636e; font-weight: 300; }
.avatar { display: inline-block; width: 20px; height: 20px; border-radius: 6px; background: #2da44e; vertical-align: middle; margin-right: 8px; }
.bot { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 6px; font-size: 12px; color: #59636e; }
.review-head, .summary-head { margin: 0 0 8px; color: #59636e; }
.review-head b, .summary-head { color: #1f2328; }
.summary-head { font-weight: 600; font-size: 16px; }
.box { border: 1px solid #d1d9e0; border-radius: 6px; padding: 12px 16px !important; margin-bottom: 16px; }
.markdown-body { font-size: 14px; }
.markdown-body > :last-child { margin-bottom: 0 !important; }
.thread { border: 1px solid #d1d9e0; border-radius: 6px; margin: 0 0 16px; overflow: hidden; }
.thread-head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 12px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.thread-head .lines { float: right; font-family: -apple-system, "Segoe UI", sans-serif; color: #59636e; }
.comment { padding: 12px 16px; border-top: 1px solid #d1d9e0; }
.comment-head { margin-bottom: 8px; }
.markdown-body table.diff, table.diff { display: table; max-width: none; margin: 0; border-collapse: collapse; width: 100%; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; line-height: 20px; }
.markdown-body table.diff tr, table.diff tr { border: 0; background: transparent; }
.markdown-body table.diff td, table.diff td { border: 0; padding: 0 8px; vertical-align: top; }
table.diff td.num { width: 1%; min-width: 32px; text-align: right; color: #59636e; white-space: nowrap; }
table.diff td.code { white-space: pre-wrap; word-break: break-all; }
table.diff .sign { display: inline-block; width: 14px; }
tr.add td { background: #dafbe1; } tr.add td.num { background: #aceebb; }
tr.del td { background: #ffebe9; } tr.del td.num { background: #ffcecb; }
tr.selected td.num:first-child { box-shadow: inset 3px 0 0 #bf8700; }
.suggestion { border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; margin-bottom: 16px; }
.suggestion-head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 6px 12px; font-size: 12px; color: #59636e; }
.suggestion-foot { background: #f6f8fa; border-top: 1px solid #d1d9e0; padding: 6px 12px; text-align: right; }
.suggestion-foot .button { display: inline-block; margin-left: 8px; padding: 2px 10px; border: 1px solid #d1d9e0; border-radius: 6px; background: #f6f8fa; font-size: 12px; color: #25292e; }
.markdown-body .pl-mi1 { color: #116329; background: #dafbe1; }
.markdown-body .pl-md { color: #82071e; background: #ffebe9; }
`;
