/**
 * The shell parser adapter: tree-sitter-bash (WASM, error tolerant) turns an
 * OpenRC or SysV script into a concrete tree, and this module walks it once to
 * build the domain nodes of `types.ts`. Positions are UTF-16 offsets (web-tree-sitter
 * parses JS strings as UTF-16, so its indices are already code units).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Position } from 'unist';
import type { Parser, Tree } from 'web-tree-sitter';

type TsNodeOf<T extends Tree> = T['rootNode'];
import { LineIndex } from '../../text/index.js';
import { CODE_PART, markLoaded } from '../code-parts.js';
import { RESERVED_WORDS, reservedCommandName, shellErrors } from './errors.js';
import { runtimeOptions } from './runtime-io.js';
import { secondOpinion } from './second-opinion.js';
import { useBaselineWasm } from './wasm-flags.js';
import { skeleton } from './skeleton.js';
import { plainTree, useCursorExports, type PlainNode as TsNode } from './tree.js';
import type { Assignment, CaseArm, CaseStatement, DependVerb, ForLoop, FunctionDef, LsbField, LsbHeader, NonPosixConstruct, ShellScript, ShellSyntaxError, SimpleCommand, Word } from './types.js';

/** File names of the WASM modules; the bundle build copies them next to dist/index.js. */
export const SHELL_WASM_FILES = {
  runtime: 'web-tree-sitter.wasm',
  bash: 'tree-sitter-bash.wasm',
} as const;

let parser: Parser | null = null;
let loading: Promise<void> | null = null;
let loadError: Error | null = null;

/** Reads a WASM file next to this module (the bundle), else from its package (source tree, tests). */
function readWasm(file: string, specifier: string): Uint8Array {
  const tried: string[] = [];
  try {
    const path = fileURLToPath(new URL(`./${file}`, import.meta.url));
    tried.push(path);
    return readFileSync(path);
  } catch {
    // Not bundled: fall through to the package.
  }
  try {
    const path = createRequire(import.meta.url).resolve(specifier);
    tried.push(path);
    return readFileSync(path);
  } catch {
    throw new Error(`cannot find ${file} (looked at ${tried.join(', ') || specifier})`);
  }
}

/** Loads the WASM runtime and the bash grammar, once; later calls share the first load. */
export function loadShellParser(): Promise<void> {
  loading ??= (async () => {
    try {
      markLoaded(CODE_PART.shellParser);
      useBaselineWasm();
      const runtime = readWasm(SHELL_WASM_FILES.runtime, `web-tree-sitter/${SHELL_WASM_FILES.runtime}`);
      // Loaded here, not at start-up: a run over units only never needs it.
      const { Language, Parser } = await import('web-tree-sitter');
      const { options: binding, failed } = runtimeOptions(runtime);
      await Promise.race([Parser.init(binding), failed]);
      useCursorExports(binding);
      const bash = await Language.load(readWasm(SHELL_WASM_FILES.bash, `tree-sitter-bash/${SHELL_WASM_FILES.bash}`));
      const p = new Parser();
      p.setLanguage(bash);
      parser = p;
    } catch (error) {
      loadError = error as Error;
    }
  })();
  return loading;
}

/**
 * Parses `text` and hands its concrete tree, as plain nodes, to `read`: for
 * callers that read shell words or command lists themselves (the words of an
 * OpenRC `command_args` value, the commands of an `sh -c` string). Undefined
 * when the parser is not loaded or fails; `hasError` says tree-sitter found an
 * ERROR or MISSING node.
 */
export function readShellTree<T>(text: string, read: (root: TsNode, hasError: boolean) => T): T | undefined {
  const tree = parser?.parse(text);
  if (!tree) return undefined;
  try {
    return read(plainTree(tree), tree.rootNode.hasError);
  } finally {
    tree.delete();
  }
}

function emptyScript(text: string, lines: LineIndex, errors: ShellSyntaxError[]): ShellScript {
  return {
    type: 'script',
    assignments: [],
    functions: [],
    commands: [],
    depend: [],
    loops: [],
    cases: [],
    nonPosix: [],
    errors,
    children: [],
    position: { start: lines.point(0), end: lines.point(text.length) },
  };
}

/**
 * Parses an OpenRC or SysV script into domain nodes. Never throws: syntax
 * errors and a missing parser become `errors`.
 *
 * @param text The script, BOM removed; LF, CRLF and CR line ends are accepted.
 */
export function parseShell(text: string): ShellScript {
  const lines = LineIndex.of(text);
  if (!parser) {
    const why = loadError ? loadError.message : 'loadShellParser() was not awaited';
    return emptyScript(text, lines, [{ message: `Shell parser unavailable: ${why}`, position: { start: lines.point(0), end: lines.point(0) } }]);
  }
  const failure = (why: string) => emptyScript(text, lines, [{ message: `Unexpected parser failure: ${why}`, position: { start: lines.point(0), end: lines.point(0) } }]);
  let tree: Tree | null = null;
  try {
    tree = parser.parse(text);
    if (!tree) return failure('the script could not be parsed');
    const builder = new Builder(text, lines);
    const script = builder.build(plainTree(tree));
    // Errors (and reserved words taken for command names) are confirmed on the skeleton.
    script.errors = tree.rootNode.hasError || builder.misplaced.length > 0 ? verifiedErrors(parser, text, lines) : [];
    return script;
  } catch (error) {
    // A bug here must not lose the file: it becomes a parse error the user sees.
    parser.reset();
    return failure((error as Error).message);
  } finally {
    tree?.delete();
  }
}

/**
 * tree-sitter-bash also errs on some valid scripts; an error counts only when
 * the script's skeleton (content blanked, structure kept) fails to parse too.
 */
function verifiedErrors(p: Parser, text: string, lines: LineIndex): ShellSyntaxError[] {
  const errors = skeletonErrors(p, text, lines);
  // mvdan/sh, a strict parser that agrees with `bash -n` (bench/shell-parser/README.md), has the
  // last word: tree-sitter's misreadings of valid shell are not errors. Its bash dialect, because
  // tree-sitter's grammar is bash's and a bashism under `#!/bin/sh` is a portability finding
  // (openrc/non-posix), not a syntax error. Without it, the skeleton check decides alone.
  if (errors.length === 0 || secondOpinion(text, 'bash') === null) return [];
  return errors;
}

function skeletonErrors(p: Parser, text: string, lines: LineIndex): ShellSyntaxError[] {
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

/**
 * tree-sitter-bash sometimes carries a misreading far down a valid script and then
 * takes `fi`/`done` for command names. A stray closer is real only if it is still one
 * when the text is parsed again from the start of the top-level statement holding it.
 */
function confirmedFromStatement(p: Parser, sk: string, root: TsNodeOf<Tree>, offset: number): boolean {
  let start = 0;
  for (let i = 0; i < root.childCount; i++) {
    const child = root.child(i);
    if (child && child.startIndex <= offset && offset < child.endIndex) {
      start = child.startIndex;
      break;
    }
  }
  if (start === 0) return true;
  const again = p.parse(sk.slice(start));
  if (!again) return true;
  try {
    const word = reservedCommandName(again.rootNode, sk.slice(start));
    return word !== null && word.startIndex + start === offset;
  } finally {
    again.delete();
  }
}

// ---------------------------------------------------------------------------

/** Keywords of the LSB init-script comment block (LSB core spec, "Comment Conventions for Init Scripts"). */
const LSB_KEYWORDS = new Set(['Provides', 'Required-Start', 'Required-Stop', 'Should-Start', 'Should-Stop', 'Default-Start', 'Default-Stop', 'Short-Description', 'Description']);

/** Nesting deeper than this is not walked (no real script comes close; keeps the JS stack safe). */
const MAX_DEPTH = 1000;

interface Context {
  inFunction?: string;
  background: boolean;
}

/** Removes backslash quoting from an unquoted word. */
function unescapeWord(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(\r\n|[\s\S])/g, (_, c: string) => (c === '\n' || c === '\r\n' ? '' : c));
}

/** Removes backslash quoting inside double quotes (only before $ ` " \ and newline). */
function unescapeDouble(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(\r\n|[$`"\\\n])/g, (_, c: string) => (c === '\n' || c === '\r\n' ? '' : c));
}

const ANSI_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

function unescapeAnsi(raw: string): string | undefined {
  let ok = true;
  const out = raw.replace(/\\([\s\S])/g, (_, c: string) => {
    const r = ANSI_ESCAPES[c];
    if (r === undefined) ok = false;
    return r ?? '';
  });
  return ok ? out : undefined;
}

/** Variables known at a point of the top level, for `${VAR}` resolution. */
type Env = Map<string, string>;

class Builder {
  private readonly assignments: Assignment[] = [];
  private readonly functions: FunctionDef[] = [];
  private readonly commands: SimpleCommand[] = [];
  private readonly loops: ForLoop[] = [];
  private readonly cases: CaseStatement[] = [];
  private readonly nonPosix: NonPosixConstruct[] = [];
  private readonly env: Env = new Map();
  /** Reserved words used as command names: syntax errors tree-sitter does not flag. */
  readonly misplaced: Word[] = [];
  /** Resolutions inside functions, run once the whole top level is known. */
  private readonly deferred: Array<() => void> = [];
  private readonly functionAssigned = new Map<string, Set<string>>();
  private readonly functionEnvs = new Map<string, Env>();

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  private span(start: number, end: number): Position {
    return { start: this.lines.point(start), end: this.lines.point(end) };
  }

  private pos(node: TsNode): Position {
    return this.span(node.startIndex, node.endIndex);
  }

  private slice(node: TsNode): string {
    return this.text.slice(node.startIndex, node.endIndex);
  }

  build(root: TsNode): ShellScript {
    this.walk(root, { background: false }, 0);
    for (const resolve of this.deferred) resolve();
    const inside = (outer: Position) => (c: SimpleCommand) => c.position.start.offset! >= outer.start.offset! && c.position.end.offset! <= outer.end.offset!;
    for (const f of this.functions) f.commands = this.commands.filter(inside(f.position));
    for (const l of this.loops) l.commands = this.commands.filter(inside(l.position));
    for (const c of this.cases) for (const arm of c.arms) arm.commands = this.commands.filter(inside(arm.position));

    const depend: DependVerb[] = [];
    const dependFn = this.functions.find((f) => f.name === 'depend');
    if (dependFn) {
      for (const c of dependFn.commands) {
        if (!c.nameWord.literal) continue;
        depend.push({ type: 'depend-verb', verb: c.name, verbPosition: c.nameWord.position, args: c.args, position: c.position });
      }
    }
    const script: ShellScript = {
      type: 'script',
      assignments: this.assignments,
      functions: this.functions,
      commands: this.commands,
      depend,
      loops: this.loops,
      cases: this.cases,
      nonPosix: this.nonPosix,
      errors: [],
      children: [],
      position: this.span(0, this.text.length),
    };
    const shebang = this.shebang();
    if (shebang) script.shebang = shebang;
    const lsb = this.lsb();
    if (lsb) script.lsb = lsb;
    return script;
  }

  private shebang(): ShellScript['shebang'] {
    const m = /^#![ \t]*([^\s]*)/.exec(this.text);
    if (!m) return undefined;
    const lineEnd = this.lines.lineEnd(1);
    const rest = this.text.slice(m[0].length, lineEnd).trim();
    return { interpreter: m[1], args: rest ? rest.split(/[ \t]+/) : [], position: this.span(0, lineEnd) };
  }

  /** The LSB comment block, read line by line (it is comments to the parser). */
  private lsb(): LsbHeader | undefined {
    // The first line that is the opening marker: only the lines holding its words are tested
    // (most OpenRC scripts have none), not every line.
    let begin = -1;
    for (let at = this.text.indexOf('BEGIN INIT INFO'); at >= 0 && begin < 0; at = this.text.indexOf('BEGIN INIT INFO', at + 1)) {
      const line = this.lines.point(at).line;
      if (/^###\s*BEGIN INIT INFO\s*$/.test(this.lines.lineText(line).trimEnd())) begin = line;
    }
    if (begin < 0) return undefined;
    const fields: LsbField[] = [];
    let closed = false;
    let endOffset = this.lines.lineEnd(begin);
    for (let line = begin + 1; line <= this.lines.lineCount; line++) {
      const raw = this.lines.lineText(line);
      const start = this.lines.lineStart(line);
      if (/^###\s*END INIT INFO\s*$/.test(raw.trimEnd())) {
        closed = true;
        endOffset = this.lines.lineEnd(line);
        break;
      }
      if (!raw.startsWith('#')) break;
      endOffset = this.lines.lineEnd(line);
      const field = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*):[ \t]*(.*?)[ \t]*$/.exec(raw);
      // A continuation line starts with `#` and a tab or two spaces (LSB core spec).
      const continuation = /^#(\t| {2,})[ \t]*(\S.*?)[ \t]*$/.exec(raw);
      const last = fields[fields.length - 1];
      // A known keyword is a field even when indented like a continuation (`#  Provides: x`).
      const known = field && (LSB_KEYWORDS.has(field[1]) || field[1].startsWith('X-'));
      if (continuation && last && !known) {
        last.value = last.value ? `${last.value} ${continuation[2]}` : continuation[2];
        last.position = this.span(last.position.start.offset!, start + raw.trimEnd().length);
        continue;
      }
      if (field) {
        const nameStart = start + raw.indexOf(field[1]);
        const valueStart = field[2] ? start + raw.indexOf(field[2], raw.indexOf(':') + 1) : start + raw.trimEnd().length;
        fields.push({
          name: field[1],
          value: field[2],
          position: this.span(start, start + raw.trimEnd().length),
          namePosition: this.span(nameStart, nameStart + field[1].length),
          valuePosition: this.span(valueStart, valueStart + field[2].length),
        });
      }
    }
    return { type: 'lsb-header', fields, closed, position: this.span(this.lines.lineStart(begin), endOffset) };
  }

  private nonPosixAt(construct: string, start: number, end: number): void {
    this.nonPosix.push({ type: 'non-posix', construct, position: this.span(start, end) });
  }

  /** A word's value without expansions (quote removal only), or undefined. */
  private value(node: TsNode, env: Env | null, defaults: boolean): string | undefined {
    switch (node.type) {
      case 'word':
      case 'extglob_pattern':
        return unescapeWord(this.slice(node));
      case 'number':
        return this.slice(node);
      case 'raw_string':
        return this.slice(node).slice(1, -1);
      case 'ansi_c_string':
        return unescapeAnsi(this.slice(node).slice(2, -1));
      case 'command_name': {
        const child = node.namedChild(0);
        return child ? this.value(child, env, defaults) : undefined;
      }
      case 'string':
      case 'translated_string':
      case 'concatenation': {
        let out = '';
        for (const child of node.children) {
          if (!child) return undefined;
          if (child.type === 'string_content') out += unescapeDouble(this.slice(child));
          else if ((child.type === '"' || child.type === '$"') && node.type !== 'concatenation') continue;
          else {
            const v = this.value(child, env, defaults);
            if (v === undefined) return undefined;
            out += v;
          }
        }
        return out;
      }
      case 'simple_expansion':
      case 'expansion':
        return env ? this.expand(node, env, defaults) : undefined;
      default:
        // Anonymous leaves such as `==` in `test a == b` are literal words.
        if (!node.isNamed && node.childCount === 0) return unescapeWord(this.slice(node));
        return undefined;
    }
  }

  /** `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}` from earlier top-level literal assignments. */
  private expand(node: TsNode, env: Env, defaults: boolean): string | undefined {
    const children = node.children.filter((c): c is TsNode => c !== null);
    const name = children.find((c) => c.type === 'variable_name');
    if (!name) return undefined;
    const known = env.get(this.slice(name));
    if (node.type === 'simple_expansion') return known;
    const inner = children.slice(1, -1);
    if (inner.length === 1) return known; // ${VAR}
    if (inner[0] !== name) return undefined; // ${#VAR}, ${!VAR}
    const op = inner[1];
    if (!['-', ':-', '=', ':='].includes(op.type)) return undefined;
    const rest = inner.slice(2);
    let fallback: string | undefined = '';
    for (const part of rest) {
      const v = this.value(part, env, defaults);
      if (v === undefined) {
        fallback = undefined;
        break;
      }
      fallback += v;
    }
    const colon = op.type.startsWith(':');
    if (known !== undefined) return colon && known === '' ? fallback : known;
    return defaults ? fallback : undefined;
  }

  private word(node: TsNode, ctx: Context): Word {
    const word: Word = { type: 'word', raw: this.slice(node), position: this.pos(node) };
    const literal = this.value(node, null, false);
    if (literal !== undefined) {
      word.literal = literal;
      word.resolved = literal;
    } else if (ctx.inFunction === undefined) {
      const resolved = this.value(node, this.env, false);
      if (resolved !== undefined) word.resolved = resolved;
    } else {
      const fn = ctx.inFunction;
      this.deferred.push(() => {
        const resolved = this.value(node, this.functionEnv(fn), false);
        if (resolved !== undefined) word.resolved = resolved;
      });
    }
    return word;
  }

  private assignedIn(fn: string): Set<string> {
    let names = this.functionAssigned.get(fn);
    if (!names) this.functionAssigned.set(fn, (names = new Set()));
    return names;
  }

  /** Top-level variables as a function sees them: all of the top level, minus what the function assigns itself. */
  private functionEnv(fn: string): Env {
    let env = this.functionEnvs.get(fn);
    if (!env) {
      env = new Map(this.env);
      for (const name of this.functionAssigned.get(fn) ?? []) env.delete(name);
      this.functionEnvs.set(fn, env);
    }
    return env;
  }

  /** @param prefix `FOO=1 cmd`: reads the top-level variables but does not set one. */
  private assignment(node: TsNode, ctx: Context, declaration: string | undefined, prefix = false): Assignment {
    const nameNode = node.childForFieldName('name');
    const valueNode = node.childForFieldName('value');
    const eq = node.children.find((c) => c?.type === '=' || c?.type === '+=');
    const name = nameNode ? this.slice(nameNode) : '';
    const valueStart = valueNode ? valueNode.startIndex : eq ? eq.endIndex : node.endIndex;
    const valueEnd = valueNode ? valueNode.endIndex : valueStart;
    const raw = this.text.slice(valueStart, valueEnd);
    const a: Assignment = {
      type: 'assignment',
      name,
      raw,
      valuePosition: this.span(valueStart, valueEnd),
      position: this.pos(node),
    };
    if (ctx.inFunction !== undefined) a.inFunction = ctx.inFunction;
    if (declaration) a.declaration = declaration;
    const env = ctx.inFunction === undefined ? this.env : null;
    const append = eq?.type === '+=';
    if (valueNode?.type === 'array') this.nonPosixAt('array', node.startIndex, node.endIndex);
    else if (nameNode?.type === 'subscript') this.nonPosixAt('array', nameNode.startIndex, nameNode.endIndex);
    let literal = valueNode ? (valueNode.type === 'array' ? undefined : this.value(valueNode, env ?? new Map(), false)) : '';
    let fallback = valueNode && literal === undefined && valueNode.type !== 'array' ? this.value(valueNode, env ?? new Map(), true) : undefined;
    if (append) {
      const before = this.env.get(name);
      literal = literal !== undefined && before !== undefined ? before + literal : undefined;
      fallback = undefined;
      this.nonPosixAt('+=', eq!.startIndex, eq!.endIndex);
    }
    if (literal !== undefined) a.literal = literal;
    if (fallback !== undefined) a.defaultLiteral = fallback;
    if (ctx.inFunction !== undefined) {
      this.assignedIn(ctx.inFunction).add(name);
      // Functions run after the top level has been read: resolve against all of it, later.
      if (literal === undefined && valueNode && valueNode.type !== 'array' && !append) {
        const fn = ctx.inFunction;
        this.deferred.push(() => {
          const env = this.functionEnv(fn);
          const late = this.value(valueNode, env, false);
          if (late !== undefined) a.literal = late;
          else {
            const lateDefault = this.value(valueNode, env, true);
            if (lateDefault !== undefined) a.defaultLiteral = lateDefault;
          }
        });
      }
    }
    // Only top-level assignments feed later `${VAR}` resolution; function bodies run later, if at all.
    if (!prefix && ctx.inFunction === undefined && nameNode?.type === 'variable_name' && declaration !== 'local') {
      if (literal !== undefined) this.env.set(name, literal);
      else this.env.delete(name);
    }
    return a;
  }

  private walkChildren(node: TsNode, ctx: Context, depth: number): void {
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!child) continue;
      const next = children[i + 1];
      const background = ctx.background || next?.type === '&';
      this.walk(child, background === ctx.background ? ctx : { ...ctx, background }, depth + 1);
    }
  }

  private functionDefinition(node: TsNode, ctx: Context, depth: number): void {
    const nameNode = node.childForFieldName('name');
    const keyword = node.children.find((c) => c?.type === 'function');
    const name = nameNode ? this.slice(nameNode) : '';
    if (keyword) this.nonPosixAt('function', keyword.startIndex, keyword.endIndex);
    this.functions.push({
      type: 'function',
      name,
      namePosition: nameNode ? this.pos(nameNode) : this.span(node.startIndex, node.startIndex),
      keyword: Boolean(keyword),
      commands: [],
      position: this.pos(node),
    });
    this.walkChildren(node, { inFunction: name, background: false }, depth);
  }

  private declarationCommand(node: TsNode, ctx: Context, depth: number): void {
    const keyword = node.child(0);
    const declaration = keyword ? this.slice(keyword) : undefined;
    if (declaration === 'declare' || declaration === 'typeset') this.nonPosixAt(declaration, keyword!.startIndex, keyword!.endIndex);
    for (const child of node.children) {
      if (child?.type === 'variable_assignment') {
        this.assignments.push(this.assignment(child, ctx, declaration));
        this.walkChildren(child, ctx, depth + 1);
      } else if (child && child !== keyword) {
        this.walk(child, ctx, depth + 1);
      }
    }
  }

  private forStatement(node: TsNode, ctx: Context, depth: number): void {
    const variable = node.childForFieldName('variable');
    const items = node
      .childrenForFieldName('value')
      .filter((c): c is TsNode => c !== null)
      .map((c) => this.word(c, ctx));
    const first = node.child(0);
    if (first?.type === 'select') this.nonPosixAt('select', first.startIndex, first.endIndex);
    const loop: ForLoop = { type: 'for-loop', variable: variable ? this.slice(variable) : '', items, commands: [], position: this.pos(node) };
    if (ctx.inFunction !== undefined) loop.inFunction = ctx.inFunction;
    this.loops.push(loop);
    this.walkChildren(node, ctx, depth);
  }

  private caseStatement(node: TsNode, ctx: Context): void {
    const subject = node.childForFieldName('value');
    const arms: CaseArm[] = [];
    for (const item of node.children) {
      if (item?.type !== 'case_item') continue;
      const values = item.childrenForFieldName('value').filter((c): c is TsNode => c !== null);
      const patterns = values.map((v) => this.value(v, null, false) ?? this.slice(v));
      const patternStart = values[0]?.startIndex ?? item.startIndex;
      const patternEnd = values[values.length - 1]?.endIndex ?? item.startIndex;
      arms.push({ patterns, patternPosition: this.span(patternStart, patternEnd), commands: [], position: this.pos(item) });
    }
    const statement: CaseStatement = { type: 'case', subject: subject ? this.slice(subject) : '', arms, position: this.pos(node) };
    if (ctx.inFunction !== undefined) statement.inFunction = ctx.inFunction;
    this.cases.push(statement);
  }

  private walk(node: TsNode, ctx: Context, depth: number): void {
    if (depth > MAX_DEPTH) return;
    switch (node.type) {
      case 'function_definition':
        this.functionDefinition(node, ctx, depth);
        return;
      case 'command':
        this.command(node, ctx, depth);
        return;
      case 'variable_assignment':
        this.assignments.push(this.assignment(node, ctx, undefined));
        this.walkChildren(node, ctx, depth);
        return;
      case 'declaration_command':
        this.declarationCommand(node, ctx, depth);
        return;
      case 'for_statement':
        this.forStatement(node, ctx, depth);
        return;
      case 'c_style_for_statement':
        this.nonPosixAt('for ((', node.startIndex, Math.min(node.endIndex, node.startIndex + 3));
        break;
      case 'case_statement':
        this.caseStatement(node, ctx);
        break;
      case 'test_command': {
        const open = node.child(0);
        if (open?.type === '[[') this.nonPosixAt('[[', open.startIndex, open.endIndex);
        else if (open?.type === '[') this.doubleEquals(node, depth);
        break;
      }
      case 'compound_statement': {
        const open = node.child(0);
        if (open?.type === '((') this.nonPosixAt('((', open.startIndex, open.endIndex);
        break;
      }
      case 'ansi_c_string':
        this.nonPosixAt("$'…'", node.startIndex, node.endIndex);
        break;
      case 'translated_string':
        this.nonPosixAt('$"…"', node.startIndex, node.endIndex);
        break;
      case 'herestring_redirect':
        this.nonPosixAt('<<<', node.startIndex, node.endIndex);
        break;
      case 'process_substitution':
        this.nonPosixAt('<(…)', node.startIndex, node.endIndex);
        break;
      case 'file_redirect': {
        const op = node.children.find((c) => c?.type === '&>' || c?.type === '&>>');
        if (op) this.nonPosixAt(op.type, op.startIndex, op.endIndex);
        break;
      }
      case 'subscript':
        this.nonPosixAt('array', node.startIndex, node.endIndex);
        break;
      case 'expansion':
        this.expansionConstruct(node);
        break;
      default:
        break;
    }
    this.walkChildren(node, ctx, depth);
  }

  /** `${var//a/b}`, `${var:0:2}`, `${!var}`, `${var^^}`: bash-only parameter expansions. */
  private expansionConstruct(node: TsNode): void {
    for (const child of node.children) {
      if (!child || child.isNamed) continue;
      const t = child.type;
      if (t === '/' || t === '//' || t === '/#' || t === '/%' || t === ':' || t === '!' || t === '^' || t === '^^' || t === ',' || t === ',,' || t === '@') {
        this.nonPosixAt(`\${${t}}`, node.startIndex, node.endIndex);
        return;
      }
    }
  }

  /** `==` in `[ … ]` (POSIX `test` only knows `=`). */
  private doubleEquals(node: TsNode, depth: number): void {
    if (depth > MAX_DEPTH) return;
    for (const child of node.children) {
      if (!child) continue;
      if (child.type === '==' && node.type === 'binary_expression') this.nonPosixAt('==', child.startIndex, child.endIndex);
      else if (child.type === 'binary_expression' || child.type === 'parenthesized_expression' || child.type === 'unary_expression') this.doubleEquals(child, depth + 1);
    }
  }

  private command(node: TsNode, ctx: Context, depth: number): void {
    const nameNode = node.childForFieldName('name');
    const prefixAssignments: Assignment[] = [];
    const args: Word[] = [];
    // tree-sitter-bash reads `a= b=<newline>cmd` as one command: a line break after the
    // last prefix assignment means they were assignments of their own.
    const prefixNodes = node.children.filter((c): c is TsNode => c?.type === 'variable_assignment' && (!nameNode || c.startIndex < nameNode.startIndex));
    const last = prefixNodes[prefixNodes.length - 1];
    const standalone = Boolean(last && nameNode && /[\r\n]/.test(this.text.slice(last.endIndex, nameNode.startIndex).replace(/\\\r?\n/g, '')));
    for (const child of prefixNodes) {
      if (standalone) this.assignments.push(this.assignment(child, ctx, undefined));
      else prefixAssignments.push(this.assignment(child, ctx, undefined, true));
    }
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      if (child && node.fieldNameForChild(i) === 'argument') args.push(this.word(child, ctx));
    }
    if (nameNode) {
      const nameWord = this.word(nameNode.namedChild(0) ?? nameNode, ctx);
      const name = nameWord.raw;
      const literal = nameWord.literal;
      const program = literal === undefined ? '' : literal.slice(literal.lastIndexOf('/') + 1);
      // Trailing redirections sit on a wrapper node: `position` ends before them, `fullPosition` after.
      const wrapper = node.parent?.type === 'redirected_statement' && node.parent.childForFieldName('body')?.equals(node) ? node.parent : node;
      const command: SimpleCommand = {
        type: 'command',
        name,
        program,
        nameWord,
        args,
        prefixAssignments,
        background: ctx.background,
        position: this.pos(node),
        fullPosition: this.span(node.startIndex, wrapper.endIndex),
      };
      if (RESERVED_WORDS.has(nameWord.raw)) this.misplaced.push(nameWord);
      if (ctx.inFunction !== undefined) command.inFunction = ctx.inFunction;
      this.commands.push(command);
      if (literal === 'source' || literal === 'let') this.nonPosixAt(literal, nameWord.position.start.offset!, nameWord.position.end.offset!);
      if ((literal === 'test' || literal === '[') && args.some((a) => a.raw === '==')) {
        for (const a of args) if (a.raw === '==') this.nonPosixAt('==', a.position.start.offset!, a.position.end.offset!);
      }
    }
    // Nested commands ($(…), process substitutions) come after their parent, in source order.
    const inner = ctx.background ? { ...ctx, background: false } : ctx;
    for (const child of node.children) {
      if (!child || child.type === 'variable_assignment') continue;
      this.walk(child, inner, depth + 1);
    }
    for (const child of node.children) {
      if (child?.type === 'variable_assignment') this.walkChildren(child, ctx, depth + 1);
    }
  }
}
