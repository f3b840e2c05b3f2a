// A fix can delete a file (issue 12 item 3). The audit's fix pull request only applies safe fixes, and
// no built-in safe fix deletes one yet; a test rule that does shows the path through: the deletion
// reaches the fix set (a tree entry with sha null), only for a regular file the audit linted.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeSafeFixes } from '../../src/action/audit/fixes.js';
import { defineRule } from '../../src/core/rule.js';
import { createLinter } from '../../src/linter/index.js';
import type { UnitFile } from '../../src/languages/systemd/types.js';
import { cleanup, workspace } from './helpers.js';

afterAll(cleanup);

/** Deletes `*.service` units whose description says they are obsolete, and the file they name. */
const deletesObsolete = defineRule<UnitFile>({
  id: 'test/delete-obsolete',
  kinds: ['systemd'],
  severity: 'warning',
  docs: { summary: 'Flags obsolete units.', source: [{ kind: 'initlint', note: 'tests' }] },
  fixable: 'safe',
  messages: { obsolete: 'Unexpected obsolete unit' },
  check(ctx) {
    const other = /obsolete, with (\S+)/.exec(ctx.text)?.[1];
    if (!ctx.text.includes('obsolete')) return;
    ctx.report({
      messageId: 'obsolete',
      at: { start: 0, end: 6 },
      fix: { description: 'Delete it', applicability: 'safe', edits: [], files: [{ path: ctx.path, content: null }, ...(other ? [{ path: other, content: null }] : [])] },
    });
  },
});

describe('a fix that deletes a file, in the audit', () => {
  it('becomes a deletion in the fix set for a linted regular file, never for a link or a file outside the run', async () => {
    const unit = '[Unit]\nDescription=obsolete, with units/link.service\n';
    const dir = workspace({ 'units/old.service': unit, 'victim.service': '[Unit]\n' });
    symlinkSync(join(dir, 'victim.service'), join(dir, 'units/link.service'));
    const linter = createLinter({ rules: [deletesObsolete] });
    const inputs = [{ path: 'units/old.service', text: unit }];
    const results = await linter.lintFiles(inputs);
    const fixes = await computeSafeFixes(inputs, results, { workspace: dir, linter, context: await linter.parseContext(inputs) });
    expect(fixes).toEqual([{ path: 'units/old.service', content: null, mode: '100644', fixes: [{ ruleId: 'test/delete-obsolete', line: 1, description: 'Delete it' }] }]);
  });
});
