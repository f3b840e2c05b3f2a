/**
 * Markdown for issue and pull-request bodies built from scanned files. File
 * text is untrusted: it must not mention people, link issues, open HTML or
 * break out of a table cell or code span.
 */

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

/**
 * Plain text safe inside a markdown paragraph or table cell: markdown and
 * HTML characters become entities, `@name` and `#123` get a zero-width space
 * so that GitHub neither notifies anyone nor cross-links an issue, and line
 * breaks become spaces.
 */
export function neutralize(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/([@#])(?=[\w-])/g, '$1\u200B')
    .replace(/[&<>`|[\]*_~\\!]/g, (c) => ENTITIES[c]);
}

/** `[text](url)` with the text neutralised; the url must be built by us. */
export function link(text: string, url: string): string {
  return `[${neutralize(text)}](${url})`;
}

/** A repository path as a URL path: each segment percent-encoded. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Plural with the count: `plural(1, 'file')` → `1 file`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
