import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/linter/index.js';
import { parsePatch, planReview, reviewPayload, type ReviewComment } from '../../src/action/review.js';
import { addedPatch } from './helpers.js';
import type { Finding } from '../../src/core/types.js';
import { LineIndex } from '../../src/text/index.js';

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
        hunks: parsePatch(addedPatch(text)),
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

describe('a fix spread over places apart does not swallow the fixes between them', () => {
  it('examples/openrc/bad/foo: `need net` and the `[[` rewrite stay one-line suggestions; the PID file fix (line 5 and start_pre) is a short diff', async () => {
    const text = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'openrc', 'bad', 'foo'), 'utf8');
    const { payload, findings } = await review('examples/openrc/bad/foo', text);
    const on = (id: string) => payload.comments.filter((c) => c.body.includes(`[\`${id}\`]`));
    expect(on('openrc/need-net').map((c) => [c.start_line, c.line])).toEqual([[undefined, 8]]);
    expect(on('openrc/need-net')[0].body).toContain('```suggestion\n```');
    expect(on('openrc/non-posix').map((c) => [c.start_line, c.line])).toEqual([[undefined, 13]]);
    expect(on('openrc/non-posix')[0].body).toContain('```suggestion\n\tif [ ! -f /etc/foo/foo.conf ]; then\n```');
    const pid = on('openrc/pidfile-in-user-dir');
    expect(pid.map((c) => [c.start_line, c.line])).toEqual([[undefined, 21]]);
    expect(pid[0].body).not.toContain('```suggestion');
    expect(pid[0].body).toContain(
      '```diff\n-pidfile="${FOO_PIDFILE:-/run/foo/foo.pid}"\n+pidfile="/run/${RC_SVCNAME}.pid"\n \n …\n \n-start_pre() {\n-\tcheckpath --directory --owner svc:svc --mode 0755 /run/foo\n-}\n-\n```',
    );
    // Every finding is named in exactly one comment; the longest comment is the 13-line start()/stop() replacement (it was a 19-line block).
    for (const f of findings) expect(on(f.ruleId).length, f.ruleId).toBe(1);
    for (const c of payload.comments) expect(c.line - (c.start_line ?? c.line), c.body).toBeLessThan(13);
  });
});

describe('a suggestion that fixes several findings names each', () => {
  it('a deletion of three lines, each of which another fix rewrites: one comment naming all four findings', () => {
    const text = '[Unit]\nDescription=x\n\n[Service]\nPIDFile=/var/run/a.pid\nUser=a\nGroup=a\n';
    const index = new LineIndex(text);
    const line = (n: number, ruleId: string, edit: { start: number; end: number; text: string }): Finding => ({
      ruleId,
      severity: 'warning',
      message: `m ${ruleId}`,
      line: n,
      column: 1,
      endLine: n,
      endColumn: 2,
      startOffset: edit.start,
      endOffset: edit.end,
      fix: { description: `fix ${ruleId}`, applicability: 'safe', edits: [edit] },
    });
    const findings = [
      line(5, 'systemd/a', { start: index.lineStart(5), end: index.lineStart(8), text: '' }),
      line(5, 'systemd/b', { start: index.lineStart(5) + 8, end: index.lineStart(5) + 16, text: '/run' }),
      line(6, 'systemd/c', { start: index.lineStart(6) + 5, end: index.lineStart(6) + 6, text: 'b' }),
      line(7, 'systemd/d', { start: index.lineStart(7) + 6, end: index.lineStart(7) + 7, text: 'b' }),
    ];
    const hunks = parsePatch(
      `@@ -0,0 +1,7 @@\n${text
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `+${l}`)
        .join('\n')}`,
    );
    const plan = planReview([{ path: 'a.service', text, findings, hunks, changed: true }], { filterMode: 'added', suggestions: true, maxComments: 30 });
    const { comments } = reviewPayload(plan, 's')!;
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ start_line: 5, line: 7 });
    for (const id of ['systemd/a', 'systemd/b', 'systemd/c', 'systemd/d']) expect(comments[0].body, id).toContain(`**Warning** \`${id}\`: m ${id}`);
    expect(comments[0].body).toContain('```suggestion\n```');
  });
});
