import { classifyScript } from '../languages/shell/classify.js';
import type { Kind } from './types.js';

const UNIT_FILE = /\.(service|socket|timer|target|path|mount|automount|swap|slice|scope)$/;
const DROP_IN = /\.(service|socket|timer|target|path|mount|automount|swap|slice|scope)\.d\/[^/]+\.conf$/;

/** Whether a path names a systemd unit or drop-in, from its name alone. */
export function isUnitPath(path: string): boolean {
  return UNIT_FILE.test(path) || DROP_IN.test(path);
}

/**
 * The kind of an init file, from its path and content; `null` for anything
 * else (unknown files are skipped, never guessed at loudly).
 */
export function classify(path: string, text: string): Kind | null {
  const posix = path.replace(/\\/g, '/');
  if (isUnitPath(posix)) return 'systemd';
  return classifyScript(posix, text);
}
