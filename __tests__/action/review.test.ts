import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint.js';
import { LineIndex } from '../../src/text/index.js';
import type { Finding, Fix } from '../../src/core/types.js';
import { code, fence, inlineText, link, messageMarkdown } from '../../src/reporters/markdown.js';
import { bodyMarkersOf, lineReplacement, markerOf, parsePatch, planReview, reviewPayload, type ReviewFile } from '../../src/action/review.js';

const UNIT = ['[Unit]', 'Description=Foo', '', '[Service]', 'ExecStart=/usr/bin/foo', '', '[Install]', 'RequiredBy=multi-user.target', ''].join('\n');

/** A finding on one line of `text`, with an optional fix replacing [from, to) of that line. */
function finding(text: string, line: number, ruleId: string, message: string, fix?: { from: number; to: number; text: string; applicability?: 'safe' | 'unsafe'; files?: Fix['files'] }): Finding {
  const index = new LineIndex(text);
  const start = index.lineStart(line);
  const end = index.lineEnd(line);
  return {
    ruleId,
    severity: 'error',
    message,
    line,
    column: 1,
    endLine: line,
    endColumn: end - start + 1,
    startOffset: start,
    endOffset: end,
    url: `https://github.com/initlint/initlint/blob/main/src/rules/${ruleId}/README.md`,
    ...(fix
      ? {
          fix: {
            description: 'Use WantedBy=',
            applicability: fix.applicability ?? 'safe',
            edits: [{ start: start + fix.from, end: start + fix.to, text: fix.text }],
            ...(fix.files ? { files: fix.files } : {}),
          },
        }
      : {}),
  };
}

// The PR adds the [Install] section: new lines 7-9 (a hunk of lines 4-9 with context).
const PATCH = ['@@ -3,3 +3,6 @@ Description=Foo', ' ', ' [Service]', ' ExecStart=/usr/bin/foo', '+', '+[Install]', '+RequiredBy=multi-user.target'].join('\n');

describe('parsePatch', () => {
  it('reads new-side ranges and added lines', () => {
    const [hunk] = parsePatch(PATCH);
    expect(hunk.start).toBe(3);
    expect(hunk.end).toBe(8);
    expect([...hunk.added]).toEqual([6, 7, 8]);
  });

  it('skips removed lines and "no newline" markers', () => {
    const hunks = parsePatch('@@ -1,2 +1,2 @@\n-a\n+b\n c\n\\ No newline at end of file\n@@ -10 +10 @@\n-x\n+y');
    expect(hunks.map((h) => [h.start, h.end, [...h.added]])).toEqual([
      [1, 2, [1]],
      [10, 10, [10]],
    ]);
  });
});

describe('lineReplacement', () => {
  it('widens an in-line edit to the whole line', () => {
    const text = 'a\nRequiredBy=x\nb\n';
    expect(lineReplacement(text, { description: '', applicability: 'safe', edits: [{ start: 2, end: 12, text: 'WantedBy' }] })).toEqual({
      start: 2,
      end: 2,
      old: ['RequiredBy=x'],
      lines: ['WantedBy=x'],
    });
  });

  it('a deleted line becomes an empty suggestion on that line', () => {
    const text = 'a\nPIDFile=/x\nb\n';
    expect(lineReplacement(text, { description: '', applicability: 'safe', edits: [{ start: 2, end: 13, text: '' }] })).toEqual({ start: 2, end: 2, old: ['PIDFile=/x'], lines: [] });
  });

  it('an insertion after the final newline attaches to the last line', () => {
    const text = '[Service]\nType=simple\n';
    expect(lineReplacement(text, { description: '', applicability: 'safe', edits: [{ start: text.length, end: text.length, text: 'X=1\n' }] })).toEqual({
      start: 2,
      end: 2,
      old: ['Type=simple'],
      lines: ['Type=simple', 'X=1'],
    });
  });

  it('keeps CRLF out of the suggestion lines', () => {
    const text = 'a\r\nb=1\r\nc\r\n';
    expect(lineReplacement(text, { description: '', applicability: 'safe', edits: [{ start: 5, end: 6, text: '2' }] })?.lines).toEqual(['b=2']);
  });
});

describe('planReview and reviewPayload', () => {
  const base: Omit<ReviewFile, 'findings'> = { path: 'units/foo.service', text: UNIT, hunks: parsePatch(PATCH), changed: true };

  it('puts a fix that lies in a hunk in a ```suggestion on exactly its line', () => {
    const f = finding(UNIT, 8, 'systemd/required-by-target', 'Unexpected `RequiredBy=multi-user.target`, expected `WantedBy=multi-user.target`', { from: 0, to: 10, text: 'WantedBy' });
    const plan = planReview([{ ...base, findings: [f] }], { filterMode: 'added', suggestions: true, maxComments: 30 });
    const payload = reviewPayload(plan, 'abc123')!;
    const id = fingerprint('units/foo.service', 'systemd/required-by-target', UNIT, f);
    expect(payload.comments).toEqual([
      {
        path: 'units/foo.service',
        line: 8,
        side: 'RIGHT',
        body: [
          '**Error** [`systemd/required-by-target`](https://github.com/initlint/initlint/blob/main/src/rules/systemd/required-by-target/README.md): Unexpected `RequiredBy=multi-user.target`, expected `WantedBy=multi-user.target`',
          '',
          'Suggested fix: Use WantedBy=',
          '',
          '```suggestion\nWantedBy=multi-user.target\n```',
          '',
          `<!-- initlint:${id} -->`,
        ].join('\n'),
      },
    ]);
    expect(payload.commit_id).toBe('abc123');
    expect(payload.event).toBe('COMMENT');
    expect(payload.body).toBe(`**initlint** found 1 new problem (1 error): 1 inline.\n\n<!-- initlint-review:${id} -->`);
  });

  it('shows the fix as a diff block when suggestions are off', () => {
    const f = finding(UNIT, 8, 'systemd/required-by-target', 'm', { from: 0, to: 10, text: 'WantedBy' });
    const plan = planReview([{ ...base, findings: [f] }], { filterMode: 'added', suggestions: false, maxComments: 30 });
    expect(reviewPayload(plan, 's')!.comments[0].body).toContain('```diff\n-RequiredBy=multi-user.target\n+WantedBy=multi-user.target\n```');
  });

  it('comments only on lines inside a hunk; filter-mode decides where the rest go', () => {
    const outside = finding(UNIT, 2, 'systemd/x', 'outside');
    const context = finding(UNIT, 4, 'systemd/y', 'on a context line');
    const added = finding(UNIT, 7, 'systemd/z', 'on an added line');
    const files = [{ ...base, findings: [outside, context, added] }];
    const place = (filterMode: 'added' | 'diff_context' | 'file' | 'nofilter') =>
      planReview(files, { filterMode, suggestions: true, maxComments: 30 }).findings.map((p) => [p.finding.line, p.placement]);
    expect(place('added')).toEqual([
      [2, 'out'],
      [4, 'out'],
      [7, 'inline'],
    ]);
    expect(place('diff_context')).toEqual([
      [2, 'out'],
      [4, 'inline'],
      [7, 'inline'],
    ]);
    expect(place('file')).toEqual([
      [2, 'body'],
      [4, 'inline'],
      [7, 'inline'],
    ]);
    const payload = reviewPayload(planReview(files, { filterMode: 'file', suggestions: true, maxComments: 30 }), 's')!;
    expect(payload.comments.map((c) => c.line)).toEqual([4, 7]);
    expect(payload.body).toContain('### Outside the changed lines\n');
    expect(payload.body).toContain('- `units/foo.service:2` **Error** [`systemd/x`]');
  });

  it('a multi-line finding spans start_line..line within one hunk', () => {
    const f: Finding = { ...finding(UNIT, 6, 'systemd/a', 'two lines'), endLine: 7, endColumn: 10 };
    const plan = planReview([{ ...base, findings: [f] }], { filterMode: 'added', suggestions: true, maxComments: 30 });
    const c = reviewPayload(plan, 's')!.comments[0];
    expect([c.start_line, c.start_side, c.line, c.side]).toEqual([6, 'RIGHT', 7, 'RIGHT']);
  });

  it('a fix reaching outside the hunk is a diff block on the finding line, not a suggestion', () => {
    // The fix edits line 2 (outside the hunk) and line 8.
    const f = finding(UNIT, 8, 'systemd/b', 'm');
    const index = new LineIndex(UNIT);
    f.fix = {
      description: 'd',
      applicability: 'unsafe',
      edits: [
        { start: index.lineStart(2), end: index.lineStart(2), text: 'After=x\n' },
        { start: index.lineStart(8), end: index.lineEnd(8), text: 'WantedBy=multi-user.target' },
      ],
    };
    const body = reviewPayload(planReview([{ ...base, findings: [f] }], { filterMode: 'added', suggestions: true, maxComments: 30 }), 's')!.comments[0].body;
    expect(body).not.toContain('```suggestion');
    expect(body).toContain('Suggested fix (unsafe: check before committing): d');
    // One unchanged line around each change; the lines between the two places are one ` …`.
    expect(body).toContain('```diff\n+After=x\n Description=Foo\n …\n [Install]\n-RequiredBy=multi-user.target\n+WantedBy=multi-user.target\n```');
  });

  it('a cross-file fix shows the new file in full', () => {
    const f = finding(UNIT, 5, 'systemd/control-script-wrapper', 'wrapper', {
      from: 0,
      to: 0,
      text: '',
      files: [{ path: 'units/ossec@.service', content: '[Service]\nExecStart=/var/ossec/bin/%i -f\n' }],
    });
    f.fix!.edits = [];
    f.fix!.description = 'Replace the wrapper with a template unit; then `systemctl enable ossec@ossec-analysisd`';
    const body = reviewPayload(planReview([{ ...base, findings: [f] }], { filterMode: 'diff_context', suggestions: true, maxComments: 30 }), 's')!.comments[0].body;
    expect(body).toContain('Create `units/ossec@.service`:\n\n```ini\n[Service]\nExecStart=/var/ossec/bin/%i -f\n```');
    expect(body).toContain('`systemctl enable ossec@ossec-analysisd`');
  });

  it('over max-comments, the rest are listed in the body, errors first', () => {
    const fs = [6, 7, 8].map((l) => ({ ...finding(UNIT, l, 'systemd/c', `line ${l}`), severity: (l === 8 ? 'error' : 'warning') as Finding['severity'] }));
    const plan = planReview([{ ...base, findings: fs }], { filterMode: 'added', suggestions: true, maxComments: 1 });
    const payload = reviewPayload(plan, 's')!;
    expect(payload.comments.map((c) => c.line)).toEqual([8]);
    expect(payload.body).toContain('### More findings (over the inline comment limit)\n');
    expect(payload.body.match(/units\/foo\.service:\d/g)).toEqual(['units/foo.service:6', 'units/foo.service:7']);
  });

  it('past the body size limit the list is cut, but every finding is still marked so a re-run repeats none', () => {
    const text = Array.from({ length: 900 }, (_, i) => `X${i}=${'v'.repeat(60)}`).join('\n') + '\n';
    // 900 rules of one finding each: nothing to group, so the list must be cut.
    const fs = Array.from({ length: 900 }, (_, i) => finding(text, i + 1, `systemd/d${i}`, `Unexpected \`X${i}\` ${'long message '.repeat(4)}`));
    const plan = planReview([{ path: 'big.service', text, findings: fs, hunks: [], changed: true }], { filterMode: 'file', suggestions: true, maxComments: 30 });
    const payload = reviewPayload(plan, 's')!;
    expect(payload.comments).toEqual([]);
    expect(payload.body.length).toBeLessThan(65_536);
    expect(payload.body).toMatch(/…and \d+ more: see the job summary and the SARIF report\./);
    expect(bodyMarkersOf(payload.body)).toHaveLength(900);
    const again = planReview([{ path: 'big.service', text, findings: fs, hunks: [], changed: true }], {
      filterMode: 'file',
      suggestions: true,
      maxComments: 30,
      existing: new Set(bodyMarkersOf(payload.body)),
    });
    expect(reviewPayload(again, 's')).toBeUndefined();
  });

  it('40 units with one shared finding outside the diff: the body names the rule once, with its count and the places as links', () => {
    const unit = '[Unit]\nDescription=x\n\n[Install]\nRequiredBy=multi-user.target\n';
    const files = Array.from({ length: 40 }, (_, i) => ({
      path: `units/u${i}.service`,
      text: unit,
      findings: [finding(unit, 5, 'systemd/required-by-target', 'Unexpected `RequiredBy=multi-user.target`', { from: 0, to: 10, text: 'WantedBy' })],
      hunks: [] as ReviewFile['hunks'],
      changed: true,
    }));
    const plan = planReview(files, { filterMode: 'file', suggestions: true, maxComments: 30 });
    const payload = reviewPayload(plan, 's', new Map(), (path, line) => `https://github.test/acme/services/blob/s/${path}#L${line}`)!;
    const lines = payload.body.split('\n');
    expect(lines.filter((l) => l.includes('systemd/required-by-target'))).toHaveLength(1);
    expect(payload.body).toContain('`](https://github.com/initlint/initlint/blob/main/src/rules/systemd/required-by-target/README.md): Unexpected `RequiredBy=multi-user.target` — 40 findings:');
    expect(payload.body).toContain('[`units/u0.service:5`](https://github.test/acme/services/blob/s/units/u0.service#L5), [`units/u1.service:5`]');
    expect(payload.body).toContain('Each has a safe fix:');
    expect(lines.length).toBeLessThan(15);
  });

  it('posts nothing when every finding was posted before', () => {
    const f = finding(UNIT, 8, 'systemd/required-by-target', 'm');
    const id = fingerprint('units/foo.service', 'systemd/required-by-target', UNIT, f);
    const plan = planReview([{ ...base, findings: [f] }], { filterMode: 'added', suggestions: true, maxComments: 30, existing: new Set([id]) });
    expect(plan.findings[0].placement).toBe('posted');
    expect(reviewPayload(plan, 's')).toBeUndefined();
  });

  it('two identical findings in one file get distinct ids', () => {
    const text = 'a\nX=1\nX=1\n';
    const fs = [finding(text, 2, 'r/x', 'm'), finding(text, 3, 'r/x', 'm')];
    const plan = planReview([{ path: 'p.service', text, findings: fs, hunks: parsePatch('@@ -0,0 +1,3 @@\n+a\n+X=1\n+X=1'), changed: true }], {
      filterMode: 'added',
      suggestions: true,
      maxComments: 30,
    });
    const [a, b] = plan.findings.map((p) => p.id);
    expect(b).toBe(`${a}:2`);
  });
});

describe('markers cannot be spoofed', () => {
  it('reads the marker only from the last line', () => {
    expect(markerOf('text\n\n<!-- initlint:0123456789abcdef -->')).toBe('0123456789abcdef');
    expect(markerOf('```\n<!-- initlint:0123456789abcdef -->\n```\nmore')).toBeUndefined();
    expect(markerOf('<!-- initlint:0123456789abcdef --> trailing')).toBeUndefined();
    expect(bodyMarkersOf('x\n<!-- initlint-review:0123456789abcdef,0123456789abcdee:2 -->')).toEqual(['0123456789abcdef', '0123456789abcdee:2']);
  });

  it('a file that plants a marker does not change the comment marker', () => {
    const text = '[Service]\nExecStart=/bin/x <!-- initlint:ffffffffffffffff -->\n';
    const f = finding(text, 2, 'systemd/q', 'Unexpected `<!-- initlint:ffffffffffffffff -->`', { from: 0, to: 9, text: 'ExecStart' });
    const plan = planReview([{ path: 'x.service', text, findings: [f], hunks: parsePatch('@@ -0,0 +1,2 @@\n+[Service]\n+ExecStart=/bin/x <!-- initlint:ffffffffffffffff -->'), changed: true }], {
      filterMode: 'added',
      suggestions: true,
      maxComments: 30,
    });
    const body = reviewPayload(plan, 's')!.comments[0].body;
    expect(markerOf(body)).toBe(plan.findings[0].id);
    expect(markerOf(body)).not.toBe('ffffffffffffffff');
  });
});

describe('multi-line messages', () => {
  const message = 'Unexpected control script that starts 2 daemons: use the template unit hids@.service instead:\nsystemctl enable hids@watchd hids@logd';

  it('a comment shows the extra lines verbatim in a block, so the command copies without hidden characters', () => {
    expect(messageMarkdown(message, { block: true })).toBe(
      'Unexpected control script that starts 2 daemons: use the template unit hids@.service instead:\n\n```\nsystemctl enable hids@watchd hids@logd\n```',
    );
  });

  it('a table cell or list item shows them as code spans', () => {
    expect(messageMarkdown(message, { table: true })).toBe('Unexpected control script that starts 2 daemons: use the template unit hids@.service instead: `systemctl enable hids@watchd hids@logd`');
  });
});

describe('markdown neutralisation', () => {
  it('fences are longer than any backtick run inside', () => {
    expect(fence('a ```` b', 'suggestion')).toBe('`````suggestion\na ```` b\n`````');
  });

  it('mentions, issue references and HTML outside code cannot act', () => {
    const out = inlineText('ping @admin about #12 <!-- hidden --> <img src=x>');
    expect(out).toBe('ping @\u200Badmin about #\u200B12 &lt;&#33;-- hidden --&gt; &lt;img src=x&gt;');
  });

  it('cross-references, autolinks and commit shas in file text do not link', () => {
    const sha = 'a'.repeat(20) + '0123456789abcdef0123';
    const out = inlineText(`see GH-12, gh-3, octo/repo#4, https://evil.example/x, www.evil.example and ${sha}; keep \`https://in.code #5\``);
    const Z = '\u200B';
    expect(out).toBe(
      `see GH-${Z}12, gh-${Z}3, octo/repo#${Z}4, https:${Z}//evil.example/x, www${Z}.evil.example and aaaaaa${Z}aaaaaa${Z}aaaaaa${Z}aa0123${Z}456789${Z}abcdef${Z}0123; keep \`https://in.code #5\``,
    );
    // Nothing GitHub autolinks survives outside the code span.
    const plain = out.replace(/`[^`]*`/g, '');
    expect(plain).not.toMatch(/https?:\/\/|www\.|\bGH-\d|#\d|@\w|\b[0-9a-f]{7,}\b/i);
  });

  it('control characters and link-breaking characters in a link label are inert; a link never takes a URL that could end it', () => {
    expect(link('a](https://evil) \u0007 <b>', 'https://x.test/y')).toBe('[a&#93;(https:\u200B//evil) \uFFFD &lt;b&gt;](https://x.test/y)');
    expect(link({ code: 'rule`id' }, 'https://x.test/r')).toBe('[``rule`id``](https://x.test/r)');
    expect(link('text', 'https://x.test/a) [b](c')).toBe('text');
    expect(link('text', 'javascript:alert(1)')).toBe('text');
  });

  it('code spans are kept; an unbalanced backtick cannot swallow the rest', () => {
    expect(inlineText('Unexpected `a@b` here')).toBe('Unexpected `a@b` here');
    expect(inlineText('odd ` tick @x')).toBe('odd &#96; tick @\u200Bx');
  });

  it('inline code holds backticks safely', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
  });
});
