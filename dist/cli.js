#!/usr/bin/env -S node --liftoff-only
import { createRequire as __initlintCreateRequire } from 'node:module';
const require = __initlintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name2 in all2)
    __defProp(target, name2, { get: all2[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body2) => {
      if (negated) {
        return `[^\\/${body2}]`;
      }
      const source = `[${body2}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start2) => {
      const { length } = pattern;
      let index2 = start2 + 1;
      let negated = EMPTY;
      const lead = pattern[index2];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index2++;
      }
      let body2 = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index2];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index2];
          body2 += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index2 + 1 < length && pattern[index2 + 1] !== "]") {
          index2++;
          let to = pattern[index2];
          if (to === ESCAPE) {
            to = pattern[index2 += 1];
          }
          if (prev <= to) {
            body2 += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index2 + 1] === ":") {
          const nameStart = index2 + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name2 = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name2)) {
              return null;
            }
            body2 += POSIX_CLASSES[name2];
            prev = EMPTY;
            index2 = end;
          } else {
            body2 += escapeMember("[");
            prev = "[";
            index2 = nameStart - 2;
          }
        } else {
          body2 += escapeMember(char);
          prev = char;
        }
        index2++;
        if (pattern[index2] === "]") {
          return {
            end: index2,
            source: classSource(negated, body2)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out2 = EMPTY;
      let index2 = 0;
      while (index2 < length) {
        const char = pattern[index2];
        if (char === ESCAPE) {
          const escaped = pattern[index2 + 1];
          if (escaped === SLASH && index2 + 2 === length) {
            out2 += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out2 += pattern.slice(index2, index2 + 2);
          } else {
            out2 += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index2 += 2;
        } else if (isReserved(char)) {
          out2 += hold(`[${char}]`);
          index2++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index2);
          if (scanned === null) {
            out2 += hold(NEVER_MATCH);
            index2 = length;
          } else {
            out2 += hold(scanned.source);
            index2 = scanned.end + 1;
          }
        } else {
          out2 += char;
          index2++;
        }
      }
      return {
        source: out2,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start2) => `${start2}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index2, str) => index2 + 6 < str.length ? str.slice(index2 + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index2 = at + 1; index2 < run2.length && !run2[index2].wildcard; index2++) {
        separator += run2[index2].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index2 = 0;
      while (index2 < length) {
        const char = source[index2];
        if (source.startsWith(WILDCARD, index2)) {
          tokens.push({ wildcard: true });
          index2 += WILDCARD.length;
        } else if (char === "[") {
          let end = index2 + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index2, end) });
          index2 = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index2, index2 + 2) });
          index2 += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index2;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index2, end) });
          index2 = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index2++;
        } else {
          tokens.push({ single: char });
          index2++;
        }
      }
      let out2 = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out2 += token.single;
            return;
          }
          out2 += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out2 += token.boundary;
      });
      flush();
      return out2;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index2) => sources[index2]
      ) : replaced;
    };
    var checkSourceOf = (body2, prefix) => {
      if (body2[body2.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body2.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body2) => {
      const index2 = body2.indexOf(SLASH);
      return index2 < 0 || index2 === body2.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index2 = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index2 < 0 ? path : path.slice(index2 + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body2, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body2);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body2, stripLineEnd) => {
      let lineEnd = body2.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body2[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body2[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body2[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body2.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body2[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body2.slice(0, end - 1) + SPACE : body2.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body2 = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body2[0] === "#") {
        return;
      }
      let negative = false;
      if (body2[0] === "!") {
        negative = true;
        body2 = body2.slice(1);
      }
      const last = body2[body2.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body2 = trimEnd(body2, stripLineEnd);
      }
      if (!body2 || hasTrailingBackslash(body2)) {
        return;
      }
      body2 = body2.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body2);
      return new IgnoreRule(
        pattern,
        mark,
        body2,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index2) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index2
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules2 = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body: body2 }) => body2[body2.length - (body2[body2.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index2 = rules2.length - 1; index2 >= 0; index2--) {
          const rule = rules2[index2];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules2 = this._rules;
        const { length } = rules2;
        const shortcut = this._basenameCount * 2 >= length;
        const basename4 = shortcut ? basenameOf(path) : path;
        for (let index2 = length - 1; index2 >= 0; index2--) {
          const rule = rules2[index2];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename4 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts2 = [];
      let str = input;
      let index2 = -1;
      let start2 = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index2 >= length;
      const peek = () => str.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index2);
      };
      while (index2 < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index2);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index2 === start2 + 1) {
            start2 += 2;
            continue;
          }
          lastIndex = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index2 === start2) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index2 === start2) {
          negated = token.negated = true;
          start2++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start2 > 0) {
        prefix = str.slice(0, start2);
        str = str.slice(start2);
        lastIndex -= start2;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start: start2,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start2;
          const i2 = slashes[idx];
          const value2 = input.slice(n2, i2);
          if (opts.tokens) {
            if (idx === 0 && start2 !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i2 >= start2) {
            parts2.push(value2);
            prevIndex = i2;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start2;
        const value = input.slice(n);
        parts2.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module2) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args2, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args2, options);
      }
      args2.sort();
      const value = `[${args2.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args2.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i2 = 0; i2 < values.length; i2++) {
        for (let j = i2 + 1; j < values.length; j++) {
          const a = values[i2];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index2), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index2 += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body2, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i2 = token.tokensIndex + 1; i2 < tokens.length; i2++) {
            tokens[i2].value = "";
            tokens[i2].output = "";
            delete tokens[i2].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index2) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens.pop();
              if (arr[i2].type === "brace") {
                break;
              }
              if (arr[i2].type !== "dots") {
                range.unshift(arr[i2].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out2 = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out2;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after2 = input[state.index + 4];
            if (after2 && after2 !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module2.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module2.exports = picomatch2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name2 = parts2.shift();
        switch (name2) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle2, prefix] = parts2;
            this.tags[handle2] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts2;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle2, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle2];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle2 === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle2, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle2 + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle2, prefix] of tagEntries) {
          if (handle2 === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle2} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name2 = `${prefix}${i2}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i2) => toJS(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node2.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node2.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node2 = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i2 = path.length - 1; i2 >= 0; --i2) {
        const k = path[i2];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node2.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i2, indent) {
      let end = i2;
      let start2 = i2 + 1;
      let ch = text[start2];
      while (ch === " " || ch === "	") {
        if (i2 < start2 + indent) {
          ch = text[++i2];
        } else {
          do {
            ch = text[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start2 = i2 + 1;
          ch = text[start2];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start2 = 0; i2 < strLen; ++i2) {
        if (str[i2] === "\n") {
          if (i2 - start2 > limit)
            return true;
          start2 = i2 + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start2 = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str += json.slice(start2, i2) + "\\ ";
          i2 += 1;
          start2 = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str += json.slice(start2, i2);
                const code = json.substr(i2 + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i2, 6);
                }
                i2 += 5;
                start2 = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str += json.slice(start2, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str += "\n";
                  i2 += 2;
                }
                str += indent;
                if (json[i2 + 2] === " ")
                  str += "\\";
                i2 += 1;
                start2 = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str = start2 ? str + json.slice(start2) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body2 = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body2}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i2 < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start2;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i2 = 0; i2 < str.length; ++i2)
            buffer[i2] = str.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f2 = str.substring(dot + 1).replace(/_/g, "");
          if (f2[f2.length - 1] === "0")
            node.minFractionDigits = f2.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body2 = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body2 += stringifyComment.lineComment(body2, "", commentString(contentComment));
        if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body2}`;
        } else
          lines.push(body2);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives2 = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives2.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives2.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives2.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start: start2, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start2 = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i2);
          res += fold;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok2 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok2 ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives: directives2, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives2.tagString(tag.tag);
          const cs = directives2.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives2, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives2 }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives2 = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives2.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body2 = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body2 };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body2 = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body2;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key, sep: sep3, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field2, index2] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path.concat([[field2, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i2 = 0; i2 < list2.length; ++i2)
        if (list2[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i2 = 0; i2 < list2.length; ++i2) {
        switch (list2[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start: start2, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key, sep: sep3 }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser2.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module2) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name2) {
      if (name2 === "__proto__") {
        if (!hasOwn.call(obj, name2)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name2).value;
        }
      }
      return obj[name2];
    };
    module2.exports = function extend2() {
      var options, name2, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i2 = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i2 = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i2 < length; ++i2) {
        options = arguments[i2];
        if (options != null) {
          for (name2 in options) {
            src = getProperty(target, name2);
            copy = getProperty(options, name2);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name: name2, newValue: extend2(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name: name2, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// src/core/text.ts
function detectEol(text) {
  const crlf = text.split("\r\n").length - 1;
  const lf = text.split("\n").length - 1 - crlf;
  return crlf > lf ? "\r\n" : "\n";
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? { text: text.slice(1), bom: true } : { text, bom: false };
}
function escapeControl(text) {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
var LineIndex, CONTROL, NAMED;
var init_text = __esm({
  "src/core/text.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text) {
        this.text = text;
        const starts = [0];
        for (let i2 = 0; i2 < text.length; i2++) {
          const c = text.charCodeAt(i2);
          if (c === 10 || c === 13 && text.charCodeAt(i2 + 1) !== 10) starts.push(i2 + 1);
        }
        this.lineStarts = starts;
      }
      text;
      /** Offsets at which each line starts. */
      lineStarts;
      get lineCount() {
        return this.lineStarts.length;
      }
      /** The point of an offset, clamped into the text. */
      point(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.lineStarts[mid] <= o) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo + 1, column: o - this.lineStarts[lo] + 1, offset: o };
      }
      /** The offset of a 1-based line and column (clamped). */
      offset(line, column) {
        const l = Math.max(1, Math.min(line, this.lineStarts.length));
        return Math.min(this.lineStarts[l - 1] + column - 1, this.text.length);
      }
      /** Start offset of a 1-based line. */
      lineStart(line) {
        return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
      }
      /** End offset of a 1-based line, before its line terminator. */
      lineEnd(line) {
        const next = line < this.lineStarts.length ? this.lineStarts[line] : this.text.length;
        let end = next;
        if (end > this.lineStarts[line - 1] && this.text.charCodeAt(end - 1) === 10) end--;
        if (end > this.lineStarts[line - 1] && this.text.charCodeAt(end - 1) === 13) end--;
        return end;
      }
      /** The text of a 1-based line without its terminator. */
      lineText(line) {
        return this.text.slice(this.lineStart(line), this.lineEnd(line));
      }
    };
    CONTROL = /[\0-\x08\x0a-\x1f\x7f-\x9f]/g;
    NAMED = { "\n": "\\n", "\r": "\\r", "\x1B": "\\e" };
  }
});

// src/languages/systemd/parse.ts
function unitInfo(path) {
  const parts2 = path.split(/[\\/]/);
  const fileName = parts2[parts2.length - 1] ?? path;
  const parent = parts2.length > 1 ? parts2[parts2.length - 2] : "";
  const dropIn = fileName.endsWith(".conf") && parent.endsWith(".d");
  const unitName = dropIn ? parent.slice(0, -2) : fileName;
  const dot = unitName.lastIndexOf(".");
  const unitType = dot >= 0 ? unitName.slice(dot + 1) : "";
  const at = unitName.indexOf("@");
  const template = at > 0 && at === dot - 1;
  const instance2 = at > 0 && at < dot - 1;
  return { fileName, unitName, unitType: UNIT_TYPES.has(unitType) ? unitType : unitType, template, instance: instance2, dropIn };
}
function span(lines, start2, end) {
  return { start: lines.point(start2), end: lines.point(end) };
}
function endsWithContinuation(text) {
  let n = 0;
  for (let i2 = text.length - 1; i2 >= 0 && text[i2] === "\\"; i2--) n++;
  return n % 2 === 1;
}
function parseUnit(text, path) {
  const lines = new LineIndex(text);
  const errors = [];
  const sections = [];
  const leading = [];
  let current;
  const closeSection = () => {
    if (!current) return;
    const last = current.children[current.children.length - 1];
    const end = last ? last.position.end.offset : current.headerPosition.end.offset;
    current.position = span(lines, current.position.start.offset, end);
  };
  let line = 1;
  while (line <= lines.lineCount) {
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const raw = text.slice(lineStart, lineEnd);
    let indent = 0;
    while (indent < raw.length && isBlank(raw[indent])) indent++;
    const body2 = raw.slice(indent).replace(/[ \t]+$/, "");
    const start2 = lineStart + indent;
    const end = start2 + body2.length;
    line++;
    if (body2 === "") continue;
    if (body2[0] === "#" || body2[0] === ";") {
      const comment = { type: "comment", value: body2.slice(1), position: span(lines, start2, end) };
      (current ? current.children : leading).push(comment);
      continue;
    }
    if (body2[0] === "[") {
      if (!body2.endsWith("]") || body2.length < 3) {
        errors.push({ message: `Unexpected section header \`${body2}\`, expected \`[Name]\``, start: start2, end });
        continue;
      }
      closeSection();
      current = {
        type: "section",
        name: body2.slice(1, -1),
        headerPosition: span(lines, start2, end),
        children: [],
        position: span(lines, start2, end)
      };
      sections.push(current);
      continue;
    }
    if (body2.startsWith(".include")) {
      errors.push({ message: "Unexpected `.include` (removed in systemd 243), expected a drop-in `NAME.d/*.conf`", start: start2, end });
      continue;
    }
    const eq = body2.indexOf("=");
    if (eq <= 0) {
      errors.push({
        message: eq === 0 ? "Unexpected `=` with no key, expected `Key=Value`" : `Unexpected line \`${body2.length > 40 ? body2.slice(0, 40) + "\u2026" : body2}\`, expected \`Key=Value\``,
        start: start2,
        end
      });
      continue;
    }
    const key = body2.slice(0, eq).replace(/[ \t]+$/, "");
    let valueStart = start2 + eq + 1;
    while (valueStart < end && isBlank(text[valueStart])) valueStart++;
    const segments = [];
    let segStart = valueStart;
    let segEnd = end;
    let lastEnd = end;
    for (; ; ) {
      const piece = text.slice(segStart, segEnd);
      if (!endsWithContinuation(piece) || line > lines.lineCount) {
        segments.push({ start: segStart, text: endsWithContinuation(piece) ? piece.slice(0, -1) : piece });
        break;
      }
      segments.push({ start: segStart, text: piece.slice(0, -1) });
      let next = line;
      while (next <= lines.lineCount) {
        const t = lines.lineText(next).replace(/^[ \t]+/, "");
        if (t[0] === "#" || t[0] === ";") next++;
        else break;
      }
      if (next > lines.lineCount) break;
      line = next + 1;
      segStart = lines.lineStart(next);
      const nextRaw = lines.lineText(next);
      segEnd = segStart + nextRaw.replace(/[ \t]+$/, "").length;
      lastEnd = segEnd;
    }
    const first = segments[0];
    while (first.text.length && isBlank(first.text[0])) {
      first.text = first.text.slice(1);
      first.start++;
    }
    const last = segments[segments.length - 1];
    last.text = last.text.replace(/[ \t]+$/, "");
    const value = segments.map((s) => s.text).join(" ");
    const valueEnd = last.start + last.text.length;
    const directive = {
      type: "directive",
      key,
      value,
      keyPosition: span(lines, start2, start2 + key.length),
      valuePosition: span(lines, first.start, Math.max(first.start, valueEnd)),
      segments,
      position: span(lines, start2, lastEnd)
    };
    if (current) current.children.push(directive);
    else {
      leading.push(directive);
      errors.push({ message: `Unexpected \`${key}=\` before any section, expected a \`[Section]\` header first`, start: start2, end: start2 + key.length });
    }
  }
  closeSection();
  const tree = {
    type: "unit",
    children: sections,
    leading,
    info: unitInfo(path),
    position: span(lines, 0, text.length)
  };
  return { tree, errors };
}
function valueOffset(directive, index2) {
  let rest = index2;
  for (const segment of directive.segments) {
    if (rest <= segment.text.length) return segment.start + rest;
    rest -= segment.text.length + 1;
  }
  const last = directive.segments[directive.segments.length - 1];
  return last.start + last.text.length;
}
function directives(tree, section) {
  const out2 = [];
  for (const s of tree.children) {
    if (section !== void 0 && s.name !== section) continue;
    for (const child of s.children) if (child.type === "directive") out2.push(child);
  }
  return out2;
}
function lastDirective(tree, section, key) {
  let found;
  for (const d of directives(tree, section)) if (d.key === key) found = d;
  return found;
}
function listDirectives(tree, section, key) {
  let list2 = [];
  for (const d of directives(tree, section)) {
    if (d.key !== key) continue;
    if (d.value === "") list2 = [];
    else list2.push(d);
  }
  return list2;
}
function serviceType(tree) {
  const type = lastDirective(tree, "Service", "Type");
  if (type && type.value !== "") return type.value;
  if (lastDirective(tree, "Service", "BusName")?.value) return "dbus";
  return listDirectives(tree, "Service", "ExecStart").length === 0 ? "oneshot" : "simple";
}
var UNIT_TYPES, isBlank;
var init_parse = __esm({
  "src/languages/systemd/parse.ts"() {
    "use strict";
    init_text();
    UNIT_TYPES = /* @__PURE__ */ new Set([
      "service",
      "socket",
      "timer",
      "target",
      "path",
      "mount",
      "automount",
      "swap",
      "slice",
      "scope",
      "device"
    ]);
    isBlank = (c) => c === " " || c === "	";
  }
});

// node_modules/web-tree-sitter/web-tree-sitter.js
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
function isPoint(point2) {
  return !!point2 && typeof point2.row === "number" && typeof point2.column === "number";
}
function setModule(module2) {
  C = module2;
}
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
function marshalNode(node, index2 = 0) {
  let address = TRANSFER_BUFFER + index2 * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index2 = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index2,
    startPosition: { row, column },
    other
  });
  return result;
}
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
function marshalPoint(address, point2) {
  C.setValue(address, point2.row, "i32");
  C.setValue(address + SIZE_OF_INT, point2.column, "i32");
}
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve6, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve6(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve6, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve6(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index2, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index2, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strlen, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve6, reject) => {
      readyPromiseResolve = resolve6;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
function checkModule() {
  return !!Module3;
}
function parseAnyPredicate(steps, index2, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index2].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index2].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
function parseMatchPredicate(steps, index2, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index2].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
function parseAnyOfPredicate(steps, index2, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index2].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
function parseIsPredicate(steps, index2, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index2]) properties[index2] = {};
  properties[index2][steps[1].value] = steps[2]?.value ?? null;
}
function parseSetDirective(steps, index2, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index2]) setProperties[index2] = {};
  setProperties[index2][steps[1].value] = steps[2]?.value ?? null;
}
function parsePattern(index2, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index2, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index2, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index2, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index2, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index2, setProperties);
        break;
      default:
        predicates[index2].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
var __defProp2, __name, Edit, SIZE_OF_SHORT, SIZE_OF_INT, SIZE_OF_CURSOR, SIZE_OF_NODE, SIZE_OF_POINT, SIZE_OF_RANGE, ZERO_POINT, INTERNAL, C, finalizer, LookaheadIterator, finalizer2, Tree, finalizer3, TreeCursor, Node, LANGUAGE_FUNCTION_REGEX, Language, web_tree_sitter_default, Module3, TRANSFER_BUFFER, LANGUAGE_VERSION, MIN_COMPATIBLE_VERSION, finalizer4, Parser, PREDICATE_STEP_TYPE_CAPTURE, PREDICATE_STEP_TYPE_STRING, QUERY_WORD_REGEX, CaptureQuantifier, isCaptureStep, isStringStep, QueryErrorKind, QueryError, finalizer5, Query;
var init_web_tree_sitter = __esm({
  "node_modules/web-tree-sitter/web-tree-sitter.js"() {
    __defProp2 = Object.defineProperty;
    __name = (target, value) => __defProp2(target, "name", { value, configurable: true });
    Edit = class {
      static {
        __name(this, "Edit");
      }
      /** The start position of the change. */
      startPosition;
      /** The end position of the change before the edit. */
      oldEndPosition;
      /** The end position of the change after the edit. */
      newEndPosition;
      /** The start index of the change. */
      startIndex;
      /** The end index of the change before the edit. */
      oldEndIndex;
      /** The end index of the change after the edit. */
      newEndIndex;
      constructor({
        startIndex,
        oldEndIndex,
        newEndIndex,
        startPosition,
        oldEndPosition,
        newEndPosition
      }) {
        this.startIndex = startIndex >>> 0;
        this.oldEndIndex = oldEndIndex >>> 0;
        this.newEndIndex = newEndIndex >>> 0;
        this.startPosition = startPosition;
        this.oldEndPosition = oldEndPosition;
        this.newEndPosition = newEndPosition;
      }
      /**
       * Edit a point and index to keep it in-sync with source code that has been edited.
       *
       * This function updates a single point's byte offset and row/column position
       * based on an edit operation. This is useful for editing points without
       * requiring a tree or node instance.
       */
      editPoint(point2, index2) {
        let newIndex = index2;
        const newPoint = { ...point2 };
        if (index2 >= this.oldEndIndex) {
          newIndex = this.newEndIndex + (index2 - this.oldEndIndex);
          const originalRow = point2.row;
          newPoint.row = this.newEndPosition.row + (point2.row - this.oldEndPosition.row);
          newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point2.column - this.oldEndPosition.column) : point2.column;
        } else if (index2 > this.startIndex) {
          newIndex = this.newEndIndex;
          newPoint.row = this.newEndPosition.row;
          newPoint.column = this.newEndPosition.column;
        }
        return { point: newPoint, index: newIndex };
      }
      /**
       * Edit a range to keep it in-sync with source code that has been edited.
       *
       * This function updates a range's start and end positions based on an edit
       * operation. This is useful for editing ranges without requiring a tree
       * or node instance.
       */
      editRange(range) {
        const newRange = {
          startIndex: range.startIndex,
          startPosition: { ...range.startPosition },
          endIndex: range.endIndex,
          endPosition: { ...range.endPosition }
        };
        if (range.endIndex >= this.oldEndIndex) {
          if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
            newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
            newRange.endPosition = {
              row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
              column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
            };
            if (newRange.endIndex < this.newEndIndex) {
              newRange.endIndex = Number.MAX_SAFE_INTEGER;
              newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
            }
          }
        } else if (range.endIndex > this.startIndex) {
          newRange.endIndex = this.startIndex;
          newRange.endPosition = { ...this.startPosition };
        }
        if (range.startIndex >= this.oldEndIndex) {
          newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
          newRange.startPosition = {
            row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
            column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
          };
          if (newRange.startIndex < this.newEndIndex) {
            newRange.startIndex = Number.MAX_SAFE_INTEGER;
            newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
          }
        } else if (range.startIndex > this.startIndex) {
          newRange.startIndex = this.startIndex;
          newRange.startPosition = { ...this.startPosition };
        }
        return newRange;
      }
    };
    SIZE_OF_SHORT = 2;
    SIZE_OF_INT = 4;
    SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
    SIZE_OF_NODE = 5 * SIZE_OF_INT;
    SIZE_OF_POINT = 2 * SIZE_OF_INT;
    SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
    ZERO_POINT = { row: 0, column: 0 };
    INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
    __name(assertInternal, "assertInternal");
    __name(isPoint, "isPoint");
    __name(setModule, "setModule");
    __name(newFinalizer, "newFinalizer");
    finalizer = newFinalizer((address) => {
      C._ts_lookahead_iterator_delete(address);
    });
    LookaheadIterator = class {
      static {
        __name(this, "LookaheadIterator");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      language;
      /** @internal */
      positioned = false;
      /** @internal */
      constructor(internal, address, language) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        finalizer?.register(this, address, this);
      }
      /**
       * Get the current symbol of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol:
       *
       * - Before the first iteration step
       * - After the iterator is exhausted
       * - After a {@link reset} or {@link resetState} call
       */
      get currentTypeId() {
        return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
      }
      /**
       * Get the current symbol name of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol.
       */
      get currentType() {
        const id = this.currentTypeId;
        if (id === null) return null;
        return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
      }
      /** Delete the lookahead iterator, freeing its resources. */
      delete() {
        finalizer?.unregister(this);
        C._ts_lookahead_iterator_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Reset the lookahead iterator.
       *
       * This returns `true` if the language was set successfully and `false`
       * otherwise.
       */
      reset(language, stateId) {
        if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
          this.language = language;
          this.positioned = false;
          return true;
        }
        return false;
      }
      /**
       * Reset the lookahead iterator to another state.
       *
       * This returns `true` if the iterator was reset to the given state and
       * `false` otherwise.
       */
      resetState(stateId) {
        if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
        this.positioned = false;
        return true;
      }
      /**
       * Returns an iterator that iterates over the symbols of the lookahead iterator.
       *
       * The iterator will yield the current symbol name as a string for each step
       * until there are no more symbols to iterate over.
       */
      [Symbol.iterator]() {
        return {
          next: /* @__PURE__ */ __name(() => {
            this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
            const value = this.currentType;
            return value === null ? { done: true, value: "" } : { done: false, value };
          }, "next")
        };
      }
    };
    __name(getText, "getText");
    finalizer2 = newFinalizer((address) => {
      C._ts_tree_delete(address);
    });
    Tree = class _Tree {
      static {
        __name(this, "Tree");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      textCallback;
      /** The language that was used to parse the syntax tree. */
      language;
      /** @internal */
      constructor(internal, address, language, textCallback) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        this.textCallback = textCallback;
        finalizer2?.register(this, address, this);
      }
      /** Create a shallow copy of the syntax tree. This is very fast. */
      copy() {
        const address = C._ts_tree_copy(this[0]);
        return new _Tree(INTERNAL, address, this.language, this.textCallback);
      }
      /** Delete the syntax tree, freeing its resources. */
      delete() {
        finalizer2?.unregister(this);
        C._ts_tree_delete(this[0]);
        this[0] = 0;
      }
      /** Get the root node of the syntax tree. */
      get rootNode() {
        C._ts_tree_root_node_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Get the root node of the syntax tree, but with its position shifted
       * forward by the given offset.
       */
      rootNodeWithOffset(offsetBytes, offsetExtent) {
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, offsetBytes, "i32");
        marshalPoint(address + SIZE_OF_INT, offsetExtent);
        C._ts_tree_root_node_with_offset_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Edit the syntax tree to keep it in sync with source code that has been
       * edited.
       *
       * You must describe the edit both in terms of byte offsets and in terms of
       * row/column coordinates.
       */
      edit(edit) {
        marshalEdit(edit);
        C._ts_tree_edit_wasm(this[0]);
      }
      /** Create a new {@link TreeCursor} starting from the root of the tree. */
      walk() {
        return this.rootNode.walk();
      }
      /**
       * Compare this old edited syntax tree to a new syntax tree representing
       * the same document, returning a sequence of ranges whose syntactic
       * structure has changed.
       *
       * For this to work correctly, this syntax tree must have been edited such
       * that its ranges match up to the new tree. Generally, you'll want to
       * call this method right after calling one of the [`Parser::parse`]
       * functions. Call it on the old tree that was passed to parse, and
       * pass the new tree that was returned from `parse`.
       */
      getChangedRanges(other) {
        if (!(other instanceof _Tree)) {
          throw new TypeError("Argument must be a Tree");
        }
        C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the included ranges that were used to parse the syntax tree. */
      getIncludedRanges() {
        C._ts_tree_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
    };
    finalizer3 = newFinalizer((address) => {
      C._ts_tree_cursor_delete_wasm(address);
    });
    TreeCursor = class _TreeCursor {
      static {
        __name(this, "TreeCursor");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [1] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [2] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [3] = 0;
      // Internal handle for Wasm
      /** @internal */
      tree;
      /** @internal */
      constructor(internal, tree) {
        assertInternal(internal);
        this.tree = tree;
        unmarshalTreeCursor(this);
        finalizer3?.register(this, this.tree[0], this);
      }
      /** Creates a deep copy of the tree cursor. This allocates new memory. */
      copy() {
        const copy = new _TreeCursor(INTERNAL, this.tree);
        C._ts_tree_cursor_copy_wasm(this.tree[0]);
        unmarshalTreeCursor(copy);
        return copy;
      }
      /** Delete the tree cursor, freeing its resources. */
      delete() {
        finalizer3?.unregister(this);
        marshalTreeCursor(this);
        C._ts_tree_cursor_delete_wasm(this.tree[0]);
        this[0] = this[1] = this[2] = 0;
      }
      /** Get the tree cursor's current {@link Node}. */
      get currentNode() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_current_node_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the numerical field id of this tree cursor's current node.
       *
       * See also {@link TreeCursor#currentFieldName}.
       */
      get currentFieldId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
      }
      /** Get the field name of this tree cursor's current node. */
      get currentFieldName() {
        return this.tree.language.fields[this.currentFieldId];
      }
      /**
       * Get the depth of the cursor's current node relative to the original
       * node that the cursor was constructed with.
       */
      get currentDepth() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
      }
      /**
       * Get the index of the cursor's current node out of all of the
       * descendants of the original node that the cursor was constructed with.
       */
      get currentDescendantIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
      }
      /** Get the type of the cursor's current node. */
      get nodeType() {
        return this.tree.language.types[this.nodeTypeId] || "ERROR";
      }
      /** Get the type id of the cursor's current node. */
      get nodeTypeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
      }
      /** Get the state id of the cursor's current node. */
      get nodeStateId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
      }
      /** Get the id of the cursor's current node. */
      get nodeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
      }
      /**
       * Check if the cursor's current node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get nodeIsNamed() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if the cursor's current node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get nodeIsMissing() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Get the string content of the cursor's current node. */
      get nodeText() {
        marshalTreeCursor(this);
        const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
        const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        const startPosition = unmarshalPoint(TRANSFER_BUFFER);
        return getText(this.tree, startIndex, endIndex, startPosition);
      }
      /** Get the start position of the cursor's current node. */
      get startPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the end position of the cursor's current node. */
      get endPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_end_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the start index of the cursor's current node. */
      get startIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
      }
      /** Get the end index of the cursor's current node. */
      get endIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
      }
      /**
       * Move this cursor to the first child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       */
      gotoFirstChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the last child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoFirstChild} because it needs to
       * iterate through all the children to compute the child's position.
       */
      gotoLastChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the parent of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no parent node (the cursor was already on the
       * root node).
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoParent() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the next sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no next sibling node.
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoNextSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the previous sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no previous sibling node.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoNextSibling} due to how node
       * positions are stored. In the worst case, this will need to iterate
       * through all the children up to the previous sibling node to recalculate
       * its position. Also note that the node the cursor was constructed with is
       * considered the root of the cursor, and the cursor cannot walk outside this node.
       */
      gotoPreviousSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move the cursor to the node that is the nth descendant of
       * the original node that the cursor was constructed with, where
       * zero represents the original node itself.
       */
      gotoDescendant(goalDescendantIndex) {
        marshalTreeCursor(this);
        C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
        unmarshalTreeCursor(this);
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns `true` if the cursor successfully moved to a child node, and returns
       * `false` if no such child was found.
       */
      gotoFirstChildForIndex(goalIndex) {
        marshalTreeCursor(this);
        C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
        const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns the index of the child node if one was found, and returns
       * `null` if no such child was found.
       */
      gotoFirstChildForPosition(goalPosition) {
        marshalTreeCursor(this);
        marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
        const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Re-initialize this tree cursor to start at the original node that the
       * cursor was constructed with.
       */
      reset(node) {
        marshalNode(node);
        marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
        C._ts_tree_cursor_reset_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
      }
      /**
       * Re-initialize a tree cursor to the same position as another cursor.
       *
       * Unlike {@link TreeCursor#reset}, this will not lose parent
       * information and allows reusing already created cursors.
       */
      resetTo(cursor) {
        marshalTreeCursor(this, TRANSFER_BUFFER);
        marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
        C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
        unmarshalTreeCursor(this);
      }
    };
    Node = class {
      static {
        __name(this, "Node");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      _children;
      /** @internal */
      _namedChildren;
      /** @internal */
      constructor(internal, {
        id,
        tree,
        startIndex,
        startPosition,
        other
      }) {
        assertInternal(internal);
        this[0] = other;
        this.id = id;
        this.tree = tree;
        this.startIndex = startIndex;
        this.startPosition = startPosition;
      }
      /**
       * The numeric id for this node that is unique.
       *
       * Within a given syntax tree, no two nodes have the same id. However:
       *
       * * If a new tree is created based on an older tree, and a node from the old tree is reused in
       *   the process, then that node will have the same id in both trees.
       *
       * * A node not marked as having changes does not guarantee it was reused.
       *
       * * If a node is marked as having changed in the old tree, it will not be reused.
       */
      id;
      /** The byte index where this node starts. */
      startIndex;
      /** The position where this node starts. */
      startPosition;
      /** The tree that this node belongs to. */
      tree;
      /** Get this node's type as a numerical id. */
      get typeId() {
        marshalNode(this);
        return C._ts_node_symbol_wasm(this.tree[0]);
      }
      /**
       * Get the node's type as a numerical id as it appears in the grammar,
       * ignoring aliases.
       */
      get grammarId() {
        marshalNode(this);
        return C._ts_node_grammar_symbol_wasm(this.tree[0]);
      }
      /** Get this node's type as a string. */
      get type() {
        return this.tree.language.types[this.typeId] || "ERROR";
      }
      /**
       * Get this node's symbol name as it appears in the grammar, ignoring
       * aliases as a string.
       */
      get grammarType() {
        return this.tree.language.types[this.grammarId] || "ERROR";
      }
      /**
       * Check if this node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get isNamed() {
        marshalNode(this);
        return C._ts_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *extra*.
       *
       * Extra nodes represent things like comments, which are not required
       * by the grammar, but can appear anywhere.
       */
      get isExtra() {
        marshalNode(this);
        return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error.
       *
       * Syntax errors represent parts of the code that could not be incorporated
       * into a valid syntax tree.
       */
      get isError() {
        marshalNode(this);
        return C._ts_node_is_error_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get isMissing() {
        marshalNode(this);
        return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Check if this node has been edited. */
      get hasChanges() {
        marshalNode(this);
        return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error or contains any syntax
       * errors anywhere within it.
       */
      get hasError() {
        marshalNode(this);
        return C._ts_node_has_error_wasm(this.tree[0]) === 1;
      }
      /** Get the byte index where this node ends. */
      get endIndex() {
        marshalNode(this);
        return C._ts_node_end_index_wasm(this.tree[0]);
      }
      /** Get the position where this node ends. */
      get endPosition() {
        marshalNode(this);
        C._ts_node_end_point_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the string content of this node. */
      get text() {
        return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
      }
      /** Get this node's parse state. */
      get parseState() {
        marshalNode(this);
        return C._ts_node_parse_state_wasm(this.tree[0]);
      }
      /** Get the parse state after this node. */
      get nextParseState() {
        marshalNode(this);
        return C._ts_node_next_parse_state_wasm(this.tree[0]);
      }
      /** Check if this node is equal to another node. */
      equals(other) {
        return this.tree === other.tree && this.id === other.id;
      }
      /**
       * Get the node's child at the given index, where zero represents the first child.
       *
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#children} instead.
       */
      child(index2) {
        marshalNode(this);
        C._ts_node_child_wasm(this.tree[0], index2);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's *named* child at the given index.
       *
       * See also {@link Node#isNamed}.
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#namedChildren} instead.
       */
      namedChild(index2) {
        marshalNode(this);
        C._ts_node_named_child_wasm(this.tree[0], index2);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's child with the given numerical field id.
       *
       * See also {@link Node#childForFieldName}. You can
       * convert a field name to an id using {@link Language#fieldIdForName}.
       */
      childForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the first child with the given field name.
       *
       * If multiple children may have the same field name, access them using
       * {@link Node#childrenForFieldName}.
       */
      childForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1) return this.childForFieldId(fieldId);
        return null;
      }
      /** Get the field name of this node's child at the given index. */
      fieldNameForChild(index2) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index2);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /** Get the field name of this node's named child at the given index. */
      fieldNameForNamedChild(index2) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index2);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /**
       * Get an array of this node's children with a given field name.
       *
       * See also {@link Node#children}.
       */
      childrenForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
        return [];
      }
      /**
        * Get an array of this node's children with a given field id.
        *
        * See also {@link Node#childrenForFieldName}.
        */
      childrenForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the node's first child that contains or starts after the given byte offset. */
      firstChildForIndex(index2) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index2, "i32");
        C._ts_node_first_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's first named child that contains or starts after the given byte offset. */
      firstNamedChildForIndex(index2) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index2, "i32");
        C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's number of children. */
      get childCount() {
        marshalNode(this);
        return C._ts_node_child_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's number of *named* children.
       *
       * See also {@link Node#isNamed}.
       */
      get namedChildCount() {
        marshalNode(this);
        return C._ts_node_named_child_count_wasm(this.tree[0]);
      }
      /** Get this node's first child. */
      get firstChild() {
        return this.child(0);
      }
      /**
       * Get this node's first named child.
       *
       * See also {@link Node#isNamed}.
       */
      get firstNamedChild() {
        return this.namedChild(0);
      }
      /** Get this node's last child. */
      get lastChild() {
        return this.child(this.childCount - 1);
      }
      /**
       * Get this node's last named child.
       *
       * See also {@link Node#isNamed}.
       */
      get lastNamedChild() {
        return this.namedChild(this.namedChildCount - 1);
      }
      /**
       * Iterate over this node's children.
       *
       * If you're walking the tree recursively, you may want to use the
       * {@link TreeCursor} APIs directly instead.
       */
      get children() {
        if (!this._children) {
          marshalNode(this);
          C._ts_node_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._children = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._children[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._children;
      }
      /**
       * Iterate over this node's named children.
       *
       * See also {@link Node#children}.
       */
      get namedChildren() {
        if (!this._namedChildren) {
          marshalNode(this);
          C._ts_node_named_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._namedChildren = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._namedChildren[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._namedChildren;
      }
      /**
       * Get the descendants of this node that are the given type, or in the given types array.
       *
       * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
       *
       * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
       */
      descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
        if (!Array.isArray(types)) types = [types];
        const symbols = [];
        const typesBySymbol = this.tree.language.types;
        for (const node_type of types) {
          if (node_type == "ERROR") {
            symbols.push(65535);
          }
        }
        for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
          if (types.includes(typesBySymbol[i2])) {
            symbols.push(i2);
          }
        }
        const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
        for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
          C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
        }
        marshalNode(this);
        C._ts_node_descendants_of_type_wasm(
          this.tree[0],
          symbolsAddress,
          symbols.length,
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column
        );
        const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
        const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(descendantCount);
        if (descendantCount > 0) {
          let address = descendantAddress;
          for (let i2 = 0; i2 < descendantCount; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
        }
        C._free(descendantAddress);
        C._free(symbolsAddress);
        return result;
      }
      /** Get this node's next sibling. */
      get nextSibling() {
        marshalNode(this);
        C._ts_node_next_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's previous sibling. */
      get previousSibling() {
        marshalNode(this);
        C._ts_node_prev_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's next *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get nextNamedSibling() {
        marshalNode(this);
        C._ts_node_next_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's previous *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get previousNamedSibling() {
        marshalNode(this);
        C._ts_node_prev_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's number of descendants, including one for the node itself. */
      get descendantCount() {
        marshalNode(this);
        return C._ts_node_descendant_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's immediate parent.
       * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
       */
      get parent() {
        marshalNode(this);
        C._ts_node_parent_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the node that contains `descendant`.
       *
       * Note that this can return `descendant` itself.
       */
      childWithDescendant(descendant) {
        marshalNode(this);
        marshalNode(descendant, 1);
        C._ts_node_child_with_descendant_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given byte range. */
      descendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given byte range. */
      namedDescendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given point range. */
      descendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given point range. */
      namedDescendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Create a new {@link TreeCursor} starting from this node.
       *
       * Note that the given node is considered the root of the cursor,
       * and the cursor cannot walk outside this node.
       */
      walk() {
        marshalNode(this);
        C._ts_tree_cursor_new_wasm(this.tree[0]);
        return new TreeCursor(INTERNAL, this.tree);
      }
      /**
       * Edit this node to keep it in-sync with source code that has been edited.
       *
       * This function is only rarely needed. When you edit a syntax tree with
       * the {@link Tree#edit} method, all of the nodes that you retrieve from
       * the tree afterward will already reflect the edit. You only need to
       * use {@link Node#edit} when you have a specific {@link Node} instance that
       * you want to keep and continue to use after an edit.
       */
      edit(edit) {
        if (this.startIndex >= edit.oldEndIndex) {
          this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
          let subbedPointRow;
          let subbedPointColumn;
          if (this.startPosition.row > edit.oldEndPosition.row) {
            subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
            subbedPointColumn = this.startPosition.column;
          } else {
            subbedPointRow = 0;
            subbedPointColumn = this.startPosition.column;
            if (this.startPosition.column >= edit.oldEndPosition.column) {
              subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
            }
          }
          if (subbedPointRow > 0) {
            this.startPosition.row += subbedPointRow;
            this.startPosition.column = subbedPointColumn;
          } else {
            this.startPosition.column += subbedPointColumn;
          }
        } else if (this.startIndex > edit.startIndex) {
          this.startIndex = edit.newEndIndex;
          this.startPosition.row = edit.newEndPosition.row;
          this.startPosition.column = edit.newEndPosition.column;
        }
      }
      /** Get the S-expression representation of this node. */
      toString() {
        marshalNode(this);
        const address = C._ts_node_to_string_wasm(this.tree[0]);
        const result = C.AsciiToString(address);
        C._free(address);
        return result;
      }
    };
    __name(unmarshalCaptures, "unmarshalCaptures");
    __name(marshalNode, "marshalNode");
    __name(unmarshalNode, "unmarshalNode");
    __name(marshalTreeCursor, "marshalTreeCursor");
    __name(unmarshalTreeCursor, "unmarshalTreeCursor");
    __name(marshalPoint, "marshalPoint");
    __name(unmarshalPoint, "unmarshalPoint");
    __name(marshalRange, "marshalRange");
    __name(unmarshalRange, "unmarshalRange");
    __name(marshalEdit, "marshalEdit");
    __name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
    LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
    Language = class _Language {
      static {
        __name(this, "Language");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /**
       * A list of all node types in the language. The index of each type in this
       * array is its node type id.
       */
      types;
      /**
       * A list of all field names in the language. The index of each field name in
       * this array is its field id.
       */
      fields;
      /** @internal */
      constructor(internal, address) {
        assertInternal(internal);
        this[0] = address;
        this.types = new Array(C._ts_language_symbol_count(this[0]));
        for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
          if (C._ts_language_symbol_type(this[0], i2) < 2) {
            this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
          }
        }
        this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
        for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
          const fieldName = C._ts_language_field_name_for_id(this[0], i2);
          if (fieldName !== 0) {
            this.fields[i2] = C.UTF8ToString(fieldName);
          } else {
            this.fields[i2] = null;
          }
        }
      }
      /**
       * Gets the name of the language.
       */
      get name() {
        const ptr = C._ts_language_name(this[0]);
        if (ptr === 0) return null;
        return C.UTF8ToString(ptr);
      }
      /**
       * Gets the ABI version of the language.
       */
      get abiVersion() {
        return C._ts_language_abi_version(this[0]);
      }
      /**
      * Get the metadata for this language. This information is generated by the
      * CLI, and relies on the language author providing the correct metadata in
      * the language's `tree-sitter.json` file.
      */
      get metadata() {
        C._ts_language_metadata_wasm(this[0]);
        const length = C.getValue(TRANSFER_BUFFER, "i32");
        if (length === 0) return null;
        return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
      }
      /**
       * Gets the number of fields in the language.
       */
      get fieldCount() {
        return this.fields.length - 1;
      }
      /**
       * Gets the number of states in the language.
       */
      get stateCount() {
        return C._ts_language_state_count(this[0]);
      }
      /**
       * Get the field id for a field name.
       */
      fieldIdForName(fieldName) {
        const result = this.fields.indexOf(fieldName);
        return result !== -1 ? result : null;
      }
      /**
       * Get the field name for a field id.
       */
      fieldNameForId(fieldId) {
        return this.fields[fieldId] ?? null;
      }
      /**
       * Get the node type id for a node type name.
       */
      idForNodeType(type, named) {
        const typeLength = C.lengthBytesUTF8(type);
        const typeAddress = C._malloc(typeLength + 1);
        C.stringToUTF8(type, typeAddress, typeLength + 1);
        const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
        C._free(typeAddress);
        return result || null;
      }
      /**
       * Gets the number of node types in the language.
       */
      get nodeTypeCount() {
        return C._ts_language_symbol_count(this[0]);
      }
      /**
       * Get the node type name for a node type id.
       */
      nodeTypeForId(typeId) {
        const name2 = C._ts_language_symbol_name(this[0], typeId);
        return name2 ? C.UTF8ToString(name2) : null;
      }
      /**
       * Check if a node type is named.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
       */
      nodeTypeIsNamed(typeId) {
        return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Check if a node type is visible.
       */
      nodeTypeIsVisible(typeId) {
        return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Get the supertypes ids of this language.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
       */
      get supertypes() {
        C._ts_language_supertypes_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the subtype ids for a given supertype node id.
       */
      subtypes(supertype) {
        C._ts_language_subtypes_wasm(this[0], supertype);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the next state id for a given state id and node type id.
       */
      nextState(stateId, typeId) {
        return C._ts_language_next_state(this[0], stateId, typeId);
      }
      /**
       * Create a new lookahead iterator for this language and parse state.
       *
       * This returns `null` if state is invalid for this language.
       *
       * Iterating {@link LookaheadIterator} will yield valid symbols in the given
       * parse state. A newly created iterator is not positioned on a symbol, so
       * {@link LookaheadIterator#currentType} returns `null` until the first
       * iteration step.
       *
       * Lookahead iterators can be useful for generating suggestions and improving
       * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
       * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
       * lookahead iterator created on the previous non-extra leaf node may be
       * appropriate.
       */
      lookaheadIterator(stateId) {
        const address = C._ts_lookahead_iterator_new(this[0], stateId);
        if (address) return new LookaheadIterator(INTERNAL, address, this);
        return null;
      }
      /**
       * Load a language from a WebAssembly module.
       * The module can be provided as a path to a file, a `URL` to a file, or as a
       * buffer.
       */
      static async load(input) {
        let binary2;
        if (input instanceof Uint8Array) {
          binary2 = input;
        } else if (globalThis.process?.versions.node) {
          const fs2 = await import("fs/promises");
          binary2 = await fs2.readFile(input);
        } else {
          const response = await fetch(input);
          if (!response.ok) {
            const body2 = await response.text();
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
          const retryResp = response.clone();
          try {
            binary2 = await WebAssembly.compileStreaming(response);
          } catch (reason) {
            console.error("wasm streaming compile failed:", reason);
            console.error("falling back to ArrayBuffer instantiation");
            binary2 = new Uint8Array(await retryResp.arrayBuffer());
          }
        }
        const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
        return _Language.loadFromWasmExports(mod, { sync: false });
      }
      static loadFromWasmExports(mod, { sync }) {
        const symbolNames = Object.keys(mod);
        const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
        if (!functionName) {
          console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
          throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
        }
        const languageAddress = mod[functionName]();
        return new _Language(INTERNAL, languageAddress);
      }
      /**
       * Load a language synchronously from a pre-compiled WebAssembly module.
       * Use this when the host environment provides a `WebAssembly.Module` directly.
       */
      static loadSync(wasmModule) {
        const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
        return _Language.loadFromWasmExports(mod, { sync: true });
      }
    };
    __name(Module2, "Module");
    web_tree_sitter_default = Module2;
    Module3 = null;
    __name(initializeBinding, "initializeBinding");
    __name(checkModule, "checkModule");
    finalizer4 = newFinalizer((addresses) => {
      C._ts_parser_delete(addresses[0]);
      C._free(addresses[1]);
    });
    Parser = class {
      static {
        __name(this, "Parser");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      [1] = 0;
      // Internal handle for Wasm
      /** @internal */
      logCallback = null;
      /** The parser's current language. */
      language = null;
      /**
       * This must always be called before creating a Parser.
       *
       * You can optionally pass in options to configure the Wasm module, the most common
       * one being `locateFile` to help the module find the `.wasm` file.
       */
      static async init(moduleOptions) {
        setModule(await initializeBinding(moduleOptions));
        TRANSFER_BUFFER = C._ts_init();
        LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
        MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /**
       * Create a new parser.
       */
      constructor() {
        this.initialize();
        finalizer4?.register(this, [this[0], this[1]], this);
      }
      /** @internal */
      initialize() {
        if (!checkModule()) {
          throw new Error("cannot construct a Parser before calling `init()`");
        }
        C._ts_parser_new_wasm();
        this[0] = C.getValue(TRANSFER_BUFFER, "i32");
        this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /** Delete the parser, freeing its resources. */
      delete() {
        finalizer4?.unregister(this);
        C._ts_parser_delete(this[0]);
        C._free(this[1]);
        this[0] = 0;
        this[1] = 0;
      }
      /**
       * Set the language that the parser should use for parsing.
       *
       * If the language was not successfully assigned, an error will be thrown.
       * This happens if the language was generated with an incompatible
       * version of the Tree-sitter CLI. Check the language's version using
       * {@link Language#version} and compare it to this library's
       * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
       */
      setLanguage(language) {
        let address;
        if (!language) {
          address = 0;
          this.language = null;
        } else if (language.constructor === Language) {
          address = language[0];
          const version = C._ts_language_abi_version(address);
          if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
            throw new Error(
              `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
            );
          }
          this.language = language;
        } else {
          throw new Error("Argument must be a Language");
        }
        C._ts_parser_set_language(this[0], address);
        return this;
      }
      /**
       * Parse a slice of UTF8 text.
       *
       * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
       *
       * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
       *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
       *   the new text using {@link Tree#edit}.
       *
       * @param {ParseOptions} [options] - Options for parsing the text.
       *  This can be used to set the included ranges, or a progress callback.
       *
       * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
       *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
       *  - The progress callback returned true.
       */
      parse(callback, oldTree, options) {
        if (typeof callback === "string") {
          C.currentParseCallback = (index2) => callback.slice(index2);
        } else if (typeof callback === "function") {
          C.currentParseCallback = callback;
        } else {
          throw new Error("Argument must be a string or a function");
        }
        if (options?.progressCallback) {
          C.currentProgressCallback = options.progressCallback;
        } else {
          C.currentProgressCallback = null;
        }
        if (this.logCallback) {
          C.currentLogCallback = this.logCallback;
          C._ts_parser_enable_logger_wasm(this[0], 1);
        } else {
          C.currentLogCallback = null;
          C._ts_parser_enable_logger_wasm(this[0], 0);
        }
        let rangeCount = 0;
        let rangeAddress = 0;
        if (options?.includedRanges) {
          rangeCount = options.includedRanges.length;
          rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
          let address = rangeAddress;
          for (let i2 = 0; i2 < rangeCount; i2++) {
            marshalRange(address, options.includedRanges[i2]);
            address += SIZE_OF_RANGE;
          }
        }
        const treeAddress = C._ts_parser_parse_wasm(
          this[0],
          this[1],
          oldTree ? oldTree[0] : 0,
          rangeAddress,
          rangeCount
        );
        if (!treeAddress) {
          C.currentParseCallback = null;
          C.currentLogCallback = null;
          C.currentProgressCallback = null;
          return null;
        }
        if (!this.language) {
          throw new Error("Parser must have a language to parse");
        }
        const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
        C.currentParseCallback = null;
        C.currentLogCallback = null;
        C.currentProgressCallback = null;
        return result;
      }
      /**
       * Instruct the parser to start the next parse from the beginning.
       *
       * If the parser previously failed because of a callback, 
       * then by default, it will resume where it left off on the
       * next call to {@link Parser#parse} or other parsing functions.
       * If you don't want to resume, and instead intend to use this parser to
       * parse some other document, you must call `reset` first.
       */
      reset() {
        C._ts_parser_reset(this[0]);
      }
      /** Get the ranges of text that the parser will include when parsing. */
      getIncludedRanges() {
        C._ts_parser_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Set the logging callback that a parser should use during parsing. */
      setLogger(callback) {
        if (!callback) {
          this.logCallback = null;
        } else if (typeof callback !== "function") {
          throw new Error("Logger callback must be a function");
        } else {
          this.logCallback = callback;
        }
        return this;
      }
      /** Get the parser's current logger. */
      getLogger() {
        return this.logCallback;
      }
    };
    PREDICATE_STEP_TYPE_CAPTURE = 1;
    PREDICATE_STEP_TYPE_STRING = 2;
    QUERY_WORD_REGEX = /[\w-]+/g;
    CaptureQuantifier = {
      Zero: 0,
      ZeroOrOne: 1,
      ZeroOrMore: 2,
      One: 3,
      OneOrMore: 4
    };
    isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
    isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
    QueryErrorKind = {
      Syntax: 1,
      NodeName: 2,
      FieldName: 3,
      CaptureName: 4,
      PatternStructure: 5
    };
    QueryError = class _QueryError extends Error {
      constructor(kind, info2, index2, length) {
        super(_QueryError.formatMessage(kind, info2));
        this.kind = kind;
        this.info = info2;
        this.index = index2;
        this.length = length;
        this.name = "QueryError";
      }
      kind;
      info;
      index;
      length;
      static {
        __name(this, "QueryError");
      }
      /** Formats an error message based on the error kind and info */
      static formatMessage(kind, info2) {
        switch (kind) {
          case QueryErrorKind.NodeName:
            return `Bad node name '${info2.word}'`;
          case QueryErrorKind.FieldName:
            return `Bad field name '${info2.word}'`;
          case QueryErrorKind.CaptureName:
            return `Bad capture name @${info2.word}`;
          case QueryErrorKind.PatternStructure:
            return `Bad pattern structure at offset ${info2.suffix}`;
          case QueryErrorKind.Syntax:
            return `Bad syntax at offset ${info2.suffix}`;
        }
      }
    };
    __name(parseAnyPredicate, "parseAnyPredicate");
    __name(parseMatchPredicate, "parseMatchPredicate");
    __name(parseAnyOfPredicate, "parseAnyOfPredicate");
    __name(parseIsPredicate, "parseIsPredicate");
    __name(parseSetDirective, "parseSetDirective");
    __name(parsePattern, "parsePattern");
    finalizer5 = newFinalizer((address) => {
      C._ts_query_delete(address);
    });
    Query = class {
      static {
        __name(this, "Query");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      exceededMatchLimit;
      /** @internal */
      textPredicates;
      /** The names of the captures used in the query. */
      captureNames;
      /** The quantifiers of the captures used in the query. */
      captureQuantifiers;
      /**
       * The other user-defined predicates associated with the given index.
       *
       * This includes predicates with operators other than:
       * - `match?`
       * - `eq?` and `not-eq?`
       * - `any-of?` and `not-any-of?`
       * - `is?` and `is-not?`
       * - `set!`
       */
      predicates;
      /** The properties for predicates with the operator `set!`. */
      setProperties;
      /** The properties for predicates with the operator `is?`. */
      assertedProperties;
      /** The properties for predicates with the operator `is-not?`. */
      refutedProperties;
      /** The maximum number of in-progress matches for this cursor. */
      matchLimit;
      /**
       * Create a new query from a string containing one or more S-expression
       * patterns.
       *
       * The query is associated with a particular language, and can only be run
       * on syntax nodes parsed with that language. References to Queries can be
       * shared between multiple threads.
       *
       * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
       */
      constructor(language, source) {
        const sourceLength = C.lengthBytesUTF8(source);
        const sourceAddress = C._malloc(sourceLength + 1);
        C.stringToUTF8(source, sourceAddress, sourceLength + 1);
        const address = C._ts_query_new(
          language[0],
          sourceAddress,
          sourceLength,
          TRANSFER_BUFFER,
          TRANSFER_BUFFER + SIZE_OF_INT
        );
        if (!address) {
          const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
          const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
          const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
          const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
          C._free(sourceAddress);
          switch (errorId) {
            case QueryErrorKind.Syntax:
              throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
            case QueryErrorKind.NodeName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.FieldName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.CaptureName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.PatternStructure:
              throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
          }
        }
        const stringCount = C._ts_query_string_count(address);
        const captureCount = C._ts_query_capture_count(address);
        const patternCount = C._ts_query_pattern_count(address);
        const captureNames = new Array(captureCount);
        const captureQuantifiers = new Array(patternCount);
        const stringValues = new Array(stringCount);
        for (let i2 = 0; i2 < captureCount; i2++) {
          const nameAddress = C._ts_query_capture_name_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
        }
        for (let i2 = 0; i2 < patternCount; i2++) {
          const captureQuantifiersArray = new Array(captureCount);
          for (let j = 0; j < captureCount; j++) {
            const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
            captureQuantifiersArray[j] = quantifier;
          }
          captureQuantifiers[i2] = captureQuantifiersArray;
        }
        for (let i2 = 0; i2 < stringCount; i2++) {
          const valueAddress = C._ts_query_string_value_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
        }
        const setProperties = new Array(patternCount);
        const assertedProperties = new Array(patternCount);
        const refutedProperties = new Array(patternCount);
        const predicates = new Array(patternCount);
        const textPredicates = new Array(patternCount);
        for (let i2 = 0; i2 < patternCount; i2++) {
          const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
          const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
          predicates[i2] = [];
          textPredicates[i2] = [];
          const steps = new Array();
          let stepAddress = predicatesAddress;
          for (let j = 0; j < stepCount; j++) {
            const stepType = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            const stepValueId = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            parsePattern(
              i2,
              stepType,
              stepValueId,
              captureNames,
              stringValues,
              steps,
              textPredicates,
              predicates,
              setProperties,
              assertedProperties,
              refutedProperties
            );
          }
          Object.freeze(textPredicates[i2]);
          Object.freeze(predicates[i2]);
          Object.freeze(setProperties[i2]);
          Object.freeze(assertedProperties[i2]);
          Object.freeze(refutedProperties[i2]);
        }
        C._free(sourceAddress);
        this[0] = address;
        this.captureNames = captureNames;
        this.captureQuantifiers = captureQuantifiers;
        this.textPredicates = textPredicates;
        this.predicates = predicates;
        this.setProperties = setProperties;
        this.assertedProperties = assertedProperties;
        this.refutedProperties = refutedProperties;
        this.exceededMatchLimit = false;
        finalizer5?.register(this, address, this);
      }
      /** Delete the query, freeing its resources. */
      delete() {
        finalizer5?.unregister(this);
        C._ts_query_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Iterate over all of the matches in the order that they were found.
       *
       * Each match contains the index of the pattern that matched, and a list of
       * captures. Because multiple patterns can match the same set of nodes,
       * one match may contain captures that appear *before* some of the
       * captures from a previous match.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      matches(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex = options.endIndex ?? 0;
        const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options.startContainingIndex ?? 0;
        const endContainingIndex = options.endContainingIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const progressCallback = options.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_matches_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array(rawCount);
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        let filteredCount = 0;
        let address = startAddress;
        for (let i2 = 0; i2 < rawCount; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captures = new Array(captureCount);
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            result[filteredCount] = { patternIndex, captures };
            const setProperties = this.setProperties[patternIndex];
            result[filteredCount].setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            result[filteredCount].assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            result[filteredCount].refutedProperties = refutedProperties;
            filteredCount++;
          }
        }
        result.length = filteredCount;
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /**
       * Iterate over all of the individual captures in the order that they
       * appear.
       *
       * This is useful if you don't care about which pattern matched, and just
       * want a single, ordered sequence of captures.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      captures(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex = options.endIndex ?? 0;
        const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options.startContainingIndex ?? 0;
        const endContainingIndex = options.endContainingIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const progressCallback = options.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_captures_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array();
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        const captures = new Array();
        let address = startAddress;
        for (let i2 = 0; i2 < count; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          captures.length = captureCount;
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            const capture = captures[captureIndex];
            const setProperties = this.setProperties[patternIndex];
            capture.setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            capture.assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            capture.refutedProperties = refutedProperties;
            result.push(capture);
          }
        }
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /** Get the predicates for a given pattern. */
      predicatesForPattern(patternIndex) {
        return this.predicates[patternIndex];
      }
      /**
       * Disable a certain capture within a query.
       *
       * This prevents the capture from being returned in matches, and also
       * avoids any resource usage associated with recording the capture.
       */
      disableCapture(captureName) {
        const captureNameLength = C.lengthBytesUTF8(captureName);
        const captureNameAddress = C._malloc(captureNameLength + 1);
        C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
        C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
        C._free(captureNameAddress);
      }
      /**
       * Disable a certain pattern within a query.
       *
       * This prevents the pattern from matching, and also avoids any resource
       * usage associated with the pattern. This throws an error if the pattern
       * index is out of bounds.
       */
      disablePattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        C._ts_query_disable_pattern(this[0], patternIndex);
      }
      /**
       * Check if, on its last execution, this cursor exceeded its maximum number
       * of in-progress matches.
       */
      didExceedMatchLimit() {
        return this.exceededMatchLimit;
      }
      /** Get the byte offset where the given pattern starts in the query's source. */
      startIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
      }
      /** Get the byte offset where the given pattern ends in the query's source. */
      endIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
      }
      /** Get the number of patterns in the query. */
      patternCount() {
        return C._ts_query_pattern_count(this[0]);
      }
      /** Get the index for a given capture name. */
      captureIndexForName(captureName) {
        return this.captureNames.indexOf(captureName);
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternRooted(patternIndex) {
        return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternNonLocal(patternIndex) {
        return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
      }
      /**
       * Check if a given step in a query is 'definite'.
       *
       * A query step is 'definite' if its parent pattern will be guaranteed to
       * match successfully once it reaches the step.
       */
      isPatternGuaranteedAtStep(byteIndex) {
        return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
      }
    };
  }
});

// src/languages/shell/errors.ts
function firstLeaf(node) {
  let n = node;
  for (let i2 = 0; i2 < MAX_DEPTH && n.childCount > 0; i2++) n = n.child(0);
  return n;
}
function describe(text) {
  if (text === "") return "end of file";
  if (text === "\n" || text === "\r\n") return "end of line";
  const oneLine = text.split(/\r?\n|\r/)[0];
  return `\`${oneLine.length > 30 ? `${oneLine.slice(0, 30)}\u2026` : oneLine}\``;
}
function unexpectedToken(error) {
  let node = error;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    let next = null;
    for (const child of node.children) {
      if (!child || child.type === "comment") continue;
      if (child.isMissing) return child;
      if (child.childCount === 0 && (node.isError || child.isError)) return child;
      if (child.isError || child.hasError) {
        next = child;
        break;
      }
    }
    if (!next) return firstLeaf(node);
    node = next;
  }
  return firstLeaf(node);
}
function firstProblem(root) {
  if (!root.hasError) return null;
  const stack = [root];
  let depth = 0;
  while (stack.length > 0 && depth++ < 1e6) {
    const node = stack.pop();
    if (node.isError || node.isMissing) return node;
    if (!node.hasError) continue;
    for (let i2 = node.childCount - 1; i2 >= 0; i2--) {
      const child = node.child(i2);
      if (child && (child.hasError || child.isMissing || child.isError)) stack.push(child);
    }
  }
  return null;
}
function closers(node, text) {
  const result = { open: [] };
  const open = result.open;
  const walk = (n, depth) => {
    if (depth > MAX_DEPTH) return false;
    if (n.childCount === 0) {
      const word = n.type === "word" ? text.slice(n.startIndex, n.endIndex) : "";
      const t = KEYWORD_CLOSERS.has(word) ? word : n.type;
      if (t === '"' || t === "'" || t === "`") {
        if (open[open.length - 1] === t) open.pop();
        else open.push(t);
      } else if (t === "fi" || t === "esac" || t === "done" || t === "}" || t === ")" || t === "))" || t === "]" || t === "]]") {
        const i2 = open.lastIndexOf(t);
        const top = open[open.length - 1];
        if (i2 >= 0 && i2 < open.length - 1 && KEYWORD_CLOSERS.has(t) && KEYWORD_CLOSERS.has(top)) {
          result.mismatch = { token: n, expected: top };
          return true;
        }
        if (i2 >= 0) open.splice(i2);
      } else if (t in CLOSERS && t !== "then" && t !== "elif" && t !== "else" && t !== "in" && t !== "do") {
        open.push(CLOSERS[t]);
      }
      return false;
    }
    for (const c of n.children) if (c && walk(c, depth + 1)) return true;
    return false;
  };
  walk(node, 0);
  return result;
}
function shellErrorsMissing(node, text, at) {
  const next = /^[ \t]*(\S+)?/.exec(text.slice(node.startIndex, node.startIndex + 200));
  const token = next?.[1] ?? "";
  const start2 = node.startIndex + (next ? next[0].length - token.length : 0);
  const what = token ? describe(token) : start2 >= text.trimEnd().length ? "end of file" : "end of line";
  return [{ message: `Unexpected ${what}, expected \`${node.type}\``, position: at(start2, start2 + token.length) }];
}
function shellErrors(root, text, lines) {
  const node = firstProblem(root);
  if (!node) return [];
  const at = (start2, end) => ({ start: lines.point(start2), end: lines.point(end) });
  if (node.isMissing) return shellErrorsMissing(node, text, at);
  const leaf = unexpectedToken(node);
  if (leaf.isMissing) return shellErrorsMissing(leaf, text, at);
  const { open, mismatch } = closers(node, text);
  if (mismatch) {
    const { token: token2, expected: expected2 } = mismatch;
    return [{ message: `Unexpected \`${text.slice(token2.startIndex, token2.endIndex)}\`, expected \`${expected2}\``, position: at(token2.startIndex, token2.endIndex) }];
  }
  const closer = open[open.length - 1];
  const endOfFile = node.endIndex >= text.trimEnd().length;
  if (closer && endOfFile) {
    const end = text.length;
    return [{ message: `Unexpected end of file, expected \`${closer}\``, position: at(end, end) }];
  }
  const token = text.slice(leaf.startIndex, leaf.endIndex);
  const expected = closer ? `, expected \`${closer}\`` : "";
  return [{ message: `Unexpected ${describe(token)}${expected}`, position: at(leaf.startIndex, Math.max(leaf.startIndex, leaf.endIndex)) }];
}
function reservedCommandName(root, text) {
  const stack = [root];
  let found = null;
  while (stack.length > 0) {
    const node = stack.pop();
    if (found && node.startIndex >= found.startIndex) continue;
    if (node.type === "command_name") {
      const word = node.namedChild(0) ?? node;
      if (RESERVED_WORDS.has(text.slice(word.startIndex, word.endIndex))) found = word;
      continue;
    }
    for (let i2 = node.childCount - 1; i2 >= 0; i2--) {
      const child = node.child(i2);
      if (child) stack.push(child);
    }
  }
  return found;
}
var MAX_DEPTH, CLOSERS, KEYWORD_CLOSERS, RESERVED_WORDS;
var init_errors = __esm({
  "src/languages/shell/errors.ts"() {
    "use strict";
    MAX_DEPTH = 1e3;
    CLOSERS = {
      if: "fi",
      then: "fi",
      elif: "fi",
      else: "fi",
      case: "esac",
      in: "esac",
      do: "done",
      while: "done",
      until: "done",
      for: "done",
      "{": "}",
      "(": ")",
      "$(": ")",
      "((": "))",
      "$((": "))",
      "[": "]",
      "[[": "]]",
      "${": "}",
      '"': '"',
      "'": "'",
      "`": "`"
    };
    KEYWORD_CLOSERS = /* @__PURE__ */ new Set(["fi", "done", "esac", "}"]);
    RESERVED_WORDS = /* @__PURE__ */ new Set(["fi", "done", "esac", "}"]);
  }
});

// src/languages/shell/skeleton.ts
function skeleton(text) {
  const out2 = text.split("");
  const n = text.length;
  const blank = (from, to) => {
    for (let k = from; k < to && k < n; k++) if (out2[k] !== "\n" && out2[k] !== "\r") out2[k] = "x";
  };
  const pending = [];
  const heredocBody = (i2, delimiter, tabs) => {
    while (i2 < n) {
      let end = text.indexOf("\n", i2);
      if (end < 0) end = n;
      let line = text.slice(i2, end).replace(/\r$/, "");
      if (tabs) line = line.replace(/^\t+/, "");
      if (line === delimiter) {
        const at = text.indexOf(delimiter, i2);
        for (let k = 0; k < delimiter.length; k++) if (!/\w/.test(delimiter[k])) out2[at + k] = "x";
        return end + 1;
      }
      blank(i2, end);
      i2 = end + 1;
    }
    return n;
  };
  const code = (i2, close, depthLimit) => {
    let depth = 0;
    while (i2 < n) {
      const c = text[i2];
      const prev = i2 > 0 ? text[i2 - 1] : void 0;
      if (c === "\n") {
        i2++;
        while (pending.length > 0 && i2 < n) {
          const [delimiter, tabs] = pending.shift();
          i2 = heredocBody(i2, delimiter, tabs);
        }
        pending.length = 0;
        continue;
      }
      if (c === "\\") {
        if (text[i2 + 1] === "\n" || text[i2 + 1] === "\r" && text[i2 + 2] === "\n") {
          i2 += 2;
          continue;
        }
        blank(i2, i2 + 2);
        i2 += 2;
        continue;
      }
      if (c === "#" && WORD_BREAK.has(prev)) {
        const end = text.indexOf("\n", i2);
        i2 = end < 0 ? n : end;
        continue;
      }
      if (c === "'") {
        const end = text.indexOf("'", i2 + 1);
        if (end < 0) return n;
        blank(i2 + 1, end);
        i2 = end + 1;
        continue;
      }
      if (c === '"') {
        const end = doubleQuoted(i2 + 1, depthLimit);
        if (end >= n) return n;
        blank(i2 + 1, end);
        i2 = end + 1;
        continue;
      }
      if (c === "`") {
        const end = backtick(i2 + 1);
        if (end >= n) return n;
        const len = end + 1 - i2;
        if (len >= 4) {
          out2[i2] = "$";
          out2[i2 + 1] = "{";
          for (let k = i2 + 2; k < end; k++) out2[k] = "x";
          out2[end] = "}";
        } else if (len === 3) {
          out2[i2] = "$";
          out2[i2 + 1] = "x";
          out2[i2 + 2] = "x";
        }
        i2 = end + 1;
        continue;
      }
      if (c === "~") {
        out2[i2] = "x";
        i2++;
        continue;
      }
      if (c === "[" && WORD_BREAK.has(prev) && (text[i2 + 1] === " " || text[i2 + 1] === "	")) {
        out2[i2] = ":";
        i2++;
        continue;
      }
      if (c === "[" && !WORD_BREAK.has(prev) && prev !== "[" && prev !== "$") {
        const end = text.indexOf("]", i2);
        const nl = text.indexOf("\n", i2);
        if (end > 0 && (nl < 0 || end < nl)) {
          out2[i2] = "x";
          out2[end] = "x";
        }
        i2++;
        continue;
      }
      if (c === "<" && text[i2 + 1] === "<" && text[i2 + 2] !== "<" && prev !== "<") {
        const m = /^<<(-?)[ \t]*(\\?)(['"]?)([^\s'";&|<>()]+)\3/.exec(text.slice(i2, i2 + 200));
        if (m && !/^\d/.test(m[4])) {
          pending.push([m[4], m[1] === "-"]);
          const at = i2 + m[0].length - m[3].length - m[4].length;
          for (let k = 0; k < m[4].length; k++) if (!/\w/.test(m[4][k])) out2[at + k] = "x";
          i2 += m[0].length;
          continue;
        }
      }
      if (c === "f" && WORD_BREAK.has(prev)) {
        const m = /^for[ \t]+[A-Za-z_]\w*([ \t]+)do\b/.exec(text.slice(i2, i2 + 100));
        if (m) {
          out2[i2 + m[0].length - 2 - m[1].length] = ";";
          i2 += m[0].length;
          continue;
        }
      }
      if (WORD_BREAK.has(prev) && /[A-Za-z_]/.test(c)) {
        const m = /^[A-Za-z_]\w*=(?=[ \t]|\r?\n)/.exec(text.slice(i2, i2 + 256));
        if (m) {
          out2[i2 + m[0].length - 1] = ";";
          i2 += m[0].length;
          continue;
        }
      }
      if (c === "!" && WORD_BREAK.has(prev) && /^![ \t]+[A-Za-z_]\w*=/.test(text.slice(i2, i2 + 100))) {
        out2[i2] = ":";
        i2++;
        continue;
      }
      if (c === ")" && /^\)[A-Za-z_]\w*=/.test(text.slice(i2, i2 + 256))) out2[i2 + 1] = " ";
      if (c === "(") depth++;
      if (c === ")") {
        if (close && depth === 0) return i2;
        depth = Math.max(0, depth - 1);
      }
      i2++;
    }
    return n;
  };
  const backtick = (i2) => {
    while (i2 < n) {
      if (text[i2] === "\\") i2 += 2;
      else if (text[i2] === "`") return i2;
      else i2++;
    }
    return n;
  };
  const doubleQuoted = (i2, depthLimit) => {
    while (i2 < n) {
      const c = text[i2];
      if (c === "\\") i2 += 2;
      else if (c === '"') return i2;
      else if (c === "`") i2 = backtick(i2 + 1) + 1;
      else if (c === "$" && text[i2 + 1] === "(" && depthLimit > 0) i2 = code(i2 + 2, true, depthLimit - 1) + 1;
      else if (c === "$" && text[i2 + 1] === "{" && depthLimit > 0) i2 = braced(i2 + 2, depthLimit - 1) + 1;
      else i2++;
    }
    return n;
  };
  const braced = (i2, depthLimit) => {
    while (i2 < n) {
      const c = text[i2];
      if (c === "\\") i2 += 2;
      else if (c === "}") return i2;
      else if (c === '"') i2 = doubleQuoted(i2 + 1, depthLimit) + 1;
      else if (c === "'") {
        const end = text.indexOf("'", i2 + 1);
        i2 = end < 0 ? n : end + 1;
      } else if (c === "$" && text[i2 + 1] === "{" && depthLimit > 0) i2 = braced(i2 + 2, depthLimit - 1) + 1;
      else i2++;
    }
    return n;
  };
  code(0, false, 50);
  return out2.join("");
}
var WORD_BREAK;
var init_skeleton = __esm({
  "src/languages/shell/skeleton.ts"() {
    "use strict";
    WORD_BREAK = /* @__PURE__ */ new Set([void 0, " ", "	", "\n", "\r", ";", "&", "|", "(", ")", "<", ">", "`"]);
  }
});

// src/languages/shell/tree.ts
function plainTree(tree) {
  const cursor = tree.walk();
  const language = tree.language;
  const kinds = /* @__PURE__ */ new Map();
  const kind = (id) => {
    let k = kinds.get(id);
    if (!k) {
      k = { type: language.types[id] || "ERROR", named: id === 65535 || language.nodeTypeIsNamed(id) };
      kinds.set(id, k);
    }
    return k;
  };
  const node = (parent, field2) => {
    const k = kind(cursor.nodeTypeId);
    return new PlainNode(k.type, cursor.startIndex, cursor.endIndex, k.named, field2, parent);
  };
  try {
    const root = node(null, null);
    let current = root;
    if (!cursor.gotoFirstChild()) return root;
    for (; ; ) {
      const fieldId = cursor.currentFieldId;
      const child = node(current, fieldId ? language.fields[fieldId] ?? null : null);
      current.children.push(child);
      if (cursor.gotoFirstChild()) {
        current = child;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || current.parent === null) return root;
        current = current.parent;
      }
    }
  } finally {
    cursor.delete();
  }
}
var PlainNode;
var init_tree = __esm({
  "src/languages/shell/tree.ts"() {
    "use strict";
    PlainNode = class {
      constructor(type, startIndex, endIndex, isNamed, field2, parent) {
        this.type = type;
        this.startIndex = startIndex;
        this.endIndex = endIndex;
        this.isNamed = isNamed;
        this.field = field2;
        this.parent = parent;
      }
      type;
      startIndex;
      endIndex;
      isNamed;
      field;
      parent;
      children = [];
      get childCount() {
        return this.children.length;
      }
      child(i2) {
        return this.children[i2] ?? null;
      }
      namedChild(i2) {
        let k = 0;
        for (const c of this.children) if (c.isNamed && k++ === i2) return c;
        return null;
      }
      childForFieldName(field2) {
        return this.children.find((c) => c.field === field2) ?? null;
      }
      childrenForFieldName(field2) {
        return this.children.filter((c) => c.field === field2);
      }
      fieldNameForChild(i2) {
        return this.children[i2]?.field ?? null;
      }
      equals(other) {
        return other === this;
      }
    };
  }
});

// src/languages/shell/parse.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function readWasm(file, specifier) {
  const tried = [];
  try {
    const path = fileURLToPath2(new URL(`./${file}`, import.meta.url));
    tried.push(path);
    return readFileSync3(path);
  } catch {
  }
  try {
    const path = createRequire(import.meta.url).resolve(specifier);
    tried.push(path);
    return readFileSync3(path);
  } catch {
    throw new Error(`cannot find ${file} (looked at ${tried.join(", ") || specifier})`);
  }
}
function loadShellParser() {
  loading ??= (async () => {
    try {
      const runtime = readWasm(SHELL_WASM_FILES.runtime, `web-tree-sitter/${SHELL_WASM_FILES.runtime}`);
      await Parser.init({ wasmBinary: runtime });
      const bash = await Language.load(readWasm(SHELL_WASM_FILES.bash, `tree-sitter-bash/${SHELL_WASM_FILES.bash}`));
      const p = new Parser();
      p.setLanguage(bash);
      parser = p;
    } catch (error) {
      loadError = error;
    }
  })();
  return loading;
}
function emptyScript(text, lines, errors) {
  return {
    type: "script",
    assignments: [],
    functions: [],
    commands: [],
    depend: [],
    loops: [],
    cases: [],
    nonPosix: [],
    errors,
    children: [],
    position: { start: lines.point(0), end: lines.point(text.length) }
  };
}
function parseShell(text) {
  const lines = new LineIndex(text);
  if (!parser) {
    const why = loadError ? loadError.message : "loadShellParser() was not awaited";
    return emptyScript(text, lines, [{ message: `Shell parser unavailable: ${why}`, position: { start: lines.point(0), end: lines.point(0) } }]);
  }
  const failure = (why) => emptyScript(text, lines, [{ message: `Unexpected parser failure: ${why}`, position: { start: lines.point(0), end: lines.point(0) } }]);
  let tree = null;
  try {
    tree = parser.parse(text);
    if (!tree) return failure("the script could not be parsed");
    const builder = new Builder(text, lines);
    const script = builder.build(plainTree(tree));
    script.errors = tree.rootNode.hasError || builder.misplaced.length > 0 ? verifiedErrors(parser, text, lines) : [];
    return script;
  } catch (error) {
    parser.reset();
    return failure(error.message);
  } finally {
    tree?.delete();
  }
}
function verifiedErrors(p, text, lines) {
  const sk = skeleton(text);
  const tree = p.parse(sk);
  if (!tree) return [];
  try {
    const errors = shellErrors(tree.rootNode, text, lines);
    if (errors.length > 0) return errors;
    const word = reservedCommandName(tree.rootNode, text);
    if (!word || !confirmedFromStatement(p, sk, tree.rootNode, word.startIndex)) return [];
    return [{ message: `Unexpected \`${text.slice(word.startIndex, word.endIndex)}\``, position: { start: lines.point(word.startIndex), end: lines.point(word.endIndex) } }];
  } finally {
    tree.delete();
  }
}
function confirmedFromStatement(p, sk, root, offset) {
  let start2 = 0;
  for (let i2 = 0; i2 < root.childCount; i2++) {
    const child = root.child(i2);
    if (child && child.startIndex <= offset && offset < child.endIndex) {
      start2 = child.startIndex;
      break;
    }
  }
  if (start2 === 0) return true;
  const again = p.parse(sk.slice(start2));
  if (!again) return true;
  try {
    const word = reservedCommandName(again.rootNode, sk.slice(start2));
    return word !== null && word.startIndex + start2 === offset;
  } finally {
    again.delete();
  }
}
function unescapeWord(raw) {
  return raw.replace(/\\(\r\n|[\s\S])/g, (_, c) => c === "\n" || c === "\r\n" ? "" : c);
}
function unescapeDouble(raw) {
  return raw.replace(/\\(\r\n|[$`"\\\n])/g, (_, c) => c === "\n" || c === "\r\n" ? "" : c);
}
function unescapeAnsi(raw) {
  let ok2 = true;
  const out2 = raw.replace(/\\([\s\S])/g, (_, c) => {
    const r = ANSI_ESCAPES[c];
    if (r === void 0) ok2 = false;
    return r ?? "";
  });
  return ok2 ? out2 : void 0;
}
var SHELL_WASM_FILES, parser, loading, loadError, LSB_KEYWORDS, MAX_DEPTH2, ANSI_ESCAPES, Builder;
var init_parse2 = __esm({
  "src/languages/shell/parse.ts"() {
    "use strict";
    init_web_tree_sitter();
    init_text();
    init_errors();
    init_skeleton();
    init_tree();
    SHELL_WASM_FILES = {
      runtime: "web-tree-sitter.wasm",
      bash: "tree-sitter-bash.wasm"
    };
    parser = null;
    loading = null;
    loadError = null;
    LSB_KEYWORDS = /* @__PURE__ */ new Set([
      "Provides",
      "Required-Start",
      "Required-Stop",
      "Should-Start",
      "Should-Stop",
      "Default-Start",
      "Default-Stop",
      "Short-Description",
      "Description"
    ]);
    MAX_DEPTH2 = 1e3;
    ANSI_ESCAPES = { n: "\n", t: "	", r: "\r", a: "\x07", b: "\b", e: "\x1B", E: "\x1B", f: "\f", v: "\v", "\\": "\\", "'": "'", '"': '"', "?": "?" };
    Builder = class {
      constructor(text, lines) {
        this.text = text;
        this.lines = lines;
      }
      text;
      lines;
      assignments = [];
      functions = [];
      commands = [];
      loops = [];
      cases = [];
      nonPosix = [];
      env = /* @__PURE__ */ new Map();
      /** Reserved words used as command names: syntax errors tree-sitter does not flag. */
      misplaced = [];
      /** Resolutions inside functions, run once the whole top level is known. */
      deferred = [];
      functionAssigned = /* @__PURE__ */ new Map();
      functionEnvs = /* @__PURE__ */ new Map();
      span(start2, end) {
        return { start: this.lines.point(start2), end: this.lines.point(end) };
      }
      pos(node) {
        return this.span(node.startIndex, node.endIndex);
      }
      slice(node) {
        return this.text.slice(node.startIndex, node.endIndex);
      }
      build(root) {
        this.walk(root, { background: false }, 0);
        for (const resolve6 of this.deferred) resolve6();
        const inside2 = (outer) => (c) => c.position.start.offset >= outer.start.offset && c.position.end.offset <= outer.end.offset;
        for (const f2 of this.functions) f2.commands = this.commands.filter(inside2(f2.position));
        for (const l of this.loops) l.commands = this.commands.filter(inside2(l.position));
        for (const c of this.cases) for (const arm of c.arms) arm.commands = this.commands.filter(inside2(arm.position));
        const depend = [];
        const dependFn = this.functions.find((f2) => f2.name === "depend");
        if (dependFn) {
          for (const c of dependFn.commands) {
            if (!c.nameWord.literal) continue;
            depend.push({ type: "depend-verb", verb: c.name, verbPosition: c.nameWord.position, args: c.args, position: c.position });
          }
        }
        const script = {
          type: "script",
          assignments: this.assignments,
          functions: this.functions,
          commands: this.commands,
          depend,
          loops: this.loops,
          cases: this.cases,
          nonPosix: this.nonPosix,
          errors: [],
          children: [],
          position: this.span(0, this.text.length)
        };
        const shebang = this.shebang();
        if (shebang) script.shebang = shebang;
        const lsb = this.lsb();
        if (lsb) script.lsb = lsb;
        return script;
      }
      shebang() {
        const m = /^#![ \t]*([^\s]*)/.exec(this.text);
        if (!m) return void 0;
        const lineEnd = this.lines.lineEnd(1);
        const rest = this.text.slice(m[0].length, lineEnd).trim();
        return { interpreter: m[1], args: rest ? rest.split(/[ \t]+/) : [], position: this.span(0, lineEnd) };
      }
      /** The LSB comment block, read line by line (it is comments to the parser). */
      lsb() {
        let begin = -1;
        for (let line = 1; line <= this.lines.lineCount; line++) {
          if (/^###\s*BEGIN INIT INFO\s*$/.test(this.lines.lineText(line).trimEnd())) {
            begin = line;
            break;
          }
        }
        if (begin < 0) return void 0;
        const fields = [];
        let closed = false;
        let endOffset = this.lines.lineEnd(begin);
        for (let line = begin + 1; line <= this.lines.lineCount; line++) {
          const raw = this.lines.lineText(line);
          const start2 = this.lines.lineStart(line);
          if (/^###\s*END INIT INFO\s*$/.test(raw.trimEnd())) {
            closed = true;
            endOffset = this.lines.lineEnd(line);
            break;
          }
          if (!raw.startsWith("#")) break;
          endOffset = this.lines.lineEnd(line);
          const field2 = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*):[ \t]*(.*?)[ \t]*$/.exec(raw);
          const continuation = /^#(\t| {2,})[ \t]*(\S.*?)[ \t]*$/.exec(raw);
          const last = fields[fields.length - 1];
          const known = field2 && (LSB_KEYWORDS.has(field2[1]) || field2[1].startsWith("X-"));
          if (continuation && last && !known) {
            last.value = last.value ? `${last.value} ${continuation[2]}` : continuation[2];
            last.position = this.span(last.position.start.offset, start2 + raw.trimEnd().length);
            continue;
          }
          if (field2) {
            const nameStart = start2 + raw.indexOf(field2[1]);
            const valueStart = field2[2] ? start2 + raw.indexOf(field2[2], raw.indexOf(":") + 1) : start2 + raw.trimEnd().length;
            fields.push({
              name: field2[1],
              value: field2[2],
              position: this.span(start2, start2 + raw.trimEnd().length),
              namePosition: this.span(nameStart, nameStart + field2[1].length),
              valuePosition: this.span(valueStart, valueStart + field2[2].length)
            });
          }
        }
        return { type: "lsb-header", fields, closed, position: this.span(this.lines.lineStart(begin), endOffset) };
      }
      nonPosixAt(construct, start2, end) {
        this.nonPosix.push({ type: "non-posix", construct, position: this.span(start2, end) });
      }
      /** A word's value without expansions (quote removal only), or undefined. */
      value(node, env, defaults) {
        switch (node.type) {
          case "word":
          case "extglob_pattern":
            return unescapeWord(this.slice(node));
          case "number":
            return this.slice(node);
          case "raw_string":
            return this.slice(node).slice(1, -1);
          case "ansi_c_string":
            return unescapeAnsi(this.slice(node).slice(2, -1));
          case "command_name": {
            const child = node.namedChild(0);
            return child ? this.value(child, env, defaults) : void 0;
          }
          case "string":
          case "translated_string":
          case "concatenation": {
            let out2 = "";
            for (const child of node.children) {
              if (!child) return void 0;
              if (child.type === "string_content") out2 += unescapeDouble(this.slice(child));
              else if ((child.type === '"' || child.type === '$"') && node.type !== "concatenation") continue;
              else {
                const v = this.value(child, env, defaults);
                if (v === void 0) return void 0;
                out2 += v;
              }
            }
            return out2;
          }
          case "simple_expansion":
          case "expansion":
            return env ? this.expand(node, env, defaults) : void 0;
          default:
            if (!node.isNamed && node.childCount === 0) return unescapeWord(this.slice(node));
            return void 0;
        }
      }
      /** `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}` from earlier top-level literal assignments. */
      expand(node, env, defaults) {
        const children = node.children.filter((c) => c !== null);
        const name2 = children.find((c) => c.type === "variable_name");
        if (!name2) return void 0;
        const known = env.get(this.slice(name2));
        if (node.type === "simple_expansion") return known;
        const inner = children.slice(1, -1);
        if (inner.length === 1) return known;
        if (inner[0] !== name2) return void 0;
        const op = inner[1];
        if (!["-", ":-", "=", ":="].includes(op.type)) return void 0;
        const rest = inner.slice(2);
        let fallback = "";
        for (const part of rest) {
          const v = this.value(part, env, defaults);
          if (v === void 0) {
            fallback = void 0;
            break;
          }
          fallback += v;
        }
        const colon = op.type.startsWith(":");
        if (known !== void 0) return colon && known === "" ? fallback : known;
        return defaults ? fallback : void 0;
      }
      word(node, ctx) {
        const word = { type: "word", raw: this.slice(node), position: this.pos(node) };
        const literal = this.value(node, null, false);
        if (literal !== void 0) {
          word.literal = literal;
          word.resolved = literal;
        } else if (ctx.inFunction === void 0) {
          const resolved = this.value(node, this.env, false);
          if (resolved !== void 0) word.resolved = resolved;
        } else {
          const fn = ctx.inFunction;
          this.deferred.push(() => {
            const resolved = this.value(node, this.functionEnv(fn), false);
            if (resolved !== void 0) word.resolved = resolved;
          });
        }
        return word;
      }
      assignedIn(fn) {
        let names2 = this.functionAssigned.get(fn);
        if (!names2) this.functionAssigned.set(fn, names2 = /* @__PURE__ */ new Set());
        return names2;
      }
      /** Top-level variables as a function sees them: all of the top level, minus what the function assigns itself. */
      functionEnv(fn) {
        let env = this.functionEnvs.get(fn);
        if (!env) {
          env = new Map(this.env);
          for (const name2 of this.functionAssigned.get(fn) ?? []) env.delete(name2);
          this.functionEnvs.set(fn, env);
        }
        return env;
      }
      /** @param prefix `FOO=1 cmd`: reads the top-level variables but does not set one. */
      assignment(node, ctx, declaration, prefix = false) {
        const nameNode = node.childForFieldName("name");
        const valueNode = node.childForFieldName("value");
        const eq = node.children.find((c) => c?.type === "=" || c?.type === "+=");
        const name2 = nameNode ? this.slice(nameNode) : "";
        const valueStart = valueNode ? valueNode.startIndex : eq ? eq.endIndex : node.endIndex;
        const valueEnd = valueNode ? valueNode.endIndex : valueStart;
        const raw = this.text.slice(valueStart, valueEnd);
        const a = {
          type: "assignment",
          name: name2,
          raw,
          valuePosition: this.span(valueStart, valueEnd),
          position: this.pos(node)
        };
        if (ctx.inFunction !== void 0) a.inFunction = ctx.inFunction;
        if (declaration) a.declaration = declaration;
        const env = ctx.inFunction === void 0 ? this.env : null;
        const append = eq?.type === "+=";
        if (valueNode?.type === "array") this.nonPosixAt("array", node.startIndex, node.endIndex);
        else if (nameNode?.type === "subscript") this.nonPosixAt("array", nameNode.startIndex, nameNode.endIndex);
        let literal = valueNode ? valueNode.type === "array" ? void 0 : this.value(valueNode, env ?? /* @__PURE__ */ new Map(), false) : "";
        let fallback = valueNode && literal === void 0 && valueNode.type !== "array" ? this.value(valueNode, env ?? /* @__PURE__ */ new Map(), true) : void 0;
        if (append) {
          const before = this.env.get(name2);
          literal = literal !== void 0 && before !== void 0 ? before + literal : void 0;
          fallback = void 0;
          this.nonPosixAt("+=", eq.startIndex, eq.endIndex);
        }
        if (literal !== void 0) a.literal = literal;
        if (fallback !== void 0) a.defaultLiteral = fallback;
        if (ctx.inFunction !== void 0) {
          this.assignedIn(ctx.inFunction).add(name2);
          if (literal === void 0 && valueNode && valueNode.type !== "array" && !append) {
            const fn = ctx.inFunction;
            this.deferred.push(() => {
              const env2 = this.functionEnv(fn);
              const late = this.value(valueNode, env2, false);
              if (late !== void 0) a.literal = late;
              else {
                const lateDefault = this.value(valueNode, env2, true);
                if (lateDefault !== void 0) a.defaultLiteral = lateDefault;
              }
            });
          }
        }
        if (!prefix && ctx.inFunction === void 0 && nameNode?.type === "variable_name" && declaration !== "local") {
          if (literal !== void 0) this.env.set(name2, literal);
          else this.env.delete(name2);
        }
        return a;
      }
      walkChildren(node, ctx, depth) {
        const children = node.children;
        for (let i2 = 0; i2 < children.length; i2++) {
          const child = children[i2];
          if (!child) continue;
          const next = children[i2 + 1];
          const background = ctx.background || next?.type === "&";
          this.walk(child, background === ctx.background ? ctx : { ...ctx, background }, depth + 1);
        }
      }
      walk(node, ctx, depth) {
        if (depth > MAX_DEPTH2) return;
        switch (node.type) {
          case "function_definition": {
            const nameNode = node.childForFieldName("name");
            const keyword = node.children.find((c) => c?.type === "function");
            const name2 = nameNode ? this.slice(nameNode) : "";
            if (keyword) this.nonPosixAt("function", keyword.startIndex, keyword.endIndex);
            this.functions.push({
              type: "function",
              name: name2,
              namePosition: nameNode ? this.pos(nameNode) : this.span(node.startIndex, node.startIndex),
              keyword: Boolean(keyword),
              commands: [],
              position: this.pos(node)
            });
            this.walkChildren(node, { inFunction: name2, background: false }, depth);
            return;
          }
          case "command":
            this.command(node, ctx, depth);
            return;
          case "variable_assignment":
            this.assignments.push(this.assignment(node, ctx, void 0));
            this.walkChildren(node, ctx, depth);
            return;
          case "declaration_command": {
            const keyword = node.child(0);
            const declaration = keyword ? this.slice(keyword) : void 0;
            if (declaration === "declare" || declaration === "typeset") this.nonPosixAt(declaration, keyword.startIndex, keyword.endIndex);
            for (const child of node.children) {
              if (child?.type === "variable_assignment") {
                this.assignments.push(this.assignment(child, ctx, declaration));
                this.walkChildren(child, ctx, depth + 1);
              } else if (child && child !== keyword) {
                this.walk(child, ctx, depth + 1);
              }
            }
            return;
          }
          case "for_statement": {
            const variable = node.childForFieldName("variable");
            const items = node.childrenForFieldName("value").filter((c) => c !== null).map((c) => this.word(c, ctx));
            const first = node.child(0);
            if (first?.type === "select") this.nonPosixAt("select", first.startIndex, first.endIndex);
            const loop = { type: "for-loop", variable: variable ? this.slice(variable) : "", items, commands: [], position: this.pos(node) };
            if (ctx.inFunction !== void 0) loop.inFunction = ctx.inFunction;
            this.loops.push(loop);
            this.walkChildren(node, ctx, depth);
            return;
          }
          case "c_style_for_statement":
            this.nonPosixAt("for ((", node.startIndex, Math.min(node.endIndex, node.startIndex + 3));
            break;
          case "case_statement": {
            const subject = node.childForFieldName("value");
            const arms = [];
            for (const item of node.children) {
              if (item?.type !== "case_item") continue;
              const values = item.childrenForFieldName("value").filter((c) => c !== null);
              const patterns = values.map((v) => this.value(v, null, false) ?? this.slice(v));
              const patternStart = values[0]?.startIndex ?? item.startIndex;
              const patternEnd = values[values.length - 1]?.endIndex ?? item.startIndex;
              arms.push({ patterns, patternPosition: this.span(patternStart, patternEnd), commands: [], position: this.pos(item) });
            }
            const statement = { type: "case", subject: subject ? this.slice(subject) : "", arms, position: this.pos(node) };
            if (ctx.inFunction !== void 0) statement.inFunction = ctx.inFunction;
            this.cases.push(statement);
            break;
          }
          case "test_command": {
            const open = node.child(0);
            if (open?.type === "[[") this.nonPosixAt("[[", open.startIndex, open.endIndex);
            else if (open?.type === "[") this.doubleEquals(node, depth);
            break;
          }
          case "compound_statement": {
            const open = node.child(0);
            if (open?.type === "((") this.nonPosixAt("((", open.startIndex, open.endIndex);
            break;
          }
          case "ansi_c_string":
            this.nonPosixAt("$'\u2026'", node.startIndex, node.endIndex);
            break;
          case "translated_string":
            this.nonPosixAt('$"\u2026"', node.startIndex, node.endIndex);
            break;
          case "herestring_redirect":
            this.nonPosixAt("<<<", node.startIndex, node.endIndex);
            break;
          case "process_substitution":
            this.nonPosixAt("<(\u2026)", node.startIndex, node.endIndex);
            break;
          case "file_redirect": {
            const op = node.children.find((c) => c?.type === "&>" || c?.type === "&>>");
            if (op) this.nonPosixAt(op.type, op.startIndex, op.endIndex);
            break;
          }
          case "subscript":
            this.nonPosixAt("array", node.startIndex, node.endIndex);
            break;
          case "expansion":
            this.expansionConstruct(node);
            break;
          default:
            break;
        }
        this.walkChildren(node, ctx, depth);
      }
      /** `${var//a/b}`, `${var:0:2}`, `${!var}`, `${var^^}`: bash-only parameter expansions. */
      expansionConstruct(node) {
        for (const child of node.children) {
          if (!child || child.isNamed) continue;
          const t = child.type;
          if (t === "/" || t === "//" || t === "/#" || t === "/%" || t === ":" || t === "!" || t === "^" || t === "^^" || t === "," || t === ",," || t === "@") {
            this.nonPosixAt(`\${${t}}`, node.startIndex, node.endIndex);
            return;
          }
        }
      }
      /** `==` in `[ … ]` (POSIX `test` only knows `=`). */
      doubleEquals(node, depth) {
        if (depth > MAX_DEPTH2) return;
        for (const child of node.children) {
          if (!child) continue;
          if (child.type === "==" && node.type === "binary_expression") this.nonPosixAt("==", child.startIndex, child.endIndex);
          else if (child.type === "binary_expression" || child.type === "parenthesized_expression" || child.type === "unary_expression") this.doubleEquals(child, depth + 1);
        }
      }
      command(node, ctx, depth) {
        const nameNode = node.childForFieldName("name");
        const prefixAssignments = [];
        const args2 = [];
        const prefixNodes = node.children.filter((c) => c?.type === "variable_assignment" && (!nameNode || c.startIndex < nameNode.startIndex));
        const last = prefixNodes[prefixNodes.length - 1];
        const standalone = Boolean(last && nameNode && /[\r\n]/.test(this.text.slice(last.endIndex, nameNode.startIndex).replace(/\\\r?\n/g, "")));
        for (const child of prefixNodes) {
          if (standalone) this.assignments.push(this.assignment(child, ctx, void 0));
          else prefixAssignments.push(this.assignment(child, ctx, void 0, true));
        }
        for (let i2 = 0; i2 < node.childCount; i2++) {
          const child = node.child(i2);
          if (child && node.fieldNameForChild(i2) === "argument") args2.push(this.word(child, ctx));
        }
        if (nameNode) {
          const nameWord = this.word(nameNode.namedChild(0) ?? nameNode, ctx);
          const name2 = nameWord.raw;
          const literal = nameWord.literal;
          const program = literal === void 0 ? "" : literal.slice(literal.lastIndexOf("/") + 1);
          const wrapper = node.parent?.type === "redirected_statement" && node.parent.childForFieldName("body")?.equals(node) ? node.parent : node;
          const command = {
            type: "command",
            name: name2,
            program,
            nameWord,
            args: args2,
            prefixAssignments,
            background: ctx.background,
            position: this.pos(node),
            fullPosition: this.span(node.startIndex, wrapper.endIndex)
          };
          if (RESERVED_WORDS.has(nameWord.raw)) this.misplaced.push(nameWord);
          if (ctx.inFunction !== void 0) command.inFunction = ctx.inFunction;
          this.commands.push(command);
          if (literal === "source" || literal === "let") this.nonPosixAt(literal, nameWord.position.start.offset, nameWord.position.end.offset);
          if ((literal === "test" || literal === "[") && args2.some((a) => a.raw === "==")) {
            for (const a of args2) if (a.raw === "==") this.nonPosixAt("==", a.position.start.offset, a.position.end.offset);
          }
        }
        for (const child of node.children) {
          if (!child || child.type === "variable_assignment") continue;
          this.walk(child, { ...ctx, background: false }, depth + 1);
        }
        for (const child of node.children) {
          if (child?.type === "variable_assignment") this.walkChildren(child, ctx, depth + 1);
        }
      }
    };
  }
});

// src/languages/index.ts
async function prepareParsers() {
  await loadShellParser();
}
function parseSource(kind, text, path) {
  try {
    if (kind === "systemd") return parseUnit(text, path);
    const tree = parseShell(text);
    return {
      tree,
      errors: tree.errors.map((e) => ({ message: e.message, start: e.position.start.offset ?? 0, end: e.position.end.offset ?? 0 }))
    };
  } catch (error) {
    return {
      tree: { type: "root", position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } },
      errors: [{ message: `Unexpected parser failure: ${error.message}`, start: 0, end: 0 }]
    };
  }
}
var init_languages = __esm({
  "src/languages/index.ts"() {
    "use strict";
    init_parse();
    init_parse2();
  }
});

// src/convert/names.ts
function isUnitName(name2) {
  return name2.length <= MAX_UNIT_NAME && UNIT_NAME.test(name2);
}
function isDaemonName(word) {
  return word.length <= 200 && /^[A-Za-z0-9_][A-Za-z0-9_.:+-]*$/.test(word);
}
function isCleanValue(value) {
  return !/[\0-\x1f\x7f]/.test(value) && !value.endsWith("\\");
}
function isCleanUnitText(lines) {
  return lines.every(isCleanValue);
}
var MAX_UNIT_NAME, UNIT_TYPES2, UNIT_NAME;
var init_names = __esm({
  "src/convert/names.ts"() {
    "use strict";
    MAX_UNIT_NAME = 255;
    UNIT_TYPES2 = "service|socket|timer|target|path|mount|automount|swap|slice|scope|device";
    UNIT_NAME = new RegExp(`^[A-Za-z0-9:_\\\\-][A-Za-z0-9:_.\\\\-]*(@[A-Za-z0-9:_.\\\\-]*)?\\.(${UNIT_TYPES2})$`);
  }
});

// src/convert/shell.ts
function references(raw, name2) {
  return new RegExp(`\\$(\\{${name2}\\}|${name2}(?![A-Za-z0-9_]))`).test(raw);
}
function soleVariable(raw) {
  return /^"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?$/.exec(raw.trim())?.[1];
}
function unquote2(raw) {
  const t = raw.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.at(-1) === t[0]) return t.slice(1, -1);
  return t;
}
function isComputed(raw) {
  return /\$\(|`|\$0|\$\{0\}/.test(raw);
}
function assignmentFor(script, name2, offset, fn) {
  const all2 = script.assignments.filter((a) => a.name === name2);
  const before = (a) => offsetOf(a) < offset;
  return all2.filter((a) => fn !== void 0 && a.inFunction === fn && before(a)).at(-1) ?? all2.filter((a) => a.inFunction === void 0 && before(a)).at(-1) ?? all2.filter((a) => a.inFunction === void 0).at(-1) ?? all2.at(-1);
}
function writtenValues(script, name2) {
  const out2 = [];
  for (const cmd of script.commands) {
    if (cmd.program !== "echo" && cmd.program !== "printf") continue;
    for (const arg of cmd.args) {
      const text = arg.literal ?? unquote2(arg.raw);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(text.trim());
      if (m && m[1] === name2) {
        const value = unquote2(m[2].replace(/\\"/g, '"'));
        if (value && !out2.includes(value)) out2.push(value);
      }
    }
  }
  return out2;
}
function expandList(script, raws, offset, fn, depth = 0, seen = /* @__PURE__ */ new Set()) {
  const out2 = [];
  for (const raw of raws) {
    for (const token of unquote2(raw).replace(/"/g, "").split(/\s+/).filter(Boolean)) {
      const variable = soleVariable(token);
      if (!variable) {
        if (isDaemonName(token)) out2.push({ value: token, optional: false });
        continue;
      }
      if (depth > 8 || seen.has(variable)) continue;
      const assigned = script.assignments.filter((a) => a.name === variable);
      const written = writtenValues(script, variable);
      const chosen = assignmentFor(script, variable, offset, fn);
      const fromAssignment = chosen ? expandList(script, [chosen.raw], offsetOf(chosen), chosen.inFunction, depth + 1, /* @__PURE__ */ new Set([...seen, variable])) : [];
      const optional = written.length > 0 || assigned.some((a) => unquote2(a.raw) === "");
      for (const item of fromAssignment) out2.push({ ...item, optional: item.optional || optional, via: item.via ?? variable });
      if (fromAssignment.length === 0) {
        for (const value of written) {
          for (const token2 of value.split(/\s+/).filter(isDaemonName)) out2.push({ value: token2, optional: true, via: variable });
        }
      }
    }
  }
  return out2;
}
function resolvePath2(script, raw, offset, fn, depth = 0) {
  if (isComputed(raw)) return void 0;
  let failed = false;
  const value = unquote2(raw).replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, name2) => {
    const a = depth < 8 ? assignmentFor(script, name2, offset, fn) : void 0;
    const v = a ? resolvePath2(script, a.raw, offsetOf(a), a.inFunction, depth + 1) : void 0;
    if (v === void 0) failed = true;
    return v ?? "";
  });
  return failed ? void 0 : value.replace(/"/g, "");
}
function reachableFunctions(script, commands) {
  const byName = new Map(script.functions.map((f2) => [f2.name, f2]));
  const seen = /* @__PURE__ */ new Set();
  const queue = commands.map((c) => c.name);
  while (queue.length) {
    const name2 = queue.shift();
    const fn = byName.get(name2);
    if (!fn || seen.has(name2)) continue;
    seen.add(name2);
    for (const c of fn.commands) queue.push(c.name);
  }
  return seen;
}
function commandsForActions(script, actions) {
  const dispatcher = findDispatcher(script);
  const direct = [];
  for (const arm of dispatcher?.arms ?? []) {
    if (arm.patterns.some((p) => actions.includes(p.replace(/^["']|["']$/g, "")))) direct.push(...arm.commands);
  }
  const names2 = reachableFunctions(script, direct);
  for (const f2 of script.functions) if (actions.includes(f2.name) || actions.some((a) => f2.name === `do_${a}` || f2.name === `${a}_daemons`)) names2.add(f2.name);
  for (const n of reachableFunctions(script, [...names2].map((name2) => ({ name: name2 })))) names2.add(n);
  const out2 = [...direct];
  for (const f2 of script.functions) if (names2.has(f2.name)) out2.push(...f2.commands.filter((c) => !out2.includes(c)));
  return out2;
}
function findDispatcher(script) {
  return script.cases.find((c) => /^"?\$\{?1\}?"?$/.test(c.subject.trim()));
}
function wordText(word) {
  return word.literal ?? unquote2(word.raw);
}
var offsetOf, endOf2;
var init_shell = __esm({
  "src/convert/shell.ts"() {
    "use strict";
    init_names();
    offsetOf = (node) => node.position.start.offset ?? 0;
    endOf2 = (node) => node.position.end.offset ?? 0;
  }
});

// src/convert/analyze.ts
function loopHeaderEnd(loop) {
  const last = loop.items.at(-1);
  return last ? endOf2(last) : offsetOf(loop) + 3;
}
function startedProgram(cmd) {
  const args2 = cmd.args.map((a) => a.raw);
  if (cmd.program === "start-stop-daemon") {
    if (!args2.some((a) => a === "--start" || a === "-S")) return void 0;
    for (let i2 = 0; i2 < args2.length; i2++) {
      const m = /^(--exec|-x|--startas|-a)(?:=(.*))?$/.exec(args2[i2]);
      if (m) return m[2] ?? args2[i2 + 1];
    }
    return void 0;
  }
  if (cmd.program === "daemon" || cmd.program === "startproc" || cmd.program === "start_daemon") {
    return cmd.args.map((a) => wordText(a)).find((a) => !a.startsWith("-") && !a.startsWith("+") && !a.includes("="));
  }
  return void 0;
}
function runsItem(cmd, variable) {
  if (references(cmd.name, variable)) return cmd.name;
  if (STARTERS.has(cmd.program)) {
    const program = startedProgram(cmd);
    if (program && references(program, variable)) return program;
  }
  return void 0;
}
function isTest(cmd) {
  return cmd.args.map((a) => wordText(a)).find((a) => TEST_FLAGS.includes(a));
}
function dirOf2(raw) {
  const text = unquote2(raw).replace(/"/g, "");
  const slash = text.lastIndexOf("/");
  return slash > 0 ? text.slice(0, slash) : void 0;
}
function locate(script, dir, offset, fn) {
  if (!dir) return {};
  const literal = resolvePath2(script, dir, offset, fn);
  if (literal !== void 0 && literal.startsWith("/")) return { binDir: literal.replace(/\/+$/, "") || "/" };
  const names2 = [...dir.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)].map((m) => m[1]);
  const computed = names2.some((n) => script.assignments.some((a) => a.name === n && (isComputed(a.raw) || /\$\{?[A-Za-z_]/.test(a.raw))));
  return computed || names2.length ? { binDirComputed: dir } : {};
}
function dedupe(daemons) {
  const out2 = [];
  for (const d of daemons) {
    const seen = out2.find((o) => o.name === d.name);
    if (seen) seen.optional &&= d.optional;
    else out2.push({ ...d });
  }
  return out2;
}
function analyzeControlScript(script) {
  const startPath = new Set(commandsForActions(script, ["start", "restart"]));
  const sleeps = commandsForActions(script, ["start", "stop", "restart", "reload", "force-reload"]).filter((c) => c.program === "sleep");
  const launchLoops = [];
  let testFlag;
  for (const loop of script.loops) {
    for (const cmd of loop.commands) {
      const program = runsItem(cmd, loop.variable);
      if (!program) continue;
      const flag = isTest(cmd);
      if (flag) testFlag ??= flag;
      else if (!launchLoops.some((l) => l.loop === loop)) launchLoops.push({ loop, program, cmd });
    }
  }
  const launch = launchLoops.find((l) => startPath.has(l.cmd)) ?? launchLoops[0];
  if (launch) {
    const { loop } = launch;
    const items = expandList(script, loop.items.map((w) => w.raw), offsetOf(loop), loop.inFunction);
    const daemons2 = dedupe(items.map((i2) => ({ name: i2.value, optional: i2.optional, ...i2.via ? { via: i2.via } : {} })));
    if (daemons2.length < 2) return void 0;
    const dir = dirOf2(launch.program);
    return {
      daemons: daemons2,
      at: { start: offsetOf(loop), end: loopHeaderEnd(loop) },
      ...testFlag ? { testFlag } : {},
      ...locate(script, dir, offsetOf(launch.cmd), launch.cmd.inFunction),
      sleeps
    };
  }
  const ownFunctions = new Set(script.functions.map((f2) => f2.name));
  const starts = [...startPath].filter((c) => !(c.program !== "start-stop-daemon" && ownFunctions.has(c.name)) && startedProgram(c)).sort((a, b) => offsetOf(a) - offsetOf(b));
  const programs = [];
  for (const cmd of starts) {
    const raw = startedProgram(cmd);
    const path = resolvePath2(script, raw, offsetOf(cmd), cmd.inFunction) ?? raw;
    if (!programs.some((p) => p.path === path)) programs.push({ cmd, path });
  }
  const daemons = programs.map((p) => ({ name: p.path.slice(p.path.lastIndexOf("/") + 1), optional: false }));
  if (daemons.length < 2 || !daemons.every((d) => isDaemonName(d.name))) return void 0;
  const dirs = new Set(programs.map((p) => dirOf2(p.path)));
  const first = programs[0].cmd;
  const single = dirs.size === 1 ? [...dirs][0] : void 0;
  return {
    daemons: dedupe(daemons),
    at: { start: offsetOf(first), end: endOf2(first) },
    ...single && single.startsWith("/") ? { binDir: single } : single && soleVariable(single) === void 0 && single.includes("$") ? { binDirComputed: single } : {},
    sleeps
  };
}
var TEST_FLAGS, STARTERS;
var init_analyze = __esm({
  "src/convert/analyze.ts"() {
    "use strict";
    init_shell();
    init_names();
    TEST_FLAGS = ["-t", "-n", "--test", "--configtest", "-configtest", "configtest", "--check-config"];
    STARTERS = /* @__PURE__ */ new Set(["start-stop-daemon", "daemon", "startproc", "start_daemon"]);
  }
});

// src/convert/flags.ts
function daemonFlags(program) {
  const base = program.slice(program.lastIndexOf("/") + 1);
  if (OSSEC.test(base)) return { foreground: "-f", test: "-t" };
  return LOCAL[base] ?? {};
}
function sharedForeground(programs) {
  const flags2 = new Set(programs.map((p) => daemonFlags(p).foreground));
  return flags2.size === 1 ? [...flags2][0] : void 0;
}
var OSSEC, LOCAL;
var init_flags = __esm({
  "src/convert/flags.ts"() {
    "use strict";
    OSSEC = /^ossec-(analysisd|maild|execd|logcollector|remoted|syscheckd|monitord|dbd|csyslogd|agentlessd|agentd|authd|reportd)$/;
    LOCAL = {
      sshd: { foreground: "-D", test: "-t" },
      nginx: { foreground: "-g 'daemon off;'", test: "-t" },
      crond: { foreground: "-n" },
      rsyslogd: { foreground: "-n", test: "-N1" },
      "wazuh-analysisd": { foreground: "-f", test: "-t" }
    };
  }
});

// src/convert/native.ts
function serviceName(path) {
  return path.slice(path.lastIndexOf("/") + 1).replace(/\.(init|sh)$/, "");
}
function unitPathFor(path, name2) {
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  const target = /(^|\/)(init\.d|rc\.d)$/.test(dir) ? dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "" : dir;
  return target ? `${target}/${name2}.service` : `${name2}.service`;
}
function topLiteral(script, name2) {
  const a = script.assignments.filter((x) => x.name === name2 && x.inFunction === void 0).at(-1);
  if (!a) return void 0;
  return a.literal ?? (a.raw.includes("$") || a.raw.includes("`") ? void 0 : unquote2(a.raw));
}
function nativeUnit(script, path) {
  const daemon = topLiteral(script, "DAEMON");
  if (!daemon || !daemon.startsWith("/") || /\s/.test(daemon)) return void 0;
  const name2 = serviceName(path);
  if (!isUnitName(`${name2}.service`)) return void 0;
  const lsb = (field2) => script.lsb?.fields.find((f2) => f2.name === field2)?.value.trim();
  const description2 = [lsb("Short-Description"), topLiteral(script, "DESC")].find((v) => v && isCleanValue(v)) || name2;
  const after2 = (lsb("Required-Start") ?? "").split(/\s+/).map((f2) => LSB_AFTER[f2]).filter(Boolean);
  const defaults = script.commands.filter((c) => (c.name === "." || c.name === "source") && c.args.length === 1).map((c) => c.args[0].literal ?? unquote2(c.args[0].raw)).find((p) => /^\/etc\/(default|sysconfig)\/[^/]+$/.test(p));
  const argsAssigned = script.assignments.some((a) => a.name === "DAEMON_ARGS");
  const argsLiteral = topLiteral(script, "DAEMON_ARGS");
  const args2 = argsLiteral !== void 0 ? argsLiteral : argsAssigned || defaults ? "$DAEMON_ARGS" : "";
  const foreground = daemonFlags(daemon).foreground;
  const pidfile = topLiteral(script, "PIDFILE")?.replace(/^\/var\/run\//, "/run/");
  const exec = [daemon, foreground, args2].filter(Boolean).join(" ");
  const lines = [
    `# Generated by initlint from ${path}.`,
    "[Unit]",
    `Description=${description2}`,
    ...after2.length ? [`After=${after2.join(" ")}`] : [],
    "",
    "[Service]",
    // A known foreground flag lets systemd track the daemon itself; otherwise keep its own forking.
    ...foreground ? ["Type=simple"] : ["Type=forking", ...pidfile ? [`PIDFile=${pidfile}`] : []],
    ...defaults ? [`EnvironmentFile=-${defaults}`] : [],
    `ExecStart=${exec}`,
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    ""
  ];
  if (!isCleanUnitText(lines)) return void 0;
  return { name: name2, path: unitPathFor(path, name2), content: lines.join("\n") };
}
var LSB_AFTER;
var init_native = __esm({
  "src/convert/native.ts"() {
    "use strict";
    init_flags();
    init_shell();
    init_names();
    LSB_AFTER = {
      $network: "network.target",
      $remote_fs: "remote-fs.target",
      $named: "nss-lookup.target",
      $time: "time-sync.target"
    };
  }
});

// src/convert/caller.ts
function words(command) {
  const out2 = [];
  for (const m of command.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)) out2.push(m[1] ?? m[2] ?? m[3]);
  return out2;
}
function controlCallIn(command) {
  let argv = words(command.replace(/^[-@:+!]+/, ""));
  if (argv[0] && /(^|\/)env$/.test(argv[0])) argv = argv.slice(1);
  if (argv[0] && SHELLS.test(argv[0]) && argv[1] === "-c" && argv[2]) {
    const last = argv[2].split(/;|&&|\|\|/).map((s) => s.trim()).filter(Boolean).at(-1) ?? "";
    return controlCallIn(last.replace(/^exec\s+/, ""));
  }
  const [program, verb, arg] = argv;
  if (!program) return void 0;
  const base = program.slice(program.lastIndexOf("/") + 1);
  if (base === "service" && verb && arg === "start") return { scriptArg: verb, scriptName: verb };
  if (verb !== "start") return void 0;
  if (MANAGERS.has(base) || arg !== void 0) return void 0;
  if (/-control$|ctl$/.test(base) || /(^|\/)(init\.d|rc\.d)\//.test(program)) return { scriptArg: program, scriptName: base };
  return void 0;
}
function findControlCall(tree) {
  for (const directive of listDirectives(tree, "Service", "ExecStart")) {
    const call = controlCallIn(directive.value);
    if (call) return { directive, ...call };
  }
  return void 0;
}
function controlCallers(project) {
  return project.memo("systemd:control-callers", () => {
    const index2 = /* @__PURE__ */ new Map();
    for (const entry of project.ofKind("systemd")) {
      if (entry.tree.type !== "unit") continue;
      const call = findControlCall(entry.tree);
      if (!call) continue;
      const group = index2.get(call.scriptName);
      if (group) group.push({ entry, call });
      else index2.set(call.scriptName, [{ entry, call }]);
    }
    return index2;
  });
}
var MANAGERS, SHELLS;
var init_caller = __esm({
  "src/convert/caller.ts"() {
    "use strict";
    init_parse();
    MANAGERS = /* @__PURE__ */ new Set(["systemctl", "initctl", "supervisorctl", "launchctl", "svcadm", "rc-service", "openrc-run"]);
    SHELLS = /^(\/usr)?(\/bin\/)?(sh|bash|dash|ash|ksh|zsh)$/;
  }
});

// src/convert/index.ts
function sharedPrefix(names2) {
  let prefix = names2[0] ?? "";
  for (const n of names2) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const dash = prefix.lastIndexOf("-");
  return dash > 0 && names2.every((n) => n.length > dash + 1) ? prefix.slice(0, dash + 1) : "";
}
function scriptStem(path) {
  return basename2(path).replace(/\.(sh|init)$/, "").replace(/(-control|ctl)$/, "") || "daemon";
}
function description(script, options, prefix) {
  const fromUnit = options.caller ? lastDirective(options.caller.tree, "Unit", "Description")?.value : void 0;
  const fromLsb = script.lsb?.fields.find((f2) => f2.name === "Short-Description")?.value;
  const named = script.assignments.find((a) => (a.name === "NAME" || a.name === "DESC") && a.inFunction === void 0);
  const fromScript = named && !named.raw.includes("$") ? unquote2(named.raw) : void 0;
  const clean = [fromUnit, fromLsb, fromScript].find((v) => v && isCleanValue(v));
  return `${clean || prefix} %i`;
}
function after(script, options) {
  if (options.caller) {
    return listDirectives(options.caller.tree, "Unit", "After").flatMap((d) => d.value.split(/\s+/)).filter((v) => v && !v.startsWith(`${basename2(options.caller.path)}`));
  }
  const required = script.lsb?.fields.find((f2) => f2.name === "Required-Start")?.value ?? "";
  return required.split(/\s+/).map((f2) => LSB_AFTER2[f2]).filter((v) => Boolean(v));
}
function bindirFor(analysis, options) {
  if (options.bindir) return { bindir: options.bindir.replace(/\/+$/, "") || "/", source: "option", note: `BINDIR ${options.bindir} from --bindir` };
  if (analysis.binDir) return { bindir: analysis.binDir, source: "script", note: `BINDIR ${analysis.binDir} from the script` };
  const arg = options.caller?.scriptArg;
  if (arg && arg.startsWith("/") && arg.includes("/", 1) && !/\/(init\.d|rc\.d)\/[^/]+$/.test(arg)) {
    const dir = dirname2(arg);
    return {
      bindir: dir,
      source: "unit",
      note: `BINDIR ${dir} from ${basename2(options.caller.path)} (ExecStart=${arg}), since the script computes ${analysis.binDirComputed ?? "its directory"} when it runs`
    };
  }
  return { bindir: "/usr/sbin", source: "guess", note: "BINDIR /usr/sbin is a guess: the script computes its directory when it runs; pass --bindir" };
}
function convertControlScript(script, options, analysis = analyzeControlScript(script)) {
  if (!analysis || analysis.daemons.length < 2) return void 0;
  const names2 = analysis.daemons.map((d) => d.name);
  const shared = sharedPrefix(names2);
  const prefix = shared ? shared.slice(0, -1) : scriptStem(options.scriptPath);
  const instances = analysis.daemons.map((d) => ({ ...d, instance: d.name.slice(shared.length) }));
  const unitName = `${prefix}@.service`;
  if (!isUnitName(unitName)) return void 0;
  const unitPath = options.caller ? join3(dirname2(options.caller.path), unitName) : unitPathFor(options.scriptPath, `${prefix}@`);
  const { bindir, source, note } = bindirFor(analysis, options);
  const program = `${bindir === "/" ? "" : bindir}/${shared}%i`;
  const foreground = sharedForeground(names2);
  const tested = analysis.testFlag ?? void 0;
  const enable = `systemctl enable ${instances.map((i2) => `${prefix}@${i2.instance}`).join(" ")}`;
  const optional = instances.filter((i2) => i2.optional);
  const afterUnits = after(script, options);
  const lines = [
    `# Generated by initlint from ${basename2(options.scriptPath)}: one instance per daemon, so systemd tracks each.`,
    `# ${enable}`,
    ...optional.length ? [`# Optional (the script starts them only when enabled): ${optional.map((i2) => `${prefix}@${i2.instance}`).join(" ")}`] : [],
    "[Unit]",
    `Description=${description(script, options, prefix)}`,
    ...afterUnits.length ? [`After=${afterUnits.join(" ")}`] : [],
    "",
    "[Service]",
    "Type=simple",
    ...tested ? [`ExecStartPre=${program} ${tested}`] : [],
    `ExecStart=${program}${foreground ? ` ${foreground}` : ""}`,
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    ""
  ];
  if (!isCleanUnitText(lines)) return void 0;
  return {
    analysis,
    prefix,
    unitName,
    unitPath,
    content: lines.join("\n"),
    instances,
    enable,
    bindir,
    bindirSource: source,
    bindirNote: note
  };
}
function enableText(conversion) {
  const optional = conversion.instances.filter((i2) => i2.optional).map((i2) => `${conversion.prefix}@${i2.instance}`);
  return conversion.enable + (optional.length ? `
(optional, started by the script only when enabled: ${optional.join(" ")})` : "");
}
var dirname2, basename2, join3, LSB_AFTER2;
var init_convert = __esm({
  "src/convert/index.ts"() {
    "use strict";
    init_parse();
    init_analyze();
    init_flags();
    init_shell();
    init_native();
    init_names();
    init_analyze();
    init_caller();
    dirname2 = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    basename2 = (path) => path.slice(path.lastIndexOf("/") + 1);
    join3 = (dir, name2) => dir ? `${dir}/${name2}` : name2;
    LSB_AFTER2 = {
      $network: "network.target",
      $remote_fs: "remote-fs.target",
      $named: "nss-lookup.target",
      $time: "time-sync.target"
    };
  }
});

// src/core/write.ts
import { closeSync, constants, lstatSync as lstatSync2, mkdirSync, openSync, writeSync } from "node:fs";
import { relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";
function lstatOrNull(path) {
  try {
    return lstatSync2(path);
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
}
function checkTarget(root, target) {
  const absRoot = resolve3(root);
  const absolute = resolve3(absRoot, target.path);
  if (/[\0-\x1f\x7f]/.test(target.path)) return "the name has control characters; not written";
  if (!inside(absolute, absRoot)) return `outside ${absRoot}; not written`;
  if (Buffer.byteLength(absolute) > MAX_PATH_BYTES) return `path longer than ${MAX_PATH_BYTES} bytes; not written`;
  const parts2 = relative2(absRoot, absolute).split(sep2).filter(Boolean);
  const long = parts2.find((p) => Buffer.byteLength(p) > MAX_NAME_BYTES);
  if (long) return `a name longer than ${MAX_NAME_BYTES} bytes (${Buffer.byteLength(long)}); not written`;
  if (parts2.length === 0) return "is the root directory; not written";
  let current = absRoot;
  for (const [i2, part] of parts2.entries()) {
    current = `${current}${current.endsWith(sep2) ? "" : sep2}${part}`;
    let stats;
    try {
      stats = lstatOrNull(current);
    } catch (error) {
      return `cannot inspect ${relative2(absRoot, current)} (${error.code ?? "error"}); not written`;
    }
    if (stats?.isSymbolicLink()) return `${i2 === parts2.length - 1 ? "is" : `goes through ${relative2(absRoot, current)}, which is`} a symbolic link; not followed, not written`;
    if (!stats) return target.mode === "edit" ? "no longer exists; not written" : void 0;
    if (i2 < parts2.length - 1 && !stats.isDirectory()) return `${relative2(absRoot, current)} is not a directory; not written`;
    if (i2 === parts2.length - 1) {
      if (!stats.isFile()) return "not a regular file; not written";
      if (target.mode === "create") return "already exists; initlint never replaces a file it did not lint (compare it with the generated text and merge by hand)";
    }
  }
  return void 0;
}
function makeParents(absRoot, absolute) {
  const parts2 = relative2(absRoot, absolute).split(sep2).filter(Boolean).slice(0, -1);
  let current = absRoot;
  for (const part of parts2) {
    current = `${current}${current.endsWith(sep2) ? "" : sep2}${part}`;
    try {
      mkdirSync(current);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    if (!lstatSync2(current).isDirectory()) throw new Error(`${relative2(absRoot, current)} is not a directory`);
  }
}
function writeOne(absRoot, target) {
  const absolute = resolve3(absRoot, target.path);
  makeParents(absRoot, absolute);
  const flags2 = target.mode === "create" ? constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW : constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW | (target.mode === "report" ? constants.O_CREAT : 0);
  const fd = openSync(absolute, flags2, 420);
  try {
    writeSync(fd, target.content);
  } finally {
    closeSync(fd);
  }
}
function writeFiles(root, targets) {
  const absRoot = resolve3(root);
  const refused = [];
  for (const target of targets) {
    const reason = checkTarget(absRoot, target);
    if (reason) refused.push({ path: target.path, reason });
  }
  if (refused.length) return { written: [], refused };
  const written = [];
  for (const target of targets) {
    try {
      writeOne(absRoot, target);
      written.push(target.path);
    } catch (error) {
      const code = error.code;
      refused.push({ path: target.path, reason: code === "EEXIST" ? "already exists; not replaced" : code === "ELOOP" ? "is a symbolic link; not followed, not written" : `cannot write (${code ?? error.message})` });
    }
  }
  return { written, refused };
}
function reportRoot(cwd, path) {
  const absolute = resolve3(cwd, path);
  return inside(absolute, resolve3(cwd)) ? resolve3(cwd) : resolve3(absolute, "..");
}
var MAX_NAME_BYTES, MAX_PATH_BYTES, inside;
var init_write = __esm({
  "src/core/write.ts"() {
    "use strict";
    MAX_NAME_BYTES = 255;
    MAX_PATH_BYTES = 4095;
    inside = (path, root) => path === root || path.startsWith(root.endsWith(sep2) ? root : root + sep2);
  }
});

// src/cli/convert.ts
var convert_exports = {};
__export(convert_exports, {
  convertCommand: () => convertCommand
});
import { existsSync as existsSync3, readdirSync as readdirSync2, readFileSync as readFileSync4, statSync as statSync2 } from "node:fs";
import { dirname as dirname3, join as join4, relative as relative3, resolve as resolve4 } from "node:path";
import { parseArgs } from "node:util";
function read(path) {
  return stripBom(readFileSync4(path, "utf8")).text;
}
function parseUnitAt(cwd, path) {
  return parseSource("systemd", read(resolve4(cwd, path)), path).tree;
}
function callerOf(cwd, scriptPath) {
  const dir = dirname3(scriptPath);
  const base = scriptPath.slice(scriptPath.lastIndexOf("/") + 1);
  let names2 = [];
  try {
    names2 = readdirSync2(resolve4(cwd, dir)).filter((n) => n.endsWith(".service")).sort();
  } catch {
    return void 0;
  }
  for (const name2 of names2) {
    const path = posix(join4(dir, name2));
    if (!statSync2(resolve4(cwd, path)).isFile()) continue;
    const tree = parseUnitAt(cwd, path);
    const call = findControlCall(tree);
    if (call && call.scriptName === base) return { path, tree, scriptArg: call.scriptArg };
  }
  return void 0;
}
async function convertCommand(args2, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: args2, allowPositionals: true, options: { bindir: { type: "string" }, write: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    io.stderr(`initlint convert: ${error.message}
${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`initlint convert: expected one FILE
${USAGE}`);
    return 2;
  }
  if (values.bindir !== void 0 && !values.bindir.startsWith("/")) {
    io.stderr(`initlint convert: unexpected --bindir ${values.bindir}, expected an absolute directory
`);
    return 2;
  }
  const file = posix(relative3(io.cwd, resolve4(io.cwd, positionals[0])));
  if (!existsSync3(resolve4(io.cwd, file)) || !statSync2(resolve4(io.cwd, file)).isFile()) {
    io.stderr(`initlint convert: ${positionals[0]}: no such file
`);
    return 2;
  }
  await prepareParsers();
  let scriptPath = file;
  let caller;
  if (file.endsWith(".service")) {
    const tree = parseUnitAt(io.cwd, file);
    const call = findControlCall(tree);
    if (!call) {
      io.stderr(`initlint convert: ${file}: ExecStart= does not call a control script (\`NAME-control start\`, \`NAMEctl start\`, \`/etc/init.d/NAME start\`)
`);
      return 1;
    }
    scriptPath = posix(join4(dirname3(file), call.scriptName));
    if (!existsSync3(resolve4(io.cwd, scriptPath))) {
      io.stderr(`initlint convert: ${file} calls ${call.scriptArg}; put ${call.scriptName} next to it to convert it
`);
      return 1;
    }
    caller = { path: file, tree, scriptArg: call.scriptArg };
  } else {
    caller = callerOf(io.cwd, file);
  }
  const script = parseSource("sysv", read(resolve4(io.cwd, scriptPath)), scriptPath).tree;
  const conversion = convertControlScript(script, { scriptPath, ...values.bindir ? { bindir: values.bindir } : {}, ...caller ? { caller } : {} });
  if (!conversion) {
    io.stderr(`initlint convert: ${scriptPath} does not start several daemons; nothing to convert
`);
    return 1;
  }
  const out2 = [
    `# ${conversion.unitPath}`,
    `# ${scriptPath} starts ${conversion.instances.length} daemons: ${conversion.instances.map((i2) => i2.name + (i2.optional ? " (optional)" : "")).join(", ")}`,
    `# ${conversion.bindirNote}`,
    ...caller ? [`# ${caller.path} calls the script; the template replaces it (remove it)`] : [],
    "",
    conversion.content.trimEnd(),
    "",
    "# Enable one instance per daemon:",
    enableText(conversion),
    ""
  ];
  io.stdout(out2.join("\n"));
  if (values.write) {
    const { refused } = writeFiles(io.cwd, [{ path: conversion.unitPath, content: conversion.content, mode: "create" }]);
    for (const r of refused) io.stderr(`initlint convert: ${escapeControl(r.path)}: ${r.reason}
`);
    if (refused.length) return 1;
    io.stderr(`initlint convert: wrote ${escapeControl(conversion.unitPath)}
`);
  }
  return 0;
}
var USAGE, posix;
var init_convert2 = __esm({
  "src/cli/convert.ts"() {
    "use strict";
    init_convert();
    init_languages();
    init_text();
    init_write();
    USAGE = "Usage: initlint convert FILE [--bindir DIR] [--write]\n";
    posix = (path) => path.split("\\").join("/");
  }
});

// src/cli/index.ts
import { setFlagsFromString } from "node:v8";

// src/cli/main.ts
import { resolve as resolve5 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/core/collect.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch2(), 1);
import { existsSync as existsSync2, lstatSync, readdirSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import { join as join2, relative, resolve as resolve2, sep } from "node:path";

// src/languages/shell/classify.ts
var OPENRC_SHEBANG = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:openrc-run|runscript)(?:[ \t]|$)/m;
var ANY_SHEBANG = /^#!/;
var DEPEND = /^[ \t]*(?:function[ \t]+)?depend[ \t]*\([ \t]*\)/m;
var EBEGIN = /^[ \t]*ebegin[ \t]/m;
var OPENRC_VOCABULARY = /^[ \t]*(?:need|use|want|after|before|provide)[ \t]|\b(?:ebegin|eend|start-stop-daemon|supervise-daemon|extra_(?:started_|stopped_)?commands=)|^[ \t]*command=/m;
var LSB = /^###[ \t]*BEGIN INIT INFO[ \t]*$/m;
var CASE_ARG1 = /\bcase[ \t]+(?:"\$\{?1\}?"|'?\$\{?1\}?'?)[ \t]+in\b/;
var START_ARM = /(?:^|[\s(|])['"]?start['"]?[ \t]*(?:\)|\|)/m;
var NOT_OPENRC_CONF = /\.(?:conf|cnf|ini|ya?ml|json|xml|toml|cfg|lua|vcl|rules|list|load|d|bak|orig|rej|dpkg-\w+|md|txt)$/i;
function looksLikeAssignments(text) {
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    return /^(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*\+?=/.test(line);
  }
  return true;
}
function classifyScript(path, text) {
  if (text.includes("\0")) return null;
  const head = text.slice(0, 200);
  const parts2 = path.split("/");
  const base = parts2[parts2.length - 1] ?? "";
  const dir = parts2.length > 1 ? parts2[parts2.length - 2] : "";
  if (ANY_SHEBANG.test(head) && OPENRC_SHEBANG.test(head.split(/\r?\n|\r/)[0])) return "openrc";
  if (dir === "conf.d" && !NOT_OPENRC_CONF.test(base) && !ANY_SHEBANG.test(head) && looksLikeAssignments(text)) return "openrc-conf";
  const inInitDir = parts2.some((p) => p === "init.d" || p === "rc.d" || /^rc[0-6S]\.d$/.test(p)) || /\.(?:initd|init)$/.test(base);
  if (!LSB.test(text)) {
    if (inInitDir && (DEPEND.test(text) || EBEGIN.test(text))) return "openrc";
    if (DEPEND.test(text) && OPENRC_VOCABULARY.test(text)) return "openrc";
  }
  if (LSB.test(text)) return "sysv";
  const dispatcher = CASE_ARG1.test(text) && START_ARM.test(text);
  if (inInitDir && dispatcher) return "sysv";
  if (/(?:-control|ctl)$/.test(base) && dispatcher) return "sysv";
  return null;
}

// src/core/classify.ts
var UNIT_FILE = /\.(service|socket|timer|target|path|mount|automount|swap|slice|scope)$/;
var DROP_IN = /\.(service|socket|timer|target|path|mount|automount|swap|slice|scope)\.d\/[^/]+\.conf$/;
var DBUS_SERVICE = /^[ \t]*\[D-BUS Service\][ \t]*\r?$/m;
function isUnitPath(path) {
  return UNIT_FILE.test(path) || DROP_IN.test(path);
}
function classify(path, text) {
  const posix2 = path.replace(/\\/g, "/");
  if (isUnitPath(posix2)) return DBUS_SERVICE.test(text) ? null : "systemd";
  return classifyScript(posix2, text);
}

// src/core/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var CONFIG_FILES = [".initlint.yml", ".initlint.yaml"];
var ConfigError = class extends Error {
  name = "ConfigError";
};
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
function defaultConfig() {
  return { extends: "recommended", rules: {}, ignore: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, shellcheck: "auto" };
}
var LEVELS = ["off", "info", "warning", "error"];
var LEVEL_ALIASES = { warn: "warning", information: "info", notice: "info" };
var KNOWN_KEYS = ["extends", "rules", "ignore", "max-file-size", "shellcheck"];
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i2) => i2);
  for (let i2 = 1; i2 <= a.length; i2++) {
    let previous = row[0];
    row[0] = i2;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i2 - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function parseLevel(value, where) {
  const text = String(value).toLowerCase();
  const level = LEVEL_ALIASES[text] ?? text;
  if (!LEVELS.includes(level)) {
    throw new ConfigError(`${where}: unexpected level \`${String(value)}\`, expected one of ${LEVELS.join(", ")}`);
  }
  return level;
}
function validateConfig(raw, knownRuleIds, source = "config") {
  const config = defaultConfig();
  config.source = source;
  if (raw === null || raw === void 0) return config;
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new ConfigError(`${source}: expected a mapping of ${KNOWN_KEYS.join(", ")}`);
  }
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case "extends":
        if (value !== "recommended" && value !== "strict") {
          throw new ConfigError(`${source}: unexpected extends \`${String(value)}\`, expected recommended or strict`);
        }
        config.extends = value;
        break;
      case "rules":
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          throw new ConfigError(`${source}: \`rules\` must map rule ids to off, info, warning or error`);
        }
        for (const [id, setting] of Object.entries(value)) {
          if (!knownRuleIds.includes(id) && !/^shellcheck\/SC\d{4}$/.test(id)) {
            const hint = closest(id, knownRuleIds);
            throw new ConfigError(`${source}: unknown rule \`${id}\`${hint ? `, did you mean \`${hint}\`?` : ""}`);
          }
          config.rules[id] = Array.isArray(setting) ? { level: parseLevel(setting[0], `${source}: rules.${id}`), options: setting[1] } : { level: parseLevel(setting, `${source}: rules.${id}`) };
        }
        break;
      case "ignore":
        if (!Array.isArray(value) || !value.every((g) => typeof g === "string")) {
          throw new ConfigError(`${source}: \`ignore\` must be a list of globs`);
        }
        config.ignore = value;
        break;
      case "max-file-size": {
        const n = Number(value);
        if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${source}: \`max-file-size\` must be a positive number of bytes`);
        config.maxFileSize = n;
        break;
      }
      case "shellcheck":
        if (value !== "auto" && value !== "off") throw new ConfigError(`${source}: \`shellcheck\` must be auto or off`);
        config.shellcheck = value;
        break;
      default: {
        const hint = closest(key, KNOWN_KEYS);
        throw new ConfigError(`${source}: unknown key \`${key}\`${hint ? `, did you mean \`${hint}\`?` : ""}`);
      }
    }
  }
  return config;
}
function findConfigFile(dir) {
  let current = resolve(dir);
  for (; ; ) {
    for (const name2 of CONFIG_FILES) {
      const candidate = join(current, name2);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}
function loadConfig(cwd, knownRuleIds, explicitPath) {
  const path = explicitPath ? resolve(cwd, explicitPath) : findConfigFile(cwd);
  if (!path) return defaultConfig();
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new ConfigError(`cannot read config file ${path}`);
  }
  let raw;
  try {
    raw = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new ConfigError(`${path}: invalid YAML: ${error.message.split("\n")[0]}`);
  }
  return validateConfig(raw, knownRuleIds, path);
}
function ruleSeverity(config, rule) {
  const setting = config.rules[rule.id];
  if (setting) {
    return setting.level === "off" ? void 0 : { level: setting.level, configured: true, options: setting.options };
  }
  if (rule.strict && config.extends !== "strict") return void 0;
  return { level: rule.severity, configured: false };
}

// src/core/collect.ts
var UNIT_DIR = /\.(service|socket|timer|target|path|mount|automount|swap|slice|scope)$/;
var NEVER_DESCEND = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var NOT_INIT = /\.(js|mjs|cjs|ts|tsx|jsx|json|md|markdown|rst|txt|html?|css|scss|png|jpe?g|gif|svg|ico|webp|pdf|zip|gz|xz|bz2|zst|tar|tgz|deb|rpm|so|a|o|class|jar|py|pyc|rb|go|rs|c|h|cc|cpp|hpp|java|kt|swift|lock|ya?ml|toml|xml|csv|wasm|patch|diff|po|mo|1|5|8|in\.in|m4|ac|am)$/i;
var toPosix = (p) => p.split(sep).join("/");
function mayBeInitFile(relPath) {
  if (isUnitPath(relPath)) return true;
  return !NOT_INIT.test(relPath);
}
function readInputFile(absolute, relPath, root, maxFileSize = DEFAULT_MAX_FILE_SIZE) {
  const skip = (reason) => ({ skipped: { path: relPath, reason } });
  let stats;
  try {
    stats = lstatSync(absolute);
    const inside2 = (p, dir) => p === dir || p.startsWith(dir + sep);
    if (stats.isSymbolicLink() || inside2(resolve2(absolute), resolve2(root))) {
      const target = realpathSync(absolute);
      const realRoot = realpathSync(root);
      if (!inside2(target, realRoot)) {
        if (!stats.isSymbolicLink()) return skip("leads outside the workspace through a symbolic link to a directory; not followed");
        return skip(target === "/dev/null" ? "symbolic link to /dev/null (a masked unit); nothing to lint" : "symbolic link to a path outside the workspace; not followed");
      }
      if (stats.isSymbolicLink()) stats = statSync(target);
    }
  } catch (error) {
    const code = error.code;
    return skip(
      code === "ENOENT" ? "broken symbolic link or missing file" : code === "ELOOP" ? "symbolic link loop; not followed" : `cannot read (${code ?? "error"})`
    );
  }
  if (stats.isDirectory()) return skip("is a directory, not a file");
  if (!stats.isFile()) return skip("not a regular file");
  if (stats.size > maxFileSize) return skip(`larger than the ${maxFileSize}-byte limit (${stats.size} bytes); raise max-file-size to lint it`);
  if (stats.size === 0) return skip("empty file; nothing to lint");
  let bytes;
  try {
    bytes = readFileSync2(absolute);
  } catch (error) {
    return skip(`cannot read (${error.code ?? "error"})`);
  }
  if (bytes.includes(0)) return skip("binary content (NUL bytes); not a text file");
  try {
    return { input: { path: relPath, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) } };
  } catch {
    return { input: { path: relPath, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), invalidUtf8: true } };
  }
}
function collectFiles(args2, options) {
  const cwd = resolve2(options.cwd);
  const root = resolve2(options.root ?? cwd);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const ignored = (0, import_picomatch.default)(options.ignore?.length ? [...options.ignore] : ["\0"], { dot: true });
  const out2 = { inputs: [], skipped: [], missing: [] };
  const seen = /* @__PURE__ */ new Set();
  let count = 0;
  const every = options.progressEvery ?? 500;
  const take = (absolute, explicit) => {
    const rel = toPosix(relative(cwd, absolute)) || ".";
    if (seen.has(rel) || ignored(rel)) return;
    if (!explicit && !mayBeInitFile(rel)) return;
    count++;
    if (options.onProgress && count % every === 0) options.onProgress(count);
    const read2 = readInputFile(absolute, rel, root, maxFileSize);
    if ("skipped" in read2) {
      if (explicit || isUnitPath(rel)) {
        seen.add(rel);
        out2.skipped.push(read2.skipped);
      }
      return;
    }
    if (classify(rel, read2.input.text.replace(/^\uFEFF/, "")) === null) {
      if (explicit) {
        seen.add(rel);
        out2.skipped.push({ path: rel, reason: "not an init file (no unit extension, OpenRC or LSB structure); skipped" });
      }
      return;
    }
    seen.add(rel);
    out2.inputs.push(read2.input);
  };
  const walk = (dir, rules2, only) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      out2.skipped.push({ path: toPosix(relative(cwd, dir)) || ".", reason: `cannot list directory (${error.code})` });
      return;
    }
    const gitignore = join2(dir, ".gitignore");
    const here = existsSync2(gitignore) ? [...rules2, { base: dir, ig: (0, import_ignore.default)().add(readFileSync2(gitignore, "utf8")) }] : rules2;
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const absolute = join2(dir, entry.name);
      const isDir = entry.isDirectory();
      if (isDir && NEVER_DESCEND.has(entry.name)) continue;
      if (here.some(({ base, ig }) => ig.ignores(toPosix(relative(base, absolute)) + (isDir ? "/" : "")))) continue;
      if (isDir) {
        if (UNIT_DIR.test(entry.name)) out2.skipped.push({ path: toPosix(relative(cwd, absolute)), reason: "a directory named like a unit file; its contents are walked" });
        walk(absolute, here, only);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && (!only || only(toPosix(relative(cwd, absolute))))) take(absolute, false);
    }
  };
  for (const arg of args2.length ? args2 : ["."]) {
    const absolute = resolve2(cwd, arg);
    let stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      stats = void 0;
    }
    if (stats?.isDirectory()) walk(absolute, []);
    else if (stats) take(absolute, true);
    else if (/[*?[{]/.test(arg)) {
      const before = out2.inputs.length + out2.skipped.length;
      const base = import_picomatch.default.scan(arg).base || ".";
      const matches = (0, import_picomatch.default)(toPosix(relative(cwd, resolve2(cwd, arg))), { dot: true });
      if (statSync(resolve2(cwd, base), { throwIfNoEntry: false })?.isDirectory()) walk(resolve2(cwd, base), [], matches);
      if (out2.inputs.length + out2.skipped.length === before) out2.missing.push(arg);
    } else out2.missing.push(arg);
  }
  return out2;
}

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run: run2, use };
  return pipeline;
  function run2(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index2 = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index2 < values.length) {
        if (output[index2] === null || output[index2] === void 0) {
          output[index2] = values[index2];
        }
      }
      values = output;
      if (fn) {
        wrap(fn, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value) {
    done(null, value);
  }
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value) {
  if (!value || typeof value !== "object") {
    return "";
  }
  if ("position" in value || "type" in value) {
    return position(value.position);
  }
  if ("start" in value || "end" in value) {
    return position(value);
  }
  if ("line" in value || "column" in value) {
    return point(value);
  }
  return "";
}
function point(point2) {
  return index(point2 && point2.line) + ":" + index(point2 && point2.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value) {
  return value && typeof value === "number" ? value : 1;
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start2 = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start2 ? start2.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start2 ? start2.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
import { default as default2 } from "node:path";

// node_modules/vfile/lib/minproc.js
import { default as default3 } from "node:process";

// node_modules/vfile/lib/minurl.js
import { fileURLToPath } from "node:url";

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value) {
    let options;
    if (!value) {
      options = {};
    } else if (isUrl(value)) {
      options = { path: value };
    } else if (typeof value === "string" || isUint8Array(value)) {
      options = { value };
    } else {
      options = value;
    }
    this.cwd = "cwd" in options ? "" : default3.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field3 = order[index2];
      if (field3 in options && options[field3] !== void 0 && options[field3] !== null) {
        this[field3] = field3 === "history" ? [...options[field3]] : options[field3];
      }
    }
    let field2;
    for (field2 in options) {
      if (!order.includes(field2)) {
        this[field2] = options[field2];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? default2.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename4) {
    assertNonEmpty(basename4, "basename");
    assertPart(basename4, "basename");
    this.path = default2.join(this.dirname || "", basename4);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? default2.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname4) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname4 || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? default2.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = default2.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path) {
    if (isUrl(path)) {
      path = fileURLToPath(path);
    }
    assertNonEmpty(path, "path");
    if (this.path !== path) {
      this.history.push(path);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? default2.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = default2.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder = new TextDecoder(encoding || void 0);
    return decoder.decode(this.value);
  }
};
function assertPart(part, name2) {
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name2 + "` cannot be a path: did not expect `" + default2.sep + "`"
    );
  }
}
function assertNonEmpty(part, name2) {
  if (!part) {
    throw new Error("`" + name2 + "` cannot be empty");
  }
}
function assertPath(path, name2) {
  if (!path) {
    throw new Error("Setting `" + name2 + "` requires `path` to be set too");
  }
}
function isUint8Array(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value = proto[property];
    const apply = function() {
      return value.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index2 = -1;
    while (++index2 < this.attachers.length) {
      const attacher = this.attachers[index2];
      destination.use(...attacher);
    }
    destination.data((0, import_extend.default)(true, {}, this.namespace));
    return destination;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value;
        return this;
      }
      return own.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser2 = this.parser || this.Parser;
    assertParser("parse", parser2);
    return parser2(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve6, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve6) {
          resolve6(file2);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve6, reject) {
      ok(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve6) {
          resolve6(resultingTree);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree2) {
      bail(error);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler);
    assertNode(tree);
    return compiler(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value === null || value === void 0) {
    } else if (typeof value === "function") {
      addPlugin(value, parameters);
    } else if (typeof value === "object") {
      if (Array.isArray(value)) {
        addList(value);
      } else {
        addPreset(value);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value + "`");
    }
    return this;
    function add(value2) {
      if (typeof value2 === "function") {
        addPlugin(value2, []);
      } else if (typeof value2 === "object") {
        if (Array.isArray(value2)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value2
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value2);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value2 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index2 = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index2 < plugins.length) {
          const thing = plugins[index2];
          add(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index2 = -1;
      let entryIndex = -1;
      while (++index2 < attachers.length) {
        if (attachers[index2][0] === plugin) {
          entryIndex = index2;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name2, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name2 + "` without `parser`");
  }
}
function assertCompiler(name2, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name2 + "` without `compiler`");
  }
}
function assertUnfrozen(name2, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name2 + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node) {
  if (!isPlainObject(node) || typeof node.type !== "string") {
    throw new TypeError("Expected node, got `" + node + "`");
  }
}
function assertDone(name2, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name2 + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value) {
  return looksLikeAVFile(value) ? value : new VFile(value);
}
function looksLikeAVFile(value) {
  return Boolean(
    value && typeof value === "object" && "message" in value && "messages" in value
  );
}
function looksLikeAValue(value) {
  return typeof value === "string" || isUint8Array2(value);
}
function isUint8Array2(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// src/core/fix.ts
var MAX_FIX_PASSES = 10;
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = "";
  let cursor = 0;
  let applied = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) continue;
    output += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    applied++;
  }
  return { output: output + text.slice(cursor), applied };
}
function fixApplies(fix, unsafe) {
  return fix.applicability === "safe" || unsafe;
}
function applyFixes(text, findings, unsafe) {
  const candidates = findings.filter((f2) => f2.fix && fixApplies(f2.fix, unsafe) && (f2.fix.edits.length > 0 || (f2.fix.files?.length ?? 0) > 0)).sort((a, b) => Math.min(...a.fix.edits.map((e) => e.start), Infinity) - Math.min(...b.fix.edits.map((e) => e.start), Infinity));
  const taken = [];
  const fixed = [];
  const files = [];
  const overlaps = (e) => taken.some((t) => e.start < t.end && t.start < e.end || e.start === e.end && t.start === t.end && e.start === t.start);
  for (const finding of candidates) {
    const edits = finding.fix.edits;
    if (edits.some(overlaps)) continue;
    taken.push(...edits);
    fixed.push(finding);
    files.push(...finding.fix.files ?? []);
  }
  return { output: applyEdits(text, taken).output, fixed, files };
}

// src/core/project.ts
var Project = class {
  constructor(entries = []) {
    this.entries = entries;
    for (const entry of entries) {
      const base = entry.path.slice(entry.path.lastIndexOf("/") + 1);
      const list2 = this.byBase.get(base) ?? [];
      list2.push(entry);
      this.byBase.set(base, list2);
    }
  }
  entries;
  byBase = /* @__PURE__ */ new Map();
  /** Entries whose file name (no directory) is `name`. */
  named(name2) {
    return this.byBase.get(name2) ?? [];
  }
  ofKind(kind) {
    return this.memo(`kind:${kind}`, () => this.entries.filter((entry) => entry.kind === kind));
  }
  memos = /* @__PURE__ */ new Map();
  /**
   * A value computed once per run from the whole project (an index by unit
   * name, the units that call each control script): cross-file rules look
   * things up in it instead of scanning every file for every file, which made
   * a 5,000-file audit quadratic.
   */
  memo(key, compute) {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key);
  }
};

// src/core/rule.ts
init_text();
var DOCS_BASE = "https://github.com/initlint/initlint/blob/main/src/rules/";
function format(template, data) {
  return template.replace(
    /\{(\w+)\}/g,
    (whole, name2) => data && name2 in data ? String(data[name2]) : whole
  );
}
function isNode(where) {
  return "type" in where;
}
function defineRule(definition) {
  const url = `${DOCS_BASE}${definition.id}/README.md`;
  const rule = {
    ...definition,
    url,
    plugin(runOptions) {
      return (tree, file) => {
        const data = file.data.initlint;
        if (!data || !definition.kinds.includes(data.kind)) return;
        definition.check({
          tree,
          file,
          text: data.text,
          path: file.path,
          kind: data.kind,
          lines: data.lines,
          eol: data.eol,
          project: data.project,
          options: runOptions?.options,
          report(report) {
            const template = definition.messages[report.messageId];
            if (template === void 0) {
              throw new Error(`${definition.id}: unknown messageId ${report.messageId}`);
            }
            let start2;
            let end;
            if (isNode(report.at)) {
              start2 = report.at.position?.start.offset ?? 0;
              end = report.at.position?.end.offset ?? start2;
            } else {
              ({ start: start2, end } = report.at);
            }
            const place = { start: data.lines.point(start2), end: data.lines.point(end) };
            const message = file.message(format(template, report.data), {
              place,
              ruleId: definition.id,
              source: "initlint"
            });
            message.url = url;
            const severity = runOptions?.level ?? report.severity ?? definition.severity;
            message.fatal = severity === "error" ? true : severity === "warning" ? false : void 0;
            if (report.fix) message.fix = report.fix;
          }
        });
      };
    }
  };
  return rule;
}

// src/core/suppress.ts
var DIRECTIVE = /^[ \t]*[#;][ \t]*initlint-(disable-next-line|disable|enable)\b[ \t]*([^\r\n]*)$/;
function findSuppressions(lines) {
  const found = [];
  for (let line = 1; line <= lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (!text.includes("initlint-")) continue;
    const match = DIRECTIVE.exec(text);
    if (!match) continue;
    const rules2 = match[2].replace(/\s+--.*$/, "").split(/[\s,]+/).filter(Boolean);
    const start2 = lines.lineStart(line) + text.search(/[#;]/);
    found.push({ kind: match[1], rules: rules2, line, start: start2, end: lines.lineEnd(line), used: false });
  }
  return found;
}
var names = (s, ruleId) => s.rules.length === 0 || s.rules.includes(ruleId);
function applySuppressions(findings, suppressions) {
  if (suppressions.length === 0) return findings;
  return findings.filter((finding) => {
    if (finding.ruleId === "parse-error") return true;
    for (const s of suppressions) {
      if (s.kind === "disable-next-line" && s.line + 1 === finding.line && names(s, finding.ruleId)) {
        s.used = true;
        return false;
      }
    }
    let disabledBy;
    for (const s of suppressions) {
      if (s.line >= finding.line) break;
      if (!names(s, finding.ruleId)) continue;
      if (s.kind === "disable") disabledBy = s;
      else if (s.kind === "enable") disabledBy = void 0;
    }
    if (disabledBy) {
      disabledBy.used = true;
      return false;
    }
    return true;
  });
}

// src/core/lint.ts
init_text();
init_languages();

// src/rules/openrc/util.ts
var DEFAULT_PIDFILE = '"/run/${RC_SVCNAME}.pid"';
function startOf(p) {
  return p.start.offset ?? 0;
}
function endOf(p) {
  return p.end.offset ?? 0;
}
function topAssignment(script, name2) {
  let found;
  for (const a of script.assignments) if (a.name === name2 && !a.inFunction) found = a;
  return found;
}
function functionNamed(script, name2) {
  return script.functions.find((f2) => f2.name === name2);
}
function unquote(raw) {
  if (raw.length >= 2 && (raw.startsWith('"') && raw.endsWith('"') || raw.startsWith("'") && raw.endsWith("'"))) {
    return raw.slice(1, -1);
  }
  return raw;
}
function isYes(value) {
  return value !== void 0 && /^(yes|true|on|1)$/i.test(value.trim());
}
var VAR_REF = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))$/;
function variableReference(raw) {
  const m = VAR_REF.exec(unquote(raw).trim());
  if (!m) return void 0;
  return m[1] ? { name: m[1], fallback: m[3] !== void 0 ? unquote(m[3]) : void 0 } : { name: m[4] };
}
function expandedNames(raw) {
  return [...raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}
var OPENRC_PROVIDED = /* @__PURE__ */ new Set([
  "RC_SVCNAME",
  "SVCNAME",
  "RC_CMD",
  "RC_RUNLEVEL",
  "RC_BOOTLEVEL",
  "RC_DEFAULTLEVEL",
  "RC_SERVICE",
  "RC_PREFIX",
  "RC_LIBEXECDIR",
  "RC_UNAME",
  "RC_SYS",
  "RC_GOINGDOWN",
  "RC_SVCDIR",
  "RC_PID",
  "RC_VERSION",
  "RC_CACHEDIR",
  "RC_RUNDIR",
  "RC_UID",
  "RC_GID"
]);
function confdScript(ctx) {
  const base = ctx.path.slice(ctx.path.lastIndexOf("/") + 1);
  const entry = ctx.project.named(base).find((e) => e.kind === "openrc-conf");
  const tree = entry?.tree;
  return tree && Array.isArray(tree.assignments) ? tree : void 0;
}
function isConfigVariable(ctx, name2) {
  if (OPENRC_PROVIDED.has(name2) || /^RC_/.test(name2)) return false;
  if (confdScript(ctx)?.assignments.some((a) => a.name === name2)) return true;
  if (!/^[A-Z][A-Z0-9_]*$/.test(name2)) return false;
  if (ctx.tree.loops.some((l) => l.variable === name2)) return false;
  return !ctx.tree.assignments.some((a) => a.name === name2);
}
function resolvePath(ctx, node) {
  if (node.literal !== void 0) return node.literal;
  if (node.defaultLiteral !== void 0) return node.defaultLiteral;
  const ref = variableReference(node.raw);
  if (!ref) return void 0;
  const conf = confdScript(ctx);
  const set = conf && [...conf.assignments].reverse().find((a) => a.name === ref.name);
  if (set?.literal !== void 0) return set.literal;
  const own2 = topAssignment(ctx.tree, ref.name);
  if (own2?.literal !== void 0) return own2.literal;
  if (ref.fallback !== void 0 && !ref.fallback.includes("$")) return ref.fallback;
  return void 0;
}
function dirOf(path) {
  const trimmed = path.replace(/\/+$/, "");
  const i2 = trimmed.lastIndexOf("/");
  return i2 <= 0 ? "/" : trimmed.slice(0, i2);
}
function removeLines(ctx, start2, end) {
  const first = ctx.lines.point(start2).line;
  const last = ctx.lines.point(Math.max(start2, end - 1)).line;
  const from = ctx.lines.lineStart(first);
  const to = last < ctx.lines.lineCount ? ctx.lines.lineStart(last + 1) : ctx.text.length;
  return { start: from, end: to, text: "" };
}
function removeFunction(ctx, fn) {
  const edit = removeLines(ctx, startOf(fn.position), endOf(fn.position));
  const firstLine = ctx.lines.point(edit.start).line;
  const nextLine = ctx.lines.point(edit.end).line;
  const blank = (line) => line >= 1 && line <= ctx.lines.lineCount && ctx.lines.lineText(line).trim() === "";
  if (edit.end < ctx.text.length && blank(nextLine) && (firstLine === 1 || blank(firstLine - 1))) {
    edit.end = nextLine < ctx.lines.lineCount ? ctx.lines.lineStart(nextLine + 1) : ctx.text.length;
  } else if (edit.end >= ctx.text.length && firstLine > 1 && blank(firstLine - 1)) {
    edit.start = ctx.lines.lineStart(firstLine - 1);
  }
  return edit;
}
function indentAt(ctx, offset) {
  const line = ctx.lines.point(offset).line;
  return /^[ \t]*/.exec(ctx.lines.lineText(line))[0];
}
function afterLine(ctx, offset) {
  const line = ctx.lines.point(offset).line;
  return line < ctx.lines.lineCount ? ctx.lines.lineStart(line + 1) : ctx.text.length;
}
function appendText(ctx, block) {
  const end = ctx.text.length;
  const needsBreak = end > 0 && !/[\r\n]$/.test(ctx.text);
  return { start: end, end, text: (needsBreak ? ctx.eol : "") + block };
}
function isStartStopDaemon(cmd) {
  return cmd.program === "start-stop-daemon";
}
var SSD_SHORT = {
  I: "ionice",
  K: "stop",
  N: "nicelevel",
  P: "progress",
  R: "retry",
  S: "start",
  b: "background",
  u: "user",
  d: "chdir",
  e: "env",
  g: "group",
  k: "umask",
  m: "make-pidfile",
  n: "name",
  o: "oknodo",
  p: "pidfile",
  s: "signal",
  t: "test",
  r: "chroot",
  w: "wait",
  x: "exec",
  a: "startas",
  "1": "stdout",
  "2": "stderr",
  "3": "stdout-logger",
  "4": "stderr-logger",
  c: "chuid",
  q: "quiet",
  v: "verbose",
  C: "no-color"
};
var SSD_TAKES_VALUE = /* @__PURE__ */ new Set([
  "ionice",
  "nicelevel",
  "retry",
  "user",
  "chdir",
  "env",
  "group",
  "umask",
  "name",
  "pidfile",
  "signal",
  "chroot",
  "wait",
  "exec",
  "startas",
  "stdout",
  "stderr",
  "stdout-logger",
  "stderr-logger",
  "chuid",
  "capabilities",
  "secbits",
  "oom-score-adj",
  "scheduler",
  "scheduler-priority",
  "notify",
  "ready"
]);
function startStopOptions(cmd) {
  const options = [];
  const args2 = cmd.args;
  for (let i2 = 0; i2 < args2.length; i2++) {
    const word = args2[i2];
    const text = word.literal ?? word.raw;
    if (text === "--") return { options, rest: args2.slice(i2 + 1), dashdash: true };
    const long = /^--([A-Za-z0-9-]+)(?:=([\s\S]*))?$/.exec(text);
    if (long) {
      const name2 = long[1];
      if (long[2] !== void 0) {
        options.push({ name: name2, attached: long[2], words: [word] });
      } else if (SSD_TAKES_VALUE.has(name2) && i2 + 1 < args2.length) {
        options.push({ name: name2, value: args2[i2 + 1], words: [word, args2[i2 + 1]] });
        i2++;
      } else options.push({ name: name2, words: [word] });
      continue;
    }
    const short = /^-([A-Za-z0-9]+)$/.exec(text);
    if (short) {
      const letters = short[1];
      for (let j = 0; j < letters.length; j++) {
        const name2 = SSD_SHORT[letters[j]] ?? `-${letters[j]}`;
        if (SSD_TAKES_VALUE.has(name2)) {
          if (j + 1 < letters.length) options.push({ name: name2, attached: letters.slice(j + 1), words: [word] });
          else if (i2 + 1 < args2.length) {
            options.push({ name: name2, value: args2[i2 + 1], words: [word, args2[i2 + 1]] });
            i2++;
          } else options.push({ name: name2, words: [word] });
          break;
        }
        options.push({ name: name2, words: [word] });
      }
      continue;
    }
    return { options, rest: args2.slice(i2), dashdash: false };
  }
  return { options, rest: [], dashdash: false };
}
function optionRaw(option) {
  return option.attached ?? option.value?.raw;
}
function ssdMode(cmd) {
  const names2 = startStopOptions(cmd).options.map((o) => o.name);
  if (names2.includes("start")) return "start";
  if (names2.includes("stop")) return names2.includes("signal") ? "signal" : "stop";
  if (names2.includes("signal")) return "signal";
  return void 0;
}
function forDoubleQuotes(word) {
  const raw = word.raw;
  if (/^"[^"\\`]*"$/.test(raw)) return raw.slice(1, -1);
  if (/^'[^'$`\\"]*'$/.test(raw)) return raw;
  if (/^[^"'\\`]*$/.test(raw)) return raw;
  return void 0;
}
function calls(fn, name2) {
  return !!fn && fn.commands.some((c) => c.program === name2 || c.name === name2);
}
function listItems(a) {
  const base = a.valuePosition.start.offset ?? 0;
  const out2 = [];
  for (const m of a.raw.matchAll(/[^\s"']+/g)) {
    if (/[$`\\]/.test(m[0])) continue;
    out2.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  }
  return out2;
}
var EXTRA_LISTS = ["extra_commands", "extra_started_commands", "extra_stopped_commands"];

// src/rules/openrc/background-without-pidfile/index.ts
var background_without_pidfile_default = defineRule({
  id: "openrc/background-without-pidfile",
  kinds: ["openrc"],
  severity: "error",
  docs: {
    summary: "`command_background` is on without `pidfile=`, or together with `command_args_background` (openrc-run refuses both); not under supervise-daemon",
    source: `001 OpenRC service script guide, "Don't write your own start/stop functions"`
  },
  fixable: "safe",
  messages: {
    noPidfile: 'Unexpected `command_background` without `pidfile`: start-stop-daemon must make a PID file to stop the daemon, set pidfile="/run/${RC_SVCNAME}.pid"',
    both: "Unexpected `command_background` with `command_args_background`: openrc-run refuses to start, use one of them"
  },
  check(ctx) {
    const script = ctx.tree;
    const background = topAssignment(script, "command_background");
    if (!background || !isYes(background.literal ?? unquote(background.raw))) return;
    const supervisor = topAssignment(script, "supervisor");
    if (supervisor && /supervise-daemon/.test(supervisor.raw)) return;
    const argsBackground = topAssignment(script, "command_args_background");
    if (argsBackground) {
      ctx.report({ messageId: "both", at: background });
      return;
    }
    if (script.assignments.some((a) => a.name === "pidfile")) return;
    const at = afterLine(ctx, background.position.end.offset ?? 0);
    const prefix = at === ctx.text.length && !/[\r\n]$/.test(ctx.text) ? ctx.eol : "";
    ctx.report({
      messageId: "noPidfile",
      at: background,
      fix: {
        description: 'Add pidfile="/run/${RC_SVCNAME}.pid"',
        applicability: "safe",
        edits: [{ start: at, end: at, text: `${prefix}pidfile=${DEFAULT_PIDFILE}${ctx.eol}` }]
      }
    });
  }
});

// src/rules/openrc/custom-start-stop/convert.ts
var OUTPUT_HELPERS = /* @__PURE__ */ new Set([
  "ebegin",
  "eend",
  "einfo",
  "einfon",
  "ewarn",
  "ewarnn",
  "eerror",
  "eerrorn",
  "ewend",
  "eindent",
  "eoutdent",
  "veinfo",
  "vewarn",
  "vebegin",
  "veend",
  "vewend",
  "return",
  ":"
]);
function wrappedCall(fn, mode) {
  if (!fn) return void 0;
  const daemons = fn.commands.filter(isStartStopDaemon);
  if (daemons.length !== 1 || ssdMode(daemons[0]) !== mode) return void 0;
  if (fn.commands.some((c) => !isStartStopDaemon(c) && !OUTPUT_HELPERS.has(c.program))) return void 0;
  return daemons[0];
}
function findWrapper(ctx) {
  const start2 = functionNamed(ctx.tree, "start");
  const startCall = wrappedCall(start2, "start");
  if (!start2 || !startCall) return void 0;
  const { options } = startStopOptions(startCall);
  if (!options.some((o) => (o.name === "exec" || o.name === "startas") && (o.value || o.attached))) return void 0;
  const stop2 = functionNamed(ctx.tree, "stop");
  if (!stop2) return { start: start2, startCall };
  const stopCall = wrappedCall(stop2, "stop");
  return stopCall ? { start: start2, startCall, stop: stop2, stopCall } : void 0;
}
function valueText(option) {
  if (option.attached !== void 0) return /^[^"'\\`]*$/.test(option.attached) ? option.attached : void 0;
  return option.value ? forDoubleQuotes(option.value) : void 0;
}
function wordsText(words3) {
  const parts2 = words3.map(forDoubleQuotes);
  return parts2.every((p) => p !== void 0) ? parts2.join(" ") : void 0;
}
function isSelf(name2, text) {
  return text === `$${name2}` || text === `\${${name2}}`;
}
var IGNORED = /* @__PURE__ */ new Set(["start", "stop", "quiet", "verbose", "oknodo", "make-pidfile", "no-color", "test"]);
var VARIABLE_OF = {
  exec: "command",
  pidfile: "pidfile",
  user: "command_user",
  chuid: "command_user",
  name: "procname",
  chdir: "directory",
  stdout: "output_log",
  stderr: "error_log",
  umask: "umask"
};
function variablesFor(wrapper) {
  const start2 = startStopOptions(wrapper.startCall);
  const values = /* @__PURE__ */ new Map();
  const extra = [];
  let background = false;
  let makePidfile = false;
  for (const option of start2.options) {
    if (option.name === "background") background = true;
    else if (option.name === "make-pidfile") makePidfile = true;
    if (IGNORED.has(option.name) || option.name === "background") continue;
    if (option.name === "startas") {
      if (start2.options.some((o) => o.name === "exec")) return void 0;
      const text2 = valueText(option);
      if (text2 === void 0) return void 0;
      values.set("command", text2);
      continue;
    }
    const variable = VARIABLE_OF[option.name];
    if (variable && !values.has(variable)) {
      const text2 = valueText(option);
      if (text2 === void 0) return void 0;
      values.set(variable, text2);
      continue;
    }
    const text = wordsText(option.words);
    if (text === void 0) return void 0;
    extra.push(text);
  }
  if (makePidfile !== background) return void 0;
  if (background && !values.has("pidfile")) return void 0;
  if (start2.rest.length) {
    const args2 = wordsText(start2.rest);
    if (args2 === void 0) return void 0;
    values.set("command_args", args2);
  }
  if (wrapper.stopCall) {
    for (const option of startStopOptions(wrapper.stopCall).options) {
      if (option.name !== "retry" && option.name !== "signal") continue;
      const text = valueText(option);
      if (text === void 0) return void 0;
      values.set(option.name === "retry" ? "retry" : "stopsig", text);
    }
  }
  const order2 = ["command", "command_args", "pidfile", "command_user", "procname", "directory", "output_log", "error_log", "umask"];
  const out2 = [];
  for (const name2 of order2) {
    const text = values.get(name2);
    if (text !== void 0 && !isSelf(name2, text)) out2.push([name2, `"${text}"`]);
  }
  if (background) out2.push(["command_background", "true"]);
  if (extra.length) out2.push(["start_stop_daemon_args", `"${extra.join(" ")}"`]);
  for (const name2 of ["retry", "stopsig"]) {
    const text = values.get(name2);
    if (text !== void 0 && !isSelf(name2, text)) out2.push([name2, `"${text}"`]);
  }
  return out2;
}
function conversionFix(ctx, wrapper) {
  const variables = variablesFor(wrapper);
  if (!variables) return void 0;
  const replaceStart = removeLines(ctx, startOf(wrapper.start.position), endOf(wrapper.start.position));
  const block = variables.map(([name2, value]) => `${name2}=${value}${ctx.eol}`).join("");
  const edits = [{ ...replaceStart, text: block }];
  if (wrapper.stop) edits.push(removeFunction(ctx, wrapper.stop));
  return {
    description: `Replace start()${wrapper.stop ? "/stop()" : ""} with ${variables.map(([n]) => n).join(", ")}`,
    applicability: "unsafe",
    edits
  };
}

// src/rules/openrc/custom-start-stop/index.ts
var custom_start_stop_default = defineRule({
  id: "openrc/custom-start-stop",
  kinds: ["openrc"],
  severity: "warning",
  docs: {
    summary: "`start()`/`stop()` only wrap `start-stop-daemon` with a command, its arguments and a PID file: openrc-run does that from `command=`, `command_args=`, `pidfile=`",
    source: `001 OpenRC service script guide, "Don't write your own start/stop functions"`
  },
  fixable: "unsafe",
  messages: {
    wrapper: "Unexpected hand-written {functions} around start-stop-daemon: use command, command_args and pidfile (with command_user, command_background) instead"
  },
  check(ctx) {
    const wrapper = findWrapper(ctx);
    if (!wrapper) return;
    const name2 = wrapper.start.namePosition;
    ctx.report({
      messageId: "wrapper",
      data: { functions: wrapper.stop ? "start()/stop()" : "start()" },
      at: { start: name2.start.offset ?? 0, end: name2.end.offset ?? 0 },
      fix: conversionFix(ctx, wrapper)
    });
  }
});

// src/rules/openrc/depend-keyword/index.ts
var KEYWORDS = ["need", "use", "want", "before", "after", "provide", "keyword", "config"];
var SHELL = /* @__PURE__ */ new Set([
  "[",
  "[[",
  "test",
  "local",
  "echo",
  "printf",
  "return",
  "true",
  "false",
  ":",
  "eval",
  "set",
  "shift",
  "export",
  "yesno",
  "if",
  "then",
  "else",
  "fi",
  "case",
  "esac",
  "for",
  "while",
  "do",
  "done",
  "read",
  "cat",
  "grep",
  "sed",
  "awk",
  "cut",
  "tr",
  "ls",
  "command",
  "type",
  "einfo",
  "ewarn",
  "eerror",
  "ebegin",
  "eend",
  "unset",
  "service_set_value",
  ".",
  "source",
  "readlink",
  "basename",
  "dirname",
  "head",
  "tail",
  "sort",
  "uniq",
  "find",
  "xargs",
  "break",
  "continue",
  "exit",
  "wait",
  "trap",
  "shift",
  "getopts",
  "unalias",
  "alias",
  "umask",
  "cd",
  // OpenRC helpers scripts use to compute their dependencies.
  "mountinfo",
  "fstabinfo",
  "get_bootparam",
  "is_net_fs",
  "is_union_fs",
  "shell_var",
  "service_get_value",
  "rc-service",
  "rc-status",
  "checkpath",
  "veinfo",
  "vewarn"
]);
var FOREIGN = /* @__PURE__ */ new Set(["requires", "require", "required", "wants", "depends", "depend", "conflicts", "requisite", "bindsto", "partof"]);
function nearest(word) {
  let best;
  let distance = Infinity;
  for (const k of KEYWORDS) {
    const d = editDistance(word.toLowerCase(), k);
    if (d < distance) [best, distance] = [k, d];
  }
  return distance <= Math.max(1, Math.floor(word.length / 3)) || word.toLowerCase() === best ? best : void 0;
}
var depend_keyword_default = defineRule({
  id: "openrc/depend-keyword",
  kinds: ["openrc"],
  severity: "error",
  docs: {
    summary: "a word in `depend()` other than need, use, want, before, after, provide, keyword, config",
    source: '001 OpenRC service script guide, "The Depend Function"'
  },
  fixable: "unsafe",
  messages: {
    typo: "Unexpected `{verb}` in depend(), expected `{keyword}`",
    unknown: "Unexpected `{verb}` in depend(), expected one of need, use, want, before, after, provide, keyword, config (OpenRC has no `{verb}`)"
  },
  check(ctx) {
    const functions = new Set(ctx.tree.functions.map((f2) => f2.name));
    for (const verb of ctx.tree.depend) {
      const word = verb.verb;
      if (KEYWORDS.includes(word) || SHELL.has(word) || functions.has(word)) continue;
      if (/[$/=`"'\\]/.test(word) || word.startsWith("_")) continue;
      const keyword = nearest(word);
      if (!keyword && !FOREIGN.has(word.toLowerCase())) continue;
      const start2 = verb.verbPosition.start.offset ?? 0;
      const end = verb.verbPosition.end.offset ?? 0;
      ctx.report({
        messageId: keyword ? "typo" : "unknown",
        data: { verb: word, keyword: keyword ?? "" },
        at: { start: start2, end },
        fix: keyword ? { description: `Use ${keyword}`, applicability: "unsafe", edits: [{ start: start2, end, text: keyword }] } : void 0
      });
    }
  }
});

// src/knowledge/daemons.ts
var f = (flag, value, text) => ({ flag, value, text });
var ossecDaemon = {
  foreground: [f("-f")],
  daemonize: [],
  defaultMode: "daemon",
  configTest: "-t",
  lookAlikes: [{ flag: "-d", meaning: "debug output" }]
};
var quaggaDaemon = {
  foreground: [],
  daemonize: [f("-d"), f("--daemon")],
  defaultMode: "foreground",
  pidfile: "-i",
  configTest: "-C",
  lookAlikes: [{ flag: "-f", meaning: "names the configuration file" }]
};
var sambaDaemon = {
  foreground: [f("-F"), f("--foreground"), f("-i"), f("--interactive")],
  daemonize: [f("-D"), f("--daemon")],
  defaultMode: "daemon",
  pidfile: "`pid directory` in smb.conf"
};
var apache = {
  foreground: [f("-D", /^(FOREGROUND|NO_DETACH)$/, "-DFOREGROUND"), f("-X")],
  daemonize: [],
  defaultMode: "daemon",
  pidfile: "`PidFile` in the configuration",
  configTest: "-t",
  lookAlikes: [{ flag: "-D", meaning: "defines a configuration parameter; only `-DFOREGROUND` keeps it in the foreground" }]
};
var crond = {
  foreground: [f("-n"), f("-f")],
  daemonize: [f("-b")],
  defaultMode: "daemon"
};
var cron = {
  foreground: [f("-f")],
  daemonize: [],
  defaultMode: "daemon",
  lookAlikes: [{ flag: "-n", meaning: "puts the full host name in mail subjects" }]
};
var DAEMONS = {
  nginx: {
    foreground: [f("-g", /daemon\s+off\s*;/, "-g 'daemon off;'")],
    daemonize: [f("-g", /daemon\s+on\s*;/, "-g 'daemon on;'")],
    defaultMode: "config",
    pidfile: "`pid` in nginx.conf (or -g 'pid /run/nginx.pid;')",
    configTest: "-t",
    lookAlikes: [{ flag: "-g", meaning: "sets global directives; only `daemon off;` keeps it in the foreground" }]
  },
  sshd: {
    foreground: [f("-D")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "`PidFile` in sshd_config",
    configTest: "-t",
    lookAlikes: [{ flag: "-d", meaning: "debug mode, which serves a single connection and exits" }]
  },
  httpd: apache,
  apache2: apache,
  "redis-server": {
    foreground: [f("--daemonize", /^no$/i, "--daemonize no")],
    daemonize: [f("--daemonize", /^yes$/i, "--daemonize yes")],
    defaultMode: "config",
    pidfile: "--pidfile"
  },
  dnsmasq: {
    foreground: [f("-k"), f("--keep-in-foreground"), f("-d"), f("--no-daemon")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "-x / --pid-file",
    configTest: "--test"
  },
  rsyslogd: {
    foreground: [f("-n")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "-i",
    configTest: "-N1",
    lookAlikes: [{ flag: "-d", meaning: "debug output" }]
  },
  named: {
    foreground: [f("-f"), f("-g")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "`pid-file` in named.conf",
    lookAlikes: [{ flag: "-d", meaning: "sets the debug level" }]
  },
  dhcpd: {
    foreground: [f("-f"), f("-d")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "-pf",
    configTest: "-t"
  },
  haproxy: {
    foreground: [f("-db"), f("-Ws"), f("-Ds"), f("-d")],
    daemonize: [f("-D")],
    defaultMode: "config",
    pidfile: "-p",
    configTest: "-c",
    lookAlikes: [{ flag: "-f", meaning: "names the configuration file" }]
  },
  "php-fpm": {
    foreground: [f("-F"), f("--nodaemonize")],
    daemonize: [f("-D"), f("--daemonize")],
    defaultMode: "config",
    pidfile: "-g / --pid",
    configTest: "-t"
  },
  memcached: {
    foreground: [],
    daemonize: [f("-d"), f("--daemon")],
    defaultMode: "foreground",
    pidfile: "-P",
    lookAlikes: [{ flag: "-f", meaning: "sets the chunk size growth factor" }]
  },
  chronyd: {
    foreground: [f("-d"), f("-n")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "`pidfile` in chrony.conf",
    lookAlikes: [{ flag: "-f", meaning: "names the configuration file" }]
  },
  smbd: sambaDaemon,
  nmbd: sambaDaemon,
  winbindd: sambaDaemon,
  samba: sambaDaemon,
  cupsd: {
    foreground: [f("-f"), f("-F"), f("-l")],
    daemonize: [],
    defaultMode: "daemon",
    configTest: "-t",
    lookAlikes: [{ flag: "-c", meaning: "names the configuration file" }]
  },
  "avahi-daemon": {
    foreground: [],
    daemonize: [f("-D"), f("--daemonize")],
    defaultMode: "foreground",
    lookAlikes: [{ flag: "-f", meaning: "names the configuration file" }]
  },
  openvpn: {
    foreground: [],
    daemonize: [f("--daemon")],
    defaultMode: "config",
    pidfile: "--writepid"
  },
  squid: {
    foreground: [f("-N"), f("--foreground")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "`pid_filename` in squid.conf",
    configTest: "-k parse",
    lookAlikes: [
      { flag: "-f", meaning: "names the configuration file" },
      { flag: "-d", meaning: "sets the debug level" }
    ]
  },
  postgres: {
    foreground: [],
    daemonize: [],
    defaultMode: "foreground",
    lookAlikes: [{ flag: "-D", meaning: "names the data directory" }]
  },
  mysqld: {
    foreground: [],
    daemonize: [f("--daemonize")],
    defaultMode: "config",
    pidfile: "--pid-file",
    configTest: "--validate-config"
  },
  mariadbd: {
    foreground: [],
    daemonize: [],
    defaultMode: "foreground",
    pidfile: "--pid-file"
  },
  ntpd: {
    foreground: [f("-n"), f("--nofork")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "-p",
    lookAlikes: [{ flag: "-g", meaning: "allows a large first time step" }]
  },
  crond,
  cron,
  atd: { foreground: [f("-f")], daemonize: [], defaultMode: "daemon" },
  zebra: quaggaDaemon,
  bgpd: quaggaDaemon,
  ospfd: quaggaDaemon,
  ospf6d: quaggaDaemon,
  ripd: quaggaDaemon,
  ripngd: quaggaDaemon,
  isisd: quaggaDaemon,
  pimd: quaggaDaemon,
  ldpd: quaggaDaemon,
  staticd: quaggaDaemon,
  lighttpd: {
    foreground: [f("-D")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "`server.pid-file` in lighttpd.conf",
    configTest: "-t",
    lookAlikes: [{ flag: "-f", meaning: "names the configuration file" }]
  },
  "syslog-ng": {
    foreground: [f("-F"), f("--foreground")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "-p / --pidfile",
    configTest: "--syntax-only",
    lookAlikes: [{ flag: "-f", meaning: "names the configuration file" }]
  },
  rsync: {
    foreground: [f("--no-detach")],
    daemonize: [f("--daemon")],
    defaultMode: "foreground",
    foregroundWins: true
  },
  unbound: {
    foreground: [f("-d")],
    daemonize: [],
    defaultMode: "config",
    pidfile: "`pidfile` in unbound.conf",
    lookAlikes: [{ flag: "-c", meaning: "names the configuration file" }]
  },
  snmpd: {
    foreground: [f("-f")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "-p"
  },
  keepalived: {
    foreground: [f("-n"), f("--dont-fork")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "-p / --pid",
    configTest: "-t"
  },
  collectd: {
    foreground: [f("-f")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "-P",
    configTest: "-t"
  },
  "dbus-daemon": {
    foreground: [f("--nofork")],
    daemonize: [f("--fork")],
    defaultMode: "config"
  },
  hostapd: { foreground: [], daemonize: [f("-B")], defaultMode: "foreground", pidfile: "-P" },
  wpa_supplicant: { foreground: [], daemonize: [f("-B")], defaultMode: "foreground", pidfile: "-P" },
  mosquitto: {
    foreground: [],
    daemonize: [f("-d"), f("--daemon")],
    defaultMode: "config",
    lookAlikes: [{ flag: "-c", meaning: "names the configuration file" }]
  },
  gunicorn: {
    foreground: [],
    daemonize: [f("-D"), f("--daemon")],
    defaultMode: "config",
    pidfile: "-p / --pid",
    configTest: "--check-config"
  },
  supervisord: {
    foreground: [f("-n"), f("--nodaemon")],
    daemonize: [],
    defaultMode: "config",
    pidfile: "-j / --pidfile"
  },
  mongod: {
    foreground: [],
    daemonize: [f("--fork")],
    defaultMode: "config",
    pidfile: "--pidfilepath"
  },
  proftpd: {
    foreground: [f("-n"), f("--nodaemon")],
    daemonize: [],
    defaultMode: "config",
    configTest: "-t"
  },
  "pure-ftpd": { foreground: [], daemonize: [f("-B")], defaultMode: "foreground", pidfile: "-g" },
  smartd: {
    foreground: [f("-n"), f("--no-fork")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "-p / --pidfile"
  },
  acpid: { foreground: [f("-f"), f("--foreground")], daemonize: [], defaultMode: "daemon" },
  irqbalance: { foreground: [f("-f"), f("--foreground")], daemonize: [], defaultMode: "daemon" },
  rpcbind: { foreground: [f("-f")], daemonize: [], defaultMode: "daemon" },
  nrpe: {
    foreground: [f("-f"), f("--foreground")],
    daemonize: [f("-d"), f("--daemon")],
    defaultMode: "foreground",
    lookAlikes: [{ flag: "-c", meaning: "names the configuration file" }]
  },
  bird: {
    foreground: [f("-f")],
    daemonize: [],
    defaultMode: "daemon",
    pidfile: "-P",
    configTest: "-p",
    lookAlikes: [{ flag: "-c", meaning: "names the configuration file" }]
  },
  spamd: { foreground: [], daemonize: [f("-d"), f("--daemonize")], defaultMode: "foreground", pidfile: "-r / --pidfile" },
  gpsd: { foreground: [f("-N")], daemonize: [], defaultMode: "daemon", pidfile: "-P" },
  dockerd: { foreground: [], daemonize: [], defaultMode: "foreground", pidfile: "-p / --pidfile" }
};
var FAMILIES = [
  // The OSSEC/Wazuh daemons: ossec-analysisd, ossec-remoted, …; `%p-%i` in a template.
  [/^(ossec|wazuh)-(?!control$)[\w%.-]+$/, ossecDaemon],
  // php-fpm8.2, php7.4-fpm, php5-fpm
  [/^php[\d.]*-fpm[\d.]*$/, DAEMONS["php-fpm"]]
];
function daemonOf(program) {
  if (!program) return void 0;
  const base = basename(program);
  if (Object.hasOwn(DAEMONS, base)) return DAEMONS[base];
  for (const [pattern, daemon] of FAMILIES) if (pattern.test(base)) return daemon;
  return void 0;
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
var RUNNERS = {
  env: { withValue: ["-u", "--unset", "-C", "--chdir", "-S", "--split-string"] },
  exec: { withValue: ["-a"] },
  nice: { withValue: ["-n", "--adjustment"] },
  ionice: { withValue: ["-c", "--class", "-n", "--classdata"] },
  chrt: { withValue: [] },
  nohup: { withValue: [] },
  setsid: { withValue: [] },
  stdbuf: { withValue: ["-i", "-o", "-e"] }
};
function programAt(argv) {
  let i2 = 0;
  while (i2 < argv.length) {
    const word = argv[i2];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
      i2++;
      continue;
    }
    const runner = RUNNERS[basename(word)];
    if (!runner) break;
    i2++;
    while (i2 < argv.length && argv[i2].startsWith("-") && argv[i2] !== "-") {
      const option = argv[i2];
      i2++;
      if (option === "--") break;
      if (runner.withValue.includes(option)) i2++;
      else if (basename(word) === "chrt" && /^\d+$/.test(argv[i2] ?? "")) i2++;
    }
    if (basename(word) === "chrt" && /^\d+$/.test(argv[i2] ?? "")) i2++;
  }
  if (i2 >= argv.length) return void 0;
  return { index: i2, program: basename(argv[i2]), args: argv.slice(i2 + 1) };
}
function findFlag(specs, args2) {
  let hit;
  for (let i2 = 0; i2 < args2.length; i2++) {
    const arg = args2[i2];
    if (arg === "--") break;
    for (const spec of specs) {
      if (!spec.value) {
        if (arg === spec.flag) hit = { index: i2, count: 1, spec };
        continue;
      }
      if (arg === spec.flag && i2 + 1 < args2.length && spec.value.test(args2[i2 + 1])) {
        hit = { index: i2, count: 2, spec };
      } else if (spec.flag.startsWith("--") && arg.startsWith(spec.flag + "=") && spec.value.test(arg.slice(spec.flag.length + 1))) {
        hit = { index: i2, count: 1, spec };
      } else if (/^-\w$/.test(spec.flag) && arg.length > 2 && arg.startsWith(spec.flag) && spec.value.test(arg.slice(2))) {
        hit = { index: i2, count: 1, spec };
      }
    }
  }
  return hit;
}
function daemonMode(program, args2) {
  const daemon = daemonOf(program);
  if (!daemon) return void 0;
  if (daemon.configTest && hasSequence(args2, daemon.configTest.split(" "))) return void 0;
  const fg = findFlag(daemon.foreground, args2);
  const bg = findFlag(daemon.daemonize, args2);
  if (fg && bg) {
    if (daemon.foregroundWins || fg.index > bg.index) return { mode: "foreground", hit: fg };
    return { mode: "daemon", hit: bg };
  }
  if (fg) return { mode: "foreground", hit: fg };
  if (bg) return { mode: "daemon", hit: bg };
  if (daemon.defaultMode === "config") return void 0;
  return { mode: daemon.defaultMode };
}
function hasSequence(args2, seq) {
  for (let i2 = 0; i2 + seq.length <= args2.length; i2++) if (seq.every((s, j) => args2[i2 + j] === s)) return true;
  return false;
}
function foregroundFlag(program) {
  const spec = daemonOf(program)?.foreground[0];
  return spec ? spec.text ?? spec.flag : void 0;
}
function pidfileOption(program) {
  return daemonOf(program)?.pidfile;
}

// src/rules/openrc/command-line.ts
function valueWords(a) {
  const raw = a.raw;
  let inner = raw;
  let base = a.valuePosition.start.offset ?? 0;
  if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.endsWith(raw[0])) {
    inner = raw.slice(1, -1);
    base += 1;
    if (raw[0] === '"' && /[`\\]|(?<!\\)"/.test(inner)) return void 0;
  }
  const words3 = [];
  let i2 = 0;
  while (i2 < inner.length) {
    while (i2 < inner.length && /\s/.test(inner[i2])) i2++;
    if (i2 >= inner.length) break;
    const start2 = i2;
    let text = "";
    while (i2 < inner.length && !/\s/.test(inner[i2])) {
      const c = inner[i2];
      if (c === "'" || c === '"') {
        const close = inner.indexOf(c, i2 + 1);
        if (close < 0) return void 0;
        text += inner.slice(i2 + 1, close);
        i2 = close + 1;
      } else {
        text += c;
        i2++;
      }
    }
    words3.push({ text, start: base + start2, end: base + i2 });
  }
  return words3;
}
function commandProgram(ctx) {
  const command = topAssignment(ctx.tree, "command");
  if (!command) return void 0;
  const value = command.literal ?? command.defaultLiteral ?? unquote(command.raw);
  if (!value || /[$`\s]/.test(value)) return void 0;
  return value.slice(value.lastIndexOf("/") + 1);
}

// src/rules/openrc/double-daemonize/index.ts
var GENERIC_FOREGROUND = /^(-[fFnDdi]|--foreground|--nodaemon|--no-daemon|--no-detach|--nofork|-nodetach)$/;
function dropFlag(ctx, a, index2, count) {
  const words3 = valueWords(a);
  if (!words3) return void 0;
  const first = words3[index2];
  const last = words3[index2 + count - 1];
  const start2 = index2 > 0 ? words3[index2 - 1].end : first.start;
  const end = index2 > 0 ? last.end : words3[index2 + count]?.start ?? last.end;
  return { description: `Remove ${ctx.text.slice(first.start, last.end)} from ${a.name}`, applicability: "unsafe", edits: [{ start: start2, end, text: "" }] };
}
var double_daemonize_default = defineRule({
  id: "openrc/double-daemonize",
  kinds: ["openrc"],
  severity: "error",
  docs: {
    summary: "`command_background=true` while the daemon forks by itself (a daemonize flag such as `--daemon`/`-d` in `command_args`, or by default): the PID file names a process that has exited",
    source: `001 OpenRC service script guide, "Don't write your own start/stop functions"`
  },
  fixable: "unsafe",
  messages: {
    flag: "Unexpected `{flag}` with command_background: {program} forks away from the PID start-stop-daemon records, remove one of them",
    default: "Unexpected command_background for {program}, which forks by default: add `{foreground}` to command_args so it stays in the foreground"
  },
  check(ctx) {
    const background = topAssignment(ctx.tree, "command_background");
    if (!background || !isYes(background.literal ?? unquote(background.raw))) return;
    const program = commandProgram(ctx);
    const daemon = daemonOf(program);
    if (!program || !daemon) return;
    let fired = false;
    for (const name2 of ["command_args", "command_args_background"]) {
      const a = topAssignment(ctx.tree, name2);
      const words4 = a && valueWords(a);
      if (!a || !words4) continue;
      const texts = words4.map((w) => w.text);
      const hit = findFlag(daemon.daemonize, texts);
      if (!hit) continue;
      const fg = findFlag(daemon.foreground, texts);
      if (fg && (daemon.foregroundWins || fg.index > hit.index)) continue;
      fired = true;
      const first = words4[hit.index];
      const last = words4[hit.index + hit.count - 1];
      const fix2 = name2 === "command_args_background" && hit.count === words4.length ? { description: "Remove command_args_background", applicability: "unsafe", edits: [removeLines(ctx, a.position.start.offset ?? 0, a.position.end.offset ?? 0)] } : dropFlag(ctx, a, hit.index, hit.count);
      ctx.report({
        messageId: "flag",
        data: { flag: ctx.text.slice(first.start, last.end), program },
        at: { start: first.start, end: last.end },
        fix: fix2
      });
    }
    if (fired || daemon.defaultMode !== "daemon") return;
    const args2 = topAssignment(ctx.tree, "command_args");
    const words3 = args2 ? valueWords(args2) : [];
    if (!words3 || findFlag(daemon.foreground, words3.map((w) => w.text))) return;
    if (words3.some((w) => /[$`]/.test(w.text) || GENERIC_FOREGROUND.test(w.text))) return;
    const foreground = foregroundFlag(program);
    if (!foreground) return;
    let fix;
    if (!args2) {
      const at = ctx.lines.lineStart(ctx.lines.point(background.position.start.offset ?? 0).line);
      fix = { description: `Add ${foreground}`, applicability: "unsafe", edits: [{ start: at, end: at, text: `command_args="${foreground}"${ctx.eol}` }] };
    } else if (/^"[^"]*"$/.test(args2.raw)) {
      const at = (args2.valuePosition.end.offset ?? 0) - 1;
      fix = { description: `Add ${foreground}`, applicability: "unsafe", edits: [{ start: at, end: at, text: `${words3.length ? " " : ""}${foreground.replace(/"/g, '\\"')}` }] };
    }
    ctx.report({ messageId: "default", data: { program, foreground }, at: background, fix });
  }
});

// src/rules/openrc/extra-command-undefined/index.ts
var extra_command_undefined_default = defineRule({
  id: "openrc/extra-command-undefined",
  kinds: ["openrc"],
  severity: "error",
  docs: {
    summary: "a name in `extra_commands`/`extra_started_commands`/`extra_stopped_commands` has no function of that name",
    source: '001 OpenRC service script guide, "Syntax of Service Scripts"'
  },
  messages: {
    undefined: "Unexpected `{name}` in {list} without a function `{name}()`: `rc-service \u2026 {name}` fails, define it or remove the name"
  },
  check(ctx) {
    const defined = /* @__PURE__ */ new Set([...ctx.tree.functions.map((f2) => f2.name), "start", "stop", "status", "describe"]);
    const supervisor = topAssignment(ctx.tree, "supervisor");
    if (supervisor && unquote(supervisor.raw) === "s6") defined.add("reload");
    for (const a of ctx.tree.assignments) {
      if (!EXTRA_LISTS.includes(a.name)) continue;
      for (const item of listItems(a)) {
        if (defined.has(item.text)) continue;
        ctx.report({ messageId: "undefined", data: { name: item.text, list: a.name }, at: item });
      }
    }
  }
});

// src/rules/openrc/need-net/index.ts
var need_net_default = defineRule({
  id: "openrc/need-net",
  kinds: ["openrc"],
  severity: "info",
  docs: {
    summary: "`need net` in `depend()`: loopback does not satisfy it and `rc_depend_strict` changes its meaning; servers on 0.0.0.0 need nothing, clients rarely should stop with the WAN",
    source: '001 OpenRC service script guide, "Be wary of need net dependencies"'
  },
  fixable: "unsafe",
  messages: {
    net: "Unexpected `need net`: loopback does not satisfy it and rc_depend_strict decides between any and all interfaces; drop it, or let the admin set rc_need in conf.d"
  },
  check(ctx) {
    for (const verb of ctx.tree.depend) {
      if (verb.verb !== "need") continue;
      const index2 = verb.args.findIndex((w) => (w.literal ?? w.raw) === "net");
      if (index2 < 0) continue;
      const word = verb.args[index2];
      const start2 = word.position.start.offset ?? 0;
      const end = word.position.end.offset ?? 0;
      let edit;
      if (verb.args.length === 1) {
        const vStart = verb.position.start.offset ?? 0;
        const vEnd = verb.position.end.offset ?? 0;
        const line = ctx.lines.point(vStart).line;
        const depend = functionNamed(ctx.tree, "depend");
        if (ctx.lines.lineText(line).trim() !== ctx.text.slice(vStart, vEnd).trim()) edit = void 0;
        else if (depend && depend.commands.length === 1) edit = removeFunction(ctx, depend);
        else edit = removeLines(ctx, vStart, vEnd);
      } else {
        const prev = verb.args[index2 - 1];
        const from = prev ? prev.position.end.offset ?? 0 : start2;
        const to = prev ? end : verb.args[index2 + 1].position.start.offset ?? 0;
        edit = { start: from, end: to, text: "" };
      }
      ctx.report({
        messageId: "net",
        at: word,
        fix: edit ? { description: "Remove need net", applicability: "unsafe", edits: [edit] } : void 0
      });
    }
  }
});

// src/rules/openrc/non-posix/index.ts
var POSIX_FORM = {
  "[[": "`[ \u2026 ]` (quote the variables)",
  array: "a space-separated string",
  function: "`name() {`",
  "==": "`=`",
  "$'\u2026'": "printf or plain quotes",
  '$"\u2026"': "plain double quotes",
  source: "`.`",
  let: "`$(( \u2026 ))`",
  "((": "`[ \u2026 ]` with `$(( \u2026 ))`",
  "for ((": "a `while` loop",
  "<<<": "a here-document or a pipe",
  "<(\u2026)": "a pipe or a temporary file",
  "&>": "`>file 2>&1`",
  "&>>": "`>>file 2>&1`",
  declare: "a plain assignment",
  typeset: "a plain assignment",
  "+=": '`var="$var more"`'
};
var DOUBLE_BRACKET_ONLY = /&&|\|\||=~|[<>()]|\$\(|`/;
function closingBrackets(text, start2) {
  let quote = "";
  for (let i2 = start2 + 2; i2 < text.length; i2++) {
    const c = text[i2];
    if (quote) {
      if (c === "\\" && quote === '"') i2++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "\\") i2++;
    else if (c === "\n" || c === ";") return void 0;
    else if (c === "]" && text[i2 + 1] === "]" && /\s/.test(text[i2 - 1])) return i2 + 2;
  }
  return void 0;
}
function doubleBracketFix(ctx, start2) {
  const end = closingBrackets(ctx.text, start2);
  if (end === void 0) return void 0;
  const text = ctx.text.slice(start2, end);
  const m = /^\[\[(\s[\s\S]*\s)\]\]$/.exec(text);
  if (!m || DOUBLE_BRACKET_ONLY.test(m[1])) return void 0;
  const words3 = m[1].trim().split(/\s+/);
  const out2 = [];
  for (const [i2, w] of words3.entries()) {
    if (w === "==" || w === "=" || w === "!=") {
      if (/[*?[]/.test(words3[i2 + 1] ?? "") && !/^["']/.test(words3[i2 + 1] ?? "")) return void 0;
      out2.push(w === "==" ? "=" : w);
    } else if (/^\$[{A-Za-z_0-9@*#?!-]/.test(w) && !/["']/.test(w)) out2.push(`"${w}"`);
    else if (/["'\\]/.test(w) && !/^(["'])[^"'\\]*\1$/.test(w)) return void 0;
    else out2.push(w);
  }
  return { description: "Use [ ]", applicability: "unsafe", edits: [{ start: start2, end, text: `[ ${out2.join(" ")} ]` }] };
}
function fixFor(ctx, node) {
  const start2 = node.position.start.offset ?? 0;
  const end = node.position.end.offset ?? 0;
  const text = ctx.text.slice(start2, end);
  switch (node.construct) {
    case "[[":
      return doubleBracketFix(ctx, start2);
    case "==":
      return text === "==" ? { description: "Use =", applicability: "unsafe", edits: [{ start: start2, end, text: "=" }] } : void 0;
    case "source":
      return text === "source" ? { description: "Use .", applicability: "unsafe", edits: [{ start: start2, end, text: "." }] } : void 0;
    case "function": {
      const m = /^function\s+([A-Za-z_][\w-]*)(\s*\(\s*\))?/.exec(ctx.text.slice(start2, start2 + 200));
      if (!m) return void 0;
      return { description: "Use name()", applicability: "unsafe", edits: [{ start: start2, end: start2 + m[0].length, text: `${m[1]}()` }] };
    }
    default:
      return void 0;
  }
}
var non_posix_default = defineRule({
  id: "openrc/non-posix",
  kinds: ["openrc"],
  severity: "error",
  docs: {
    summary: "syntax that /bin/sh (dash, busybox ash) does not run: `[[ ]]`, arrays, `function`, `==` in `[`, `$'\u2026'`, `source`, `let`, `<<<`",
    source: '001 OpenRC service script guide, "Syntax of Service Scripts"'
  },
  fixable: "unsafe",
  messages: {
    construct: "Unexpected `{construct}`: openrc-run runs scripts with /bin/sh, use {posix} instead",
    other: "Unexpected `{construct}`: openrc-run runs scripts with /bin/sh, which does not have it"
  },
  check(ctx) {
    for (const node of ctx.tree.nonPosix) {
      const posix2 = POSIX_FORM[node.construct];
      ctx.report({
        messageId: posix2 ? "construct" : "other",
        data: { construct: node.construct, posix: posix2 ?? "" },
        at: node,
        fix: fixFor(ctx, node)
      });
    }
  }
});

// src/rules/openrc/pidfile.ts
function pidfileSources(ctx) {
  const out2 = [];
  for (const a of ctx.tree.assignments) {
    if (a.name !== "pidfile") continue;
    out2.push({
      raw: a.raw,
      start: a.valuePosition.start.offset ?? 0,
      end: a.valuePosition.end.offset ?? 0,
      literal: a.literal,
      defaultLiteral: a.defaultLiteral,
      assignment: a
    });
  }
  for (const cmd of ctx.tree.commands) {
    if (!isStartStopDaemon(cmd)) continue;
    for (const option of startStopOptions(cmd).options) {
      if (option.name !== "pidfile") continue;
      const word = option.words[option.words.length - 1];
      const wordStart = word.position.start.offset ?? 0;
      let raw;
      let start2;
      if (option.attached !== void 0) {
        const at = word.raw.indexOf("=");
        if (at < 0 || word.raw.startsWith('"') || word.raw.startsWith("'")) continue;
        raw = word.raw.slice(at + 1);
        start2 = wordStart + at + 1;
      } else if (option.value) {
        raw = word.raw;
        start2 = wordStart;
      } else continue;
      if (variableReference(raw)?.name === "pidfile") continue;
      const literal = option.attached === void 0 ? word.literal : /^[^$"'`\\]*$/.test(raw) ? raw : void 0;
      out2.push({ raw, start: start2, end: start2 + raw.length, literal, word });
    }
  }
  return out2;
}
function ownership(cmd) {
  const args2 = cmd.args;
  if (cmd.program === "checkpath") {
    let owner;
    let ownerWords = [];
    const paths = [];
    for (let i2 = 0; i2 < args2.length; i2++) {
      const text = args2[i2].literal ?? args2[i2].raw;
      const attached = /^(?:--owner=|-o)(.+)$/.exec(text);
      if (text === "--owner" || text === "-o") {
        owner = args2[i2 + 1]?.literal ?? args2[i2 + 1]?.raw;
        ownerWords = args2.slice(i2, i2 + 2);
        i2++;
      } else if (attached && text.startsWith("-")) {
        owner = attached[1];
        ownerWords = [args2[i2]];
      } else if (/^(-m|--mode|-W|--writable)$/.test(text)) i2++;
      else if (!text.startsWith("-")) paths.push(args2[i2]);
    }
    return owner === void 0 ? void 0 : { owner, ownerWords, paths };
  }
  if (cmd.program === "chown") {
    const rest = args2.filter((w) => !(w.literal ?? w.raw).startsWith("-"));
    if (rest.length < 2) return void 0;
    return { owner: rest[0].literal ?? rest[0].raw, ownerWords: [rest[0]], paths: rest.slice(1) };
  }
  return void 0;
}
function isRoot(owner) {
  const user = owner.replace(/^["']|["']$/g, "").split(/[:.]/)[0];
  return user === "root" || user === "0" || user === "";
}
function namesDir(ctx, word, dir) {
  const value = word.literal ?? resolvePath(ctx, word) ?? unquote(word.raw);
  if (value.replace(/\/+$/, "") === dir) return true;
  return /\$\{pidfile%\/\*\}|dirname\s+"?\$\{?pidfile\b/.test(word.raw);
}
function handedOverPidDirs(ctx) {
  const sources = [];
  for (const source of pidfileSources(ctx)) {
    const path = resolvePath(ctx, source) ?? unquote(source.raw);
    if (path.includes("/")) sources.push({ source, dir: dirOf(path) });
  }
  const out2 = [];
  if (!sources.length) return out2;
  for (const cmd of ctx.tree.commands) {
    const owned = ownership(cmd);
    if (!owned || isRoot(owned.owner)) continue;
    for (const { source, dir } of sources) {
      const hit = owned.paths.find((w) => namesDir(ctx, w, dir));
      if (!hit) continue;
      out2.push({ cmd, owner: owned.owner, paths: owned.paths, hit, source, dir });
      break;
    }
  }
  return out2;
}

// src/rules/openrc/pidfile-from-config/index.ts
var pidfile_from_config_default = defineRule({
  id: "openrc/pidfile-from-config",
  kinds: ["openrc"],
  severity: "warning",
  docs: {
    summary: "the PID file path (`pidfile=` or `--pidfile`) comes from a conf.d variable such as `${PIDFILE}` or `${FOO_PIDFILE:-\u2026}`",
    source: `001 OpenRC service script guide, "Don't let the user control the PID file location"`
  },
  fixable: "unsafe",
  messages: {
    config: 'Unexpected PID file path from the conf.d variable `{variable}`: a change while the service runs makes it unstoppable, use pidfile="/run/${RC_SVCNAME}.pid" instead'
  },
  check(ctx) {
    for (const source of pidfileSources(ctx)) {
      const variable = expandedNames(source.raw).find((name2) => name2 !== "pidfile" && isConfigVariable(ctx, name2)) ?? (/\$\{pidfile:?[-=]/.test(source.raw) ? "pidfile" : void 0);
      if (!variable) continue;
      const pattern = new RegExp(`\\$\\{?${variable}\\b`);
      const usedElsewhere = variable !== "pidfile" && (ctx.tree.commands.some((c) => c.args.some((w) => w !== source.word && pattern.test(w.raw))) || ctx.tree.assignments.some((a) => a !== source.assignment && pattern.test(a.raw)));
      const handedOver = handedOverPidDirs(ctx).some((h) => h.source.start === source.start);
      ctx.report({
        messageId: "config",
        data: { variable },
        at: { start: source.start, end: source.end },
        fix: usedElsewhere || handedOver ? void 0 : {
          description: 'Use pidfile="/run/${RC_SVCNAME}.pid"',
          applicability: "unsafe",
          edits: [{ start: source.start, end: source.end, text: DEFAULT_PIDFILE }]
        }
      });
    }
  }
});

// src/rules/openrc/pidfile-in-user-dir/index.ts
var pidfile_in_user_dir_default = defineRule({
  id: "openrc/pidfile-in-user-dir",
  kinds: ["openrc"],
  severity: "error",
  docs: {
    summary: "the directory of the PID file is made owned by a non-root user (`checkpath --owner foo \u2026 /run/foo`): that user can make root kill any process",
    source: '001 OpenRC service script guide, "PID files should be writable only by root"'
  },
  fixable: "unsafe",
  messages: {
    shared: 'Unexpected PID file in {dir}, a directory other users can write: they can make root signal any process, use pidfile="/run/${RC_SVCNAME}.pid" instead',
    owned: 'Unexpected `{program}` giving {dir}, the PID file\'s directory, to `{owner}`: that user can make root signal any process, keep the PID file in a root-owned directory (pidfile="/run/${RC_SVCNAME}.pid")'
  },
  check(ctx) {
    for (const source of pidfileSources(ctx)) {
      const path = resolvePath(ctx, source) ?? unquote(source.raw);
      const dir = dirOf(path);
      if (!/^(\/tmp|\/var\/tmp|\/dev\/shm)(\/|$)|^\/home\/[^/]+/.test(dir)) continue;
      ctx.report({
        messageId: "shared",
        data: { dir },
        at: { start: source.start, end: source.end },
        fix: { description: "Keep the PID file in /run", applicability: "unsafe", edits: [{ start: source.start, end: source.end, text: DEFAULT_PIDFILE }] }
      });
    }
    for (const { cmd, owner, paths, hit, source, dir } of handedOverPidDirs(ctx)) {
      const edits = [{ start: source.start, end: source.end, text: DEFAULT_PIDFILE }];
      const fn = cmd.inFunction ? ctx.tree.functions.find((f2) => f2.name === cmd.inFunction) : void 0;
      if (paths.length > 1) {
        const s = hit.position.start.offset ?? 0;
        const e = hit.position.end.offset ?? 0;
        edits.push({ start: ctx.text[s - 1] === " " ? s - 1 : s, end: e, text: "" });
      } else if (fn && fn.commands.length === 1) {
        edits.push(removeFunction(ctx, fn));
      } else {
        edits.push(removeLines(ctx, cmd.position.start.offset ?? 0, cmd.position.end.offset ?? 0));
      }
      ctx.report({
        messageId: "owned",
        data: { program: cmd.program, dir, owner },
        at: cmd,
        fix: { description: "Keep the PID file in /run and leave its directory to root", applicability: "unsafe", edits }
      });
    }
  }
});

// src/rules/openrc/pidfile-legacy-path/index.ts
var pidfile_legacy_path_default = defineRule({
  id: "openrc/pidfile-legacy-path",
  kinds: ["openrc"],
  severity: "info",
  docs: {
    summary: "the PID file is under `/var/run/`; on Linux the place is `/run/`",
    source: '001 OpenRC service script guide, "PID files should be writable only by root"'
  },
  fixable: "safe",
  messages: {
    legacy: "Unexpected PID file under /var/run/: use /run/ instead (on Linux /var/run is a link to /run)"
  },
  check(ctx) {
    for (const source of pidfileSources(ctx)) {
      const at = source.raw.indexOf("/var/run/");
      if (at < 0) continue;
      const start2 = source.start + at;
      ctx.report({
        messageId: "legacy",
        at: { start: start2, end: start2 + "/var/run".length },
        fix: { description: "Use /run/", applicability: "safe", edits: [{ start: start2, end: start2 + "/var/run/".length, text: "/run/" }] }
      });
    }
  }
});

// src/rules/openrc/prefer-foreground/index.ts
var prefer_foreground_default = defineRule({
  id: "openrc/prefer-foreground",
  kinds: ["openrc"],
  severity: "warning",
  docs: {
    summary: "`procname=` is used for a daemon that has a foreground option: run it in the foreground with `command_background=true` and a `pidfile`",
    source: `001 OpenRC service script guide, "Don't write your own start/stop functions", recap item 3`
  },
  fixable: "unsafe",
  messages: {
    procname: "Unexpected procname for {program}, which can stay in the foreground: use {foreground} with command_background=true and pidfile instead (matching by name is unreliable)"
  },
  check(ctx) {
    const procname = topAssignment(ctx.tree, "procname");
    if (!procname) return;
    const program = commandProgram(ctx);
    const daemon = daemonOf(program);
    if (!program || !daemon) return;
    const flag = foregroundFlag(program);
    if (!flag && daemon.defaultMode !== "foreground") return;
    const foreground = flag ?? "";
    const args2 = topAssignment(ctx.tree, "command_args");
    const words3 = args2 ? valueWords(args2) : [];
    const edits = [];
    let fixable = !!words3;
    const lines = [];
    if (!args2) {
      if (foreground) lines.push(`command_args="${foreground.replace(/"/g, '\\"')}"`);
    } else if (words3 && /^"[^"]*"$/.test(args2.raw)) {
      const texts = words3.map((w) => w.text);
      const hit = findFlag(daemon.daemonize, texts);
      if (hit) {
        const first = words3[hit.index];
        const last = words3[hit.index + hit.count - 1];
        edits.push({ start: hit.index > 0 ? words3[hit.index - 1].end : first.start, end: hit.index > 0 ? last.end : words3[hit.index + hit.count]?.start ?? last.end, text: "" });
      }
      if (foreground && !findFlag(daemon.foreground, texts)) {
        const at = (args2.valuePosition.end.offset ?? 0) - 1;
        edits.push({ start: at, end: at, text: `${words3.length && !(hit && hit.count === words3.length) ? " " : ""}${foreground.replace(/"/g, '\\"')}` });
      }
    } else fixable = false;
    if (!topAssignment(ctx.tree, "command_background")) lines.push("command_background=true");
    if (!ctx.tree.assignments.some((a) => a.name === "pidfile")) lines.push(`pidfile=${DEFAULT_PIDFILE}`);
    const removal = removeLines(ctx, procname.position.start.offset ?? 0, procname.position.end.offset ?? 0);
    edits.push({ ...removal, text: lines.map((l) => l + ctx.eol).join("") });
    ctx.report({
      messageId: "procname",
      data: { program, foreground: foreground ? `\`${foreground}\`` : "it without its daemonize flag" },
      at: procname,
      fix: fixable ? { description: `Run ${program} in the foreground under start-stop-daemon`, applicability: "unsafe", edits } : void 0
    });
  }
});

// src/rules/openrc/reload-by-hand/index.ts
var CAT = /^"?(?:\$\(\s*cat\s+([^)]+?)\s*\)|`\s*cat\s+([^`]+?)\s*`)"?$/;
var SIGNAL_NUMBERS = { "1": "HUP", "2": "INT", "3": "QUIT", "9": "KILL", "15": "TERM" };
function signalOf(cmd) {
  let signal = "TERM";
  let pidfile;
  const args2 = cmd.args.map((w) => w.literal ?? w.raw);
  for (let i2 = 0; i2 < args2.length; i2++) {
    const arg = args2[i2];
    const cat = CAT.exec(arg);
    if (cat) {
      if (pidfile !== void 0) return void 0;
      pidfile = (cat[1] ?? cat[2]).trim();
    } else if (arg === "-s" || arg === "-n") signal = args2[++i2] ?? signal;
    else if (/^-[A-Za-z0-9]+$/.test(arg)) signal = arg.slice(1);
    else return void 0;
  }
  if (pidfile === void 0) return void 0;
  signal = signal.replace(/^SIG/i, "").toUpperCase();
  signal = SIGNAL_NUMBERS[signal] ?? signal;
  if (!/^[A-Z0-9]+$/.test(signal)) return void 0;
  return { signal, pidfile };
}
var reload_by_hand_default = defineRule({
  id: "openrc/reload-by-hand",
  kinds: ["openrc"],
  severity: "info",
  docs: {
    summary: "`reload()` sends its signal with `kill \u2026 $(cat pidfile)`",
    source: `001 OpenRC service script guide, "Reloading your daemon's configuration"`
  },
  fixable: "unsafe",
  messages: {
    kill: "Unexpected `kill` with a PID read by `cat`: use `start-stop-daemon --signal {signal} --pidfile {pidfile}` instead (it checks the process is the daemon)"
  },
  check(ctx) {
    for (const cmd of ctx.tree.commands) {
      if (cmd.inFunction !== "reload" || cmd.program !== "kill") continue;
      const parsed = signalOf(cmd);
      if (!parsed) continue;
      const ref = variableReference(parsed.pidfile);
      const pidfile = ref && !ref.fallback ? `"\${${ref.name}}"` : /^["']/.test(parsed.pidfile) ? parsed.pidfile : `"${unquote(parsed.pidfile)}"`;
      const start2 = cmd.nameWord.position.start.offset ?? 0;
      const end = cmd.args[cmd.args.length - 1].position.end.offset ?? 0;
      ctx.report({
        messageId: "kill",
        data: { signal: parsed.signal, pidfile },
        at: cmd,
        fix: {
          description: "Signal through start-stop-daemon",
          applicability: "unsafe",
          edits: [{ start: start2, end, text: `start-stop-daemon --signal ${parsed.signal} --pidfile ${pidfile}` }]
        }
      });
    }
  }
});

// src/rules/openrc/reload-not-started-command/index.ts
var reload_not_started_command_default = defineRule({
  id: "openrc/reload-not-started-command",
  kinds: ["openrc"],
  severity: "warning",
  docs: {
    summary: "`reload` is listed in `extra_commands` instead of `extra_started_commands`, so it is offered while the daemon is stopped",
    source: `001 OpenRC service script guide, "Reloading your daemon's configuration"`
  },
  fixable: "safe",
  messages: {
    reload: "Unexpected `reload` in extra_commands: a stopped daemon cannot reload, list it in extra_started_commands instead"
  },
  check(ctx) {
    for (const a of ctx.tree.assignments) {
      if (a.name !== "extra_commands" || a.inFunction) continue;
      const items = listItems(a);
      const item = items.find((i2) => i2.text === "reload");
      if (!item) continue;
      const edits = [];
      const started = topAssignment(ctx.tree, "extra_started_commands");
      const aStart = a.position.start.offset ?? 0;
      const aEnd = a.position.end.offset ?? 0;
      const line = ctx.lines.point(aStart).line;
      const aloneOnLine = ctx.lines.lineText(line).trim() === ctx.text.slice(aStart, aEnd).trim();
      const onlyItem = items.length === 1 && !/\$/.test(a.raw);
      if (onlyItem && aloneOnLine && !started) {
        const nameStart = aStart + ctx.text.slice(aStart, aEnd).indexOf("extra_commands");
        edits.push({ start: nameStart, end: nameStart + "extra_commands".length, text: "extra_started_commands" });
      } else {
        if (onlyItem && aloneOnLine) edits.push(removeLines(ctx, aStart, aEnd));
        else {
          const before = ctx.text[item.start - 1] === " ";
          const after2 = ctx.text[item.end] === " ";
          edits.push({ start: before && !after2 ? item.start - 1 : item.start, end: after2 ? item.end + 1 : item.end, text: "" });
        }
        if (started) {
          const vStart = started.valuePosition.start.offset ?? 0;
          const vEnd = started.valuePosition.end.offset ?? 0;
          const raw = started.raw;
          const quote = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.endsWith(raw[0]) ? raw[0] : "";
          const inner = quote ? raw.slice(1, -1) : raw;
          const joined = inner.trim() ? `${inner} reload` : "reload";
          edits.push({ start: vStart, end: vEnd, text: `${quote || '"'}${joined}${quote || '"'}` });
        } else {
          const at = afterLine(ctx, aEnd);
          const prefix = at === ctx.text.length && !/[\r\n]$/.test(ctx.text) ? ctx.eol : "";
          edits.push({ start: at, end: at, text: `${prefix}extra_started_commands="reload"${ctx.eol}` });
        }
      }
      ctx.report({
        messageId: "reload",
        at: item,
        fix: { description: "Move reload to extra_started_commands", applicability: "safe", edits }
      });
    }
  }
});

// src/rules/openrc/reload-without-checkconfig/index.ts
function signals(cmd) {
  if (cmd.program === "kill" || cmd.program === "pkill" || cmd.program === "killall") return true;
  if (cmd.program === "supervise-daemon") return true;
  return cmd.program === "start-stop-daemon" && cmd.args.some((w) => /^(--signal|-s)(=|$)/.test(w.literal ?? w.raw));
}
var reload_without_checkconfig_default = defineRule({
  id: "openrc/reload-without-checkconfig",
  kinds: ["openrc"],
  severity: "warning",
  docs: {
    summary: "a `checkconfig()` exists but `reload()` signals the daemon without running it first",
    source: `001 OpenRC service script guide, "Don't restart/reload with a broken config"`
  },
  fixable: "safe",
  messages: {
    unchecked: "Unexpected reload without `checkconfig`: a broken config reaches the daemon, run `checkconfig || return $?` first"
  },
  check(ctx) {
    if (!functionNamed(ctx.tree, "checkconfig")) return;
    const reload = functionNamed(ctx.tree, "reload");
    if (!reload) return;
    const first = reload.commands.findIndex(signals);
    if (first < 0) return;
    if (reload.commands.slice(0, first).some((c) => c.program === "checkconfig")) return;
    const name2 = reload.namePosition;
    const opening = reload.commands[0];
    const openingStart = opening.position.start.offset ?? 0;
    const openingLine = ctx.lines.point(openingStart).line;
    const nameLine = name2.start.line;
    const fix = openingLine > nameLine ? {
      description: "Run checkconfig before reloading",
      applicability: "safe",
      edits: [{ start: ctx.lines.lineStart(openingLine), end: ctx.lines.lineStart(openingLine), text: `${indentAt(ctx, openingStart)}checkconfig || return $?${ctx.eol}` }]
    } : void 0;
    ctx.report({ messageId: "unchecked", at: { start: name2.start.offset ?? 0, end: name2.end.offset ?? 0 }, fix });
  }
});

// src/rules/openrc/restart-function/index.ts
var restart_function_default = defineRule({
  id: "openrc/restart-function",
  kinds: ["openrc"],
  severity: "error",
  docs: {
    summary: "a `restart()` function is defined: openrc-run maps restart to stop + start with dependencies, so the function does not work",
    source: '001 OpenRC service script guide, "Syntax of Service Scripts"'
  },
  fixable: "unsafe",
  messages: {
    restart: 'Unexpected `restart()`: OpenRC restarts by stop() + start() with dependencies and ignores it; test `[ "$RC_CMD" = restart ]` in start_pre/stop_pre instead'
  },
  check(ctx) {
    for (const fn of ctx.tree.functions) {
      if (fn.name !== "restart") continue;
      ctx.report({
        messageId: "restart",
        at: fn.namePosition ? { start: fn.namePosition.start.offset ?? 0, end: fn.namePosition.end.offset ?? 0 } : fn,
        fix: { description: "Remove restart()", applicability: "unsafe", edits: [removeFunction(ctx, fn)] }
      });
    }
  }
});

// src/rules/openrc/restart-without-checkconfig/index.ts
function guarded(ctx, fn) {
  return /\$\{?RC_CMD\b/.test(ctx.text.slice(fn.position.start.offset ?? 0, fn.position.end.offset ?? 0));
}
function guardLines(ctx, test, indent) {
  const eol = ctx.eol;
  return `${indent}if [ "\${RC_CMD}" ${test} "restart" ]; then${eol}${indent}	checkconfig || return $?${eol}${indent}fi${eol}`;
}
function insertInto(ctx, fn, test) {
  const first = fn.commands[0];
  if (!first) return void 0;
  const offset = first.position.start.offset ?? 0;
  const line = ctx.lines.point(offset).line;
  if (line <= fn.namePosition.start.line) return void 0;
  const at = ctx.lines.lineStart(line);
  return { start: at, end: at, text: guardLines(ctx, test, indentAt(ctx, offset)) };
}
var restart_without_checkconfig_default = defineRule({
  id: "openrc/restart-without-checkconfig",
  kinds: ["openrc"],
  severity: "info",
  docs: {
    summary: "a `checkconfig()` exists but `start_pre`/`stop_pre` do not run it with the `RC_CMD` restart guard, so a restart stops the daemon before finding the broken config",
    source: `001 OpenRC service script guide, "Don't restart/reload with a broken config"`
  },
  fixable: "unsafe",
  messages: {
    restart: "Unexpected checkconfig() that a restart never runs before stopping: call it from stop_pre when RC_CMD is restart, and from start_pre otherwise"
  },
  check(ctx) {
    const checkconfig = functionNamed(ctx.tree, "checkconfig");
    if (!checkconfig) return;
    const startPre = functionNamed(ctx.tree, "start_pre");
    const stopPre = functionNamed(ctx.tree, "stop_pre");
    const start2 = functionNamed(ctx.tree, "start");
    const startChecks = calls(startPre, "checkconfig") || calls(start2, "checkconfig");
    const stopChecks = !!stopPre && calls(stopPre, "checkconfig") && guarded(ctx, stopPre);
    if (startChecks && stopChecks) return;
    const edits = [];
    let fixable = true;
    let appended = "";
    const eol = ctx.eol;
    const pair = (name3, test) => `${eol}${name3}() {${eol}${guardLines(ctx, test, "	")}}${eol}`;
    if (!startChecks) {
      if (!startPre) appended += pair("start_pre", "!=");
      else {
        const edit = insertInto(ctx, startPre, "!=");
        if (edit) edits.push(edit);
        else fixable = false;
      }
    }
    if (!stopChecks) {
      if (!stopPre) appended += pair("stop_pre", "=");
      else if (calls(stopPre, "checkconfig")) fixable = false;
      else {
        const edit = insertInto(ctx, stopPre, "=");
        if (edit) edits.push(edit);
        else fixable = false;
      }
    }
    if (appended) {
      const at = afterLine(ctx, checkconfig.position.end.offset ?? 0);
      edits.push(at >= ctx.text.length ? appendText(ctx, appended) : { start: at, end: at, text: appended });
    }
    const name2 = checkconfig.namePosition;
    ctx.report({
      messageId: "restart",
      at: { start: name2.start.offset ?? 0, end: name2.end.offset ?? 0 },
      fix: fixable && edits.length ? { description: "Run checkconfig from start_pre/stop_pre with the RC_CMD guard", applicability: "unsafe", edits } : void 0
    });
  }
});

// src/rules/openrc/shebang/index.ts
var INTERPRETER = "/sbin/openrc-run";
var shebang_default = defineRule({
  id: "openrc/shebang",
  kinds: ["openrc"],
  severity: "error",
  docs: {
    summary: "an OpenRC service script whose first line is not `#!/sbin/openrc-run` (`#!/bin/sh`, the legacy `runscript`): its dependencies break",
    source: '001 OpenRC service script guide, "Syntax of Service Scripts"'
  },
  fixable: "safe",
  messages: {
    wrong: "Unexpected interpreter `{interpreter}`, expected `#!/sbin/openrc-run` (without it `depend()` is never read)",
    legacy: "Unexpected legacy interpreter `{interpreter}`, expected `#!/sbin/openrc-run`",
    missing: "Unexpected service script without `#!/sbin/openrc-run` on its first line: dependencies and the default functions need it"
  },
  check(ctx) {
    const { shebang } = ctx.tree;
    if (shebang) {
      if (/(^|\/)openrc-run$/.test(shebang.interpreter)) return;
      const start2 = shebang.position.start.offset ?? 0;
      const end = ctx.lines.lineEnd(1);
      ctx.report({
        messageId: /(^|\/)runscript$/.test(shebang.interpreter) ? "legacy" : "wrong",
        data: { interpreter: shebang.interpreter },
        at: { start: start2, end },
        fix: { description: `Use #!${INTERPRETER}`, applicability: "safe", edits: [{ start: start2, end, text: `#!${INTERPRETER}` }] }
      });
      return;
    }
    const firstLine = ctx.lines.lineText(1);
    if (firstLine.startsWith("#!")) {
      const interpreter = firstLine.slice(2).trim().split(/\s+/)[0] ?? "";
      if (/(^|\/)openrc-run$/.test(interpreter)) return;
      const end = ctx.lines.lineEnd(1);
      ctx.report({
        messageId: "wrong",
        data: { interpreter },
        at: { start: 0, end },
        fix: { description: `Use #!${INTERPRETER}`, applicability: "safe", edits: [{ start: 0, end, text: `#!${INTERPRETER}` }] }
      });
      return;
    }
    ctx.report({
      messageId: "missing",
      at: { start: 0, end: ctx.lines.lineEnd(1) },
      fix: { description: `Insert #!${INTERPRETER}`, applicability: "safe", edits: [{ start: 0, end: 0, text: `#!${INTERPRETER}${ctx.eol}` }] }
    });
  }
});

// src/rules/openrc/su-instead-of-command-user/index.ts
var SWITCHERS = /* @__PURE__ */ new Set(["su", "sudo", "runuser", "doas"]);
function userOption(cmd) {
  if (ssdMode(cmd) !== "start") return void 0;
  return startStopOptions(cmd).options.find((o) => o.name === "user" || o.name === "chuid");
}
function argsUser(ctx) {
  const a = topAssignment(ctx.tree, "start_stop_daemon_args");
  const words3 = a && valueWords(a);
  if (!a || !words3) return;
  let user;
  let group;
  const spans = [];
  for (let i2 = 0; i2 < words3.length; i2++) {
    const m = /^(--user|-u|--chuid|-c|--group|-g)(?:=(.*))?$/.exec(words3[i2].text);
    if (!m) continue;
    const value = m[2] ?? words3[i2 + 1]?.text;
    if (value === void 0) return;
    const last = m[2] === void 0 ? i2 + 1 : i2;
    spans.push([i2, last]);
    if (/^(--group|-g)$/.test(m[1])) group = value;
    else user = value;
    i2 = last;
  }
  if (!user) return;
  const first = words3[spans[0][0]];
  const lastWord = words3[spans[0][1]];
  const message = { option: ctx.text.slice(first.start, lastWord.end), function: "start_stop_daemon_args", user: group && !user.includes(":") ? `${user}:${group}` : user };
  let fix;
  if (!topAssignment(ctx.tree, "command_user") && !/[$`"'\\]/.test(message.user)) {
    const edits = [];
    const aStart = a.position.start.offset ?? 0;
    const aEnd = a.position.end.offset ?? 0;
    const removed = spans.reduce((n, [f2, l]) => n + l - f2 + 1, 0);
    const line = `command_user="${message.user}"`;
    if (removed === words3.length) {
      edits.push({ start: aStart, end: aEnd, text: line });
    } else {
      const dropped = new Set(spans.flatMap(([f2, l]) => Array.from({ length: l - f2 + 1 }, (_, k) => f2 + k)));
      const kept = words3.filter((_, k) => !dropped.has(k)).map((w) => ctx.text.slice(w.start, w.end));
      edits.push({ start: words3[0].start, end: words3[words3.length - 1].end, text: kept.join(" ") });
      const at = afterLine(ctx, aEnd);
      edits.push({ start: at, end: at, text: `${at === ctx.text.length && !/[\r\n]$/.test(ctx.text) ? ctx.eol : ""}${line}${ctx.eol}` });
    }
    fix = { description: `Use ${line}`, applicability: "unsafe", edits };
  }
  ctx.report({ messageId: "argsUser", data: message, at: { start: first.start, end: lastWord.end }, fix });
}
var su_instead_of_command_user_default = defineRule({
  id: "openrc/su-instead-of-command-user",
  kinds: ["openrc"],
  severity: "warning",
  docs: {
    summary: '`su`, `sudo`, `runuser` or `start-stop-daemon --user` drop privileges in a start function: `command_user="user:group"` does it',
    source: `001 OpenRC service script guide, "Don't write your own start/stop functions" (command_user)`
  },
  fixable: "unsafe",
  messages: {
    switcher: 'Unexpected `{program}` to run the daemon as another user: use command_user="user:group" with the default start instead',
    ssdUser: 'Unexpected `start-stop-daemon {option}` in {function}(): use command_user="{user}" with the default start instead',
    argsUser: 'Unexpected `{option}` in {function}: use command_user="{user}" instead'
  },
  check(ctx) {
    argsUser(ctx);
    const wrapper = findWrapper(ctx);
    for (const cmd of ctx.tree.commands) {
      if (!cmd.inFunction || !/^start/.test(cmd.inFunction)) continue;
      if (SWITCHERS.has(cmd.program)) {
        ctx.report({ messageId: "switcher", data: { program: cmd.program }, at: cmd.nameWord });
        continue;
      }
      if (!isStartStopDaemon(cmd)) continue;
      const option = userOption(cmd);
      if (!option) continue;
      const first = option.words[0];
      const last = option.words[option.words.length - 1];
      const fix = wrapper && wrapper.startCall === cmd ? conversionFix(ctx, wrapper) : void 0;
      ctx.report({
        messageId: "ssdUser",
        data: { option: first.raw, function: cmd.inFunction, user: optionRaw(option)?.replace(/^["']|["']$/g, "") ?? "user:group" },
        at: { start: first.position.start.offset ?? 0, end: last.position.end.offset ?? 0 },
        fix
      });
    }
  }
});

// src/rules/systemd/control-script-wrapper/index.ts
init_convert();
var control_script_wrapper_default = defineRule({
  id: "systemd/control-script-wrapper",
  kinds: ["systemd"],
  severity: "warning",
  docs: {
    summary: "`ExecStart=` calls a System V control script (`*-control start`, `*ctl start`, `/etc/init.d/* start`, `service * start`) that starts several daemons",
    source: "seed 000 (ossec-control)"
  },
  fixable: "unsafe",
  messages: {
    unseen: "Unexpected `{call}`: a control script that starts its daemons itself hides them from systemd, which then tracks only the script; convert it with `initlint convert {script}` into a template unit, one instance per daemon",
    wrapper: "Unexpected `{call}` that starts {count} daemons in one service: systemd tracks none of them; use the template unit {unit} instead, one instance per daemon:\n{enable}"
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== "service" || ctx.tree.info.dropIn) return;
    const call = findControlCall(ctx.tree);
    if (!call) return;
    const script = ctx.project.named(call.scriptName).find((e) => e.kind === "sysv");
    const { directive } = call;
    const at = { start: directive.valuePosition.start.offset ?? 0, end: directive.valuePosition.end.offset ?? 0 };
    if (!script) {
      if (/-control$/.test(call.scriptName)) {
        ctx.report({ messageId: "unseen", data: { call: `${call.scriptName} start`, script: call.scriptName }, at });
      }
      return;
    }
    const conversion = convertControlScript(script.tree, {
      scriptPath: script.path,
      caller: { path: ctx.path, tree: ctx.tree, scriptArg: call.scriptArg }
    });
    if (!conversion) return;
    ctx.report({
      messageId: "wrapper",
      data: {
        call: `${call.scriptArg.slice(call.scriptArg.lastIndexOf("/") + 1)} start`,
        count: conversion.instances.length,
        unit: conversion.unitName,
        enable: enableText(conversion)
      },
      at,
      fix: {
        description: `Replace ${ctx.path} by ${conversion.unitPath} (${conversion.bindirNote}) and enable one instance per daemon: ${conversion.enable}`,
        applicability: "unsafe",
        edits: [],
        files: [
          { path: conversion.unitPath, content: conversion.content },
          { path: ctx.path, content: null }
        ]
      }
    });
  }
});

// src/rules/systemd/dbus-without-busname/index.ts
init_parse();

// src/languages/systemd/service.ts
init_parse();
function unitView(tree, path, project) {
  const name2 = tree.info.unitName;
  const template = tree.info.instance ? name2.replace(/@[^.]*\./, "@.") : void 0;
  let main2 = tree.info.dropIn ? void 0 : tree;
  const dropIns = [];
  if (tree.info.dropIn) dropIns.push({ file: tree.info.fileName, tree });
  let templateMain;
  const byName = project?.memo("systemd:by-unit-name", () => {
    const index2 = /* @__PURE__ */ new Map();
    for (const entry of project.ofKind("systemd")) {
      if (entry.tree.type !== "unit") continue;
      const unitName = (entry.tree.info ?? unitInfo(entry.path)).unitName;
      const group = index2.get(unitName);
      if (group) group.push(entry);
      else index2.set(unitName, [entry]);
    }
    return index2;
  });
  const candidates = byName ? [...byName.get(name2) ?? [], ...template ? byName.get(template) ?? [] : []] : [];
  for (const entry of candidates) {
    if (entry.path === path || entry.tree.type !== "unit") continue;
    const info2 = entry.tree.info ?? unitInfo(entry.path);
    if (info2.unitName !== name2 && info2.unitName !== template) continue;
    if (info2.dropIn) dropIns.push({ file: info2.fileName, tree: entry.tree });
    else if (info2.unitName === name2) main2 ??= entry.tree;
    else templateMain ??= entry.tree;
  }
  main2 ??= templateMain;
  dropIns.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const pieces = [...main2 ? [main2] : [], ...dropIns.map((d) => d.tree)];
  return { self: tree, pieces, complete: !!main2 };
}
function all(view, section, key) {
  const out2 = [];
  for (const tree of view.pieces) {
    for (const s of tree.children) {
      if (s.name !== section) continue;
      for (const child of s.children) if (child.type === "directive" && child.key === key) out2.push({ tree, directive: child });
    }
  }
  return out2;
}
function effective(view, section, key) {
  const list2 = all(view, section, key);
  const last = list2[list2.length - 1]?.directive;
  return last && last.value !== "" ? last : void 0;
}
function effectiveList(view, section, key) {
  let out2 = [];
  for (const { directive } of all(view, section, key)) {
    if (directive.value === "") out2 = [];
    else out2.push(directive);
  }
  return out2;
}
function inSelf(view, directive) {
  return view.self.children.some((s) => s.children.includes(directive));
}
function effectiveType(view) {
  const type = effective(view, "Service", "Type");
  if (type) return type.value;
  if (!view.complete) return void 0;
  if (effective(view, "Service", "BusName")) return "dbus";
  return effectiveList(view, "Service", "ExecStart").length === 0 ? "oneshot" : "simple";
}
var LONG_RUNNING = /* @__PURE__ */ new Set(["simple", "exec", "notify", "notify-reload", "idle", "dbus"]);

// src/rules/systemd/dbus-without-busname/index.ts
var dbus_without_busname_default = defineRule({
  id: "systemd/dbus-without-busname",
  kinds: ["systemd"],
  severity: "error",
  docs: {
    summary: "`Type=dbus` without `BusName=`: systemd cannot tell when the service is ready.",
    source: "systemd.service(5)"
  },
  messages: {
    missing: "Unexpected `Type=dbus` without `BusName=`, expected the bus name the service takes (`BusName=org.example.Foo`)"
  },
  check(ctx) {
    if (ctx.tree.info.dropIn || ctx.tree.info.unitType !== "service") return;
    const type = lastDirective(ctx.tree, "Service", "Type");
    if (!type || type.value !== "dbus") return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    if (effective(view, "Service", "Type")?.value !== "dbus" || effective(view, "Service", "BusName")) return;
    ctx.report({ messageId: "missing", at: type });
  }
});

// src/languages/systemd/words.ts
init_parse();
function words2(directive) {
  const out2 = [];
  for (const m of directive.value.matchAll(/\S+/g)) {
    const index2 = m.index ?? 0;
    out2.push({ text: m[0], index: index2, start: valueOffset(directive, index2), end: valueOffset(directive, index2 + m[0].length) });
  }
  return out2;
}
function wordRemoval(text, directive, word) {
  const valueEnd = directive.valuePosition.end.offset;
  let end = word.end;
  while (end < valueEnd && (text[end] === " " || text[end] === "	")) end++;
  if (end < valueEnd) return { start: word.start, end };
  let start2 = word.start;
  const valueStart = directive.valuePosition.start.offset;
  while (start2 > valueStart && (text[start2 - 1] === " " || text[start2 - 1] === "	")) start2--;
  return { start: start2, end: word.end };
}
function listWords(tree, section, key) {
  let out2 = [];
  for (const s of tree.children) {
    if (s.name !== section) continue;
    for (const d of s.children) {
      if (d.type !== "directive" || d.key !== key) continue;
      if (d.value === "") out2 = [];
      else for (const w of words2(d)) out2.push({ directive: d, word: w });
    }
  }
  return out2;
}
function isTrue(value) {
  return /^(1|yes|y|true|t|on)$/i.test(value);
}
function lineSpan(text, d) {
  let start2 = d.position.start.offset;
  while (start2 > 0 && text[start2 - 1] !== "\n" && text[start2 - 1] !== "\r") start2--;
  let end = d.position.end.offset;
  if (text.startsWith("\r\n", end)) end += 2;
  else if (text[end] === "\n" || text[end] === "\r") end++;
  return { start: start2, end };
}
function afterLine2(text, directive) {
  const end = directive.position.end.offset;
  if (text.startsWith("\r\n", end)) return end + 2;
  if (text[end] === "\n" || text[end] === "\r") return end + 1;
  return end;
}
function insertLineAfter(text, directive, line, eol) {
  const at = afterLine2(text, directive);
  if (at === directive.position.end.offset) return { start: at, end: at, text: eol + line };
  return { start: at, end: at, text: line + eol };
}
function projectUnits(project, name2) {
  const out2 = [];
  const names2 = [name2];
  const m = /^([^@]+)@[^.]+(\.[a-z]+)$/.exec(name2);
  if (m) names2.push(`${m[1]}@${m[2]}`);
  for (const n of names2) {
    for (const entry of project.named(n)) if (entry.kind === "systemd") out2.push(entry.tree);
  }
  return out2;
}

// src/rules/systemd/deprecated-directive/table.ts
var scale = (factor, min, max) => (value) => {
  const m = /^(?:(\S+)\s+)?(\d+)$/.exec(value.trim());
  if (!m) return void 0;
  const n = Math.min(max, Math.max(min, Math.round(Number(m[2]) * factor)));
  return m[1] ? `${m[1]} ${n}` : String(n);
};
var cgroupWeight = scale(100 / 1024, 1, 1e4);
var ioWeight = scale(100 / 500, 1, 1e4);
var DEPRECATED = {
  MemoryLimit: { replacement: "MemoryMax", safe: true },
  CPUShares: { replacement: "CPUWeight", safe: false, convert: cgroupWeight, note: "shares (default 1024) and weights (default 100) differ in scale" },
  StartupCPUShares: { replacement: "StartupCPUWeight", safe: false, convert: cgroupWeight, note: "shares (default 1024) and weights (default 100) differ in scale" },
  BlockIOAccounting: { replacement: "IOAccounting", safe: true },
  BlockIOWeight: { replacement: "IOWeight", safe: false, convert: ioWeight, note: "BlockIO weights (default 500) and IO weights (default 100) differ in scale" },
  StartupBlockIOWeight: { replacement: "StartupIOWeight", safe: false, convert: ioWeight, note: "BlockIO weights (default 500) and IO weights (default 100) differ in scale" },
  BlockIODeviceWeight: { replacement: "IODeviceWeight", safe: false, convert: ioWeight, note: "BlockIO weights (default 500) and IO weights (default 100) differ in scale" },
  BlockIOReadBandwidth: { replacement: "IOReadBandwidthMax", safe: true },
  BlockIOWriteBandwidth: { replacement: "IOWriteBandwidthMax", safe: true },
  StartLimitInterval: { replacement: "StartLimitIntervalSec", moveTo: "Unit", safe: true },
  StartLimitBurst: { replacement: "StartLimitBurst", in: ["Service"], moveTo: "Unit", safe: true },
  StartLimitAction: { replacement: "StartLimitAction", in: ["Service"], moveTo: "Unit", safe: true },
  FailureAction: { replacement: "FailureAction", in: ["Service"], moveTo: "Unit", safe: true },
  RebootArgument: { replacement: "RebootArgument", in: ["Service"], moveTo: "Unit", safe: true },
  BindTo: { replacement: "BindsTo", safe: true },
  RequiresOverridable: { replacement: "Requires", safe: true, note: "systemd has treated it as `Requires=` since v236" },
  RequisiteOverridable: { replacement: "Requisite", safe: true, note: "systemd has treated it as `Requisite=` since v236" },
  PropagateReloadTo: { replacement: "PropagatesReloadTo", safe: true },
  PropagateReloadFrom: { replacement: "ReloadPropagatedFrom", safe: true },
  // Removed: systemd ignores them with a warning.
  Capabilities: { safe: false, note: "use `CapabilityBoundingSet=` and `AmbientCapabilities=`" },
  SysVStartPriority: { safe: false, note: "ordering comes from `After=`/`Before=`" },
  NetClass: { safe: false, note: "use `IPAddressAllow=`/`IPAddressDeny=` or a firewall rule" },
  FsckPassNo: { safe: false, note: "fsck ordering comes from the fstab generator" },
  TCPWrapName: { safe: false, note: "use `IPAddressAllow=`/`IPAddressDeny=`" },
  BusPolicy: { safe: false, note: "kdbus is gone; write a D-Bus policy file" }
};
function deprecationOf(key, section) {
  const entry = DEPRECATED[key];
  if (!entry) return void 0;
  if (entry.in && !entry.in.includes(section)) return void 0;
  if (entry.moveTo === section && entry.replacement === key) return void 0;
  return entry;
}

// src/rules/systemd/deprecated-directive/index.ts
var PRIVILEGED_EXEC = /* @__PURE__ */ new Set(["ExecStartPre", "ExecStartPost", "ExecReload", "ExecStop", "ExecStopPost", "ExecCondition"]);
function appendTo(tree, name2, line, eol) {
  const target = tree.children.find((s) => s.name === name2);
  if (target) {
    const last = target.children[target.children.length - 1];
    const at = last ? last.position.end.offset : target.headerPosition.end.offset;
    return { start: at, end: at, text: eol + line };
  }
  return { start: 0, end: 0, text: `[${name2}]${eol}${line}${eol}${eol}` };
}
var deprecated_directive_default = defineRule({
  id: "systemd/deprecated-directive",
  kinds: ["systemd"],
  severity: "warning",
  docs: {
    summary: "a deprecated key or value (`MemoryLimit=`, `CPUShares=`, `BlockIO*=`, `StartLimitInterval=` in `[Service]`, `PermissionsStartOnly=`, `BindTo=`, `StandardOutput=syslog`, \u2026)",
    source: "systemd.resource-control(5), systemd.unit(5), systemd.exec(5)"
  },
  fixable: "safe",
  messages: {
    renamed: "Unexpected deprecated `{key}=`: use `{replacement}=` instead{note}",
    moved: "Unexpected `{key}=` in [{section}] (deprecated there): use `{replacement}=` in [{target}] instead",
    removed: "Unexpected `{key}=`: systemd removed it and ignores it; {note}",
    value: "Unexpected deprecated `{key}={value}`: use `{key}={replacement}` instead (systemd already logs to the journal)",
    permissionsStartOnly: "Unexpected deprecated `PermissionsStartOnly=`: use the `+` prefix (`ExecStartPre=+\u2026`) on the commands that need full privileges instead",
    permissionsStartOnlyOff: "Unexpected deprecated `PermissionsStartOnly={value}`: it is the default, remove it"
  },
  check(ctx) {
    const { text, tree, eol } = ctx;
    for (const section of tree.children) {
      for (const d of section.children) {
        if (d.type !== "directive") continue;
        const keyRange = { start: d.keyPosition.start.offset, end: d.keyPosition.end.offset };
        const valueRange2 = { start: d.valuePosition.start.offset, end: d.valuePosition.end.offset };
        if ((d.key === "StandardOutput" || d.key === "StandardError") && /^syslog(\+console)?$/.test(d.value)) {
          const replacement = d.value.replace("syslog", "journal");
          ctx.report({
            messageId: "value",
            data: { key: d.key, value: d.value, replacement },
            at: { start: keyRange.start, end: valueRange2.end },
            fix: { description: `Use ${d.key}=${replacement}`, applicability: "safe", edits: [{ ...valueRange2, text: replacement }] }
          });
          continue;
        }
        if (d.key === "PermissionsStartOnly" && section.name === "Service") {
          if (!isTrue(d.value)) {
            ctx.report({
              messageId: "permissionsStartOnlyOff",
              data: { value: d.value },
              at: keyRange,
              fix: { description: "Remove PermissionsStartOnly=", applicability: "safe", edits: [{ ...lineSpan(text, d), text: "" }] }
            });
            continue;
          }
          const edits2 = [{ ...lineSpan(text, d), text: "" }];
          for (const other of section.children) {
            if (other.type !== "directive" || !PRIVILEGED_EXEC.has(other.key) || other.value === "") continue;
            const prefix = /^[-@:+!]*/.exec(other.value)[0];
            if (prefix.includes("+") || prefix.includes("!")) continue;
            edits2.push({ start: other.valuePosition.start.offset, end: other.valuePosition.start.offset, text: "+" });
          }
          ctx.report({
            messageId: "permissionsStartOnly",
            at: keyRange,
            // `+` also lifts sandboxing that PermissionsStartOnly= kept: review it.
            fix: { description: "Replace PermissionsStartOnly= with the + prefix", applicability: "unsafe", edits: edits2 }
          });
          continue;
        }
        const entry = deprecationOf(d.key, section.name);
        if (!entry) continue;
        if (!entry.replacement) {
          ctx.report({ messageId: "removed", data: { key: d.key, note: entry.note ?? "remove it" }, at: keyRange });
          continue;
        }
        const converted = entry.convert?.(d.value);
        const newValue = converted ?? d.value;
        if (entry.moveTo && entry.moveTo !== section.name) {
          const fix = {
            description: `Move to [${entry.moveTo}] as ${entry.replacement}=`,
            applicability: entry.safe ? "safe" : "unsafe",
            edits: [appendTo(tree, entry.moveTo, `${entry.replacement}=${newValue}`, eol), { ...lineSpan(text, d), text: "" }]
          };
          ctx.report({ messageId: "moved", data: { key: d.key, section: section.name, replacement: entry.replacement, target: entry.moveTo }, at: keyRange, fix });
          continue;
        }
        const edits = [{ ...keyRange, text: entry.replacement }];
        if (converted !== void 0 && converted !== d.value) edits.push({ ...valueRange2, text: converted });
        ctx.report({
          messageId: "renamed",
          data: { key: d.key, replacement: entry.replacement, note: entry.note ? ` (${entry.note})` : "" },
          at: keyRange,
          fix: { description: `Use ${entry.replacement}=`, applicability: entry.safe ? "safe" : "unsafe", edits }
        });
      }
    }
  }
});

// src/rules/systemd/duplicate-directive/index.ts
var SINGLE = {
  Unit: /* @__PURE__ */ new Set([
    "Description",
    "SourcePath",
    "StopWhenUnneeded",
    "RefuseManualStart",
    "RefuseManualStop",
    "AllowIsolate",
    "DefaultDependencies",
    "OnFailureJobMode",
    "OnSuccessJobMode",
    "IgnoreOnIsolate",
    "JobTimeoutSec",
    "JobRunningTimeoutSec",
    "JobTimeoutAction",
    "StartLimitIntervalSec",
    "StartLimitBurst",
    "StartLimitAction",
    "FailureAction",
    "SuccessAction",
    "RebootArgument",
    "CollectMode"
  ]),
  Service: /* @__PURE__ */ new Set([
    "Type",
    "ExitType",
    "RemainAfterExit",
    "GuessMainPID",
    "PIDFile",
    "BusName",
    "Restart",
    "RestartSec",
    "TimeoutSec",
    "TimeoutStartSec",
    "TimeoutStopSec",
    "TimeoutAbortSec",
    "RuntimeMaxSec",
    "WatchdogSec",
    "NotifyAccess",
    "FileDescriptorStoreMax",
    "OOMPolicy",
    "RootDirectoryStartOnly",
    "PermissionsStartOnly",
    "User",
    "Group",
    "DynamicUser",
    "WorkingDirectory",
    "RootDirectory",
    "RootImage",
    "UMask",
    "Nice",
    "OOMScoreAdjust",
    "StandardInput",
    "StandardOutput",
    "StandardError",
    "SyslogIdentifier",
    "SyslogFacility",
    "SyslogLevel",
    "TTYPath",
    "PrivateTmp",
    "PrivateDevices",
    "PrivateNetwork",
    "PrivateUsers",
    "PrivateIPC",
    "ProtectSystem",
    "ProtectHome",
    "ProtectKernelTunables",
    "ProtectKernelModules",
    "ProtectKernelLogs",
    "ProtectControlGroups",
    "ProtectClock",
    "ProtectHostname",
    "NoNewPrivileges",
    "LockPersonality",
    "MemoryDenyWriteExecute",
    "RestrictRealtime",
    "RestrictSUIDSGID",
    "RemoveIPC",
    "KeyringMode",
    "KillMode",
    "KillSignal",
    "FinalKillSignal",
    "SendSIGKILL",
    "SendSIGHUP",
    "MemoryMax",
    "MemoryHigh",
    "MemoryLow",
    "MemoryMin",
    "MemorySwapMax",
    "MemoryLimit",
    "CPUQuota",
    "CPUWeight",
    "CPUShares",
    "IOWeight",
    "TasksMax",
    "Slice",
    "LimitNOFILE",
    "LimitNPROC",
    "LimitCORE",
    "LimitMEMLOCK",
    "LimitAS",
    "LimitFSIZE",
    "LimitSTACK",
    "LimitDATA",
    "LimitRSS",
    "LimitCPU"
  ]),
  Install: /* @__PURE__ */ new Set(["DefaultInstance"]),
  Timer: /* @__PURE__ */ new Set(["AccuracySec", "RandomizedDelaySec", "Persistent", "WakeSystem", "RemainAfterElapse", "Unit", "FixedRandomDelay"]),
  Socket: /* @__PURE__ */ new Set(["Accept", "Service", "SocketMode", "SocketUser", "SocketGroup", "Backlog", "MaxConnections", "BindIPv6Only", "ReusePort", "DirectoryMode", "RemoveOnStop"]),
  Path: /* @__PURE__ */ new Set(["Unit", "MakeDirectory", "DirectoryMode"]),
  Mount: /* @__PURE__ */ new Set(["What", "Where", "Type", "Options", "DirectoryMode", "TimeoutSec", "LazyUnmount", "ForceUnmount", "SloppyOptions", "ReadWriteOnly"])
};
var duplicate_directive_default = defineRule({
  id: "systemd/duplicate-directive",
  kinds: ["systemd"],
  severity: "warning",
  docs: {
    summary: "a single-valued key set twice in one section: the later assignment silently wins",
    source: "systemd.syntax(7)"
  },
  fixable: "unsafe",
  messages: {
    duplicate: "Unexpected `{key}={value}`: line {line} sets `{key}=` again and wins, so this assignment is ignored; remove one of them"
  },
  check(ctx) {
    const byKey = /* @__PURE__ */ new Map();
    for (const section of ctx.tree.children) {
      const single = SINGLE[section.name];
      if (!single) continue;
      for (const d of section.children) {
        if (d.type !== "directive" || !single.has(d.key)) continue;
        const id = `${section.name}\0${d.key}`;
        const list2 = byKey.get(id) ?? [];
        list2.push(d);
        byKey.set(id, list2);
      }
    }
    for (const list2 of byKey.values()) {
      for (let i2 = 0; i2 < list2.length - 1; i2++) {
        const d = list2[i2];
        if (d.value === "") continue;
        const later = list2[list2.length - 1];
        ctx.report({
          messageId: "duplicate",
          data: { key: d.key, value: d.value, line: later.position.start.line },
          at: d,
          fix: { description: `Remove the ignored \`${d.key}=\``, applicability: "unsafe", edits: [{ ...lineSpan(ctx.text, d), text: "" }] }
        });
      }
    }
  }
});

// src/languages/systemd/exec.ts
var PREFIX_CHARS = /* @__PURE__ */ new Set(["-", "@", ":", "+", "!", "|"]);
var C_ESCAPES = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", s: " ", "\\": "\\", '"': '"', "'": "'" };
var isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r";
function parseExec(value) {
  const commands = [];
  let i2 = 0;
  const skipSpace = () => {
    while (i2 < value.length && isSpace(value[i2])) i2++;
  };
  for (; ; ) {
    skipSpace();
    if (i2 >= value.length) break;
    const start2 = i2;
    let prefixes = "";
    while (i2 < value.length && PREFIX_CHARS.has(value[i2])) prefixes += value[i2++];
    const words3 = [];
    let ended = false;
    for (; ; ) {
      skipSpace();
      if (i2 >= value.length) break;
      if (value[i2] === ";" && (i2 + 1 >= value.length || isSpace(value[i2 + 1])) && words3.length > 0) {
        i2++;
        ended = true;
        break;
      }
      words3.push(readWord());
    }
    commands.push({ prefixes, start: start2, words: words3 });
    if (!ended) break;
  }
  return commands;
  function readWord() {
    const start2 = i2;
    let text = "";
    const map = [];
    let quote;
    let quoted = false;
    while (i2 < value.length) {
      const c = value[i2];
      if (!quote && isSpace(c)) break;
      if (!quote && (c === '"' || c === "'")) {
        quote = c;
        quoted = true;
        i2++;
        continue;
      }
      if (quote && c === quote) {
        quote = void 0;
        i2++;
        continue;
      }
      if (c === "\\" && i2 + 1 < value.length) {
        const at = i2;
        const n = value[i2 + 1];
        if (n in C_ESCAPES) {
          text += C_ESCAPES[n];
          i2 += 2;
        } else if (n === "x" && /^[0-9a-fA-F]{2}$/.test(value.slice(i2 + 2, i2 + 4))) {
          text += String.fromCharCode(parseInt(value.slice(i2 + 2, i2 + 4), 16));
          i2 += 4;
        } else if (/^[0-7]{3}$/.test(value.slice(i2 + 1, i2 + 4))) {
          text += String.fromCharCode(parseInt(value.slice(i2 + 1, i2 + 4), 8));
          i2 += 4;
        } else {
          text += n;
          i2 += 2;
        }
        map.push(at);
        continue;
      }
      map.push(i2);
      text += c;
      i2++;
    }
    let end = i2;
    if (end > start2 && (value[end - 1] === '"' || value[end - 1] === "'") && !quote) end--;
    map.push(Math.max(end, map.length ? map[map.length - 1] + 1 : start2));
    return { text, start: start2, end: i2, map, quoted };
  }
}
var SHELLS2 = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "ksh", "mksh", "zsh", "busybox"]);
function shellWrapper(words3) {
  const at = programAt(words3);
  if (!at || !SHELLS2.has(at.program)) return void 0;
  let i2 = at.index + 1;
  if (at.program === "busybox") {
    if (!["sh", "ash", "bash"].includes(words3[i2] ?? "")) return void 0;
    i2++;
  }
  let sawC = false;
  for (; i2 < words3.length; i2++) {
    const w = words3[i2];
    if (w === "--" || w === "-") {
      i2++;
      break;
    }
    if (w.startsWith("--")) continue;
    if (/^[-+]o$/.test(w)) {
      i2++;
      continue;
    }
    if (/^[-+][A-Za-z]+$/.test(w)) {
      if (w[0] === "-" && w.includes("c")) sawC = true;
      continue;
    }
    break;
  }
  if (!sawC || i2 >= words3.length) return void 0;
  return { shellIndex: at.index, shell: at.program, scriptIndex: i2, script: parseShellScript(words3[i2]) };
}
var RESERVED = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "for", "case", "esac", "{", "}", "!", "function", "select", "[[", "time"]);
function parseShellScript(text) {
  const commands = [];
  let complex = false;
  let i2 = 0;
  let current;
  let before = "";
  let pendingRedirect = false;
  const finish = (op) => {
    const normal = op === "\n" ? ";" : op;
    if (current) {
      current.op = normal;
      commands.push(current);
      current = void 0;
      before = normal;
    } else if (normal !== ";" && normal !== "") {
      complex = true;
    }
  };
  const ensure = (at) => {
    current ??= { assignments: [], words: [], redirects: [], start: at, end: at, op: "", before };
    return current;
  };
  while (i2 < text.length) {
    const c = text[i2];
    if (c === " " || c === "	") {
      i2++;
      continue;
    }
    if (c === "#" && (i2 === 0 || /\s/.test(text[i2 - 1]))) {
      while (i2 < text.length && text[i2] !== "\n") i2++;
      continue;
    }
    if (c === "\n" || c === ";" || c === "&" || c === "|") {
      let op = c;
      if ((c === "&" || c === "|" || c === ";") && text[i2 + 1] === c) op = c + c;
      if (c === "&" && text[i2 + 1] === ">") {
        readRedirect();
        continue;
      }
      if (op === ";;") complex = true;
      i2 += op.length;
      finish(op);
      continue;
    }
    if (c === "(" || c === ")") {
      complex = true;
      i2++;
      continue;
    }
    if (c === "<" || c === ">" || /[0-9]/.test(c) && /^[0-9]+[<>]/.test(text.slice(i2)) && (i2 === 0 || /[\s;&|]/.test(text[i2 - 1]))) {
      readRedirect();
      continue;
    }
    const word = readWord();
    const cmd = ensure(word.start);
    cmd.end = word.end;
    if (pendingRedirect) {
      pendingRedirect = false;
      cmd.redirects.push(word);
      continue;
    }
    if (cmd.words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.raw)) {
      cmd.assignments.push(word);
      continue;
    }
    if (cmd.words.length === 0 && RESERVED.has(word.raw)) complex = true;
    cmd.words.push(word);
  }
  finish("");
  return { text, commands, complex };
  function readRedirect() {
    const start2 = i2;
    const m = /^(\d*)(&>>|&>|>>|>&|<&|>\||<<<|<<|<>|>|<)(\d+-?|-)?/.exec(text.slice(i2));
    if (m[2].startsWith("<<")) complex = true;
    i2 += m[0].length;
    const cmd = ensure(start2);
    cmd.redirects.push({ raw: m[0], literal: m[0], plain: false, start: start2, end: i2 });
    cmd.end = i2;
    if (!m[3]) pendingRedirect = true;
  }
  function readWord() {
    const start2 = i2;
    let literal = "";
    let plain = true;
    while (i2 < text.length) {
      const c = text[i2];
      if (/[\s;&|<>()]/.test(c)) break;
      if (c === "'") {
        const close = text.indexOf("'", i2 + 1);
        const stop2 = close < 0 ? text.length : close;
        literal += text.slice(i2 + 1, stop2);
        i2 = stop2 + 1;
        continue;
      }
      if (c === '"') {
        i2++;
        while (i2 < text.length && text[i2] !== '"') {
          if (text[i2] === "\\" && i2 + 1 < text.length && /[$`"\\\n]/.test(text[i2 + 1])) {
            literal += text[i2 + 1];
            i2 += 2;
            continue;
          }
          if (text[i2] === "$" || text[i2] === "`") {
            plain = false;
            const end = skipExpansion(i2);
            literal += text.slice(i2, end);
            i2 = end;
            continue;
          }
          literal += text[i2++];
        }
        i2++;
        continue;
      }
      if (c === "\\") {
        literal += text[i2 + 1] ?? "";
        i2 += 2;
        continue;
      }
      if (c === "$" || c === "`") {
        plain = false;
        const end = skipExpansion(i2);
        literal += text.slice(i2, end);
        i2 = end;
        continue;
      }
      if (c === "*" || c === "?" || c === "[" || c === "~" && i2 === start2 || c === "{") plain = false;
      literal += c;
      i2++;
    }
    return { raw: text.slice(start2, i2), literal, plain, start: start2, end: Math.min(i2, text.length) };
  }
  function skipExpansion(at) {
    let j = at;
    if (text[j] === "`") {
      const close = text.indexOf("`", j + 1);
      return close < 0 ? text.length : close + 1;
    }
    j++;
    const open = text[j];
    if (open === "(" || open === "{") {
      const closeChar = open === "(" ? ")" : "}";
      let depth = 0;
      for (; j < text.length; j++) {
        const ch = text[j];
        if (ch === "'" && open === "(") {
          const close = text.indexOf("'", j + 1);
          j = close < 0 ? text.length : close;
          continue;
        }
        if (ch === open) depth++;
        else if (ch === closeChar && --depth === 0) return j + 1;
      }
      return text.length;
    }
    while (j < text.length && /[A-Za-z0-9_@*#?$!-]/.test(text[j])) {
      j++;
      if (!/[A-Za-z0-9_]/.test(text[j - 1])) break;
    }
    return j;
  }
}
function lastCommand(script) {
  for (let k = script.commands.length - 1; k >= 0; k--) {
    const cmd = script.commands[k];
    if (cmd.words.length || cmd.assignments.length) return cmd;
  }
  return void 0;
}
function isExec(cmd) {
  return cmd.words[0]?.literal === "exec";
}
var BUILTINS = /* @__PURE__ */ new Set([".", "source", ":", "cd", "export", "set", "unset", "eval", "exit", "return", "wait", "trap", "read", "ulimit", "umask", "shift", "local", "readonly", "alias", "exec"]);
function isBuiltin(cmd) {
  const name2 = cmd.words[0]?.literal;
  return name2 !== void 0 && name2 !== "exec" && BUILTINS.has(name2);
}

// src/rules/systemd/exec-support.ts
init_parse();
var AFTERTHOUGHTS = /* @__PURE__ */ new Set(["echo", "printf", "true", "false", "logger", "test", "[", "sleep", "rm"]);
function wordRange(directive, word) {
  return { start: valueOffset(directive, word.start), end: valueOffset(directive, word.end) };
}
function offsetIn(directive, word, index2) {
  return valueOffset(directive, word.map[Math.min(index2, word.map.length - 1)]);
}
function rangeIn(directive, word, start2, end) {
  const s = offsetIn(directive, word, start2);
  const e = end > start2 ? valueOffset(directive, word.map[end - 1] + 1) : s;
  return { start: s, end: e };
}
function resolveCommand(directive, info2) {
  const command = parseExec(directive.value)[0];
  if (!command || command.words.length === 0) return void 0;
  const prefix = info2 ? info2.unitName.replace(/@.*$|\.[^.]*$/, "") : void 0;
  const texts = command.words.map((w) => prefix ? w.text.replace(/%[pP]/g, prefix) : w.text);
  const wrapper = shellWrapper(texts);
  if (wrapper) {
    const last = lastCommand(wrapper.script);
    const scriptWord = command.words[wrapper.scriptIndex];
    const base = { directive, command, wrapper, last, args: [], ranges: [] };
    if (!last || wrapper.script.complex) return base;
    const at2 = programAt(last.words.map((w) => w.literal));
    if (!at2) return base;
    const words3 = last.words.slice(at2.index);
    return {
      ...base,
      program: at2.program,
      args: at2.args,
      ranges: words3.map((w) => rangeIn(directive, scriptWord, w.start, w.end))
    };
  }
  const at = programAt(texts);
  if (!at) return { directive, command, args: [], ranges: [] };
  return {
    directive,
    command,
    program: at.program,
    args: at.args,
    ranges: command.words.slice(at.index).map((w) => wordRange(directive, w))
  };
}
function execDirectives(tree) {
  const out2 = [];
  for (const section of tree.children) {
    for (const child of section.children) {
      if (child.type === "directive" && /^Exec[A-Z]/.test(child.key) && child.value !== "") out2.push(child);
    }
  }
  return out2;
}
function removeLines2(ctx, directive) {
  const first = directive.position.start.line;
  const last = directive.position.end.line;
  const start2 = ctx.lines.lineStart(first);
  if (last < ctx.lines.lineCount) return { start: start2, end: ctx.lines.lineStart(last + 1), text: "" };
  const prevEnd = first > 1 ? ctx.lines.lineEnd(first - 1) : start2;
  return { start: prevEnd, end: ctx.text.length, text: "" };
}
function replaceValue(directive, text) {
  return { start: directive.valuePosition.start.offset, end: directive.valuePosition.end.offset, text };
}
function quoteExecArg(arg) {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `"${arg.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
function unwrapEdits(resolved, options = {}) {
  const { directive, command, wrapper, last } = resolved;
  if (!wrapper || !last || wrapper.script.complex) return void 0;
  if (last.before === "|" || last.op === "|" || last.op === "||" || last.op === "&&") return void 0;
  if (last.op === "&" && !options.dropBackground) return void 0;
  if (last.words.length === 0 || isBuiltin(last)) return void 0;
  if (AFTERTHOUGHTS.has(last.words[0].literal.replace(/^.*\//, ""))) return void 0;
  const { argEdit } = options;
  if (argEdit && !/^[\w@%+=:,./ -]*$/.test(argEdit.text)) return void 0;
  const scriptWord = command.words[wrapper.scriptIndex];
  const script = wrapper.script;
  const withWords = script.commands.filter((c) => c.words.length || c.assignments.length);
  const programIndex = last.words.length - resolved.ranges.length;
  const single = withWords.length === 1 && last.assignments.length === 0 && last.redirects.length === 0 && last.words.every((w) => w.plain) && !isExec(last) && last.words[0].literal.startsWith("/");
  if (single) {
    const from = valueOffset(directive, command.words[wrapper.shellIndex].start);
    const to = valueOffset(directive, command.words[command.words.length - 1].end);
    const parts2 = last.words.map((w) => quoteExecArg(w.literal));
    if (argEdit) parts2.splice(programIndex + argEdit.index, argEdit.count, ...argEdit.text ? [argEdit.text] : []);
    return { how: "unwrap", edits: [{ start: from, end: to, text: parts2.join(" ") }] };
  }
  const edits = [];
  if (!isExec(last)) edits.push({ start: offsetIn(directive, scriptWord, last.words[0].start), end: offsetIn(directive, scriptWord, last.words[0].start), text: "exec " });
  if (argEdit) edits.push(argEditOf(resolved.ranges, argEdit));
  if (last.op === "&") {
    const amp = script.text.indexOf("&", last.end);
    edits.push(rangeEdit(rangeIn(directive, scriptWord, last.end, amp + 1)));
  }
  return { how: "exec", edits };
}
function argEditOf(ranges, edit) {
  const first = ranges[edit.index];
  const last = ranges[edit.index + edit.count - 1];
  if (edit.text) return { start: first.start, end: last.end, text: edit.text };
  return { start: ranges[edit.index - 1]?.end ?? first.start, end: last.end, text: "" };
}
function rangeEdit(range) {
  return { start: range.start, end: range.end, text: "" };
}
function valueRange(directive) {
  return { start: directive.valuePosition.start.offset, end: directive.valuePosition.end.offset };
}
function flagRange(resolved, index2, count) {
  return { start: resolved.ranges[index2 + 1].start, end: resolved.ranges[index2 + count].end };
}
function flagText(text, resolved, index2, count) {
  const range = flagRange(resolved, index2, count);
  return text.slice(range.start, range.end).replace(/\\?\r?\n\s*/g, " ").replace(/\s+/g, " ");
}

// src/rules/systemd/exec-path-not-absolute/index.ts
var exec_path_not_absolute_default = defineRule({
  id: "systemd/exec-path-not-absolute",
  kinds: ["systemd"],
  severity: "info",
  docs: {
    summary: "An `Exec*=` command that is not an absolute path (allowed since systemd 239, refused by older ones).",
    source: "systemd.service(5)"
  },
  messages: {
    relative: "Unexpected command `{command}` without a path (systemd before 239 refuses it), expected an absolute path such as `/usr/bin/{command}`"
  },
  check(ctx) {
    for (const d of execDirectives(ctx.tree)) {
      const resolved = resolveCommand(d, ctx.tree.info);
      const word = resolved?.command.words[0];
      if (!word) continue;
      if (word.text.startsWith("/") || word.text.startsWith("%")) continue;
      ctx.report({ messageId: "relative", data: { command: word.text }, at: wordRange(d, word) });
    }
  }
});

// src/rules/systemd/forking-foreground/index.ts
init_parse();
var forking_foreground_default = defineRule({
  id: "systemd/forking-foreground",
  kinds: ["systemd"],
  severity: "error",
  docs: {
    summary: "`Type=forking` for a command that stays in the foreground: systemd waits for an exit that never comes, times out and kills the service.",
    source: "seed 000 (readiness protocols)"
  },
  fixable: "unsafe",
  messages: {
    flag: "Unexpected `Type=forking` for `{program} {flag}`, which stays in the foreground (systemd waits for the start process to exit, times out and kills it), expected `Type=simple`",
    default: "Unexpected `Type=forking` for `{program}`, which stays in the foreground unless told to daemonize (systemd waits for the start process to exit, times out and kills it), expected `Type=simple`"
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== "service") return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    if (effectiveType(view) !== "forking") return;
    const start2 = effectiveList(view, "Service", "ExecStart").at(-1);
    if (!start2 || !inSelf(view, start2)) return;
    const resolved = resolveCommand(start2, ctx.tree.info);
    if (!resolved?.program) return;
    if (resolved.last?.op === "&") return;
    const mode = daemonMode(resolved.program, resolved.args);
    if (mode?.mode !== "foreground") return;
    let fix;
    const type = effective(view, "Service", "Type");
    const unwrap = resolved.wrapper && !isExec(resolved.last) ? unwrapEdits(resolved) : void 0;
    if (type && inSelf(view, type) && (!resolved.wrapper || isExec(resolved.last) || unwrap)) {
      const edits = [replaceValue(type, "simple"), ...unwrap?.edits ?? []];
      for (const d of directives(ctx.tree, "Service")) if (d.key === "PIDFile") edits.push(removeLines2(ctx, d));
      fix = { description: "Use Type=simple", applicability: "unsafe", edits };
    }
    if (mode.hit) {
      const { index: index2, count } = mode.hit;
      ctx.report({ messageId: "flag", data: { program: resolved.program, flag: flagText(ctx.text, resolved, index2, count) }, at: flagRange(resolved, index2, count), fix });
    } else {
      ctx.report({ messageId: "default", data: { program: resolved.program }, at: resolved.ranges[0], fix });
    }
  }
});

// src/rules/systemd/forking-without-pidfile/index.ts
init_parse();
var forking_without_pidfile_default = defineRule({
  id: "systemd/forking-without-pidfile",
  kinds: ["systemd"],
  severity: "warning",
  docs: {
    summary: "`Type=forking` without `PIDFile=`: systemd has to guess which process is the main one.",
    source: "systemd.service(5)"
  },
  messages: {
    missing: "Unexpected `Type=forking` without `PIDFile=` (systemd must guess the main PID), expected `PIDFile=/run/\u2026` naming the file the daemon writes",
    missingKnown: "Unexpected `Type=forking` without `PIDFile=` (systemd must guess the main PID), expected `PIDFile=/run/\u2026` naming the file {program} writes (set with {option})"
  },
  check(ctx) {
    if (ctx.tree.info.dropIn || ctx.tree.info.unitType !== "service") return;
    const type = lastDirective(ctx.tree, "Service", "Type");
    if (!type || type.value !== "forking") return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    if (effective(view, "Service", "Type")?.value !== "forking" || effective(view, "Service", "PIDFile")) return;
    if (effective(view, "Service", "GuessMainPID")?.value === "no") return;
    const start2 = effectiveList(view, "Service", "ExecStart").at(-1);
    const program = start2 ? resolveCommand(start2, ctx.tree.info)?.program : void 0;
    const option = program ? pidfileOption(program) : void 0;
    if (program && option) ctx.report({ messageId: "missingKnown", data: { program, option }, at: type });
    else ctx.report({ messageId: "missing", at: type });
  }
});

// src/rules/systemd/hardening/index.ts
init_parse();

// src/rules/systemd/runs-as-root/index.ts
init_parse();
var isUserUnit = (path) => /(^|\/)user\//.test(path);
function isLongRunningSystemService(tree, path) {
  if (tree.info.unitType !== "service" || tree.info.dropIn || isUserUnit(path)) return false;
  if (listDirectives(tree, "Service", "ExecStart").length === 0) return false;
  return serviceType(tree) !== "oneshot";
}
var runs_as_root_default = defineRule({
  id: "systemd/runs-as-root",
  kinds: ["systemd"],
  severity: "info",
  strict: true,
  docs: {
    summary: "a long-running service with no `User=` or `DynamicUser=`: it runs as root",
    source: "systemd.exec(5) (`User=`, `DynamicUser=`); `systemd-analyze security`"
  },
  messages: {
    root: "Unexpected long-running service with no `User=` or `DynamicUser=`: it runs as root; run it as an unprivileged user (`User=NAME`, or `DynamicUser=yes`), or say `User=root` if root is needed"
  },
  check(ctx) {
    const { tree } = ctx;
    if (!isLongRunningSystemService(tree, ctx.path)) return;
    if (lastDirective(tree, "Service", "User")?.value || lastDirective(tree, "Service", "DynamicUser")) return;
    const service = tree.children.find((s) => s.name === "Service");
    ctx.report({ messageId: "root", at: { start: service.headerPosition.start.offset, end: service.headerPosition.end.offset } });
  }
});

// src/rules/systemd/hardening/index.ts
var BASELINE = [
  ["NoNewPrivileges", "yes"],
  ["PrivateTmp", "yes"],
  ["ProtectSystem", "full"],
  ["ProtectHome", "read-only"],
  ["PrivateDevices", "yes"],
  ["ProtectKernelTunables", "yes"],
  ["ProtectKernelModules", "yes"],
  ["ProtectControlGroups", "yes"]
];
var IMPLIED_BY_DYNAMIC_USER = /* @__PURE__ */ new Set(["NoNewPrivileges", "PrivateTmp", "ProtectSystem", "ProtectHome"]);
function networkEvidence(tree, project) {
  const net = ["network.target", "network-online.target"];
  if (["After", "Wants", "Requires"].some((k) => listWords(tree, "Unit", k).some((w) => net.includes(w.word.text)))) return true;
  const stem = tree.info.unitName.replace(/@?\.service$/, "");
  for (const entry of project.named(`${stem}.socket`)) {
    if (entry.kind !== "systemd") continue;
    const socket = entry.tree;
    const listens = ["ListenStream", "ListenDatagram", "ListenSequentialPacket"].flatMap((k) => listWords(socket, "Socket", k));
    if (listens.some((w) => !/^[/@%]/.test(w.word.text))) return true;
  }
  return listWords(tree, "Service", "RestrictAddressFamilies").some((w) => /^AF_INET6?$/.test(w.word.text));
}
var hardening_default = defineRule({
  id: "systemd/hardening",
  kinds: ["systemd"],
  severity: "info",
  strict: true,
  docs: {
    summary: "a network service without the baseline sandboxing (`NoNewPrivileges=`, `ProtectSystem=`, `PrivateTmp=`, \u2026)",
    source: '`systemd-analyze security`; systemd.exec(5), "Sandboxing"'
  },
  fixable: "unsafe",
  messages: {
    missing: "Unexpected network service without {list}: add them (or set them to `no` where the daemon needs it) to limit what a compromised daemon can reach"
  },
  check(ctx) {
    const { tree } = ctx;
    if (!isLongRunningSystemService(tree, ctx.path) || !networkEvidence(tree, ctx.project)) return;
    const dynamic = isTrue(lastDirective(tree, "Service", "DynamicUser")?.value ?? "");
    const missing = BASELINE.filter(([key]) => !lastDirective(tree, "Service", key) && !(dynamic && IMPLIED_BY_DYNAMIC_USER.has(key)));
    if (missing.length === 0) return;
    const service = tree.children.filter((s) => s.name === "Service").pop();
    const last = service.children[service.children.length - 1];
    const anchor = last ? last.position.end.offset : service.headerPosition.end.offset;
    ctx.report({
      messageId: "missing",
      data: { list: missing.map(([k]) => `\`${k}=\``).join(", ") },
      at: { start: service.headerPosition.start.offset, end: service.headerPosition.end.offset },
      fix: {
        description: "Add baseline sandboxing",
        applicability: "unsafe",
        edits: [{ start: anchor, end: anchor, text: missing.map(([k, v]) => `${ctx.eol}${k}=${v}`).join("") }]
      }
    });
  }
});

// src/rules/systemd/kill-mode-none/index.ts
init_parse();
var kill_mode_none_default = defineRule({
  id: "systemd/kill-mode-none",
  kinds: ["systemd"],
  severity: "warning",
  docs: {
    summary: "`KillMode=none` leaves the service's processes running after stop (deprecated).",
    source: "systemd.kill(5)"
  },
  fixable: "unsafe",
  messages: {
    none: "Unexpected `KillMode=none` (deprecated: processes survive stop and restart), expected `KillMode=mixed`"
  },
  check(ctx) {
    for (const d of directives(ctx.tree)) {
      if (d.key !== "KillMode" || d.value !== "none") continue;
      ctx.report({
        messageId: "none",
        at: valueRange(d),
        fix: { description: "Use KillMode=mixed", applicability: "unsafe", edits: [replaceValue(d, "mixed")] }
      });
    }
  }
});

// src/rules/systemd/multiple-execstart/index.ts
var multiple_execstart_default = defineRule({
  id: "systemd/multiple-execstart",
  kinds: ["systemd"],
  severity: "error",
  docs: {
    summary: "More than one `ExecStart=` in a service that is not `Type=oneshot`: systemd refuses the unit.",
    source: "systemd.service(5)"
  },
  messages: {
    second: "Unexpected second `ExecStart=` with `Type={type}` (systemd refuses the unit), expected one command, or `Type=oneshot`",
    dropIn: "Unexpected `ExecStart=` in a drop-in without an empty `ExecStart=` before it: it adds a second command to the unit's own (systemd refuses the unit unless `Type=oneshot`), expected `ExecStart=` on the line before to replace it"
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== "service") return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    const type = effectiveType(view);
    if (type === "oneshot") return;
    if (!view.complete) {
      const own3 = effectiveList(unitView(ctx.tree, ctx.path), "Service", "ExecStart");
      const resets = ctx.tree.children.some((s) => s.name === "Service" && s.children.some((c) => c.type === "directive" && c.key === "ExecStart" && c.value === ""));
      if (own3.length && !resets) ctx.report({ messageId: "dropIn", at: own3[0] });
      else if (own3.length > 1) ctx.report({ messageId: "second", data: { type: type ?? "simple" }, at: own3[1] });
      return;
    }
    const list2 = effectiveList(view, "Service", "ExecStart");
    const extra = list2.slice(1).find((d) => inSelf(view, d));
    if (!extra) return;
    const own2 = ctx.tree.info.dropIn && !list2.slice(0, list2.indexOf(extra)).some((d) => inSelf(view, d));
    ctx.report(own2 ? { messageId: "dropIn", at: extra } : { messageId: "second", data: { type: type ?? "simple" }, at: extra });
  }
});

// src/rules/systemd/network-target-client/index.ts
var CLIENTS = /* @__PURE__ */ new Set([
  "curl",
  "wget",
  "rsync",
  "ssh",
  "scp",
  "sftp",
  "autossh",
  "sshfs",
  "git",
  "ntpdate",
  "sntp",
  "rdate",
  "rclone",
  "restic",
  "borg",
  "duplicity",
  "s3cmd",
  "aws",
  "gsutil",
  "fetchmail",
  "certbot",
  "nsupdate",
  "msmtp",
  "mbsync",
  "offlineimap",
  "mount.nfs",
  "mount.nfs4",
  "mount.cifs",
  "ddclient"
]);
var REMOTE_URL = /\b(?:https?|ftps?|sftp|ssh|rsync|s3|git|nfs|smb|ldaps?|mqtts?|amqps?|wss?):\/\//;
var EXEC = ["ExecStartPre", "ExecStart", "ExecStartPost", "ExecCondition"];
function clientEvidence(tree) {
  for (const key of EXEC) {
    for (const { word } of listWords(tree, "Service", key)) {
      const bare = word.text.replace(/^[-@:+!'"]+|['";]+$/g, "");
      const base = bare.slice(bare.lastIndexOf("/") + 1);
      if (CLIENTS.has(base)) return `\`${base}\``;
      const url = REMOTE_URL.exec(bare);
      if (url) return `a \`${url[0]}\` URL`;
    }
  }
  return void 0;
}
var network_target_client_default = defineRule({
  id: "systemd/network-target-client",
  kinds: ["systemd"],
  severity: "info",
  docs: {
    summary: "a network client service ordered `After=network.target` without `Wants=network-online.target`: it may start before the network is configured",
    source: 'systemd "Running Services After the Network Is Up" (NETWORK_ONLINE); seed 001 ("need net")'
  },
  fixable: "unsafe",
  messages: {
    networkTarget: "Unexpected `After={target}` as the only network ordering of a client (it runs {evidence}): network.target does not mean the network is configured; add `Wants=network-online.target` and `After=network-online.target`",
    notPulled: "Unexpected `After=network-online.target` without `Wants=network-online.target`: nothing pulls the target in, so the ordering may wait for nothing; add `Wants=network-online.target`"
  },
  check(ctx) {
    const { tree } = ctx;
    if (tree.info.unitType !== "service") return;
    const after2 = listWords(tree, "Unit", "After");
    const pulled = ["Wants", "Requires", "BindsTo"].some((key) => listWords(tree, "Unit", key).some((w) => w.word.text === "network-online.target"));
    if (pulled) return;
    const online = after2.find((w) => w.word.text === "network-online.target");
    const plain = after2.find((w) => w.word.text === "network.target");
    const anchor = online ?? plain;
    if (!anchor) return;
    const evidence = clientEvidence(tree);
    if (!evidence) return;
    const lines = online ? ["Wants=network-online.target"] : ["Wants=network-online.target", "After=network-online.target"];
    ctx.report({
      messageId: online ? "notPulled" : "networkTarget",
      data: { target: anchor.word.text, evidence },
      at: anchor.word,
      fix: {
        description: "Wait for network-online.target",
        applicability: "unsafe",
        edits: [insertLineAfter(ctx.text, anchor.directive, lines.join(ctx.eol), ctx.eol)]
      }
    });
  }
});

// src/rules/systemd/no-install-section/index.ts
init_parse();
var ACTIVATING = [
  ["Unit", "Wants"],
  ["Unit", "Requires"],
  ["Unit", "Requisite"],
  ["Unit", "BindsTo"],
  ["Unit", "Upholds"],
  ["Unit", "OnFailure"],
  ["Unit", "OnSuccess"],
  ["Install", "Also"],
  ["Timer", "Unit"],
  ["Path", "Unit"],
  ["Socket", "Service"]
];
var no_install_section_default = defineRule({
  id: "systemd/no-install-section",
  kinds: ["systemd"],
  severity: "info",
  docs: {
    summary: "a `.service` without `[Install]` that nothing in the project activates (no socket, timer or path unit, not D-Bus, no unit that wants it)",
    source: "systemd.unit(5), `[Install]`"
  },
  fixable: "unsafe",
  messages: {
    missing: "Unexpected service {unit} with no `[Install]` section and nothing that starts it: `systemctl enable` cannot start it at boot; add `[Install]` with `WantedBy=multi-user.target`, or a socket, timer or unit that pulls it in"
  },
  check(ctx) {
    const { tree, project } = ctx;
    const { info: info2 } = tree;
    if (info2.unitType !== "service" || info2.dropIn || info2.instance) return;
    if (info2.template) return;
    if (tree.children.some((s) => s.name === "Install")) return;
    if (listDirectives(tree, "Service", "ExecStart").length === 0) return;
    if (/^(0|no|n|false|f|off)$/i.test(lastDirective(tree, "Unit", "DefaultDependencies")?.value ?? "")) return;
    if (serviceType(tree) === "dbus" || tree.children.some((s) => s.children.some((d) => d.type === "directive" && d.key === "BusName"))) return;
    const unit = info2.unitName;
    const stem = unit.slice(0, unit.lastIndexOf(".")).replace(/@$/, "");
    for (const type of ["socket", "timer", "path"]) {
      if (project.named(`${stem}.${type}`).length || project.named(`${stem}@.${type}`).length) return;
    }
    const wantedDir = /\.(wants|requires)\/([^/]+)$/;
    if (wantedDir.exec(ctx.path)?.[2] === unit) return;
    const { wanted, activatedBy } = project.memo("no-install-section:activation", () => {
      const wanted2 = /* @__PURE__ */ new Set();
      const activatedBy2 = /* @__PURE__ */ new Map();
      for (const entry of project.entries) {
        const m = wantedDir.exec(entry.path);
        if (m) wanted2.add(m[2]);
      }
      for (const entry of project.ofKind("systemd")) {
        for (const [section, key] of ACTIVATING) {
          for (const { word } of listWords(entry.tree, section, key)) {
            const paths = activatedBy2.get(word.text);
            if (paths) paths.push(entry.path);
            else activatedBy2.set(word.text, [entry.path]);
          }
        }
      }
      return { wanted: wanted2, activatedBy: activatedBy2 };
    });
    if (wanted.has(unit)) return;
    if ((activatedBy.get(unit) ?? []).some((path) => path !== ctx.path)) return;
    const name2 = unit.replace(/\.service$/, "");
    const mention = new RegExp(`systemctl\\b[^\\n]*\\b(start|restart|enable)\\b[^\\n]*\\b${name2.replace(/[.*+?^${}()|[\]\\@-]/g, "\\$&")}`);
    if (project.entries.some((e) => e.kind !== "systemd" && mention.test(e.text))) return;
    const end = ctx.text.length;
    const lead = end === 0 || ctx.text.endsWith("\n") || ctx.text.endsWith("\r") ? ctx.eol : ctx.eol + ctx.eol;
    const header = tree.children.find((s) => s.name === "Service") ?? tree.children[0];
    ctx.report({
      messageId: "missing",
      data: { unit },
      at: { start: header.headerPosition.start.offset, end: header.headerPosition.end.offset },
      fix: {
        description: "Add [Install] WantedBy=multi-user.target",
        applicability: "unsafe",
        edits: [{ start: end, end, text: `${lead}[Install]${ctx.eol}WantedBy=multi-user.target${ctx.eol}` }]
      }
    });
  }
});

// src/rules/systemd/oneshot-daemon/index.ts
init_parse();
var MANAGERS2 = /* @__PURE__ */ new Set([
  "systemctl",
  "initctl",
  "supervisorctl",
  "loginctl",
  "machinectl",
  "networkctl",
  "resolvectl",
  "busctl",
  "journalctl",
  "portablectl",
  "homectl",
  "sysctl",
  "rc-service",
  "snapctl"
]);
function controlScript(resolved) {
  const { program, args: args2 } = resolved;
  if (!program || MANAGERS2.has(program)) return false;
  const path = resolved.wrapper ? resolved.last.words[resolved.last.words.length - resolved.ranges.length].literal : resolved.command.words[resolved.command.words.length - resolved.ranges.length].text;
  if (program === "service") return args2[1] === "start";
  const script = /-control$/.test(program) || /ctl$/.test(program) || /\/(init|rc)\.d\//.test(path);
  return script && args2.includes("start");
}
var oneshot_daemon_default = defineRule({
  id: "systemd/oneshot-daemon",
  kinds: ["systemd"],
  severity: "warning",
  docs: {
    summary: "`Type=oneshot` whose command starts a long-lived daemon or runs a `\u2026 start` control script: stop and restart then act on nothing.",
    source: "seed 000 (ossec-control), seed 004"
  },
  fixable: "unsafe",
  messages: {
    daemon: "Unexpected `Type=oneshot` for `{program}`, which forks a long-lived daemon (systemd does not track it, so stop and restart act on nothing), expected `Type=simple` with `{program}` in the foreground",
    control: "Unexpected `Type=oneshot` for the control script `{program} start`, which leaves daemons behind that systemd does not track, expected one unit per daemon run in the foreground"
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== "service") return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    if (effectiveType(view) !== "oneshot") return;
    const starts = effectiveList(view, "Service", "ExecStart");
    for (const d of starts) {
      if (!inSelf(view, d)) continue;
      const resolved = resolveCommand(d, ctx.tree.info);
      if (!resolved?.program) continue;
      if (controlScript(resolved)) {
        ctx.report({ messageId: "control", data: { program: resolved.program }, at: resolved.ranges[0] });
        continue;
      }
      const mode = daemonMode(resolved.program, resolved.args);
      if (mode?.mode !== "daemon") continue;
      const at = mode.hit ? { start: resolved.ranges[mode.hit.index + 1].start, end: resolved.ranges[mode.hit.index + mode.hit.count].end } : resolved.ranges[0];
      ctx.report({ messageId: "daemon", data: { program: resolved.program }, at, fix: fixFor2(resolved, mode.hit) });
    }
    function fixFor2(resolved, hit) {
      const type = effective(view, "Service", "Type");
      if (resolved.wrapper || starts.length !== 1 || !type || !inSelf(view, type)) return void 0;
      const program = resolved.program;
      const daemon = daemonOf(program);
      const foreground = foregroundFlag(program);
      const edits = [replaceValue(type, "simple")];
      if (hit) {
        const text = daemon.defaultMode === "foreground" ? "" : foreground;
        if (text === void 0) return void 0;
        edits.push(argEditOf(resolved.ranges, { index: hit.index + 1, count: hit.count, text }));
      } else {
        if (!foreground) return void 0;
        const end = resolved.ranges[0].end;
        edits.push({ start: end, end, text: " " + foreground });
      }
      for (const d of directives(ctx.tree, "Service")) if (d.key === "RemainAfterExit" || d.key === "PIDFile") edits.push(removeLines2(ctx, d));
      return { description: `Use Type=simple and run ${program} in the foreground`, applicability: "unsafe", edits };
    }
  }
});

// src/rules/systemd/oneshot-restart/index.ts
init_parse();
var oneshot_restart_default = defineRule({
  id: "systemd/oneshot-restart",
  kinds: ["systemd"],
  severity: "error",
  docs: {
    summary: "`Type=oneshot` with `Restart=always` or `on-success`: systemd refuses to load the unit.",
    source: "systemd.service(5)"
  },
  fixable: "unsafe",
  messages: {
    restart: "Unexpected `Restart={value}` with `Type=oneshot` (systemd refuses the unit), expected `Restart=on-failure` or no `Restart=`"
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== "service") return;
    const restart = lastDirective(ctx.tree, "Service", "Restart");
    if (!restart || restart.value !== "always" && restart.value !== "on-success") return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    if (effectiveType(view) !== "oneshot") return;
    ctx.report({
      messageId: "restart",
      data: { value: restart.value },
      at: valueRange(restart),
      fix: { description: "Use Restart=on-failure", applicability: "unsafe", edits: [replaceValue(restart, "on-failure")] }
    });
  }
});

// src/rules/systemd/pidfile-legacy-path/index.ts
init_parse();
var pidfile_legacy_path_default2 = defineRule({
  id: "systemd/pidfile-legacy-path",
  kinds: ["systemd"],
  severity: "warning",
  docs: {
    summary: "`PIDFile=` under `/var/run/`, which systemd rewrites to `/run/` with a warning.",
    source: "systemd.service(5)"
  },
  fixable: "safe",
  messages: {
    legacy: "PIDFile= under the legacy `/var/run/`: use `{path}` instead"
  },
  check(ctx) {
    for (const d of directives(ctx.tree, "Service")) {
      if (d.key !== "PIDFile" || !d.value.startsWith("/var/run/")) continue;
      const start2 = d.valuePosition.start.offset;
      ctx.report({
        messageId: "legacy",
        data: { path: "/run/" + d.value.slice("/var/run/".length) },
        at: { start: start2, end: start2 + "/var/run/".length - 1 },
        fix: { description: "Use /run/ instead of /var/run/", applicability: "safe", edits: [{ start: start2, end: start2 + "/var/run".length, text: "/run" }] }
      });
    }
  }
});

// src/rules/systemd/pidfile-without-forking/index.ts
init_parse();
var pidfile_without_forking_default = defineRule({
  id: "systemd/pidfile-without-forking",
  kinds: ["systemd"],
  severity: "info",
  docs: {
    summary: "`PIDFile=` in a service whose `Type=` is not `forking`, whose command does not daemonize and that has no `ExecStartPost=`: systemd has no use for it.",
    source: "systemd.service(5)"
  },
  fixable: "unsafe",
  messages: {
    unused: "Unexpected `PIDFile=` with `Type={type}` (systemd tracks the main process itself and only removes the file at stop), expected no `PIDFile=`, or `Type=forking`"
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== "service") return;
    const pidfile = lastDirective(ctx.tree, "Service", "PIDFile");
    if (!pidfile || pidfile.value === "") return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    const type = effectiveType(view);
    if (type === void 0 || type === "forking") return;
    if (effectiveList(view, "Service", "ExecStartPost").length) return;
    const start2 = effectiveList(view, "Service", "ExecStart").at(-1);
    const resolved = start2 && resolveCommand(start2, ctx.tree.info);
    if (resolved?.program && daemonMode(resolved.program, resolved.args)?.mode === "daemon") return;
    ctx.report({
      messageId: "unused",
      data: { type },
      at: pidfile,
      fix: { description: "Remove PIDFile=", applicability: "unsafe", edits: [removeLines2(ctx, pidfile)] }
    });
  }
});

// src/rules/systemd/prefer-wants/index.ts
init_parse();
var SYNC_TARGETS = /* @__PURE__ */ new Set([
  "sysinit.target",
  "basic.target",
  "local-fs.target",
  "local-fs-pre.target",
  "remote-fs.target",
  "swap.target",
  "cryptsetup.target",
  "shutdown.target",
  "umount.target",
  "final.target",
  "boot-complete.target"
]);
var prefer_wants_default = defineRule({
  id: "systemd/prefer-wants",
  kinds: ["systemd"],
  severity: "info",
  strict: true,
  docs: {
    summary: "`Requires=` on a unit that is not a hard dependency (a target, a oneshot): `Wants=` is more robust",
    source: 'seed 004; systemd.unit(5) ("it is a better choice to use Wants= instead of Requires=")'
  },
  fixable: "unsafe",
  messages: {
    target: "Unexpected `Requires={unit}`: a target is a synchronisation point, not a dependency this unit needs; use `Wants={unit}` instead",
    oneshot: "Unexpected `Requires={unit}`: {unit} is a oneshot that has done its work once it exits, and restarting it restarts this unit; use `Wants={unit}` instead"
  },
  check(ctx) {
    if (ctx.tree.info.unitType === "target") return;
    for (const { directive, word } of listWords(ctx.tree, "Unit", "Requires")) {
      const unit = word.text;
      let messageId;
      if (unit.endsWith(".target")) {
        if (!SYNC_TARGETS.has(unit) && !unit.startsWith("initrd")) messageId = "target";
      } else if (unit.endsWith(".service")) {
        const defs = projectUnits(ctx.project, unit);
        if (defs.length && defs.every((u) => serviceType(u) === "oneshot" && !isTrue(lastDirective(u, "Service", "RemainAfterExit")?.value ?? ""))) messageId = "oneshot";
      }
      if (!messageId) continue;
      const only = words2(directive).length === 1;
      const fix = {
        description: `Use Wants=${unit}`,
        applicability: "unsafe",
        edits: only ? [{ start: directive.keyPosition.start.offset, end: directive.keyPosition.end.offset, text: "Wants" }] : [{ ...wordRemoval(ctx.text, directive, word), text: "" }, insertLineAfter(ctx.text, directive, `Wants=${unit}`, ctx.eol)]
      };
      ctx.report({ messageId, data: { unit }, at: word, fix });
    }
  }
});

// src/rules/systemd/required-by-target/index.ts
var RUNLEVEL_TARGETS = /* @__PURE__ */ new Set(["multi-user.target", "graphical.target", "default.target", "rescue.target"]);
var HARD_TARGETS = /* @__PURE__ */ new Set([
  "boot-complete.target",
  "local-fs.target",
  "local-fs-pre.target",
  "remote-fs.target",
  "remote-fs-pre.target",
  "swap.target",
  "cryptsetup.target",
  "remote-cryptsetup.target",
  "veritysetup.target",
  "remote-veritysetup.target",
  "integritysetup.target"
]);
var required_by_target_default = defineRule({
  id: "systemd/required-by-target",
  kinds: ["systemd"],
  severity: "error",
  docs: {
    summary: "`[Install] RequiredBy=` a runlevel target (`multi-user.target`, `graphical.target`, \u2026): restarting the unit makes systemd leave and re-enter the target",
    source: "seed 004 (RequiredBy versus WantedBy); systemd.unit(5)"
  },
  fixable: "safe",
  messages: {
    runlevel: "Unexpected `RequiredBy={target}`: restarting {unit} makes systemd leave and re-enter {target}, which starts again services that were stopped on purpose; use `WantedBy={target}` instead, then run `systemctl disable {unit}` and `systemctl enable {unit}` so the `{target}.requires/` symlink becomes `{target}.wants/`",
    other: "Unexpected `RequiredBy={target}`: restarting {unit} stops {target} and every unit that requires it; use `WantedBy={target}` instead unless {target} must fail without {unit}, then run `systemctl disable {unit}` and `systemctl enable {unit}` so the `.requires/` symlink becomes `.wants/`"
  },
  check(ctx) {
    const strict = ctx.options?.strict === true;
    const { unitName, template } = ctx.tree.info;
    const unit = template ? unitName.replace("@.", "@INSTANCE.") : unitName;
    for (const section of ctx.tree.children) {
      if (section.name !== "Install") continue;
      for (const directive of section.children) {
        if (directive.type !== "directive" || directive.key !== "RequiredBy") continue;
        const list2 = words2(directive);
        for (const word of list2) {
          const target = word.text;
          if (!target.endsWith(".target") || HARD_TARGETS.has(target) || target.startsWith("initrd")) continue;
          const runlevel = RUNLEVEL_TARGETS.has(target);
          if (!runlevel && !strict) continue;
          const keyStart = directive.keyPosition.start.offset;
          const only = list2.length === 1;
          const fix = {
            description: `Replace \`RequiredBy=${target}\` with \`WantedBy=${target}\``,
            applicability: runlevel ? "safe" : "unsafe",
            edits: only ? [{ start: keyStart, end: directive.keyPosition.end.offset, text: "WantedBy" }] : [{ ...wordRemoval(ctx.text, directive, word), text: "" }, insertLineAfter(ctx.text, directive, `WantedBy=${target}`, ctx.eol)]
          };
          ctx.report({
            messageId: runlevel ? "runlevel" : "other",
            data: { target, unit },
            at: only ? { start: keyStart, end: word.end } : word,
            severity: runlevel ? "error" : "info",
            fix
          });
        }
      }
    }
  }
});

// src/rules/systemd/requires-without-after/index.ts
init_parse();
var IMPLICIT = /\.(slice|device)$/;
var ORDERED_AFTER = {
  "network-online.target": ["network.target"],
  "basic.target": ["sysinit.target", "sockets.target", "paths.target", "timers.target", "slices.target", "local-fs.target", "swap.target"],
  "sysinit.target": ["local-fs.target", "swap.target", "cryptsetup.target"],
  "multi-user.target": ["basic.target"],
  "graphical.target": ["multi-user.target"]
};
function closure(names2) {
  const out2 = /* @__PURE__ */ new Set();
  const queue = [...names2];
  while (queue.length) {
    const name2 = queue.pop();
    if (out2.has(name2)) continue;
    out2.add(name2);
    queue.push(...ORDERED_AFTER[name2] ?? []);
  }
  return out2;
}
var isFalse = (value) => value !== void 0 && /^(0|no|n|false|f|off)$/i.test(value);
var requires_without_after_default = defineRule({
  id: "systemd/requires-without-after",
  kinds: ["systemd"],
  severity: "warning",
  docs: {
    summary: "`Requires=`/`BindsTo=` a unit with no `After=` it: the two start in parallel, not one after the other",
    source: "systemd.unit(5), `Requires=`; systemd.special(7)"
  },
  fixable: "safe",
  messages: {
    missingAfter: "Unexpected `{key}={unit}` without `After={unit}`: systemd starts both at the same time, so this unit can start before {unit} is up; add `After={unit}`"
  },
  check(ctx) {
    const { tree } = ctx;
    const { unitType, unitName: self } = tree.info;
    const defaultDependencies = !isFalse(lastDirective(tree, "Unit", "DefaultDependencies")?.value);
    if (unitType === "target" && defaultDependencies) return;
    const explicit = [...listWords(tree, "Unit", "After"), ...listWords(tree, "Unit", "Before")].map((w) => w.word.text);
    if (defaultDependencies) explicit.push(unitType === "service" ? "basic.target" : "sysinit.target");
    const ordered = closure(explicit);
    const names2 = [self, ...listWords(tree, "Install", "Alias").map((w) => w.word.text)];
    const sockets = new Set(names2.flatMap((n) => {
      const stem = n.slice(0, n.lastIndexOf("."));
      return [`${stem}.socket`, `${stem.replace(/@.*$/, "@")}.socket`, `${stem.replace(/@.*$/, "")}.socket`];
    }));
    for (const w of listWords(tree, "Service", "Sockets")) sockets.add(w.word.text);
    for (const key of ["Requires", "BindsTo"]) {
      for (const { directive, word } of listWords(tree, "Unit", key)) {
        const unit = word.text;
        if (ordered.has(unit) || IMPLICIT.test(unit) || unitType === "service" && sockets.has(unit)) continue;
        const other = projectUnits(ctx.project, unit);
        if (other.some((u) => ["Before", "After"].some((k) => listWords(u, "Unit", k).some((b) => names2.includes(b.word.text))))) continue;
        ctx.report({
          messageId: "missingAfter",
          data: { key, unit },
          at: word,
          fix: {
            description: `Add After=${unit}`,
            // Safe only when the other unit is in the project and, as checked above, does not
            // order itself after this one: otherwise the new After= could close an ordering cycle.
            applicability: other.length ? "safe" : "unsafe",
            edits: [insertLineAfter(ctx.text, directive, `After=${unit}`, ctx.eol)]
          }
        });
      }
    }
  }
});

// src/rules/systemd/shell-syntax-in-exec/index.ts
init_parse();
var OPERATORS = /* @__PURE__ */ new Set(["|", "||", "&&", "|&", "&"]);
var REDIRECT = /^(\d*>>?|&>>?|<)(.*)$/;
function shellSyntax(word) {
  if (word.text.includes("$(") || word.text.includes("`")) return word.text.includes("$(") ? "$(\u2026)" : "`\u2026`";
  if (word.quoted) return void 0;
  if (OPERATORS.has(word.text)) return word.text;
  const m = REDIRECT.exec(word.text);
  if (m && (m[2] === "" || /^(&\d|[/~.$%\w])/.test(m[2]))) return m[1];
  return void 0;
}
var shell_syntax_in_exec_default = defineRule({
  id: "systemd/shell-syntax-in-exec",
  kinds: ["systemd"],
  severity: "error",
  docs: {
    summary: "Shell syntax (`|`, `>`, `<`, `&&`, `||`, `&`, `$(\u2026)`, backticks) in an `Exec*=` line that no shell runs: systemd passes it to the program as literal arguments.",
    source: 'systemd.service(5) "Command lines"'
  },
  fixable: "unsafe",
  messages: {
    syntax: "Unexpected shell syntax `{syntax}` in `{key}=` (no shell runs it: systemd passes it as a literal argument), expected {expected}"
  },
  check(ctx) {
    let type = null;
    const serviceType2 = () => type === null ? type = ctx.tree.info.unitType === "service" ? effectiveType(unitView(ctx.tree, ctx.path, ctx.project)) : void 0 : type;
    for (const d of execDirectives(ctx.tree)) {
      for (const command of parseExec(d.value)) {
        if (command.words.length === 0 || command.prefixes.includes("|") || shellWrapper(command.words.map((w) => w.text))) continue;
        const first = command.words.findIndex((w, i2) => i2 > 0 && shellSyntax(w));
        if (first < 0) continue;
        const syntax = shellSyntax(command.words[first]);
        if (syntax === "&") {
          const last = first === command.words.length - 1;
          ctx.report({
            messageId: "syntax",
            data: { syntax, key: d.key, expected: "no `&` (systemd runs and supervises the command itself)" },
            at: wordRange(d, command.words[first]),
            fix: last ? { description: "Remove the &", applicability: "unsafe", edits: [{ start: wordRange(d, command.words[first - 1]).end, end: wordRange(d, command.words[first]).end, text: "" }] } : void 0
          });
          continue;
        }
        const redirect = redirectFix(d, command, first);
        const wrap2 = redirect ? void 0 : wrapFix(d, command, d.key === "ExecStart" && LONG_RUNNING.has(serviceType2() ?? ""));
        ctx.report({
          messageId: "syntax",
          data: {
            syntax,
            key: d.key,
            expected: redirect ? `\`${redirect.directive}\`` : "`/bin/sh -c 'exec \u2026'` or a script"
          },
          at: wordRange(d, command.words[first]),
          fix: redirect ? { description: `Use ${redirect.directive}`, applicability: "unsafe", edits: redirect.edits } : wrap2 && { description: "Run the command through /bin/sh", applicability: "unsafe", edits: wrap2 }
        });
      }
    }
    function redirectFix(d, command, first) {
      if (d.key !== "ExecStart" || parseExec(d.value).length !== 1) return void 0;
      const service = ctx.tree.children.filter((s) => s.name === "Service");
      const others = directives(ctx.tree, "Service").filter((x) => x !== d && (/^Exec/.test(x.key) || /^Standard(Output|Input|Error)$/.test(x.key)));
      if (service.length !== 1 || others.length) return void 0;
      const rest = command.words.slice(first).map((w) => w.quoted ? "\0" : w.text);
      let target;
      let op;
      let n;
      const glued = /^(>>?|<)(\/.*)$/.exec(rest[0]);
      if (glued) [op, target, n] = [glued[1], glued[2], 1];
      else if (/^(>>?|<)$/.test(rest[0]) && rest[1]?.startsWith("/")) [op, target, n] = [rest[0], rest[1], 2];
      else return void 0;
      const tail = rest.slice(n);
      const both = tail.length === 1 && tail[0] === "2>&1" && op !== "<";
      if (tail.length > (both ? 1 : 0) || /[$%\s'"\\]/.test(target)) return void 0;
      const lines = [];
      if (op === "<") lines.push(`StandardInput=file:${target}`);
      else {
        lines.push(`StandardOutput=${op === ">>" ? "append" : "file"}:${target}`);
        if (!both) lines.push("StandardError=journal");
      }
      const from = wordRange(d, command.words[first - 1]).end;
      const to = wordRange(d, command.words[command.words.length - 1]).end;
      const eol = ctx.eol;
      const after2 = d.position.end.offset;
      return {
        directive: lines[0],
        edits: [
          { start: from, end: to, text: "" },
          { start: after2, end: after2, text: lines.map((l) => eol + l).join("") }
        ]
      };
    }
    function wrapFix(d, command, mainProcess) {
      if (command.prefixes.includes("@")) return void 0;
      const startIdx = command.words[0].start;
      const raw = d.value.slice(startIdx, command.words[command.words.length - 1].end);
      if (/['\\]/.test(raw) || /\$(?!\()/.test(raw)) return void 0;
      const script = parseShellScript(raw);
      const last = lastCommand(script);
      if (script.complex || !last || last.words.length === 0) return void 0;
      const canExec = last.before !== "|" && last.op === "";
      if (!canExec && mainProcess) return void 0;
      const start2 = valueOffset(d, startIdx);
      const end = valueOffset(d, command.words[command.words.length - 1].end);
      const edits = [{ start: start2, end: start2, text: "/bin/sh -c '" }];
      if (canExec) {
        const at = valueOffset(d, startIdx + last.words[0].start);
        if (at === start2) edits[0].text += "exec ";
        else edits.push({ start: at, end: at, text: "exec " });
      }
      edits.push({ start: end, end, text: "'" });
      return edits;
    }
  }
});

// src/rules/systemd/shell-wrapper/index.ts
var shell_wrapper_default = defineRule({
  id: "systemd/shell-wrapper",
  kinds: ["systemd"],
  severity: "warning",
  docs: {
    summary: "`ExecStart=` runs `sh -c` for a long-running service and does not `exec` the last command, so the shell becomes the main process.",
    source: "seed 000 (readiness protocols); systemd.service(5)"
  },
  fixable: "unsafe",
  messages: {
    wrapper: "Unexpected `{shell} -c` wrapper whose last command `{command}` is not exec'd (the shell becomes the main process: $MAINPID and ExecReload= reach the shell, not the daemon), expected `exec {command}` or no shell",
    notify: "Unexpected `{shell} -c` wrapper whose last command `{command}` is not exec'd with `Type={type}` (the readiness notification comes from a child, which NotifyAccess=main rejects), expected `exec {command}` or no shell"
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== "service") return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    const type = effectiveType(view);
    if (!type || !LONG_RUNNING.has(type)) return;
    for (const d of effectiveList(view, "Service", "ExecStart")) {
      if (!inSelf(view, d)) continue;
      const resolved = resolveCommand(d, ctx.tree.info);
      const { wrapper, last } = resolved ?? {};
      if (!resolved || !wrapper || !last || wrapper.script.complex) continue;
      if (isExec(last) || last.op === "&" || last.words.length === 0) continue;
      if (isBuiltin(last)) continue;
      const words3 = resolved.command.words;
      const at = { start: wordRange(d, words3[wrapper.shellIndex]).start, end: wordRange(d, words3[wrapper.scriptIndex]).end };
      const notify = type === "notify" || type === "notify-reload";
      const fix = unwrapEdits(resolved);
      ctx.report({
        messageId: notify ? "notify" : "wrapper",
        data: { shell: wrapper.shell, command: last.words[0].literal, type },
        at,
        severity: notify ? "error" : void 0,
        fix: fix && {
          description: fix.how === "unwrap" ? "Run the command without the shell" : "exec the last command so it replaces the shell",
          applicability: "unsafe",
          edits: fix.edits
        }
      });
    }
  }
});

// src/rules/systemd/simple-daemonizes/index.ts
var simple_daemonizes_default = defineRule({
  id: "systemd/simple-daemonizes",
  kinds: ["systemd"],
  severity: "error",
  docs: {
    summary: "A `Type=simple`/`exec`/`notify` service whose command puts itself in the background: the main process exits and systemd stops the service.",
    source: "seed 000 (readiness protocols)"
  },
  fixable: "unsafe",
  messages: {
    flag: "Unexpected `{flag}` with `Type={type}` (`{program}` daemonizes: the main process exits and systemd stops the service), expected `{program}` in the foreground",
    background: "Unexpected `&` with `Type={type}` (the shell puts `{program}` in the background and exits, and systemd stops the service), expected `{program}` in the foreground"
  },
  check(ctx) {
    if (ctx.tree.info.unitType !== "service") return;
    const view = unitView(ctx.tree, ctx.path, ctx.project);
    const type = effectiveType(view);
    if (!type || !LONG_RUNNING.has(type)) return;
    const notifyWithPidfile = (type === "notify" || type === "notify-reload") && !!effective(view, "Service", "PIDFile");
    for (const d of effectiveList(view, "Service", "ExecStart")) {
      if (!inSelf(view, d)) continue;
      const resolved = resolveCommand(d, ctx.tree.info);
      if (!resolved) continue;
      const { wrapper, last } = resolved;
      if (wrapper && last && !wrapper.script.complex && last.op === "&") {
        const amp = wrapper.script.text.indexOf("&", last.end);
        const fix2 = unwrapEdits(resolved, { dropBackground: true });
        ctx.report({
          messageId: "background",
          data: { type, program: last.words[0]?.literal ?? "the command" },
          at: rangeIn(d, resolved.command.words[wrapper.scriptIndex], amp, amp + 1),
          fix: fix2 && { description: "Run the command in the foreground", applicability: "unsafe", edits: fix2.edits }
        });
        continue;
      }
      if (!resolved.program) continue;
      const mode = daemonMode(resolved.program, resolved.args);
      if (mode?.mode !== "daemon" || !mode.hit || notifyWithPidfile) continue;
      const { index: index2, count } = mode.hit;
      const daemon = daemonOf(resolved.program);
      const replacement = daemon.defaultMode === "foreground" ? "" : foregroundFlag(resolved.program);
      let fix;
      if (replacement !== void 0) {
        const edit = { index: index2 + 1, count, text: replacement };
        const edits = wrapper ? unwrapEdits(resolved, { argEdit: edit })?.edits : [argEditOf(resolved.ranges, edit)];
        if (edits) fix = { description: replacement ? `Use ${replacement}` : `Remove ${flagText(ctx.text, resolved, index2, count)}`, applicability: "unsafe", edits };
      }
      ctx.report({
        messageId: "flag",
        data: { flag: flagText(ctx.text, resolved, index2, count), type, program: resolved.program },
        at: flagRange(resolved, index2, count),
        fix
      });
    }
  }
});

// src/languages/systemd/directives.json
var directives_default = {
  generatedBy: "npm run gen-directives",
  systemd: "systemd 252 (252.38-1~deb12u1)",
  newer: { Unit: { SurviveFinalKillSignal: 255, WantsMountsFor: 256, ConditionKernelModuleLoaded: 256, AssertKernelModuleLoaded: 256 }, Service: { OpenFile: 253, ReloadSignal: 253, RestartMode: 254, RestartSteps: 254, RestartMaxDelaySec: 254, CoredumpReceive: 255 }, Exec: { MemoryKSM: 254, RootEphemeral: 254, ImportCredential: 254, SetLoginEnvironment: 255, LogFilterPatterns: 253, RootImagePolicy: 254, MountImagePolicy: 254, ExtensionImagePolicy: 254, PrivatePIDs: 257, BindLogSockets: 257 }, CGroup: { MemoryZSwapMax: 253, MemoryZSwapWriteback: 256, MemoryPressureWatch: 254, MemoryPressureThresholdSec: 254, NFTSet: 254, DelegateSubgroup: 254, ManagedOOMMemoryPressureDurationSec: 257 }, Socket: { PollLimitIntervalSec: 255, PollLimitBurst: 255, PassFileDescriptorsToExec: 256 }, Timer: { DeferReactivation: 257 } },
  unitTypes: { service: ["Unit", "Service", "Install"], socket: ["Unit", "Socket", "Install"], mount: ["Unit", "Mount", "Install"], automount: ["Unit", "Automount", "Install"], swap: ["Unit", "Swap", "Install"], timer: ["Unit", "Timer", "Install"], path: ["Unit", "Path", "Install"], slice: ["Unit", "Slice", "Install"], scope: ["Unit", "Scope", "Install"], target: ["Unit", "Install"], device: ["Unit", "Install"] },
  groups: {
    exec: ["AmbientCapabilities", "AppArmorProfile", "BindLogSockets", "BindPaths", "BindReadOnlyPaths", "CPUAffinity", "CPUSchedulingPolicy", "CPUSchedulingPriority", "CPUSchedulingResetOnFork", "CacheDirectory", "CacheDirectoryMode", "CapabilityBoundingSet", "ConfigurationDirectory", "ConfigurationDirectoryMode", "CoredumpFilter", "DynamicUser", "Environment", "EnvironmentFile", "ExecPaths", "ExecSearchPath", "ExtensionDirectories", "ExtensionImagePolicy", "ExtensionImages", "FinalKillSignal", "Group", "IOSchedulingClass", "IOSchedulingPriority", "IPCNamespacePath", "IgnoreSIGPIPE", "ImportCredential", "InaccessibleDirectories", "InaccessiblePaths", "KeyringMode", "KillMode", "KillSignal", "LimitAS", "LimitCORE", "LimitCPU", "LimitDATA", "LimitFSIZE", "LimitLOCKS", "LimitMEMLOCK", "LimitMSGQUEUE", "LimitNICE", "LimitNOFILE", "LimitNPROC", "LimitRSS", "LimitRTPRIO", "LimitRTTIME", "LimitSIGPENDING", "LimitSTACK", "LoadCredential", "LoadCredentialEncrypted", "LockPersonality", "LogExtraFields", "LogFilterPatterns", "LogLevelMax", "LogNamespace", "LogRateLimitBurst", "LogRateLimitIntervalSec", "LogsDirectory", "LogsDirectoryMode", "MemoryDenyWriteExecute", "MemoryKSM", "MountAPIVFS", "MountFlags", "MountImagePolicy", "MountImages", "NUMAMask", "NUMAPolicy", "NetworkNamespacePath", "Nice", "NoExecPaths", "NoNewPrivileges", "OOMScoreAdjust", "PAMName", "PassEnvironment", "Personality", "PrivateDevices", "PrivateIPC", "PrivateMounts", "PrivateNetwork", "PrivatePIDs", "PrivateTmp", "PrivateUsers", "ProcSubset", "ProtectClock", "ProtectControlGroups", "ProtectHome", "ProtectHostname", "ProtectKernelLogs", "ProtectKernelModules", "ProtectKernelTunables", "ProtectProc", "ProtectSystem", "ReadOnlyDirectories", "ReadOnlyPaths", "ReadWriteDirectories", "ReadWritePaths", "RemoveIPC", "RestartKillSignal", "RestrictAddressFamilies", "RestrictFileSystems", "RestrictNamespaces", "RestrictRealtime", "RestrictSUIDSGID", "RootDirectory", "RootEphemeral", "RootHash", "RootHashSignature", "RootImage", "RootImageOptions", "RootImagePolicy", "RootVerity", "RuntimeDirectory", "RuntimeDirectoryMode", "RuntimeDirectoryPreserve", "SELinuxContext", "SecureBits", "SendSIGHUP", "SendSIGKILL", "SetCredential", "SetCredentialEncrypted", "SetLoginEnvironment", "SmackProcessLabel", "StandardError", "StandardInput", "StandardInputData", "StandardInputText", "StandardOutput", "StateDirectory", "StateDirectoryMode", "SupplementaryGroups", "SyslogFacility", "SyslogIdentifier", "SyslogLevel", "SyslogLevelPrefix", "SystemCallArchitectures", "SystemCallErrorNumber", "SystemCallFilter", "SystemCallLog", "TTYColumns", "TTYPath", "TTYReset", "TTYRows", "TTYVHangup", "TTYVTDisallocate", "TemporaryFileSystem", "TimeoutCleanSec", "TimeoutSec", "TimerSlackNSec", "UMask", "UnsetEnvironment", "User", "UtmpIdentifier", "UtmpMode", "WatchdogSignal", "WorkingDirectory"],
    cgroup: ["AllowedCPUs", "AllowedMemoryNodes", "BPFProgram", "BlockIOAccounting", "BlockIODeviceWeight", "BlockIOReadBandwidth", "BlockIOWeight", "BlockIOWriteBandwidth", "CPUAccounting", "CPUQuota", "CPUQuotaPeriodSec", "CPUShares", "CPUWeight", "DefaultMemoryLow", "DefaultMemoryMin", "Delegate", "DelegateSubgroup", "DeviceAllow", "DevicePolicy", "DisableControllers", "IOAccounting", "IODeviceLatencyTargetSec", "IODeviceWeight", "IOReadBandwidthMax", "IOReadIOPSMax", "IOWeight", "IOWriteBandwidthMax", "IOWriteIOPSMax", "IPAccounting", "IPAddressAllow", "IPAddressDeny", "IPEgressFilterPath", "IPIngressFilterPath", "ManagedOOMMemoryPressure", "ManagedOOMMemoryPressureDurationSec", "ManagedOOMMemoryPressureLimit", "ManagedOOMPreference", "ManagedOOMSwap", "MemoryAccounting", "MemoryHigh", "MemoryLimit", "MemoryLow", "MemoryMax", "MemoryMin", "MemoryPressureThresholdSec", "MemoryPressureWatch", "MemorySwapMax", "MemoryZSwapMax", "MemoryZSwapWriteback", "NFTSet", "RestrictNetworkInterfaces", "Slice", "SocketBindAllow", "SocketBindDeny", "StartupAllowedCPUs", "StartupAllowedMemoryNodes", "StartupBlockIOWeight", "StartupCPUShares", "StartupCPUWeight", "StartupIOWeight", "TasksAccounting", "TasksMax"]
  },
  sections: {
    Automount: { groups: [], keys: ["DirectoryMode", "ExtraOptions", "TimeoutIdleSec", "Where"] },
    Install: { groups: [], keys: ["Alias", "Also", "DefaultInstance", "RequiredBy", "WantedBy"] },
    Mount: { groups: ["exec", "cgroup"], keys: ["DirectoryMode", "ForceUnmount", "LazyUnmount", "Options", "ReadWriteOnly", "SloppyOptions", "Type", "What", "Where"] },
    Path: { groups: [], keys: ["DirectoryMode", "DirectoryNotEmpty", "MakeDirectory", "PathChanged", "PathExists", "PathExistsGlob", "PathModified", "TriggerLimitBurst", "TriggerLimitIntervalSec", "Unit"] },
    Scope: { groups: ["cgroup"], keys: ["FinalKillSignal", "KillMode", "KillSignal", "OOMPolicy", "RestartKillSignal", "RuntimeMaxSec", "RuntimeRandomizedExtraSec", "SendSIGHUP", "SendSIGKILL", "TimeoutStopSec", "WatchdogSignal"] },
    Service: { groups: ["exec", "cgroup"], keys: ["BusName", "CoredumpReceive", "ExecCondition", "ExecReload", "ExecStart", "ExecStartPost", "ExecStartPre", "ExecStop", "ExecStopPost", "ExitType", "FailureAction", "FileDescriptorStoreMax", "GuessMainPID", "NonBlocking", "NotifyAccess", "OOMPolicy", "OpenFile", "PIDFile", "PermissionsStartOnly", "RebootArgument", "ReloadSignal", "RemainAfterExit", "Restart", "RestartForceExitStatus", "RestartMaxDelaySec", "RestartMode", "RestartPreventExitStatus", "RestartSec", "RestartSteps", "RootDirectoryStartOnly", "RuntimeMaxSec", "RuntimeRandomizedExtraSec", "Sockets", "StartLimitAction", "StartLimitBurst", "StartLimitInterval", "SuccessExitStatus", "TimeoutAbortSec", "TimeoutStartFailureMode", "TimeoutStartSec", "TimeoutStopFailureMode", "TimeoutStopSec", "Type", "USBFunctionDescriptors", "USBFunctionStrings", "WatchdogSec"] },
    Slice: { groups: ["cgroup"], keys: [] },
    Socket: { groups: ["exec", "cgroup"], keys: ["Accept", "Backlog", "BindIPv6Only", "BindToDevice", "Broadcast", "DeferAcceptSec", "DirectoryMode", "ExecStartPost", "ExecStartPre", "ExecStopPost", "ExecStopPre", "FileDescriptorName", "FlushPending", "FreeBind", "IPTOS", "IPTTL", "KeepAlive", "KeepAliveIntervalSec", "KeepAliveProbes", "KeepAliveTimeSec", "ListenDatagram", "ListenFIFO", "ListenMessageQueue", "ListenNetlink", "ListenSequentialPacket", "ListenSpecial", "ListenStream", "ListenUSBFunction", "Mark", "MaxConnections", "MaxConnectionsPerSource", "MessageQueueMaxMessages", "MessageQueueMessageSize", "NoDelay", "PassCredentials", "PassFileDescriptorsToExec", "PassPacketInfo", "PassSecurity", "PipeSize", "PollLimitBurst", "PollLimitIntervalSec", "Priority", "ReceiveBuffer", "RemoveOnStop", "ReusePort", "SELinuxContextFromNet", "SendBuffer", "Service", "SmackLabel", "SmackLabelIPIn", "SmackLabelIPOut", "SocketGroup", "SocketMode", "SocketProtocol", "SocketUser", "Symlinks", "TCPCongestion", "Timestamping", "Transparent", "TriggerLimitBurst", "TriggerLimitIntervalSec", "Writable"] },
    Swap: { groups: ["exec", "cgroup"], keys: ["Options", "Priority", "What"] },
    Timer: { groups: [], keys: ["AccuracySec", "DeferReactivation", "FixedRandomDelay", "OnActiveSec", "OnBootSec", "OnCalendar", "OnClockChange", "OnStartupSec", "OnTimezoneChange", "OnUnitActiveSec", "OnUnitInactiveSec", "Persistent", "RandomizedDelaySec", "RemainAfterElapse", "Unit", "WakeSystem"] },
    Unit: { groups: [], keys: ["After", "AllowIsolate", "AssertACPower", "AssertArchitecture", "AssertCPUFeature", "AssertCPUPressure", "AssertCPUs", "AssertCapability", "AssertControlGroupController", "AssertCredential", "AssertDirectoryNotEmpty", "AssertEnvironment", "AssertFileIsExecutable", "AssertFileNotEmpty", "AssertFirstBoot", "AssertGroup", "AssertHost", "AssertIOPressure", "AssertKernelCommandLine", "AssertKernelModuleLoaded", "AssertKernelVersion", "AssertMemory", "AssertMemoryPressure", "AssertNeedsUpdate", "AssertOSRelease", "AssertPathExists", "AssertPathExistsGlob", "AssertPathIsDirectory", "AssertPathIsEncrypted", "AssertPathIsMountPoint", "AssertPathIsReadWrite", "AssertPathIsSymbolicLink", "AssertSecurity", "AssertUser", "AssertVirtualization", "Before", "BindTo", "BindsTo", "CollectMode", "ConditionACPower", "ConditionArchitecture", "ConditionCPUFeature", "ConditionCPUPressure", "ConditionCPUs", "ConditionCapability", "ConditionControlGroupController", "ConditionCredential", "ConditionDirectoryNotEmpty", "ConditionEnvironment", "ConditionFileIsExecutable", "ConditionFileNotEmpty", "ConditionFirmware", "ConditionFirstBoot", "ConditionGroup", "ConditionHost", "ConditionIOPressure", "ConditionKernelCommandLine", "ConditionKernelModuleLoaded", "ConditionKernelVersion", "ConditionMemory", "ConditionMemoryPressure", "ConditionNeedsUpdate", "ConditionOSRelease", "ConditionPathExists", "ConditionPathExistsGlob", "ConditionPathIsDirectory", "ConditionPathIsEncrypted", "ConditionPathIsMountPoint", "ConditionPathIsReadWrite", "ConditionPathIsSymbolicLink", "ConditionSecurity", "ConditionUser", "ConditionVirtualization", "Conflicts", "DefaultDependencies", "Description", "Documentation", "FailureAction", "FailureActionExitStatus", "IgnoreOnIsolate", "JobRunningTimeoutSec", "JobTimeoutAction", "JobTimeoutRebootArgument", "JobTimeoutSec", "JoinsNamespaceOf", "OnFailure", "OnFailureIsolate", "OnFailureJobMode", "OnSuccess", "OnSuccessJobMode", "PartOf", "PropagateReloadFrom", "PropagateReloadTo", "PropagatesReloadTo", "PropagatesStopTo", "RebootArgument", "RefuseManualStart", "RefuseManualStop", "ReloadPropagatedFrom", "Requires", "RequiresMountsFor", "RequiresOverridable", "Requisite", "RequisiteOverridable", "SourcePath", "StartLimitAction", "StartLimitBurst", "StartLimitInterval", "StartLimitIntervalSec", "StopPropagatedFrom", "StopWhenUnneeded", "SuccessAction", "SuccessActionExitStatus", "SurviveFinalKillSignal", "Upholds", "Wants", "WantsMountsFor"] }
  }
};

// src/languages/systemd/directives.ts
var groups = directives_default.groups;
var layouts = directives_default.sections;
var unitTypes = directives_default.unitTypes;
var keysBySection = /* @__PURE__ */ new Map();
for (const [name2, layout] of Object.entries(layouts)) {
  keysBySection.set(name2, /* @__PURE__ */ new Set([...layout.keys, ...layout.groups.flatMap((g) => groups[g] ?? [])]));
}
var DIRECTIVES_SOURCE = directives_default.systemd;
var KNOWN_SECTIONS = [...keysBySection.keys()];
function sectionsOf(unitType) {
  return unitTypes[unitType];
}
function keysOf(section) {
  return keysBySection.get(section);
}
function sectionsAccepting(key) {
  return KNOWN_SECTIONS.filter((s) => keysBySection.get(s).has(key));
}
var resourceControl = new Set(groups.cgroup ?? []);
function isResourceControlKey(key) {
  return resourceControl.has(key);
}

// src/rules/systemd/specifier-misuse/index.ts
init_parse();
var KNOWN = new Set("aAbBCdDEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY%");
var INSTANCE = /* @__PURE__ */ new Set(["i", "I"]);
var specifier_misuse_default = defineRule({
  id: "systemd/specifier-misuse",
  kinds: ["systemd"],
  severity: "warning",
  docs: {
    summary: "`%i`/`%I` in a unit that is not a template, an unknown specifier or a lone `%`, or a template that never uses its instance",
    source: 'systemd.unit(5), "Specifiers"'
  },
  fixable: "safe",
  messages: {
    lone: "Unexpected lone `%` in `{key}=`, expected a specifier or `%%`: write `%%` for a literal percent sign",
    unknown: "Unexpected specifier `%{char}` in `{key}=`: systemd refuses the setting; write `%%{char}` for a literal `%{char}`",
    notTemplate: "Unexpected `%{char}` in `{key}=`: {unit} is not a template (`NAME@.{type}`), so the instance is empty",
    unusedInstance: "Unexpected template {unit} that never uses `%i` or `%I`: every instance runs the same thing"
  },
  check(ctx) {
    const { info: info2 } = ctx.tree;
    const hasInstance = info2.template || info2.instance;
    let usesInstance = false;
    for (const section of ctx.tree.children) {
      for (const d of section.children) {
        if (d.type !== "directive" || d.key.startsWith("X-")) continue;
        const v = d.value;
        for (let i2 = v.indexOf("%"); i2 >= 0; i2 = v.indexOf("%", i2 + 1)) {
          const next = v[i2 + 1];
          if (next === "%") {
            i2++;
            continue;
          }
          if (/\d/.test(v[i2 - 1] ?? "") && isResourceControlKey(d.key)) continue;
          const at = valueOffset(d, i2);
          const fix = { description: "Escape the percent sign as %%", applicability: "safe", edits: [{ start: at, end: at, text: "%" }] };
          if (next === void 0 || /\s/.test(next)) {
            ctx.report({ messageId: "lone", data: { key: d.key }, at: { start: at, end: at + 1 }, fix });
          } else if (!KNOWN.has(next)) {
            ctx.report({ messageId: "unknown", data: { key: d.key, char: next }, at: { start: at, end: valueOffset(d, i2 + 2) }, fix });
          } else if (INSTANCE.has(next) || next === "f") {
            usesInstance = true;
            if (!hasInstance && next !== "f") {
              ctx.report({ messageId: "notTemplate", data: { key: d.key, char: next, unit: info2.unitName, type: info2.unitType }, at: { start: at, end: valueOffset(d, i2 + 2) } });
            }
          }
        }
      }
    }
    if (!info2.template || info2.dropIn || usesInstance || info2.unitType !== "service") return;
    const base = info2.unitName.slice(0, info2.unitName.indexOf("@"));
    if (ctx.project.named(`${base}.socket`).length || ctx.tree.children.some((s) => s.children.some((d) => d.type === "directive" && d.key === "StandardInput" && /^socket$/.test(d.value)))) return;
    const service = ctx.tree.children.find((s) => s.name === "Service") ?? ctx.tree.children[0];
    if (!service) return;
    ctx.report({ messageId: "unusedInstance", data: { unit: info2.unitName }, at: { start: service.headerPosition.start.offset, end: service.headerPosition.end.offset } });
  }
});

// src/rules/systemd/unknown-directive/index.ts
var SYSTEMD_VERSION = /systemd (\d+)/.exec(DIRECTIVES_SOURCE)?.[1] ?? "";
function nearestKey(key, candidates) {
  const lower = key.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c.toLowerCase() === lower) return c;
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(1, Math.min(3, Math.floor(key.length / 4))) ? best : void 0;
}
function moveFix(text, d, target, eol) {
  const from = lineSpan(text, d);
  const last = target.children[target.children.length - 1];
  const anchor = last ? last.position.end.offset : target.headerPosition.end.offset;
  const body2 = text.slice(d.position.start.offset, d.position.end.offset);
  return {
    description: `Move \`${d.key}=\` to [${target.name}]`,
    applicability: "unsafe",
    edits: [
      { start: anchor, end: anchor, text: eol + body2 },
      { ...from, text: "" }
    ]
  };
}
var unknown_directive_default = defineRule({
  id: "systemd/unknown-directive",
  kinds: ["systemd"],
  severity: "warning",
  docs: {
    summary: "a key that no section of this unit type accepts, or that is in the wrong section; systemd ignores it with a warning (`X-` keys are allowed)",
    source: "systemd.directives(7); `systemd --dump-configuration-items`"
  },
  fixable: "unsafe",
  messages: {
    wrongSection: "Unexpected `{key}=` in [{section}], expected it in [{expected}]: systemd ignores it here",
    otherType: "Unexpected `{key}=` in [{section}]: it is a [{owner}] setting, which a .{type} unit does not have; systemd ignores it",
    typo: "Unexpected `{key}=` in [{section}], expected `{expected}=`: systemd ignores unknown keys",
    unknown: "Unexpected `{key}=` in [{section}]: systemd {version} knows no such key and ignores it (prefix your own keys with `X-`)"
  },
  check(ctx) {
    const type = ctx.tree.info.unitType;
    const allowed = sectionsOf(type);
    if (!allowed) return;
    for (const section of ctx.tree.children) {
      if (!allowed.includes(section.name)) continue;
      const keys = keysOf(section.name);
      for (const d of section.children) {
        if (d.type !== "directive" || keys.has(d.key) || d.key.startsWith("X-")) continue;
        if (deprecationOf(d.key, section.name)) continue;
        const at = d.keyPosition;
        const range = { start: at.start.offset, end: at.end.offset };
        const data = { key: d.key, section: section.name, type };
        const elsewhere = sectionsAccepting(d.key);
        const here = elsewhere.find((s) => allowed.includes(s));
        if (here) {
          const target = ctx.tree.children.find((s) => s.name === here);
          ctx.report({ messageId: "wrongSection", data: { ...data, expected: here }, at: range, fix: target ? moveFix(ctx.text, d, target, ctx.eol) : void 0 });
          continue;
        }
        if (elsewhere.length > 0 && !nearestKey(d.key, keys)) {
          ctx.report({ messageId: "otherType", data: { ...data, owner: elsewhere[0] }, at: range });
          continue;
        }
        const expected = nearestKey(d.key, keys) ?? nearestKey(d.key, allowed.flatMap((s) => [...keysOf(s)]));
        if (expected) {
          ctx.report({
            messageId: "typo",
            data: { ...data, expected },
            at: range,
            fix: { description: `Rename \`${d.key}=\` to \`${expected}=\``, applicability: "unsafe", edits: [{ ...range, text: expected }] }
          });
        } else {
          ctx.report({ messageId: "unknown", data: { ...data, version: SYSTEMD_VERSION }, at: range });
        }
      }
    }
  }
});

// src/rules/systemd/unknown-section/index.ts
function nearestSection(name2, candidates) {
  const plain = name2.trim().toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === plain);
  if (exact) return exact;
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(plain, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(plain.length / 3)) ? best : void 0;
}
var list = (names2) => names2.map((n) => `[${n}]`).join(", ");
var unknown_section_default = defineRule({
  id: "systemd/unknown-section",
  kinds: ["systemd"],
  severity: "error",
  docs: {
    summary: "a section name systemd does not know for this unit type (`[Service ]`, `[Instal]`): systemd ignores the whole section",
    source: "systemd.unit(5); systemd.syntax(7)"
  },
  fixable: "unsafe",
  messages: {
    typo: "Unexpected section `[{name}]`, expected `[{expected}]`: systemd ignores every line of an unknown section",
    otherType: "Unexpected section `[{name}]` in a .{type} unit, expected one of {allowed}: `[{name}]` belongs in a .{owner} unit, and systemd ignores it here",
    unknown: "Unexpected section `[{name}]`, expected one of {allowed} (or an `X-` section): systemd ignores every line of an unknown section"
  },
  check(ctx) {
    const type = ctx.tree.info.unitType;
    const allowed = sectionsOf(type);
    if (!allowed) return;
    for (const section of ctx.tree.children) {
      const name2 = section.name;
      if (allowed.includes(name2) || name2.startsWith("X-")) continue;
      const at = section.headerPosition;
      const range = { start: at.start.offset, end: at.end.offset };
      if (keysOf(name2)) {
        const owner = name2.toLowerCase();
        ctx.report({ messageId: "otherType", data: { name: name2, type, owner, allowed: list(allowed) }, at: range });
        continue;
      }
      const expected = nearestSection(name2, allowed);
      if (expected) {
        ctx.report({
          messageId: "typo",
          data: { name: name2, expected },
          at: range,
          fix: { description: `Rename the section to [${expected}]`, applicability: "unsafe", edits: [{ start: range.start, end: range.end, text: `[${expected}]` }] }
        });
      } else {
        ctx.report({ messageId: "unknown", data: { name: name2, allowed: list(allowed) }, at: range });
      }
    }
  }
});

// src/rules/systemd/unusual-wantedby/index.ts
init_parse();
var WHY = {
  "network.target": "it marks that the network stack is being set up; services that need the network order themselves `After=` it",
  "basic.target": "it is an early-boot synchronisation point; units pulled in by it run before most of the system is up",
  "sysinit.target": "it is an early-boot synchronisation point; units pulled in by it run before most of the system is up",
  "default.target": "it is an alias for whatever the boot target is, so the unit may not start when booting into another target"
};
var isUserUnit2 = (path) => /(^|\/)user\//.test(path);
var unusual_wantedby_default = defineRule({
  id: "systemd/unusual-wantedby",
  kinds: ["systemd"],
  severity: "info",
  docs: {
    summary: "`WantedBy=` a target that is not meant to pull in services (`network.target`, `basic.target`, `sysinit.target`, `default.target` on a system unit)",
    source: "lintian `systemd-service-file-refers-to-unusual-wantedby-target`; systemd.special(7)"
  },
  fixable: "unsafe",
  messages: {
    unusual: "Unexpected `WantedBy={target}`: {why}; use `WantedBy=multi-user.target` instead"
  },
  check(ctx) {
    const { tree } = ctx;
    if (tree.info.unitType !== "service") return;
    const dd = lastDirective(tree, "Unit", "DefaultDependencies");
    if (dd && !isTrue(dd.value)) return;
    const before = new Set(listWords(tree, "Unit", "Before").map((w) => w.word.text));
    for (const { word } of listWords(tree, "Install", "WantedBy")) {
      const target = word.text;
      const why = WHY[target];
      if (!why) continue;
      if (target === "default.target" && isUserUnit2(ctx.path)) continue;
      if (before.has(target)) continue;
      ctx.report({
        messageId: "unusual",
        data: { target, why },
        at: word,
        fix: { description: "Use WantedBy=multi-user.target", applicability: "unsafe", edits: [{ start: word.start, end: word.end, text: "multi-user.target" }] }
      });
    }
  }
});

// src/rules/sysv/kill-by-name/index.ts
init_shell();
var KILLERS = /* @__PURE__ */ new Set(["killall", "pkill"]);
var kill_by_name_default = defineRule({
  id: "sysv/kill-by-name",
  kinds: ["sysv"],
  severity: "warning",
  docs: {
    summary: "`killall`/`pkill` in `stop`: kills every process of that name, the administrator's own included",
    source: "lintian init.d-script-uses-killall (Debian policy); seed 001 on PID files"
  },
  fixable: "unsafe",
  messages: {
    byName: "Unexpected `{command}` in stop: it kills every process called {target}, not only this service's; use `start-stop-daemon --stop --pidfile \u2026` instead"
  },
  check(ctx) {
    const pidfile = ctx.tree.assignments.find((a) => a.name === "PIDFILE" && a.inFunction === void 0);
    for (const cmd of commandsForActions(ctx.tree, ["stop", "restart", "force-reload"])) {
      if (!KILLERS.has(cmd.program)) continue;
      const args2 = cmd.args.map(wordText);
      const signal = args2.find((a) => /^-(SIG)?[A-Z][A-Z0-9]*$|^-[0-9]+$/.test(a))?.replace(/^-(SIG)?/, "");
      const target = cmd.args.filter((a) => !a.raw.startsWith("-")).at(-1);
      if (!target) continue;
      const start2 = offsetOf(cmd.nameWord);
      const end = endOf2(cmd.args.at(-1));
      const simple = cmd.args.every((a) => a.raw === target.raw || /^-[A-Za-z0-9]+$/.test(a.raw));
      ctx.report({
        messageId: "byName",
        data: { command: ctx.text.slice(start2, end), target: target.raw },
        at: { start: start2, end },
        // Only with a known PID file and plain options can the replacement be written for them.
        ...pidfile && simple ? {
          fix: {
            description: "Stop the process recorded in the PID file",
            applicability: "unsafe",
            edits: [{ start: start2, end, text: `start-stop-daemon --stop --quiet${signal ? ` --signal ${signal}` : ""} --pidfile "$PIDFILE"` }]
          }
        } : {}
      });
    }
  }
});

// src/rules/sysv/lsb-header/index.ts
init_shell();
var FIELDS = ["Provides", "Required-Start", "Required-Stop", "Default-Start", "Default-Stop", "Short-Description"];
var INIT_PATH = /(^|\/)(init\.d|rc\.d)\/[^/]+$|\.init$/;
function field(name2, value) {
  return `# ${`${name2}:`.padEnd(19)}${value}`;
}
function inferred(script, path) {
  const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.(init|sh)$/, "");
  const top = (name2) => {
    const a = script.assignments.find((x) => x.name === name2 && x.inFunction === void 0);
    return a ? a.literal ?? (a.raw.includes("$") ? void 0 : unquote2(a.raw)) : void 0;
  };
  const provides = script.lsb?.fields.find((f2) => f2.name === "Provides")?.value || top("NAME") || base;
  const start2 = script.lsb?.fields.find((f2) => f2.name === "Required-Start")?.value;
  return {
    Provides: provides,
    "Required-Start": "$remote_fs $syslog",
    // Stop in the reverse order of what start needs.
    "Required-Stop": start2 || "$remote_fs $syslog",
    "Default-Start": "2 3 4 5",
    "Default-Stop": "0 1 6",
    "Short-Description": top("DESC") || `${provides} daemon`
  };
}
var lsb_header_default = defineRule({
  id: "sysv/lsb-header",
  kinds: ["sysv"],
  severity: "warning",
  docs: {
    summary: "an `init.d` script without a complete `### BEGIN INIT INFO` block (Provides, Required-Start, Required-Stop, Default-Start, Default-Stop, Short-Description)",
    source: "LSB 3.1 init script conventions; lintian init.d-script-missing-lsb-section"
  },
  fixable: "unsafe",
  messages: {
    missing: "Unexpected init script without an LSB header: insserv and systemd's generator cannot order it; add `### BEGIN INIT INFO` with Provides, Required-Start, Required-Stop, Default-Start, Default-Stop and Short-Description",
    incomplete: "Unexpected LSB header without {fields}: insserv and systemd's generator need them"
  },
  check(ctx) {
    const { lsb } = ctx.tree;
    if (!lsb && !INIT_PATH.test(ctx.path)) return;
    const values = inferred(ctx.tree, ctx.path);
    if (!lsb) {
      const lineEnd = ctx.text.indexOf("\n");
      const firstLine = lineEnd < 0 ? ctx.text.length : lineEnd;
      const shebang = ctx.text.startsWith("#!");
      const at = shebang ? { start: 0, end: ctx.text[firstLine - 1] === "\r" ? firstLine - 1 : firstLine } : { start: 0, end: 0 };
      const block = ["### BEGIN INIT INFO", ...FIELDS.map((f2) => field(f2, values[f2])), "### END INIT INFO", ""].join(ctx.eol);
      const insertAt = shebang ? lineEnd < 0 ? ctx.text.length : lineEnd + 1 : 0;
      const prefix = shebang && lineEnd < 0 ? ctx.eol : "";
      ctx.report({
        messageId: "missing",
        at,
        fix: { description: "Add an LSB header", applicability: "unsafe", edits: [{ start: insertAt, end: insertAt, text: prefix + block }] }
      });
      return;
    }
    const NEEDS_VALUE = /* @__PURE__ */ new Set(["Provides", "Short-Description"]);
    const present = new Set(lsb.fields.filter((f2) => !NEEDS_VALUE.has(f2.name) || f2.value.trim() !== "").map((f2) => f2.name));
    const missing = FIELDS.filter((f2) => !present.has(f2));
    if (missing.length === 0) return;
    const start2 = offsetOf(lsb);
    const nl = ctx.text.indexOf("\n", start2);
    const end = nl < 0 ? ctx.text.length : ctx.text[nl - 1] === "\r" ? nl - 1 : nl;
    const endMarker = lsb.closed ? ctx.text.slice(start2).search(/^###\s*END INIT INFO/m) : -1;
    const absent = missing.filter((f2) => !lsb.fields.some((x) => x.name === f2));
    const fix = endMarker >= 0 && absent.length === missing.length ? {
      description: `Add ${missing.join(", ")} to the LSB header`,
      applicability: "unsafe",
      edits: [{ start: start2 + endMarker, end: start2 + endMarker, text: missing.map((f2) => field(f2, values[f2]) + ctx.eol).join("") }]
    } : void 0;
    ctx.report({ messageId: "incomplete", data: { fields: missing.join(", ") }, at: { start: start2, end }, ...fix ? { fix } : {} });
  }
});

// src/rules/sysv/missing-action/index.ts
init_shell();
var REQUIRED = ["start", "stop", "restart", "force-reload", "status"];
var missing_action_default = defineRule({
  id: "sysv/missing-action",
  kinds: ["sysv"],
  severity: "warning",
  docs: {
    summary: 'the `case "$1"` dispatcher of an init script lacks `start`, `stop`, `restart`, `force-reload` or `status`',
    source: "LSB init script actions; lintian init.d-script-does-not-implement-required-option"
  },
  messages: {
    missing: "Unexpected dispatcher without {actions}: an LSB init script must implement start, stop, restart, force-reload and status"
  },
  check(ctx) {
    const dispatcher = findDispatcher(ctx.tree);
    if (!dispatcher) return;
    const patterns = new Set(dispatcher.arms.flatMap((arm) => arm.patterns.map((p) => p.replace(/^["']|["']$/g, ""))));
    if (!patterns.has("start") && !patterns.has("stop")) return;
    const missing = REQUIRED.filter((action) => !patterns.has(action));
    if (missing.length === 0) return;
    const start2 = offsetOf(dispatcher);
    const lineEnd = ctx.text.indexOf("\n", start2);
    const end = Math.min(lineEnd < 0 ? endOf2(dispatcher) : lineEnd, endOf2(dispatcher));
    ctx.report({
      messageId: "missing",
      data: { actions: missing.map((a) => `\`${a}\``).join(", ") },
      at: { start: start2, end: ctx.text[end - 1] === "\r" ? end - 1 : end }
    });
  }
});

// src/rules/sysv/multi-daemon-control/index.ts
init_convert();
var basename3 = (path) => path.slice(path.lastIndexOf("/") + 1);
var multi_daemon_control_default = defineRule({
  id: "sysv/multi-daemon-control",
  kinds: ["sysv"],
  severity: "warning",
  docs: {
    summary: "one script starts several daemons (a loop over a daemon list, several start commands): systemd cannot track them as one service",
    source: "seed 000 (ossec-control)"
  },
  fixable: "unsafe",
  messages: {
    several: "Unexpected control script that starts {count} daemons ({names}): systemd cannot track them as one service; use the template unit {unit} instead, one instance per daemon:\n{enable}"
  },
  check(ctx) {
    const found = controlCallers(ctx.project).get(basename3(ctx.path))?.[0];
    const caller = found ? { path: found.entry.path, tree: found.entry.tree, scriptArg: found.call.scriptArg } : void 0;
    const conversion = convertControlScript(ctx.tree, { scriptPath: ctx.path, ...caller ? { caller } : {} });
    if (!conversion) return;
    ctx.report({
      messageId: "several",
      data: {
        count: conversion.instances.length,
        names: conversion.instances.map((i2) => i2.name).join(", "),
        unit: conversion.unitName,
        enable: enableText(conversion)
      },
      at: conversion.analysis.at,
      fix: {
        description: `Create ${conversion.unitPath} (${conversion.bindirNote}) and enable one instance per daemon: ${conversion.enable}`,
        applicability: "unsafe",
        edits: [],
        files: [
          { path: conversion.unitPath, content: conversion.content },
          ...caller ? [{ path: caller.path, content: null }] : []
        ]
      }
    });
  }
});

// src/rules/sysv/no-native-unit/index.ts
init_convert();
init_native();
var INIT_PATH2 = /(^|\/)(init\.d|rc\.d)\/[^/]+$|\.init$/;
var no_native_unit_default = defineRule({
  id: "sysv/no-native-unit",
  kinds: ["sysv"],
  severity: "info",
  docs: {
    summary: "a SysV init script with no systemd unit of the same name in the repository",
    source: "seed 000; lintian omitted-systemd-service-for-init.d-script"
  },
  fixable: "unsafe",
  messages: {
    missing: "Unexpected init script without a native unit: systemd runs it through the generated {name}.service wrapper and cannot track its daemon; add {name}.service"
  },
  check(ctx) {
    if (!ctx.tree.lsb && !INIT_PATH2.test(ctx.path)) return;
    const name2 = serviceName(ctx.path);
    const provides = ctx.tree.lsb?.fields.find((f2) => f2.name === "Provides")?.value.split(/\s+/).filter(Boolean) ?? [];
    if ([name2, ...provides].some((n) => ctx.project.named(`${n}.service`).length > 0)) return;
    const defaultStart = ctx.tree.lsb?.fields.find((f2) => f2.name === "Default-Start");
    if (defaultStart && !defaultStart.value.split(/\s+/).some((level) => /^[2-5]$/.test(level))) return;
    const base = ctx.path.slice(ctx.path.lastIndexOf("/") + 1);
    if (controlCallers(ctx.project).has(base)) return;
    if (analyzeControlScript(ctx.tree)) return;
    const runs = (c) => c.program === "exec" || c.program === "command" ? c.args[0]?.raw.replace(/^.*\//, "") : c.program;
    if (ctx.tree.commands.some((c) => runs(c) === "systemctl")) return;
    const lineEnd = ctx.text.indexOf("\n");
    const end = lineEnd < 0 ? ctx.text.length : ctx.text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    const unit = nativeUnit(ctx.tree, ctx.path);
    ctx.report({
      messageId: "missing",
      data: { name: name2 },
      at: { start: 0, end },
      ...unit ? { fix: { description: `Create ${unit.path} from the LSB header and DAEMON=`, applicability: "unsafe", edits: [], files: [{ path: unit.path, content: unit.content }] } } : {}
    });
  }
});

// src/rules/sysv/sleep-for-sync/index.ts
init_shell();
function inPollingLoop(text, from, offset) {
  const stack = [];
  const body2 = text.slice(from, offset).replace(/#[^\n]*|'[^']*'|"(?:[^"\\]|\\.)*"/g, " ");
  for (const m of body2.matchAll(/(?:^|[\s;&|(])(for|while|until|done)(?=[\s;]|$)/g)) {
    if (m[1] === "done") stack.pop();
    else stack.push(m[1]);
  }
  const inner = stack.at(-1);
  return inner === "while" || inner === "until";
}
var sleep_for_sync_default = defineRule({
  id: "sysv/sleep-for-sync",
  kinds: ["sysv"],
  severity: "info",
  docs: {
    summary: "`sleep N` in start/stop used to wait for another process (a race: too short on a slow boot, wasted time on a fast one)",
    source: "seed 000 (ossec-control)"
  },
  messages: {
    sleep: "Unexpected `sleep {seconds}` in {action}: waiting a fixed time races with the process it waits for; wait for the condition itself (a PID file, a socket, `start-stop-daemon --retry`), or let systemd order the units"
  },
  check(ctx) {
    const reported = /* @__PURE__ */ new Set();
    for (const action of ["start", "stop", "restart"]) {
      for (const cmd of commandsForActions(ctx.tree, [action])) {
        if (cmd.program !== "sleep" || cmd.args.length !== 1) continue;
        const seconds = wordText(cmd.args[0]);
        if (!/^\d+(\.\d+)?s?$/.test(seconds) || Number.parseFloat(seconds) === 0) continue;
        if (reported.has(cmd)) continue;
        const fn = ctx.tree.functions.find((f2) => f2.name === cmd.inFunction);
        if (inPollingLoop(ctx.text, fn ? offsetOf(fn) : 0, offsetOf(cmd))) continue;
        reported.add(cmd);
        ctx.report({ messageId: "sleep", data: { seconds, action }, at: cmd });
      }
    }
  }
});

// src/rules/sysv/source-without-test/index.ts
init_shell();
var DEFAULTS = /^\/etc\/(default|sysconfig)\/[^/]+$/;
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var source_without_test_default = defineRule({
  id: "sysv/source-without-test",
  kinds: ["sysv"],
  severity: "warning",
  docs: {
    summary: "`. /etc/default/NAME` without a readability test: the script dies when the file is removed",
    source: "lintian init.d-script-sourcing-without-test"
  },
  fixable: "safe",
  messages: {
    untested: "Unexpected `. {file}` without a test: the script dies when the file is missing; use `[ -r {file} ] && . {file}` instead"
  },
  check(ctx) {
    for (const cmd of ctx.tree.commands) {
      if (cmd.name !== "." && cmd.name !== "source" || cmd.args.length !== 1) continue;
      const arg = cmd.args[0];
      const variable = soleVariable(arg.raw);
      const assigned = variable ? assignmentFor(ctx.tree, variable, offsetOf(cmd), cmd.inFunction) : void 0;
      const path = variable ? assigned?.literal ?? (assigned && !assigned.raw.includes("$") ? unquote2(assigned.raw) : void 0) : arg.literal ?? unquote2(arg.raw);
      if (!path || !DEFAULTS.test(path)) continue;
      const before = ctx.text.slice(Math.max(0, offsetOf(cmd) - 300), offsetOf(cmd));
      const names2 = [escape(arg.raw), escape(unquote2(arg.raw)), escape(path)];
      if (variable) names2.push(`"?\\$\\{?${variable}\\}?"?`);
      const guard = new RegExp(`(\\[|test)\\s+(!\\s+)?-[rfes]\\s+"?(${names2.join("|")})"?`);
      if (guard.test(before)) continue;
      const start2 = offsetOf(cmd);
      ctx.report({
        messageId: "untested",
        data: { file: arg.raw },
        at: { start: start2, end: endOf2(arg) },
        fix: {
          description: `Source ${arg.raw} only when it is readable`,
          applicability: "safe",
          edits: [{ start: start2, end: start2, text: `[ -r ${arg.raw} ] && ` }]
        }
      });
    }
  }
});

// src/rules/index.ts
var rules = [
  background_without_pidfile_default,
  custom_start_stop_default,
  depend_keyword_default,
  double_daemonize_default,
  extra_command_undefined_default,
  need_net_default,
  non_posix_default,
  pidfile_from_config_default,
  pidfile_in_user_dir_default,
  pidfile_legacy_path_default,
  prefer_foreground_default,
  reload_by_hand_default,
  reload_not_started_command_default,
  reload_without_checkconfig_default,
  restart_function_default,
  restart_without_checkconfig_default,
  shebang_default,
  su_instead_of_command_user_default,
  control_script_wrapper_default,
  dbus_without_busname_default,
  deprecated_directive_default,
  duplicate_directive_default,
  exec_path_not_absolute_default,
  forking_foreground_default,
  forking_without_pidfile_default,
  hardening_default,
  kill_mode_none_default,
  multiple_execstart_default,
  network_target_client_default,
  no_install_section_default,
  oneshot_daemon_default,
  oneshot_restart_default,
  pidfile_legacy_path_default2,
  pidfile_without_forking_default,
  prefer_wants_default,
  required_by_target_default,
  requires_without_after_default,
  runs_as_root_default,
  shell_syntax_in_exec_default,
  shell_wrapper_default,
  simple_daemonizes_default,
  specifier_misuse_default,
  unknown_directive_default,
  unknown_section_default,
  unusual_wantedby_default,
  kill_by_name_default,
  lsb_header_default,
  missing_action_default,
  multi_daemon_control_default,
  no_native_unit_default,
  sleep_for_sync_default,
  source_without_test_default
];

// src/core/lint.ts
var CORE_RULES = {
  "parse-error": { severity: "error", url: `${DOCS_BASE}parse-error/README.md` },
  "unused-suppression": { severity: "warning", url: `${DOCS_BASE}unused-suppression/README.md` }
};
var processorCache = /* @__PURE__ */ new WeakMap();
function processorFor(kind, config, rules2) {
  let byKind = processorCache.get(config);
  if (!byKind || rules2 !== rules) {
    byKind = /* @__PURE__ */ new Map();
    if (rules2 === rules) processorCache.set(config, byKind);
  }
  let processor = byKind.get(kind);
  if (!processor) {
    processor = unified();
    for (const rule of rules2) {
      if (!rule.kinds.includes(kind)) continue;
      const setting = ruleSeverity(config, rule);
      if (!setting) continue;
      const options = setting.options ?? (config.extends === "strict" ? { strict: true } : void 0);
      processor.use(rule.plugin, { level: setting.configured ? setting.level : void 0, options });
    }
    processor.freeze();
    byKind.set(kind, processor);
  }
  return processor;
}
function toFinding(file) {
  return file.messages.map((m) => {
    const start2 = m.place && "start" in m.place ? m.place.start : m.place;
    const end = m.place && "end" in m.place ? m.place.end : start2;
    return {
      ruleId: m.ruleId ?? "unknown",
      severity: m.fatal === true ? "error" : m.fatal === false ? "warning" : "info",
      message: m.reason,
      line: start2?.line ?? 1,
      column: start2?.column ?? 1,
      endLine: end?.line ?? start2?.line ?? 1,
      endColumn: end?.column ?? start2?.column ?? 1,
      startOffset: start2?.offset ?? 0,
      endOffset: end?.offset ?? start2?.offset ?? 0,
      ...m.url ? { url: m.url } : {},
      ...m.fix ? { fix: m.fix } : {}
    };
  });
}
var bySeverityThenPosition = (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
async function lintFiles(inputs, options = {}) {
  const config = options.config ?? defaultConfig();
  const rules2 = options.rules ?? rules;
  const classified = inputs.map((input) => {
    const { text, bom } = stripBom(input.text);
    return { input, text, bom, kind: input.kind ?? classify(input.path, text) };
  });
  if (classified.some((c) => c.kind !== null && c.kind !== "systemd")) await prepareParsers();
  const every = Math.max(1, options.progressEvery ?? 500);
  const progress = (phase, i2) => {
    if (options.onProgress && i2 > 0 && i2 % every === 0) options.onProgress(phase, i2, inputs.length);
  };
  const parsed = classified.map(({ input, text, bom, kind }, i2) => {
    progress("parse", i2);
    if (!kind) return { input, kind: null };
    const { tree, errors } = parseSource(kind, text, input.path);
    return { input, kind, text, bom, lines: new LineIndex(text), tree, errors };
  });
  const linted = parsed.filter((p) => p.kind !== null).map((p) => ({ path: p.input.path, kind: p.kind, text: p.text, tree: p.tree }));
  const paths = new Set(linted.map((e) => e.path));
  const project = new Project([...linted, ...(options.context ?? []).filter((e) => !paths.has(e.path))]);
  return parsed.map((p, i2) => {
    progress("lint", i2);
    if (p.kind === null) return { path: p.input.path, kind: null, findings: [] };
    const file = new VFile({ path: p.input.path, value: p.text });
    file.data.initlint = { kind: p.kind, text: p.text, lines: p.lines, eol: detectEol(p.text), project, bom: p.bom };
    processorFor(p.kind, config, rules2).runSync(p.tree, file);
    const findings = toFinding(file);
    const parseErrors = ruleSeverity(config, { id: "parse-error", severity: "error" }) ?? { level: "error" };
    for (const error of p.errors) {
      const start2 = p.lines.point(error.start);
      const end = p.lines.point(error.end);
      findings.push({
        ruleId: "parse-error",
        severity: parseErrors.level,
        message: error.message,
        line: start2.line,
        column: start2.column,
        endLine: end.line,
        endColumn: end.column,
        startOffset: start2.offset,
        endOffset: end.offset,
        url: CORE_RULES["parse-error"].url
      });
    }
    if (options.extraFindings) {
      const ours = new Set(findings.map((f2) => `${f2.line}:${f2.column}`));
      findings.push(...options.extraFindings(p.input.path, p.kind, p.text).filter((f2) => !ours.has(`${f2.line}:${f2.column}`)));
    }
    const suppressions = findSuppressions(p.lines);
    const kept = applySuppressions(findings, suppressions);
    const unused = ruleSeverity(config, { id: "unused-suppression", severity: "warning" });
    if (unused) {
      for (const s of suppressions) {
        if (s.used || s.kind === "enable") continue;
        const start2 = p.lines.point(s.start);
        const end = p.lines.point(s.end);
        kept.push({
          ruleId: "unused-suppression",
          severity: unused.level,
          message: `Unexpected suppression \`initlint-${s.kind}${s.rules.length ? " " + s.rules.join(", ") : ""}\`: it suppresses nothing, remove it`,
          line: start2.line,
          column: start2.column,
          endLine: end.line,
          endColumn: end.column,
          startOffset: start2.offset,
          endOffset: end.offset,
          url: CORE_RULES["unused-suppression"].url,
          fix: { description: "Remove the unused suppression comment", applicability: "safe", edits: [{ start: p.lines.lineStart(s.line), end: s.line < p.lines.lineCount ? p.lines.lineStart(s.line + 1) : s.end, text: "" }] }
        });
      }
    }
    kept.sort(bySeverityThenPosition);
    return { path: p.input.path, kind: p.kind, text: p.text, findings: kept };
  });
}
async function parseContext(inputs) {
  const classified = inputs.map((input) => {
    const { text } = stripBom(input.text);
    return { input, text, kind: input.kind ?? classify(input.path, text) };
  });
  if (classified.some((c) => c.kind !== null && c.kind !== "systemd")) await prepareParsers();
  const entries = [];
  for (const { input, text, kind } of classified) {
    if (kind) entries.push({ path: input.path, kind, text, tree: parseSource(kind, text, input.path).tree });
  }
  return entries;
}
async function fixText(path, text, options = {}) {
  const { text: body2, bom } = stripBom(text);
  const context = [...options.context ?? [], ...options.others ? await parseContext(options.others) : []];
  let current = body2;
  const fixed = [];
  const files = [];
  let passes = 0;
  let result;
  for (; ; ) {
    [result] = await lintFiles([{ path, text: current }], { ...options, context });
    if (passes >= MAX_FIX_PASSES) break;
    const pass = applyFixes(current, result.findings, options.unsafe ?? false);
    if (pass.fixed.length === 0 || pass.output === current && pass.files.length === 0) break;
    passes++;
    fixed.push(...pass.fixed);
    for (const f2 of pass.files) if (!files.some((g) => g.path === f2.path)) files.push(f2);
    if (pass.output === current) break;
    current = pass.output;
  }
  return { output: (bom ? "\uFEFF" : "") + current, result, fixed, files, passes };
}

// src/cli/main.ts
init_write();
init_text();

// src/reporters/json.ts
function formatJson(results) {
  const files = results.filter((r) => r.kind !== null || r.findings.length > 0).map((r) => ({
    path: r.path,
    kind: r.kind,
    ...r.skipped ? { skipped: r.skipped } : {},
    messages: r.findings.map((f2) => ({
      ruleId: f2.ruleId,
      severity: f2.severity,
      message: f2.message,
      line: f2.line,
      column: f2.column,
      endLine: f2.endLine,
      endColumn: f2.endColumn,
      ...f2.fix ? { fix: f2.fix } : {}
    }))
  }));
  return JSON.stringify(files, null, 2) + "\n";
}

// src/reporters/rdjson.ts
var RD_SEVERITY = { error: "ERROR", warning: "WARNING", info: "INFO" };
function formatRdjson(results) {
  const diagnostics = results.flatMap(
    (r) => r.findings.map((f2) => {
      const suggestions = f2.fix && f2.fix.edits.length > 0 && r.text !== void 0 ? f2.fix.edits.map((e) => ({ range: rangeOf(r.text, e.start, e.end), text: e.text })) : void 0;
      return {
        message: f2.message,
        location: {
          path: r.path,
          range: { start: { line: f2.line, column: f2.column }, end: { line: f2.endLine, column: f2.endColumn } }
        },
        severity: RD_SEVERITY[f2.severity],
        code: { value: f2.ruleId, ...f2.url ? { url: f2.url } : {} },
        ...suggestions ? { suggestions } : {}
      };
    })
  );
  return JSON.stringify({ source: { name: "initlint", url: "https://github.com/initlint/initlint" }, diagnostics }) + "\n";
}
function rangeOf(text, start2, end) {
  const point2 = (offset) => {
    const before = text.slice(0, offset);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = offset - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
    return { line, column };
  };
  return { start: point2(start2), end: point2(end) };
}

// src/core/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(path, ruleId, text, finding) {
  const lines = (text ?? "").split(/\r\n|\r|\n/).slice(finding.line - 1, Math.max(finding.line, finding.endLine));
  const content = lines.map((l) => l.trim().replace(/\s+/g, " ")).join("\n");
  return createHash("sha256").update(`${ruleId}\0${path}\0${content}`).digest("hex").slice(0, 16);
}

// src/reporters/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
function formatSarif(results, options = {}) {
  const rules2 = options.rules ?? rules;
  const descriptors = [
    ...Object.entries(CORE_RULES).map(([id, meta]) => ({
      id,
      shortDescription: { text: id === "parse-error" ? "The file cannot be parsed" : "A suppression comment suppresses nothing" },
      helpUri: meta.url,
      defaultConfiguration: { level: LEVEL[meta.severity] }
    })),
    ...rules2.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.docs.summary },
      helpUri: rule.url,
      help: { text: `${rule.docs.summary} Source: ${rule.docs.source}.` },
      defaultConfiguration: { level: LEVEL[rule.severity], ...rule.strict ? { enabled: false } : {} },
      properties: { tags: [rule.kinds[0]], ...rule.fixable ? { fixable: rule.fixable } : {} }
    }))
  ];
  const index2 = new Map(descriptors.map((d, i2) => [d.id, i2]));
  const extra = /* @__PURE__ */ new Map();
  const sarifResults = results.flatMap(
    (r) => r.findings.map((f2) => {
      let ruleIndex = index2.get(f2.ruleId);
      if (ruleIndex === void 0) {
        ruleIndex = extra.get(f2.ruleId) ?? descriptors.length;
        if (!extra.has(f2.ruleId)) {
          extra.set(f2.ruleId, ruleIndex);
          descriptors.push({ id: f2.ruleId, shortDescription: { text: f2.ruleId }, helpUri: f2.url ?? "", defaultConfiguration: { level: LEVEL[f2.severity] } });
        }
      }
      const fixes = f2.fix && r.text !== void 0 ? [
        {
          description: { text: f2.fix.description },
          artifactChanges: [
            ...f2.fix.edits.length ? [
              {
                artifactLocation: { uri: r.path },
                replacements: f2.fix.edits.map((e) => ({
                  deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
                  insertedContent: { text: e.text }
                }))
              }
            ] : [],
            ...(f2.fix.files ?? []).map((file) => ({
              artifactLocation: { uri: file.path },
              replacements: [
                {
                  deletedRegion: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                  ...file.content !== null ? { insertedContent: { text: file.content } } : {}
                }
              ]
            }))
          ]
        }
      ] : void 0;
      return {
        ruleId: f2.ruleId,
        ruleIndex,
        level: LEVEL[f2.severity],
        message: { text: f2.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: r.path },
              region: { startLine: f2.line, startColumn: f2.column, endLine: f2.endLine, endColumn: f2.endColumn }
            }
          }
        ],
        partialFingerprints: { "initlint/v1": fingerprint(r.path, f2.ruleId, r.text, f2) },
        ...fixes ? { fixes } : {}
      };
    })
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "initlint",
            informationUri: "https://github.com/initlint/initlint",
            version: options.version ?? "0.1.0",
            rules: descriptors
          }
        },
        results: sarifResults
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}

// src/reporters/stylish.ts
init_text();
var paint = (on, code, text) => on ? `\x1B[${code}m${text}\x1B[0m` : text;
var SEVERITY_COLOR = { error: 31, warning: 33, info: 36 };
function formatStylish(results, options = {}) {
  const color = options.color ?? false;
  const out2 = [];
  const totals = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  for (const result of results) {
    if (result.skipped) {
      out2.push(`${paint(color, 4, escapeControl(result.path))}: skipped: ${escapeControl(result.skipped)}`);
      continue;
    }
    if (result.findings.length === 0) continue;
    out2.push(paint(color, 4, escapeControl(result.path)));
    const rows = result.findings.map((f2) => [
      `  ${f2.line}:${f2.column}`,
      paint(color, SEVERITY_COLOR[f2.severity], f2.severity),
      escapeControl(f2.message.replace(/\r?\n/g, " ")) + (f2.fix ? ` (${f2.fix.applicability} fix)` : ""),
      paint(color, 2, escapeControl(f2.ruleId))
    ]);
    const width = Math.max(...rows.map((r) => r[0].length));
    const sevWidth = Math.max(...result.findings.map((f2) => f2.severity.length));
    for (const [i2, row] of rows.entries()) {
      const f2 = result.findings[i2];
      out2.push(`${row[0].padEnd(width)}  ${row[1]}${" ".repeat(sevWidth - f2.severity.length)}  ${row[2]}  ${row[3]}`);
      totals[f2.severity]++;
      if (f2.fix?.applicability === "safe") fixable++;
    }
    out2.push("");
  }
  const total = totals.error + totals.warning + totals.info;
  if (total === 0) return out2.length ? out2.join("\n") + "\n" : "";
  out2.push(
    paint(color, totals.error ? 31 : 33, `\u2716 ${total} problem${total === 1 ? "" : "s"} (${totals.error} error${totals.error === 1 ? "" : "s"}, ${totals.warning} warning${totals.warning === 1 ? "" : "s"}, ${totals.info} info)`)
  );
  if (fixable) out2.push(`  ${fixable} can be fixed with \`--fix\``);
  return out2.join("\n") + "\n";
}

// src/shellcheck/index.ts
init_text();
import { execFileSync } from "node:child_process";
var OPENRC_VARIABLES = /* @__PURE__ */ new Set([
  "name",
  "description",
  "command",
  "command_args",
  "command_args_background",
  "command_args_foreground",
  "command_background",
  "command_progress",
  "command_user",
  "pidfile",
  "procname",
  "extra_commands",
  "extra_started_commands",
  "extra_stopped_commands",
  "start_stop_daemon_args",
  "supervisor",
  "supervise_daemon_args",
  "respawn_delay",
  "respawn_max",
  "respawn_period",
  "retry",
  "required_dirs",
  "required_files",
  "start_inactive",
  "in_background",
  "capabilities",
  "directory",
  "chroot",
  "umask",
  "output_log",
  "error_log",
  "output_logger",
  "error_logger",
  "input_file",
  "stopsig",
  "healthcheck_delay",
  "healthcheck_timer",
  "no_new_privs",
  "notify",
  "secbits",
  "ready",
  "timeout",
  "export_pidfile"
]);
var OPENRC_VARIABLE_PREFIXES = /^(?:rc_|description_|command_|start_stop_daemon_|supervise_daemon_|output_|error_|healthcheck_|respawn_)/;
var OPENRC_EXCLUDED = /* @__PURE__ */ new Set([
  2154,
  // "referenced but not assigned": RC_SVCNAME and conf.d variables are set by openrc-run
  2317,
  // "unreachable": start(), stop(), depend() … are called by openrc-run
  1008
  // unrecognized shebang `#!/sbin/openrc-run` (we pass -s sh)
]);
var available;
function isShellcheckAvailable() {
  if (available === void 0) {
    try {
      execFileSync("shellcheck", ["--version"], { stdio: ["ignore", "pipe", "ignore"], timeout: 1e4 });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}
var SEVERITY = { error: "error", warning: "warning", info: "info", style: "info" };
function dialect(text) {
  const m = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+)?(bash|ksh|dash|sh)\b/.exec(text);
  return m?.[1] ?? "sh";
}
function offsetOf2(lines, line, column) {
  const start2 = lines.lineStart(line);
  const end = lines.lineEnd(line);
  let offset = start2;
  for (let k = 1; k < column && offset < end; k++) {
    const c = lines.text.charCodeAt(offset);
    offset += c >= 55296 && c <= 56319 && offset + 1 < end ? 2 : 1;
  }
  return offset;
}
function isIgnored(comment, kind) {
  if (kind !== "openrc" && kind !== "openrc-conf") return false;
  if (OPENRC_EXCLUDED.has(comment.code)) return true;
  if (comment.code === 2034) {
    if (kind === "openrc-conf") return true;
    const name2 = /^(\S+) appears unused/.exec(comment.message)?.[1] ?? "";
    return OPENRC_VARIABLES.has(name2) || OPENRC_VARIABLE_PREFIXES.test(name2);
  }
  return false;
}
function toFix(comment, lines) {
  if (!comment.fix || comment.fix.replacements.length === 0) return void 0;
  const edits = comment.fix.replacements.map((r) => {
    const start2 = offsetOf2(lines, r.line, r.column);
    return { start: start2, end: Math.max(start2, offsetOf2(lines, r.endLine, r.endColumn)), text: r.replacement };
  });
  return { description: `Apply shellcheck's suggestion for SC${comment.code}`, applicability: "unsafe", edits };
}
function runShellcheck(text, kind) {
  if (kind === "systemd" || !isShellcheckAvailable()) return [];
  let stdout;
  const args2 = ["--norc", "-s", kind === "openrc-conf" ? "sh" : dialect(text), "-e", "SC1090,SC1091", "-f", "json1", "-"];
  try {
    stdout = execFileSync("shellcheck", args2, { input: text, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 6e4, stdio: ["pipe", "pipe", "ignore"] });
  } catch (error) {
    const e = error;
    if (e.status !== 1 || typeof e.stdout !== "string") return [];
    stdout = e.stdout;
  }
  let comments;
  try {
    comments = JSON.parse(stdout).comments ?? [];
  } catch {
    return [];
  }
  const lines = new LineIndex(text);
  const findings = [];
  for (const c of comments) {
    if (isIgnored(c, kind)) continue;
    const startOffset = offsetOf2(lines, c.line, c.column);
    const endOffset = Math.max(startOffset, offsetOf2(lines, c.endLine, c.endColumn));
    const start2 = lines.point(startOffset);
    const end = lines.point(endOffset);
    const finding = {
      ruleId: `shellcheck/SC${c.code}`,
      severity: SEVERITY[c.level] ?? "warning",
      message: c.message,
      line: start2.line,
      column: start2.column,
      endLine: end.line,
      endColumn: end.column,
      startOffset,
      endOffset,
      url: `https://www.shellcheck.net/wiki/SC${c.code}`
    };
    const fix = toFix(c, lines);
    if (fix) finding.fix = fix;
    findings.push(finding);
  }
  return findings;
}
function shellcheckFindings(config) {
  if (config.shellcheck === "off" || !isShellcheckAvailable()) return void 0;
  return (_path, kind, text) => {
    const out2 = [];
    for (const finding of runShellcheck(text, kind)) {
      const setting = config.rules[finding.ruleId];
      if (setting?.level === "off") continue;
      out2.push(setting ? { ...finding, severity: setting.level } : finding);
    }
    return out2;
  };
}

// src/cli/main.ts
var VERSION = "0.1.0";
var USAGE2 = `Usage: initlint [options] [paths|globs\u2026]
       initlint convert FILE [--bindir DIR] [--write]

Lints systemd units, OpenRC service scripts and System V rc scripts.
Directories are walked (.gitignore respected); files are classified by path and content.

Options:
  --fix                 apply safe fixes in place
  --fix-unsafe          apply safe and unsafe fixes in place (and write files cross-file fixes create)
  --format FORMAT       stylish (default), json, sarif or rdjson
  --config FILE         use this config instead of the nearest .initlint.yml
  --max-warnings N      exit 1 when there are more than N warnings
  --max-file-size BYTES skip larger files (default 1048576)
  --quiet               report errors only
  --no-color            plain output
  -o, --output-file F   write the report to F instead of stdout
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 no error-level finding, 1 findings at error level (or over --max-warnings), 2 usage or config error.
`;
var FORMATS = ["stylish", "json", "sarif", "rdjson"];
async function fixOnDisk(inputs, results, options, io) {
  const context = await parseContext(inputs);
  const fixedAll = await Promise.all(
    results.map(async (result, i2) => {
      const input = inputs[i2];
      if (result.kind === null || input.invalidUtf8 || !result.findings.some((f2) => f2.fix && (options.unsafe || f2.fix.applicability === "safe"))) return void 0;
      return fixText(input.path, input.text, { ...options, context });
    })
  );
  let fixedCount = 0;
  const claimed = /* @__PURE__ */ new Set();
  const out2 = results.map((result, i2) => {
    const fixed = fixedAll[i2];
    if (!fixed) return result;
    const input = inputs[i2];
    const batch = [];
    if (fixed.output !== input.text) batch.push({ path: input.path, content: fixed.output, mode: "edit" });
    for (const file of fixed.files) if (file.content !== null) batch.push({ path: file.path, content: file.content, mode: "create" });
    if (batch.length === 0) return result;
    const clash = batch.find((t) => t.mode === "create" && claimed.has(resolve5(io.cwd, t.path)));
    const { written, refused } = clash ? { written: [], refused: [{ path: clash.path, reason: "another fix in this run creates it too; not written" }] } : writeFiles(io.cwd, batch);
    for (const t of batch) if (t.mode === "create") claimed.add(resolve5(io.cwd, t.path));
    for (const r of refused) io.stderr(`initlint: ${escapeControl(r.path)}: ${r.reason}; the fixes of ${escapeControl(input.path)} are not applied
`);
    for (const path of written) if (path !== input.path) io.stderr(`initlint: wrote ${escapeControl(path)}
`);
    if (refused.length) return result;
    fixedCount += fixed.fixed.length;
    return fixed.result;
  });
  io.stderr(`initlint: applied ${fixedCount} fix${fixedCount === 1 ? "" : "es"}
`);
  return out2;
}
async function main(argv, io) {
  if (argv[0] === "convert") {
    const { convertCommand: convertCommand2 } = await Promise.resolve().then(() => (init_convert2(), convert_exports));
    return convertCommand2(argv.slice(1), io);
  }
  let parsed;
  try {
    parsed = parseArgs2({
      args: [...argv],
      allowPositionals: true,
      options: {
        fix: { type: "boolean" },
        "fix-unsafe": { type: "boolean" },
        format: { type: "string", short: "f" },
        config: { type: "string", short: "c" },
        "max-warnings": { type: "string" },
        "max-file-size": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        "output-file": { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    io.stderr(`initlint: ${error.message}

${USAGE2}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE2);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const format2 = values.format ?? "stylish";
  if (!FORMATS.includes(format2)) {
    io.stderr(`initlint: unexpected --format ${values.format}, expected one of ${FORMATS.join(", ")}
`);
    return 2;
  }
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      io.stderr("initlint: --max-warnings takes a whole number \u2265 0\n");
      return 2;
    }
  }
  let config;
  try {
    config = loadConfig(io.cwd, rules.map((r) => r.id), values.config);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`initlint: ${error.message}
`);
      return 2;
    }
    throw error;
  }
  if (values["max-file-size"] !== void 0) {
    const n = Number(values["max-file-size"]);
    if (!Number.isInteger(n) || n <= 0) {
      io.stderr("initlint: --max-file-size takes a positive number of bytes\n");
      return 2;
    }
    config.maxFileSize = n;
  }
  const collected = collectFiles(positionals, { cwd: io.cwd, ignore: config.ignore, maxFileSize: config.maxFileSize });
  for (const missing of collected.missing) io.stderr(`initlint: ${escapeControl(missing)}: no such file or directory
`);
  for (const skipped of collected.skipped) io.stderr(`initlint: ${escapeControl(skipped.path)}: ${skipped.reason}
`);
  for (const input of collected.inputs) {
    if (input.invalidUtf8) io.stderr(`initlint: ${escapeControl(input.path)}: not valid UTF-8; linted with replacement characters, fixes not written
`);
  }
  const lintOptions = { config, extraFindings: shellcheckFindings(config) };
  let results = await lintFiles(collected.inputs, lintOptions);
  if (values.fix || values["fix-unsafe"]) {
    results = await fixOnDisk(collected.inputs, results, { ...lintOptions, unsafe: Boolean(values["fix-unsafe"]) }, io);
  }
  const reported = values.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f2) => f2.severity === "error") })) : results;
  const linted = reported.filter((r) => r.kind !== null);
  const output = format2 === "json" ? formatJson(linted) : format2 === "sarif" ? formatSarif(linted, { version: VERSION }) : format2 === "rdjson" ? formatRdjson(linted) : formatStylish(linted, { color: values["no-color"] ? false : values.color ?? io.color ?? false });
  if (values["output-file"]) {
    const target = values["output-file"];
    const { refused } = writeFiles(reportRoot(io.cwd, target), [{ path: resolve5(io.cwd, target), content: output, mode: "report" }]);
    for (const r of refused) io.stderr(`initlint: ${escapeControl(target)}: ${r.reason}
`);
    if (refused.length) return 2;
  } else io.stdout(output);
  const all2 = results.flatMap((r) => r.findings);
  const errors = all2.filter((f2) => f2.severity === "error").length;
  const warnings = all2.filter((f2) => f2.severity === "warning").length;
  if (errors > 0) return 1;
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr(`initlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}
`);
    return 1;
  }
  return 0;
}

// src/cli/index.ts
setFlagsFromString("--liftoff-only");
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color: process.stdout.isTTY && !process.env.NO_COLOR
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`initlint: internal error: ${error instanceof Error ? error.stack : String(error)}
`);
    process.exitCode = 2;
  }
);
