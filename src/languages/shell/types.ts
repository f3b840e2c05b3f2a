import type { Node, Parent, Position } from 'unist';

/**
 * Domain nodes built on top of a real shell parser's concrete tree, for OpenRC
 * and System V scripts. Every node has a `position` with UTF-16 offsets into
 * the script's text (BOM removed), like the rest of initlint.
 *
 * This is the contract rules are written against; the parser adapter may add
 * fields but must not remove or rename these.
 */

/** A shell word as written, and its value when it is a literal (quotes removed, no expansions). */
export interface Word extends Node {
  type: 'word';
  /** Source text of the word, quotes included. */
  raw: string;
  /** Value after quote removal, when the word has no expansion; else undefined. */
  literal?: string;
  position: Position;
}

/** `name=value` at any depth (top level, or inside a function). */
export interface Assignment extends Node {
  type: 'assignment';
  name: string;
  /** Source text of the right-hand side, quotes included ('' when empty). */
  raw: string;
  /** Resolved value when literal; expansions of variables assigned earlier at top level are resolved too. */
  literal?: string;
  /**
   * When `literal` is unknown only because a variable is unset: the value with
   * `${VAR:-default}` / `${VAR-default}` (and `:=`/`=`) taking their defaults.
   * `pidfile=${PIDFILE:-/run/foo.pid}` → `/run/foo.pid`.
   */
  defaultLiteral?: string;
  /** Span of the right-hand side. */
  valuePosition: Position;
  /** Name of the enclosing function, if any. */
  inFunction?: string;
  /** `export`/`local`/`readonly` prefix, when present. */
  declaration?: string;
  position: Position;
}

/** A simple command: `start-stop-daemon --start --exec /usr/bin/foo`. */
export interface SimpleCommand extends Node {
  type: 'command';
  /** The command name as written (`start-stop-daemon`, `/sbin/checkpath`, `$DAEMON`). */
  name: string;
  /** `name` with any leading directory removed, literal only. */
  program: string;
  nameWord: Word;
  args: Word[];
  /** Assignments written before the name (`FOO=1 cmd`). */
  prefixAssignments: Assignment[];
  /** Ends with `&`. */
  background: boolean;
  inFunction?: string;
  position: Position;
}

/** `name() { … }` or `function name { … }`. */
export interface FunctionDef extends Node {
  type: 'function';
  name: string;
  namePosition: Position;
  /** Written with the non-POSIX `function` keyword. */
  keyword: boolean;
  /** Every simple command inside the body, in source order (nested ones included). */
  commands: SimpleCommand[];
  position: Position;
}

/** One line of `depend()`: `need net`, `use dns logger`. */
export interface DependVerb extends Node {
  type: 'depend-verb';
  verb: string;
  verbPosition: Position;
  args: Word[];
  position: Position;
}

/** A field of the LSB header: `# Required-Start: $remote_fs $syslog`. */
export interface LsbField {
  name: string;
  /** The value, continuation lines joined with a space. */
  value: string;
  /** The whole field, from `#` to the end of its last line. */
  position: Position;
  /** Span of the field name. */
  namePosition: Position;
  /** Span of the value on the field's first line (empty span after the colon when there is none). */
  valuePosition: Position;
}

/** `### BEGIN INIT INFO` … `### END INIT INFO`. */
export interface LsbHeader extends Node {
  type: 'lsb-header';
  fields: LsbField[];
  /** Whether `### END INIT INFO` was found. */
  closed: boolean;
  position: Position;
}

/** `for d in $DAEMONS; do … done` */
export interface ForLoop extends Node {
  type: 'for-loop';
  variable: string;
  /** The words after `in`, as written. */
  items: Word[];
  commands: SimpleCommand[];
  inFunction?: string;
  position: Position;
}

/** One arm of a `case` statement: `start)` … `;;` */
export interface CaseArm {
  patterns: string[];
  patternPosition: Position;
  commands: SimpleCommand[];
  position: Position;
}

/** `case "$1" in … esac` (the action dispatcher of a SysV script when the subject is `$1`). */
export interface CaseStatement extends Node {
  type: 'case';
  /** Source text of the subject, e.g. `"$1"`. */
  subject: string;
  arms: CaseArm[];
  inFunction?: string;
  position: Position;
}

/** A construct that POSIX sh (dash, busybox ash) does not run. */
export interface NonPosixConstruct extends Node {
  type: 'non-posix';
  /** `[[`, `array`, `function`, `==`, `$'…'`, `source`, `let`, `<<<`, … */
  construct: string;
  position: Position;
}

/** A syntax error found by the parser; becomes a `parse-error` finding. */
export interface ShellSyntaxError {
  message: string;
  position: Position;
}

/** The root of a parsed OpenRC or SysV script. */
export interface ShellScript extends Parent {
  type: 'script';
  /** `#!/sbin/openrc-run` → `/sbin/openrc-run`, with its span (line 1). */
  shebang?: { interpreter: string; /** Words after the interpreter (`#!/usr/bin/env bash` → `['bash']`). */ args: string[]; position: Position };
  assignments: Assignment[];
  functions: FunctionDef[];
  /** Every simple command in the file, in source order. */
  commands: SimpleCommand[];
  /** Verbs inside `depend()`, if defined. */
  depend: DependVerb[];
  lsb?: LsbHeader;
  loops: ForLoop[];
  cases: CaseStatement[];
  nonPosix: NonPosixConstruct[];
  errors: ShellSyntaxError[];
  children: [];
  position: Position;
}
