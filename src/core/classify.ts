import { classifyScript, looksLikePatch } from '../languages/shell/classify.js';
import { DROP_IN_SUFFIX, PACKAGED_UNIT_FILE_SUFFIX, UNIT_FILE_SUFFIX } from '../languages/systemd/unit-types.js';
import type { Kind } from './types.js';

const DBUS_SERVICE = /^[ \t]*\[D-BUS Service\][ \t]*\r?$/m;
/** Avahi's service definitions (`/etc/avahi/services/*.service`) are XML; no unit file starts with `<`. */
const XML_DOCUMENT = /^\s*</;
/** A Containerfile or Dockerfile (podman's test `Containerfile.path`): its first instruction is `FROM image` or `ARG name`. */
const CONTAINERFILE = /^(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*(?:FROM[ \t]+[^\s=]+|ARG[ \t]+[A-Za-z_]\w*(?:=\S*)?)(?:[ \t]|\r?\n|$)/;

/** Whether a path names a systemd unit or drop-in, from its name alone (packaging names included: `x.service.in`, `x.service-r1`). */
export function isUnitPath(path: string): boolean {
  return UNIT_FILE_SUFFIX.test(path) || DROP_IN_SUFFIX.test(path) || PACKAGED_UNIT_FILE_SUFFIX.test(path);
}

/**
 * The kind of an init file, from its path and content; `null` for anything
 * else (unknown files are skipped, never guessed at loudly).
 */
export function classify(path: string, text: string): Kind | null {
  const posix = path.replace(/\\/g, '/');
  // D-Bus activation files and Avahi's XML service definitions are named *.service too, but are
  // not systemd units. An autoconf patch named `*.path` is not a path unit: a diff is a patch, whatever its name.
  // A Containerfile named `*.path` (podman's tests) is no path unit either.
  if (isUnitPath(posix)) return notAUnit(text) ? null : 'systemd';
  return classifyScript(posix, text);
}

function notAUnit(text: string): boolean {
  return DBUS_SERVICE.test(text) || XML_DOCUMENT.test(text) || looksLikePatch(text) || CONTAINERFILE.test(text);
}
