/**
 * Which kind of init script a file is, from its path and text alone (no
 * parsing: classification runs on every candidate file of a tree). Anything
 * unclear is `null`: unknown files are skipped, never guessed at loudly.
 */

export type ScriptKind = 'openrc' | 'openrc-conf' | 'sysv';

/** `#!/sbin/openrc-run`, `#!/usr/bin/openrc-run`, the legacy `runscript`, or via `env`. */
const OPENRC_SHEBANG = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:openrc-run|runscript)(?:[ \t]|$)/m;
const ANY_SHEBANG = /^#!/;
const RC_COMMON_SHEBANG = /^#![ \t]*\S+[ \t]+\/etc\/rc\.common\b/;
const DEPEND = /^[ \t]*(?:function[ \t]+)?depend[ \t]*\([ \t]*\)/m;
const EBEGIN = /^[ \t]*ebegin[ \t]/m;
/** Lines only openrc-run gives meaning to: depend() verbs, e-functions, its variables. */
const OPENRC_VOCABULARY = /^[ \t]*(?:need|use|want|after|before|provide)[ \t]|\b(?:ebegin|eend|start-stop-daemon|supervise-daemon|extra_(?:started_|stopped_)?commands=)|^[ \t]*command=/m;
const LSB = /^###[ \t]*BEGIN INIT INFO[ \t]*$/m;
/** `case "$1" in` / `case $1 in` / `case "${1}" in` */
const CASE_ARG1 = /\bcase[ \t]+(?:"\$\{?1\}?"|'?\$\{?1\}?'?)[ \t]+in\b/;
/** A `start)` arm, alone or among alternatives: `start)`, `'start'|restart)`, `(start)`. */
const START_ARM = /(?:^|[\s(|])['"]?start['"]?[ \t]*(?:\)|\|)/m;
/** RPM specs, patches and diffs (also as build templates): never init scripts. */
const NOT_A_SCRIPT = /\.(?:spec|patch|diff|rej|orig)(?:\.in)?$/i;
/** A unified or git diff: the text of a patch, whatever its name (`fix-init.path`). */
const PATCH_CONTENT = /^(?:From [0-9a-f]{40} |diff --git |diff -[a-zA-Z]+ |Index: )|^--- [^\n]*\r?\n\+\+\+ /m;

/** Whether a file's beginning is a patch (a diff), which is never an init file, whatever its name. */
export function looksLikePatch(text: string): boolean {
  return PATCH_CONTENT.test(text.slice(0, 2000));
}
/**
 * Packaging names of init scripts: `foo.initd`, `foo.init`, `foo.rc`, a Gentoo revision
 * (`foo.initd-r1`, `foo.init.r6`) and build templates (`foo.initd.in`, `foo.init.in`).
 */
const INIT_FILE_NAME = /\.(?:initd|init|rc|openrc)(?:[.-]r?\d+)?(?:\.in)?$/;
/** Config-file extensions that rule out an OpenRC conf.d file (nginx's `conf.d/default.conf` …). */
const NOT_OPENRC_CONF = /\.(?:conf|cnf|ini|ya?ml|json|xml|toml|cfg|lua|vcl|rules|list|load|d|bak|orig|rej|dpkg-\w+|md|txt)$/i;

/** Whether the text looks like shell variable assignments (an OpenRC conf.d file). */
function looksLikeAssignments(text: string): boolean {
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    // The first significant line decides: `NAME=…`, `export NAME=…`, `rc_need="…"`.
    return /^(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*\+?=/.test(line);
  }
  return true;
}

/**
 * @param path POSIX path (relative or absolute).
 * @param text File content, BOM removed.
 */
export function classifyScript(path: string, text: string): ScriptKind | null {
  if (text.includes('\u0000')) return null;
  const head = text.slice(0, 200);
  const parts = path.split('/');
  const base = parts[parts.length - 1] ?? '';
  const dir = parts.length > 1 ? parts[parts.length - 2] : '';
  // Files whose name says what they are, whatever init-like text they hold: RPM specs (their
  // %post scriptlets call `service` and `case "$1"`), patches (a diff of an init script).
  if (NOT_A_SCRIPT.test(base) || looksLikePatch(text)) return null;
  // OpenWrt's procd scripts (`#!/bin/sh /etc/rc.common`): rc.common gives them their actions,
  // neither openrc-run nor an LSB rc system runs them.
  if (RC_COMMON_SHEBANG.test(head)) return null;

  if (ANY_SHEBANG.test(head) && OPENRC_SHEBANG.test(head.split(/\r?\n|\r/)[0])) return 'openrc';
  const confd = dir === 'conf.d' || /\.confd(?:[.-]r?\d+)?(?:\.in)?$/.test(base);
  if (confd && !NOT_OPENRC_CONF.test(base) && !ANY_SHEBANG.test(head) && looksLikeAssignments(text)) return 'openrc-conf';

  const inInitDir = parts.some((p) => p === 'init.d' || p === 'rc.d' || /^rc[0-6S]\.d$/.test(p)) || INIT_FILE_NAME.test(base);
  // A `*.sh` / `*.sh.in` file elsewhere is a shell library (OpenRC's own `sh/*.sh.in`, `#!@SHELL@`)
  // or a helper: it is an init script only with an LSB header or an openrc-run shebang.
  if (!inInitDir && /\.sh(?:\.in)?$/.test(base)) return LSB.test(text) ? 'sysv' : null;
  // OpenRC helpers in an init script mean OpenRC, whatever the shebang says; elsewhere
  // depend() must come with OpenRC's own vocabulary (a script written for openrc-run under `#!/bin/sh`).
  if (!LSB.test(text)) {
    if (inInitDir && (DEPEND.test(text) || EBEGIN.test(text))) return 'openrc';
    if (DEPEND.test(text) && OPENRC_VOCABULARY.test(text)) return 'openrc';
  }
  if (LSB.test(text)) return 'sysv';
  const dispatcher = CASE_ARG1.test(text) && START_ARM.test(text);
  if (inInitDir && dispatcher) return 'sysv';
  // `ossec-control`, `apachectl`-style wrappers that start daemons, wherever they live.
  if (/(?:-control|ctl)$/.test(base) && dispatcher) return 'sysv';
  return null;
}
