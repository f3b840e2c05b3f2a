// Placeholder until the script classifier lands (issue 3).
export function classifyScript(path: string, text: string): 'openrc' | 'openrc-conf' | 'sysv' | null {
  if (/^#!\s*\/(usr\/)?sbin\/(openrc-run|runscript)\b/.test(text)) return 'openrc';
  // An OpenRC script with the wrong interpreter (`#!/bin/sh`): depend() plus OpenRC's own vocabulary.
  if (/^\s*depend\s*\(\s*\)/m.test(text) && !text.includes('### BEGIN INIT INFO')
    && /^\s*(need|use|want|after|before|provide)\s|\b(ebegin|eend|start-stop-daemon|extra_(started_|stopped_)?commands=)|^\s*command=/m.test(text)) return 'openrc';
  if (/(^|\/)conf\.d\/[^/]+$/.test(path)) return 'openrc-conf';
  if (text.includes('### BEGIN INIT INFO')) return 'sysv';
  return null;
}
