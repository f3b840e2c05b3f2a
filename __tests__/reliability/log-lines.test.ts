// Every plain line the action logs is encoded the way the runner encodes
// workflow-command data, so a file name cannot start a new line at all.
import { describe, expect, it } from 'vitest';
import { escapeLogLine } from '../../src/action/core.js';

describe('escapeLogLine', () => {
  it('encodes %, CR and LF, and a leading ::', () => {
    expect(escapeLogLine('initlint: a\n::add-mask::x\r\n::stop-commands::T 100%')).toBe('initlint: a%0A::add-mask::x%0D%0A::stop-commands::T 100%25');
    expect(escapeLogLine('::error::x')).toBe('%3A:error::x');
    expect(escapeLogLine('%0A')).toBe('%250A');
  });
});
