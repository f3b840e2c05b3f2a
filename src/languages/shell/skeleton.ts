/**
 * The "skeleton" of a script, for verifying tree-sitter's syntax errors.
 *
 * tree-sitter-bash reports ERROR nodes on some scripts that `bash -n` accepts
 * (quotes inside glob brackets, `for i do`, `<<=cut` here-documents, odd
 * content inside quotes and backticks). The skeleton keeps the structure that
 * real syntax errors are about — keywords, operators, parentheses, braces, the
 * quote characters themselves — and blanks the content tree-sitter trips on,
 * at the same length and with the same line breaks, so offsets are unchanged.
 * An error is reported only when the skeleton has one too.
 */

const WORD_BREAK = new Set([undefined, ' ', '\t', '\n', '\r', ';', '&', '|', '(', ')', '<', '>', '`']);

export function skeleton(text: string): string {
  const out = text.split('');
  const n = text.length;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < n; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = 'x';
  };
  /** Here-documents waiting for the end of the current line: [delimiter, strip tabs]. */
  const pending: Array<[string, boolean]> = [];

  /** Skips a here-document body starting at `i` (the start of a line); returns the index after it. */
  const heredocBody = (i: number, delimiter: string, tabs: boolean): number => {
    while (i < n) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      let line = text.slice(i, end).replace(/\r$/, '');
      if (tabs) line = line.replace(/^\t+/, '');
      if (line === delimiter) {
        // Normalise the terminator like the delimiter (see below).
        const at = text.indexOf(delimiter, i);
        for (let k = 0; k < delimiter.length; k++) if (!/\w/.test(delimiter[k])) out[at + k] = 'x';
        return end + 1;
      }
      blank(i, end);
      i = end + 1;
    }
    return n;
  };

  /** Scans shell code from `i` until an unmatched `)` (when `close`) or the end; returns the index of that `)` or n. */
  const code = (i: number, close: boolean, depthLimit: number): number => {
    let depth = 0;
    while (i < n) {
      const c = text[i];
      const prev = i > 0 ? text[i - 1] : undefined;
      if (c === '\n') {
        i++;
        while (pending.length > 0 && i < n) {
          const [delimiter, tabs] = pending.shift()!;
          i = heredocBody(i, delimiter, tabs);
        }
        pending.length = 0;
        continue;
      }
      if (c === '\\') {
        if (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n')) {
          i += 2;
          continue;
        }
        blank(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '#' && WORD_BREAK.has(prev)) {
        const end = text.indexOf('\n', i);
        i = end < 0 ? n : end;
        continue;
      }
      if (c === "'") {
        const end = text.indexOf("'", i + 1);
        if (end < 0) return n; // unclosed: leave as is, it is a real error
        blank(i + 1, end);
        i = end + 1;
        continue;
      }
      if (c === '"') {
        const end = doubleQuoted(i + 1, depthLimit);
        if (end >= n) return n;
        blank(i + 1, end);
        i = end + 1;
        continue;
      }
      if (c === '`') {
        const end = backtick(i + 1);
        if (end >= n) return n;
        // A backtick substitution becomes `${xxx}` (or `$xx`): an expansion of the same length.
        const len = end + 1 - i;
        if (len >= 4) {
          out[i] = '$';
          out[i + 1] = '{';
          for (let k = i + 2; k < end; k++) out[k] = 'x';
          out[end] = '}';
        } else if (len === 3) {
          out[i] = '$';
          out[i + 1] = 'x';
          out[i + 2] = 'x';
        }
        i = end + 1;
        continue;
      }
      if (c === '~') {
        out[i] = 'x';
        i++;
        continue;
      }
      // `[ … ]` becomes the `:` command: tree-sitter-bash's test-command rule misreads some valid
      // scripts far past the `]` (and a `]` missing before `;` is a run-time error, not a syntax one).
      if (c === '[' && WORD_BREAK.has(prev) && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        out[i] = ':';
        i++;
        continue;
      }
      // Glob brackets inside a word (`*["x"]*`): only `[` at a word start is the test command.
      if (c === '[' && !WORD_BREAK.has(prev) && prev !== '[' && prev !== '$') {
        const end = text.indexOf(']', i);
        const nl = text.indexOf('\n', i);
        if (end > 0 && (nl < 0 || end < nl)) {
          out[i] = 'x';
          out[end] = 'x';
        }
        i++;
        continue;
      }
      if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<' && prev !== '<') {
        const m = /^<<(-?)[ \t]*(\\?)(['"]?)([^\s'";&|<>()]+)\3/.exec(text.slice(i, i + 200));
        if (m && !/^\d/.test(m[4])) {
          pending.push([m[4], m[1] === '-']);
          const at = i + m[0].length - m[3].length - m[4].length;
          for (let k = 0; k < m[4].length; k++) if (!/\w/.test(m[4][k])) out[at + k] = 'x';
          i += m[0].length;
          continue;
        }
      }
      // `for i do` (POSIX: no `in` and no `;`) → `for i;do`.
      if (c === 'f' && WORD_BREAK.has(prev)) {
        const m = /^for[ \t]+[A-Za-z_]\w*([ \t]+)do\b/.exec(text.slice(i, i + 100));
        if (m) {
          out[i + m[0].length - 2 - m[1].length] = ';';
          i += m[0].length;
          continue;
        }
      }
      // An empty assignment (`a= b=5<newline>while …`, `IFS= read`): tree-sitter-bash may join the
      // next line to it; `a; b=5` keeps the structure.
      if (WORD_BREAK.has(prev) && /[A-Za-z_]/.test(c)) {
        const m = /^[A-Za-z_]\w*=(?=[ \t]|\r?\n)/.exec(text.slice(i, i + 256));
        if (m) {
          out[i + m[0].length - 1] = ';';
          i += m[0].length;
          continue;
        }
      }
      // A pattern word that starts with `*` and goes on with a quote or an expansion (`*" $i "*);;`,
      // `*${x}*)echo;;`): tree-sitter-bash cannot end it at a `)` glued to `;;` or a command. The
      // leading `*` becomes a letter: the same word to a parser.
      if (c === '*' && WORD_BREAK.has(prev) && (text[i + 1] === '"' || text[i + 1] === "'" || text[i + 1] === '$')) {
        out[i] = 'x';
        i++;
        continue;
      }
      // A build-time placeholder (`@IS_SYSV_RC@`, `@USEPOSTGRES@`) is a word to the shell; tree-sitter-bash
      // trips on `@`.
      if (c === '@' && prev !== '$') {
        const m = /^@[A-Za-z_][A-Za-z0-9_]*@/.exec(text.slice(i, i + 128));
        if (m) {
          out[i] = 'x';
          out[i + m[0].length - 1] = 'x';
          i += m[0].length;
          continue;
        }
      }
      // `! { …; }` / `! ( … )` (a negated group): tree-sitter-bash wants a simple command after `!`.
      if (c === '!' && WORD_BREAK.has(prev) && /^![ \t]+[{(]/.test(text.slice(i, i + 64))) {
        out[i] = ' ';
        i++;
        continue;
      }
      // `! VAR=value` (a negated assignment) → `: VAR=value`.
      if (c === '!' && WORD_BREAK.has(prev) && /^![ \t]+[A-Za-z_]\w*=/.test(text.slice(i, i + 100))) {
        out[i] = ':';
        i++;
        continue;
      }
      // `a)opt=1;;` (an assignment glued to a case pattern's `)`): tree-sitter-bash needs a blank.
      if (c === ')' && /^\)[A-Za-z_]\w*=/.test(text.slice(i, i + 256))) out[i + 1] = ' ';
      if (c === '(') depth++;
      if (c === ')') {
        if (close && depth === 0) return i;
        depth = Math.max(0, depth - 1);
      }
      i++;
    }
    return n;
  };

  /** Index of the closing backtick for one opened before `i`. */
  const backtick = (i: number): number => {
    while (i < n) {
      if (text[i] === '\\') i += 2;
      else if (text[i] === '`') return i;
      else i++;
    }
    return n;
  };

  /** Index of the closing `"` for one opened before `i`, skipping nested substitutions. */
  const doubleQuoted = (i: number, depthLimit: number): number => {
    while (i < n) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '"') return i;
      else if (c === '`') i = backtick(i + 1) + 1;
      else if (c === '$' && text[i + 1] === '(' && depthLimit > 0) i = code(i + 2, true, depthLimit - 1) + 1;
      else if (c === '$' && text[i + 1] === '{' && depthLimit > 0) i = braced(i + 2, depthLimit - 1) + 1;
      else i++;
    }
    return n;
  };

  /** Index of the `}` closing a `${` opened before `i`. */
  const braced = (i: number, depthLimit: number): number => {
    while (i < n) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '}') return i;
      else if (c === '"') i = doubleQuoted(i + 1, depthLimit) + 1;
      else if (c === "'") {
        const end = text.indexOf("'", i + 1);
        i = end < 0 ? n : end + 1;
      } else if (c === '$' && text[i + 1] === '{' && depthLimit > 0) i = braced(i + 2, depthLimit - 1) + 1;
      else i++;
    }
    return n;
  };

  code(0, false, 50);
  return out.join('');
}
