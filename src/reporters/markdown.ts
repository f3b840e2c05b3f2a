/**
 * The one sanitizer for untrusted text that reaches markdown (review comments,
 * the job summary, the audit's issue and pull request). A scanned file's text
 * and name must not ping people (`@user`), cross-link issues, pull requests or
 * commits (`#1`, `GH-1`, `owner/repo#1`, a 40-hex sha), become a link (bare
 * `https://…`, `www.…`), hide or forge HTML (`<!-- … -->`), or break out of a
 * table cell, code span or code fence.
 */

/** Invisible, and enough to stop GitHub's autolinker (it needs the exact characters). */
const ZWSP = '\u200B';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;',
  '|': '&#124;',
  '[': '&#91;',
  ']': '&#93;',
  '*': '&#42;',
  '_': '&#95;',
  '~': '&#126;',
  '\\': '&#92;',
  '!': '&#33;',
};

/** The longest run of `char` in `text`. */
function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/**
 * Plain text made inert in a paragraph or table cell: line breaks become
 * spaces, other control characters U+FFFD; what GitHub would link or notify
 * gets a zero-width space; markdown and HTML characters become entities.
 */
export function neutralize(text: string): string {
  return (
    text
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '\uFFFD')
      // @mention, #12, owner/repo#12, GH-12 (case-insensitive on GitHub).
      .replace(/([@#])(?=[\w-])/g, `$1${ZWSP}`)
      .replace(/\b(gh-)(?=\d)/gi, `$1${ZWSP}`)
      // https://…, http://…, ftp://… and www.… autolinks.
      .replace(/([a-z][a-z0-9+.-]*:)(?=\/\/)/gi, `$1${ZWSP}`)
      .replace(/\b(www)\./gi, `$1${ZWSP}.`)
      // A 40-hex sha links to its commit; so does any prefix of 7 or more: break it every 6.
      .replace(/\b[0-9a-f]{40}\b/gi, (sha) => sha.replace(/(.{6})(?=.)/g, `$1${ZWSP}`))
      .replace(/[&<>`|[\]*_~\\!]/g, (c) => ENTITIES[c])
  );
}

/**
 * A fenced code block whose fence is longer than any backtick run inside, so
 * the content cannot close it. Content is shown verbatim: GitHub neither
 * renders HTML nor resolves mentions or links inside code.
 */
export function fence(content: string, info = ''): string {
  const ticks = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
  const body = content.replace(/\r\n?/g, '\n');
  return `${ticks}${info}\n${body}${body === '' || body.endsWith('\n') ? '' : '\n'}${ticks}`;
}

/** An inline code span that holds `text` whatever backticks it contains (newlines become spaces). */
export function code(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const ticks = '`'.repeat(longestRun(flat, '`') + 1);
  // A span that starts or ends with a backtick (or a space) needs padding, which CommonMark strips.
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** Where the code span opened by the backtick run at `open` (of length n) closes, or -1. */
function spanClose(flat: string, open: number, n: number): number {
  // CommonMark: the span closes at the next run of exactly n backticks.
  for (let j = open + n; j < flat.length;) {
    if (flat[j] !== '`') {
      j++;
      continue;
    }
    let m = 0;
    while (flat[j + m] === '`') m++;
    if (m === n) return j;
    j += m;
  }
  return -1;
}

/**
 * A one-line message (rule messages quote file content in backticks) made
 * safe for markdown: code spans are kept when they are well formed, the rest
 * is neutralised. A lone or unbalanced backtick run becomes entities, so it
 * cannot open a span that swallows what follows.
 */
export function inlineText(text: string, options: { table?: boolean } = {}): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  let out = '';
  let i = 0;
  while (i < flat.length) {
    const open = flat.indexOf('`', i);
    if (open < 0) {
      out += neutralize(flat.slice(i));
      break;
    }
    out += neutralize(flat.slice(i, open));
    let n = 0;
    while (flat[open + n] === '`') n++;
    const close = spanClose(flat, open, n);
    if (close < 0) {
      out += neutralize('`'.repeat(n));
      i = open + n;
      continue;
    }
    const span = flat.slice(open, close + n);
    // GFM splits table rows on `|` before reading code spans; `\|` is kept as `|` inside them.
    out += options.table ? span.replace(/\|/g, '\\|') : span;
    i = close + n;
  }
  return out;
}

/**
 * A link built by initlint: the text is neutralised (or shown as a code span
 * with `{ code }`); the URL must be an https URL with nothing that could end
 * the link, else the text comes without it.
 */
export function link(text: string | { code: string }, url: string | undefined): string {
  const label = typeof text === 'string' ? neutralize(text) : code(text.code);
  return url && /^https:\/\/[^\s()<>[\]]+$/.test(url) ? `[${label}](${url})` : label;
}

/**
 * A repository path as a URL path: each segment percent-encoded, including
 * the characters encodeURIComponent leaves (a `)` would end a markdown link).
 */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** Plural with the count: `plural(1, 'file')` → `1 file`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * A finding's message. Its first line is prose (code spans kept, the rest
 * neutralised); further lines are commands or file text (a rule's
 * `systemctl enable a@x b@y` line) and are shown verbatim so they can be
 * copied: as a fenced block where blocks are allowed, else as code spans.
 */
export function messageMarkdown(message: string, options: { block?: boolean; table?: boolean } = {}): string {
  const [first = '', ...rest] = message.split(/\r\n|\r|\n/);
  const more = rest.filter((line) => line.trim() !== '');
  const head = inlineText(first, { table: options.table });
  if (more.length === 0) return head;
  if (options.block) return `${head}\n\n${fence(more.join('\n'))}`;
  const spans = more.map((line) => code(line));
  return `${head} ${(options.table ? spans.map((s) => s.replace(/\|/g, '\\|')) : spans).join(' ')}`;
}
