import { describe, expect, it } from 'vitest';
import { markdownToHtml, renderPage } from '../scripts/screenshots.ts';

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
