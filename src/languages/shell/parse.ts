// Placeholder until the shell parser adapter lands (issue 3): yields empty scripts.
import type { ShellScript } from './types.js';

export async function loadShellParser(): Promise<void> {}

export function parseShell(text: string): ShellScript {
  const end = { line: 1, column: 1, offset: 0 };
  void text;
  return {
    type: 'script', assignments: [], functions: [], commands: [], depend: [], loops: [], cases: [],
    nonPosix: [], errors: [], children: [], position: { start: end, end },
  };
}
