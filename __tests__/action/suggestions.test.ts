import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/linter/index.js';
import { parsePatch, planReview, reviewPayload, type ReviewComment } from '../../src/action/review.js';

/**
 * Applies every suggestion of a review as GitHub's "Apply all suggestions" batch does: each
 * comment's lines (start_line..line) become the block's lines, verbatim. Throws on overlap,
 * which GitHub refuses.
 */
function applyAll(text: string, comments: readonly ReviewComment[]): string {
  const blocks = comments
    .map((c) => ({ start: c.start_line ?? c.line, end: c.line, block: /^(`{3,})suggestion\n([\s\S]*?)\n?\1$/m.exec(c.body) }))
    .filter((b) => b.block)
    .sort((a, b) => b.start - a.start);
  for (let i = 1; i < blocks.length; i++) if (blocks[i].end >= blocks[i - 1].start) throw new Error('overlapping suggestions');
  // Line n spans [starts[n-1], its terminator); the block's text replaces lines start..end verbatim.
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  const lineEnd = (n: number) => (n < starts.length ? starts[n] - (text[starts[n] - 2] === '\r' ? 2 : 1) : text.length);
  let out = text;
  for (const { start, end, block } of blocks) out = out.slice(0, starts[start - 1]) + block![2] + out.slice(lineEnd(end));
  return out;
}

async function review(path: string, text: string) {
  const [result] = await lintFiles([{ path, text }]);
  const plan = planReview(
    [
      {
        path,
        text,
        findings: result.findings,
        hunks: parsePatch(
          `@@ -0,0 +1,${text.split('\n').length - 1} @@\n` +
            text
              .replace(/\n$/, '')
              .split('\n')
              .map((l) => `+${l}`)
              .join('\n'),
        ),
        changed: true,
      },
    ],
    { filterMode: 'added', suggestions: true, maxComments: 50 },
  );
  return { findings: result.findings, payload: reviewPayload(plan, 's')!, plan };
}

const suggestionRules = (comments: readonly ReviewComment[], findings: Awaited<ReturnType<typeof review>>['findings']) =>
  new Set(findings.filter((f) => comments.some((c) => c.body.includes('```suggestion') && c.body.includes(f.ruleId))).map((f) => f.ruleId));

describe('suggestions batch', () => {
  it('a line one fix deletes and another rewrites (/var/run → /run): one suggestion for both, applying all leaves neither finding', async () => {
    const unit = '[Unit]\nDescription=Foo\n\n[Service]\nType=simple\nExecStart=/usr/sbin/food --foreground\nPIDFile=/var/run/food.pid\n\n[Install]\nWantedBy=multi-user.target\n';
    const { findings, payload } = await review('units/food.service', unit);
    const ids = findings.map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['systemd/pidfile-legacy-path', 'systemd/pidfile-without-forking']));
    const onPidfile = payload.comments.filter((c) => c.line === 7);
    expect(onPidfile).toHaveLength(1);
    expect(onPidfile[0].body).toContain('systemd/pidfile-legacy-path');
    expect(onPidfile[0].body).toContain('systemd/pidfile-without-forking');
    const made = suggestionRules(payload.comments, findings);
    const fixed = applyAll(unit, payload.comments);
    const after = (await lintFiles([{ path: 'units/food.service', text: fixed }]))[0].findings.map((f) => f.ruleId);
    for (const rule of made) expect(after).not.toContain(rule);
    expect(after.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('in a CRLF file a multi-line suggestion keeps CRLF between its lines, so the committed file has one line ending', async () => {
    const unit = '[Unit]\r\nDescription=Foo\r\nRequires=bar.service\r\n\r\n[Service]\r\nExecStart=/usr/sbin/food --foreground\r\n\r\n[Install]\r\nWantedBy=multi-user.target\r\n';
    const { payload } = await review('units/food.service', unit);
    const comment = payload.comments.find((c) => c.body.includes('systemd/requires-without-after'))!;
    expect(comment.body).toContain('```suggestion\nRequires=bar.service\r\nAfter=bar.service\n```');
    const fixed = applyAll(unit, payload.comments);
    expect(fixed).toContain('Requires=bar.service\r\nAfter=bar.service\r\n');
    expect(fixed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
