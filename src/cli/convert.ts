// Placeholder until the conversion lands (issue 3).
import type { CliIO } from './main.js';

export async function convertCommand(args: string[], io: CliIO): Promise<number> {
  void args;
  io.stderr('initlint convert: not available yet\n');
  return 2;
}
