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

/** Not handled by a step: the scan goes on with the next one. */
const NOT_HERE = -1;

/** Writes the skeleton of one script; each step takes an index and returns where the scan goes on. */
class SkeletonWriter {
  readonly out: string[];
  private readonly n: number;
  /** Here-documents waiting for the end of the current line: [delimiter, strip tabs]. */
  private readonly pending: Array<[string, boolean]> = [];

  constructor(private readonly text: string) {
    this.out = text.split('');
    this.n = text.length;
  }

  private blank(from: number, to: number): void {
    for (let k = from; k < to && k < this.n; k++) if (this.out[k] !== '\n' && this.out[k] !== '\r') this.out[k] = 'x';
  }

  /** Skips a here-document body starting at `i` (the start of a line); returns the index after it. */
  private heredocBody(i: number, delimiter: string, tabs: boolean): number {
    const { text, n } = this;
    while (i < n) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      let line = text.slice(i, end).replace(/\r$/, '');
      if (tabs) line = line.replace(/^\t+/, '');
      if (line === delimiter) {
        // Normalise the terminator like the delimiter (see heredocStart).
        const at = text.indexOf(delimiter, i);
        for (let k = 0; k < delimiter.length; k++) if (!/\w/.test(delimiter[k])) this.out[at + k] = 'x';
        return end + 1;
      }
      this.blank(i, end);
      i = end + 1;
    }
    return n;
  }

  /** Scans shell code from `i` until an unmatched `)` (when `close`) or the end; returns the index of that `)` or n. */
  code(i: number, close: boolean, depthLimit: number): number {
    const { text, n } = this;
    let depth = 0;
    while (i < n) {
      const next = this.quoting(i, depthLimit);
      if (next !== NOT_HERE) {
        i = next;
        continue;
      }
      const rewritten = this.rewrite(i);
      if (rewritten !== NOT_HERE) {
        i = rewritten;
        continue;
      }
      const c = text[i];
      // `a)opt=1;;` (an assignment glued to a case pattern's `)`): tree-sitter-bash needs a blank.
      if (c === ')' && /^\)[A-Za-z_]\w*=/.test(text.slice(i, i + 256))) this.out[i + 1] = ' ';
      if (c === '(') depth++;
      if (c === ')') {
        if (close && depth === 0) return i;
        depth = Math.max(0, depth - 1);
      }
      i++;
    }
    return n;
  }

  /** Line ends (and the here-documents they start), escapes, comments, quotes and backticks. */
  private quoting(i: number, depthLimit: number): number {
    const { text, n } = this;
    const c = text[i];
    if (c === '\n') {
      i++;
      while (this.pending.length > 0 && i < n) {
        const [delimiter, tabs] = this.pending.shift()!;
        i = this.heredocBody(i, delimiter, tabs);
      }
      this.pending.length = 0;
      return i;
    }
    if (c === '\\') {
      const continuation = text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n');
      if (!continuation) this.blank(i, i + 2);
      return i + 2;
    }
    if (c === '#' && WORD_BREAK.has(i > 0 ? text[i - 1] : undefined)) {
      const end = text.indexOf('\n', i);
      return end < 0 ? n : end;
    }
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return n; // unclosed: leave as is, it is a real error
      this.blank(i + 1, end);
      return end + 1;
    }
    if (c === '"') {
      const end = this.doubleQuoted(i + 1, depthLimit);
      if (end >= n) return n;
      this.blank(i + 1, end);
      return end + 1;
    }
    if (c === '`') return this.backtickSubstitution(i);
    return NOT_HERE;
  }

  /** A backtick substitution becomes `${xxx}` (or `$xx`): an expansion of the same length. */
  private backtickSubstitution(i: number): number {
    const end = this.backtick(i + 1);
    if (end >= this.n) return this.n;
    const len = end + 1 - i;
    if (len >= 4) {
      this.out[i] = '$';
      this.out[i + 1] = '{';
      for (let k = i + 2; k < end; k++) this.out[k] = 'x';
      this.out[end] = '}';
    } else if (len === 3) {
      this.out[i] = '$';
      this.out[i + 1] = 'x';
      this.out[i + 2] = 'x';
    }
    return end + 1;
  }

  /** The rewrites of constructs tree-sitter-bash misreads, in order; NOT_HERE when none applies at `i`. */
  private rewrite(i: number): number {
    let next = this.brackets(i);
    if (next === NOT_HERE) next = this.heredocStart(i);
    if (next === NOT_HERE) next = this.forAndAssignment(i);
    if (next === NOT_HERE) next = this.patternsAndNegations(i);
    return next;
  }

  /** `~`, `[ … ]` as a command, and glob brackets inside a word. */
  private brackets(i: number): number {
    const { text } = this;
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    if (c === '~') {
      this.out[i] = 'x';
      return i + 1;
    }
    // `[ … ]` becomes the `:` command: tree-sitter-bash's test-command rule misreads some valid
    // scripts far past the `]` (and a `]` missing before `;` is a run-time error, not a syntax one).
    if (c === '[' && WORD_BREAK.has(prev) && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      this.out[i] = ':';
      return i + 1;
    }
    // Glob brackets inside a word (`*["x"]*`): only `[` at a word start is the test command.
    if (c === '[' && !WORD_BREAK.has(prev) && prev !== '[' && prev !== '$') {
      const end = text.indexOf(']', i);
      const nl = text.indexOf('\n', i);
      if (end > 0 && (nl < 0 || end < nl)) {
        this.out[i] = 'x';
        this.out[end] = 'x';
      }
      return i + 1;
    }
    return NOT_HERE;
  }

  /** `<<EOF`, `<<-'E.O.F'`: the body is blanked at the next line end; odd delimiter characters become letters. */
  private heredocStart(i: number): number {
    const { text } = this;
    const prev = i > 0 ? text[i - 1] : undefined;
    if (text[i] !== '<' || text[i + 1] !== '<' || text[i + 2] === '<' || prev === '<') return NOT_HERE;
    const m = /^<<(-?)[ \t]*(\\?)(['"]?)([^\s'";&|<>()]+)\3/.exec(text.slice(i, i + 200));
    if (!m || /^\d/.test(m[4])) return NOT_HERE;
    this.pending.push([m[4], m[1] === '-']);
    const at = i + m[0].length - m[3].length - m[4].length;
    for (let k = 0; k < m[4].length; k++) if (!/\w/.test(m[4][k])) this.out[at + k] = 'x';
    return i + m[0].length;
  }

  /** `for i do` and empty assignments before a line break. */
  private forAndAssignment(i: number): number {
    const { text } = this;
    const c = text[i];
    if (!WORD_BREAK.has(i > 0 ? text[i - 1] : undefined)) return NOT_HERE;
    // `for i do` (POSIX: no `in` and no `;`) → `for i;do`.
    if (c === 'f') {
      const m = /^for[ \t]+[A-Za-z_]\w*([ \t]+)do\b/.exec(text.slice(i, i + 100));
      if (m) {
        this.out[i + m[0].length - 2 - m[1].length] = ';';
        return i + m[0].length;
      }
    }
    // An empty assignment (`a= b=5<newline>while …`, `IFS= read`): tree-sitter-bash may join the
    // next line to it; `a; b=5` keeps the structure.
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_]\w*=(?=[ \t]|\r?\n)/.exec(text.slice(i, i + 256));
      if (m) {
        this.out[i + m[0].length - 1] = ';';
        return i + m[0].length;
      }
    }
    return NOT_HERE;
  }

  /** Case patterns that start with `*` and a quote or `$`, `@NAME@` placeholders, and negated groups or assignments. */
  private patternsAndNegations(i: number): number {
    const { text } = this;
    const c = text[i];
    const atWordStart = WORD_BREAK.has(i > 0 ? text[i - 1] : undefined);
    // `*" $i "*);;`, `*${x}*)echo;;`: tree-sitter-bash cannot end such a word at a `)` glued to `;;` or a
    // command. The leading `*` becomes a letter: the same word to a parser.
    if (c === '*' && atWordStart && (text[i + 1] === '"' || text[i + 1] === "'" || text[i + 1] === '$')) {
      this.out[i] = 'x';
      return i + 1;
    }
    // A build-time placeholder (`@IS_SYSV_RC@`, `@USEPOSTGRES@`) is a word to the shell; tree-sitter-bash trips on `@`.
    if (c === '@' && text[i - 1] !== '$') {
      const m = /^@[A-Za-z_][A-Za-z0-9_]*@/.exec(text.slice(i, i + 128));
      if (m) {
        this.out[i] = 'x';
        this.out[i + m[0].length - 1] = 'x';
        return i + m[0].length;
      }
    }
    if (c !== '!' || !atWordStart) return NOT_HERE;
    // `! { …; }` / `! ( … )` (a negated group): tree-sitter-bash wants a simple command after `!`.
    if (/^![ \t]+[{(]/.test(text.slice(i, i + 64))) {
      this.out[i] = ' ';
      return i + 1;
    }
    // `! VAR=value` (a negated assignment) → `: VAR=value`.
    if (/^![ \t]+[A-Za-z_]\w*=/.test(text.slice(i, i + 100))) {
      this.out[i] = ':';
      return i + 1;
    }
    return NOT_HERE;
  }

  /** Index of the closing backtick for one opened before `i`. */
  private backtick(i: number): number {
    const { text, n } = this;
    while (i < n) {
      if (text[i] === '\\') i += 2;
      else if (text[i] === '`') return i;
      else i++;
    }
    return n;
  }

  /** Index of the closing `"` for one opened before `i`, skipping nested substitutions. */
  private doubleQuoted(i: number, depthLimit: number): number {
    const { text, n } = this;
    while (i < n) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '"') return i;
      else if (c === '`') i = this.backtick(i + 1) + 1;
      else if (c === '$' && text[i + 1] === '(' && depthLimit > 0) i = this.code(i + 2, true, depthLimit - 1) + 1;
      else if (c === '$' && text[i + 1] === '{' && depthLimit > 0) i = this.braced(i + 2, depthLimit - 1) + 1;
      else i++;
    }
    return n;
  }

  /** Index of the `}` closing a `${` opened before `i`. */
  private braced(i: number, depthLimit: number): number {
    const { text, n } = this;
    while (i < n) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '}') return i;
      else if (c === '"') i = this.doubleQuoted(i + 1, depthLimit) + 1;
      else if (c === "'") {
        const end = text.indexOf("'", i + 1);
        i = end < 0 ? n : end + 1;
      } else if (c === '$' && text[i + 1] === '{' && depthLimit > 0) i = this.braced(i + 2, depthLimit - 1) + 1;
      else i++;
    }
    return n;
  }
}

/** The skeleton of `text`: same length and line breaks, content blanked, structure kept. */
export function skeleton(text: string): string {
  const writer = new SkeletonWriter(text);
  writer.code(0, false, 50);
  return writer.out.join('');
}
