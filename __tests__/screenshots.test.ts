import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { commentHtml, diffRows, drawReview, rowsAbove } from '../scripts/review-page.ts';
import { htmlPage, markdownToHtml, renderPage, screenshotHtml } from '../scripts/screenshots.ts';

function hasChromium(): boolean {
  try {
    execFileSync(process.env.CHROMIUM ?? 'chromium', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

describe('scripts/screenshots.ts renders markdown as GitHub does', () => {
  it('tables, code spans, folded <details>, alerts and hidden comments', () => {
    const html = markdownToHtml(
      [
        '| Rule | Findings |',
        '| --- | ---: |',
        '| `openrc/shebang` | 1 |',
        '',
        '<details><summary><code>sysv/sleep-for-sync</code>: 2 findings</summary>',
        '',
        '- one',
        '',
        '</details>',
        '',
        '> [!NOTE]',
        '> Cut to fit.',
        '',
        '<!-- initlint:state AAAA -->',
        '',
      ].join('\n'),
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<td align="right">1</td>');
    expect(html).toContain('<td><code>openrc/shebang</code></td>');
    expect(html).toContain('<details><summary><code>sysv/sleep-for-sync</code>: 2 findings</summary>');
    expect(html).toMatch(/<div class="markdown-alert markdown-alert-note">[\s\S]*Cut to fit\./);
    expect(html).toContain('<!-- initlint:state AAAA -->');
  });

  it("a page in GitHub's markdown CSS that reports its own height for the screenshot", () => {
    const page = renderPage('# Title\n', { width: 800 });
    expect(page).toContain('<article class="markdown-body"><h1>Title</h1>');
    expect(page).toContain('.markdown-body');
    expect(page).toContain('width: 800px');
    expect(page).toContain('document.title = String(Math.ceil(document.documentElement.getBoundingClientRect().height));');
  });
});

describe('scripts/review-page.ts draws a review as GitHub shows it', () => {
  const head = '[Unit]\nDescription=OpenSSH server\n\n[Service]\nType=forking\nPIDFile=/run/sshd.pid\nExecStart=/usr/sbin/sshd -D\n';
  const patch = '@@ -2,5 +2,6 @@\n Description=OpenSSH server\n \n [Service]\n-Type=simple\n+Type=forking\n+PIDFile=/run/sshd.pid\n ExecStart=/usr/sbin/sshd -D';

  it('the diff lines above a comment: its lines and three rows before, deleted rows included', () => {
    const rows = rowsAbove(diffRows(patch), 5, 6);
    expect(rows.map((r) => `${r.kind}${r.old ?? ''}:${r.new ?? ''} ${r.text}`)).toEqual([' 3:3 ', ' 4:4 [Service]', '-5: Type=simple', '+:5 Type=forking', '+:6 PIDFile=/run/sshd.pid']);
  });

  it("a ```suggestion block is GitHub's Suggested change: the commented head lines in red, the suggestion in green", () => {
    const html = commentHtml('**Error** text\n\n````suggestion\nType=simple\n````\n\n<!-- initlint:ab -->', head.split('\n'), 5, 6);
    expect(html).toContain('<div class="suggestion-head">Suggested change</div>');
    expect(html).toContain(
      '<tr class="del"><td class="num">5</td><td class="code"><span class="sign">-</span>Type=forking</td></tr><tr class="del"><td class="num">6</td><td class="code"><span class="sign">-</span>PIDFile=/run/sshd.pid</td></tr><tr class="add"><td class="num">5</td><td class="code"><span class="sign">+</span>Type=simple</td></tr>',
    );
    expect(html).not.toContain('language-suggestion');
    // A deletion: red lines only.
    expect(commentHtml('x\n\n```suggestion\n```', head.split('\n'), 6, 6)).toContain(
      '<table class="diff"><tr class="del"><td class="num">6</td><td class="code"><span class="sign">-</span>PIDFile=/run/sshd.pid</td></tr></table>',
    );
  });

  it('a ```diff block is coloured line by line, as GitHub highlights it', () => {
    expect(commentHtml('```diff\n-a\n+b\n c\n```', [], 1, 1)).toContain('<pre><code class="language-diff"><span class="pl-md">-a</span>\n<span class="pl-mi1">+b</span>\n c\n</code></pre>');
  });

  it('the whole review: title, the body under "reviewed", each comment under its path and lines', () => {
    const review = { commit_id: 'a', event: 'COMMENT', body: '**initlint** found 1 new problem', comments: [{ path: 'units/sshd.service', body: 'Line 7: x', line: 6, start_line: 5 }] };
    const page = drawReview({ title: 'sshd: run as Type=forking', number: 42, review, heads: { 'units/sshd.service': head }, patches: { 'units/sshd.service': patch } });
    expect(page).toContain('<h1 class="title">sshd: run as Type=forking <span class="number">#42</span></h1>');
    expect(page).toContain('<div class="box markdown-body"><p><strong>initlint</strong> found 1 new problem</p></div>');
    expect(page).toContain('<div class="thread-head"><span class="path">units/sshd.service</span><span class="lines">Comment on lines +5 to +6</span></div>');
    expect(page).toContain('<tr class="add selected"><td class="num"></td><td class="num">6</td>');
  });
});

// The pictures themselves: run where Chromium is installed (.ci/run installs it).
describe.skipIf(!hasChromium())('scripts/screenshots.ts in headless Chromium', () => {
  it('a page becomes an indexed PNG as wide as asked and as tall as the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'initlint-shot-'));
    try {
      const png = join(dir, 'page.png');
      const { height } = screenshotHtml(png, htmlPage('<div style="height: 300px; background: #d1242f">x</div>', { width: 320 }), { width: 320 });
      const image = decode(readFileSync(png));
      expect([image.width, image.height]).toEqual([320, height]);
      // 300 px of content plus the page's 16 px padding above and below.
      expect(height).toBe(332);
      expect(image.channels).toBe(1);
      expect(image.palette!.length).toBeLessThanOrEqual(256);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
