// Placeholder until the script classifier lands (issue 3).
export function classifyScript(path: string, text: string): 'openrc' | 'openrc-conf' | 'sysv' | null {
  if (/^#!\s*\/sbin\/(openrc-run|runscript)\b/.test(text)) return 'openrc';
  if (/(^|\/)conf\.d\/[^/]+$/.test(path)) return 'openrc-conf';
  if (text.includes('### BEGIN INIT INFO')) return 'sysv';
  return null;
}
