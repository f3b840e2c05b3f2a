import type { Kind } from '../../core/types.js';

/**
 * Which systems a file runs on, as far as the fix PR must know: a safe fix is
 * safe only when it cannot change behaviour on any of them. The linter's
 * classification says what a file looks like; this says what a fix may touch.
 */
export type FixScope =
  | { apply: 'all' }
  /** A shell helper the init system runs internally, not a service script: never rewritten. */
  | { apply: 'none'; reason: 'helper' }
  /** A script for the BSD rc.subr framework (FreeBSD, NetBSD, OpenBSD): no Linux paths or interpreters. */
  | { apply: 'none'; reason: 'bsd' }
  /** A build template: edits may not touch its `@VAR@` placeholders. */
  | { apply: 'outside-placeholders'; placeholders: Array<{ start: number; end: number }> };

/** `@SBINDIR@`, `@SHELL@`: substituted at build time (autoconf, meson configure_file). */
const PLACEHOLDER = /@[A-Za-z_][A-Za-z0-9_]*@/g;
const OPENRC_INTERPRETER = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+)?(?:openrc-run|runscript)(?:[ \t]|$)/;
/** rc.subr is sourced by every FreeBSD/NetBSD rc.d script (OpenBSD: /etc/rc.d/rc.subr); rcvar= and run_rc_command belong to it. */
const BSD_RC = /^[ \t]*(?:\.|source)[ \t]+\/etc\/(?:rc\.d\/)?rc\.subr\b|^[ \t]*rcvar=|^[ \t]*run_rc_command\b|^[ \t]*rc_cmd[ \t]/m;
const SERVICE_DIR = /(?:^|\/)(?:init\.d|rc\.d|rc[0-6S]\.d)\//;

/** Where init systems keep the shell code they source or run themselves (OpenRC: sh/, lib/rc/, libexec/rc/). */
const HELPER_DIR = /(?:^|\/)(?:sh|lib|libexec|helpers?)\//;

/**
 * An OpenRC-looking shell file that the init system sources or runs itself rather than a service
 * script: its interpreter is not openrc-run, and it is a shell library by name (`*.sh`, `*.sh.in`),
 * by place (sh/, lib/) or by a build-time shell (`#!@SHELL@`). A service script kept outside init.d
 * (`openrc/foo` with `#!/bin/sh`) is none of these, so its fixes still apply.
 */
function isHelper(path: string, firstLine: string): boolean {
  if (!firstLine.startsWith('#!') || OPENRC_INTERPRETER.test(firstLine.replace(PLACEHOLDER, '/x'))) return false;
  if (SERVICE_DIR.test(path) || /\.(?:initd|init|openrc)(?:\.in)?$/.test(path)) return false;
  return /\.sh(?:\.in)?$/.test(path) || HELPER_DIR.test(path) || /^#![ \t]*@[A-Za-z_][A-Za-z0-9_]*@[ \t]*$/.test(firstLine);
}

function isShell(kind: Kind | null): boolean {
  return kind === 'openrc' || kind === 'sysv';
}

/**
 * How far the fix PR may apply safe fixes to this file.
 * @param path POSIX path in the repository.
 * @param text The file's text (BOM removed).
 */
export function fixScope(path: string, text: string, kind: Kind | null): FixScope {
  if (isShell(kind) && BSD_RC.test(text)) return { apply: 'none', reason: 'bsd' };
  const firstLine = text.slice(0, text.search(/\r?\n|\r|$/));
  if (kind === 'openrc' && isHelper(path, firstLine)) return { apply: 'none', reason: 'helper' };
  const placeholders = [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  return placeholders.length ? { apply: 'outside-placeholders', placeholders } : { apply: 'all' };
}

/** Whether the fix's edits may be applied under this scope (an edit touching a placeholder may not). */
export function fixAllowed(scope: FixScope, edits: ReadonlyArray<{ start: number; end: number }>): boolean {
  if (scope.apply === 'all') return true;
  if (scope.apply === 'none') return false;
  return edits.every((e) => scope.placeholders.every((p) => e.end < p.start || e.start > p.end));
}
