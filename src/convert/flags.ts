/**
 * Foreground and config-test flags per program, for the generated units.
 * The shared table (src/knowledge/daemons.ts) is consulted first once it
 * exists; these entries cover the daemons the conversion itself knows about.
 */
interface Flags {
  foreground?: string;
  test?: string;
}

// OSSEC's daemons: `-f` runs in the foreground, `-t` tests the configuration (seed 000).
const OSSEC = /^ossec-(analysisd|maild|execd|logcollector|remoted|syscheckd|monitord|dbd|csyslogd|agentlessd|agentd|authd|reportd)$/;

const LOCAL: Record<string, Flags> = {
  sshd: { foreground: '-D', test: '-t' },
  nginx: { foreground: "-g 'daemon off;'", test: '-t' },
  crond: { foreground: '-n' },
  rsyslogd: { foreground: '-n', test: '-N1' },
  'wazuh-analysisd': { foreground: '-f', test: '-t' },
};

export function daemonFlags(program: string): Flags {
  const base = program.slice(program.lastIndexOf('/') + 1);
  if (OSSEC.test(base)) return { foreground: '-f', test: '-t' };
  return LOCAL[base] ?? {};
}

/** The foreground flag every daemon of a template shares, when they all have the same one. */
export function sharedForeground(programs: readonly string[]): string | undefined {
  const flags = new Set(programs.map((p) => daemonFlags(p).foreground));
  return flags.size === 1 ? [...flags][0] : undefined;
}
