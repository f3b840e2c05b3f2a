import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { classify } from '../core/classify.js';
import { keysOf, sectionsOf } from '../languages/systemd/directives.js';
import { unitInfo } from '../languages/systemd/parse.js';
import { directiveHover, OPENRC_DOCS, sectionHover, valuesOf } from './docs.js';
import { unitLineAt } from './unit-lines.js';

/** Sections, keys of the current section, or values of the key being typed. */
export function completions(path: string, text: string, position: Position): CompletionItem[] {
  const kind = classify(path, text);
  if (kind === 'systemd') return unitCompletions(path, text, position);
  if (kind === 'openrc') return openrcCompletions(text, position);
  return [];
}

function unitCompletions(path: string, text: string, position: Position): CompletionItem[] {
  const { section, text: line, continuation } = unitLineAt(text, position.line);
  if (continuation) return [];
  const before = line.slice(0, position.character);
  if (/^\s*\[[A-Za-z-]*$/.test(before)) {
    const sections = sectionsOf(unitInfo(path).unitType) ?? ['Unit', 'Install'];
    return sections.map((name) => ({ label: name, kind: CompletionItemKind.Module, insertText: before.includes('[') ? `${name}]` : `[${name}]`, documentation: doc(sectionHover(name)) }));
  }
  const value = /^\s*([A-Za-z0-9_-]+)\s*=\s*([^\s]*)$/.exec(before);
  if (value && section) {
    return valuesOf(section, value[1]).map((v) => ({ label: v, kind: CompletionItemKind.EnumMember }));
  }
  if (/^\s*[A-Za-z0-9_-]*$/.test(before) && section) {
    const keys = [...(keysOf(section) ?? [])].sort();
    return keys.map((key) => ({ label: key, kind: CompletionItemKind.Property, insertText: `${key}=`, documentation: doc(directiveHover(section, key)) }));
  }
  return [];
}

function openrcCompletions(text: string, position: Position): CompletionItem[] {
  const line = text.split(/\r\n|\r|\n/)[position.line] ?? '';
  if (!/^[A-Za-z_]*$/.test(line.slice(0, position.character))) return [];
  return Object.entries(OPENRC_DOCS).map(([name, documentation]) => ({ label: name, kind: CompletionItemKind.Variable, documentation }));
}

const doc = (markdown: string | undefined) => (markdown ? { kind: 'markdown' as const, value: markdown } : undefined);
