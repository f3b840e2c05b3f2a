// Issue 12 item 6: one comment where one fix removes two findings' cause (shellcheck's SC2046 on the
// `$(cat pidfile)` that openrc/reload-by-hand replaces), and the stop_pre() a fix inserts keeps a
// blank line before the function after it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parsePatch, planReview, reviewPayload } from '../../src/action/review.js';
import { addedPatch } from './helpers.js';
import { createLinter } from '../../src/linter/index.js';

const added = (t: string) => parsePatch(addedPatch(t));

async function review(path: string, text: string, shellcheck: boolean) {
  const linter = createLinter(shellcheck ? { shellcheck: { onFailure: (m) => expect.fail(m) } } : {});
  const [result] = await linter.lintFiles([{ path, text }]);
  const plan = planReview([{ path, text, findings: result.findings, hunks: added(text), changed: true }], { filterMode: 'added', suggestions: true, maxComments: 50 });
  return { findings: result.findings, plan, payload: reviewPayload(plan, 'a'.repeat(40), new Map([[path, text]]))! };
}

let hasShellcheck = true;
try {
  execFileSync('shellcheck', ['--version'], { stdio: 'ignore' });
} catch {
  hasShellcheck = false;
}

describe('one comment per cause', () => {
  it.skipIf(!hasShellcheck)('SC2046 and openrc/reload-by-hand on one kill line: one comment, one suggestion, both findings named', async () => {
    const script =
      '#!/sbin/openrc-run\n\ncommand=/usr/bin/foo\npidfile=/run/foo.pid\nextra_started_commands="reload"\n\nreload() {\n\tebegin "Reloading foo"\n\tkill -HUP $(cat /run/foo.pid)\n\teend $?\n}\n';
    const { findings, payload, plan } = await review('init.d/foo', script, true);
    expect(
      findings
        .filter((f) => f.line === 9)
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual(['openrc/reload-by-hand', 'shellcheck/SC2046']);
    const onKill = payload.comments.filter((c) => c.line === 9);
    expect(onKill).toHaveLength(1);
    expect(onKill[0].body).toMatch(/^\*\*Info\*\* \[`openrc\/reload-by-hand`\]/);
    expect(onKill[0].body).toContain('Line 9: **Warning** [`shellcheck/SC2046`]');
    expect(onKill[0].body).toContain('```suggestion\n\tstart-stop-daemon --signal HUP --pidfile "/run/foo.pid"\n```');
    expect(plan.findings.find((p) => p.finding.ruleId === 'shellcheck/SC2046')).toMatchObject({ placement: 'folded' });
  });

  it('the stop_pre() suggested after checkconfig() leaves a blank line before the function that follows', async () => {
    const script = '#!/sbin/openrc-run\ncommand=/usr/bin/foo\n\ncheckconfig() {\n\tfoo -t\n}\nstart_pre() {\n\tcheckpath -d /run/foo\n}\n';
    const { payload } = await review('init.d/foo', script, false);
    const comment = payload.comments.find((c) => c.body.includes('openrc/restart-without-checkconfig'))!;
    // The suggestion replaces line 7 (`start_pre() {`): stop_pre() goes before it, a blank line between them.
    expect(comment).toMatchObject({ line: 7 });
    expect(comment.body).toContain(
      '```suggestion\n\nstop_pre() {\n\tif [ "${RC_CMD}" = "restart" ]; then\n\t\tcheckconfig || return $?\n\tfi\n}\n\nstart_pre() {\n\tif [ "${RC_CMD}" != "restart" ]; then\n\t\tcheckconfig || return $?\n\tfi\n```',
    );
  });
});
