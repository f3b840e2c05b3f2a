import type { Position } from 'vscode-languageserver';
import { classify } from '../core/classify.js';
import { directiveHover, OPENRC_DOCS, sectionHover, valueNotes } from './docs.js';
import { unitLineAt } from './unit-lines.js';

/** Markdown to show for the position, or undefined. */
export function hoverAt(path: string, text: string, position: Position): string | undefined {
  const kind = classify(path, text);
  if (kind === 'systemd') return unitHover(text, position);
  if (kind === 'openrc' || kind === 'openrc-conf') return openrcHover(text, position);
  return undefined;
}

function unitHover(text: string, position: Position): string | undefined {
  const { section, text: line, continuation } = unitLineAt(text, position.line);
  if (continuation) return undefined;
  const header = /^\s*\[([^\]]+)\]/.exec(line);
  if (header) return sectionHover(header[1]);
  const directive = /^\s*([A-Za-z0-9_-]+)\s*=/.exec(line);
  if (!directive || !section) return undefined;
  return directiveHover(section, directive[1], valueNotes(section, directive[1]));
}

function openrcHover(text: string, position: Position): string | undefined {
  const line = text.split(/\r\n|\r|\n/)[position.line] ?? '';
  const word = /[A-Za-z_][A-Za-z0-9_]*/g;
  for (let m = word.exec(line); m; m = word.exec(line)) {
    if (position.character < m.index || position.character > m.index + m[0].length) continue;
    const doc = Object.hasOwn(OPENRC_DOCS, m[0]) ? OPENRC_DOCS[m[0]] : undefined;
    return doc && `**${m[0]}** (openrc-run)\n\n${doc}`;
  }
  return undefined;
}
