/**
 * Markdown for text that comes from scanned files. A PR's files are untrusted:
 * their content must not ping people (`@user`), link issues (`#1`), hide or
 * forge HTML (`<!-- … -->`), or break out of a code fence.
 */

const ZWJ = '\u200d';

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
 * A fenced code block whose fence is longer than any backtick run inside, so
 * the content cannot close it. Content is shown verbatim: GitHub neither
 * renders HTML nor resolves mentions inside code.
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

/** Escapes plain (non-code) text: markdown punctuation, HTML, mentions and issue references. */
function escapePlain(text: string): string {
  return text
    .replace(/[\\*_[\]()!~|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Only where GitHub would link: @ before a login, # before an issue number.
    .replace(/@(?=[A-Za-z0-9])|#(?=\d)/g, (c) => c + ZWJ)
    .replace(/`/g, '\\`');
}

/**
 * A one-line message (rule messages quote file content in backticks) made
 * safe for markdown: code spans are kept when they are well formed, the rest
 * is escaped. A lone or unbalanced backtick run is escaped, so it cannot open
 * a span that swallows what follows.
 */
export function inlineText(text: string, options: { table?: boolean } = {}): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  let out = '';
  let i = 0;
  while (i < flat.length) {
    const open = flat.indexOf('`', i);
    if (open < 0) {
      out += escapePlain(flat.slice(i));
      break;
    }
    out += escapePlain(flat.slice(i, open));
    let n = 0;
    while (flat[open + n] === '`') n++;
    // CommonMark: the span closes at the next run of exactly n backticks.
    let close = -1;
    for (let j = open + n; j < flat.length; ) {
      if (flat[j] !== '`') {
        j++;
        continue;
      }
      let m = 0;
      while (flat[j + m] === '`') m++;
      if (m === n) {
        close = j;
        break;
      }
      j += m;
    }
    if (close < 0) {
      out += '\\`'.repeat(n);
      i = open + n;
      continue;
    }
    out += flat.slice(open, close + n);
    i = close + n;
  }
  // GFM splits table rows on `|` before reading code spans; `\|` is kept as `|` inside them too.
  return options.table ? out.replace(/(?<!\\)\|/g, '\\|') : out;
}

/** A markdown link whose text is escaped; the URL must be one of ours (rule docs). */
export function link(text: string, url: string | undefined): string {
  return url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${text}](${url})` : text;
}

/**
 * A finding's message. Its first line is prose (code spans kept, the rest
 * escaped); further lines are commands or file text (a rule's
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
