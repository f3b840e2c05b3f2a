import { describe, expect, it } from 'vitest';
import type { FileResult } from '../core/types.js';
import { formatGithub } from './github.js';

const finding = {
  ruleId: 'systemd/required-by-target',
  severity: 'error' as const,
  message: 'Unexpected `RequiredBy=multi-user.target`',
  line: 9,
  column: 1,
  endLine: 9,
  endColumn: 30,
  startOffset: 0,
  endOffset: 29,
};

describe('formatGithub', () => {
  it('prints one workflow command per finding, info as notice', () => {
    const results: FileResult[] = [
      { path: 'foo.service', kind: 'systemd', findings: [finding, { ...finding, ruleId: 'systemd/no-install-section', severity: 'info', message: 'x', line: 1, endLine: 2 }] },
    ];
    expect(formatGithub(results)).toBe(
      '::error file=foo.service,line=9,endLine=9,col=1,endColumn=30,title=systemd/required-by-target::Unexpected `RequiredBy=multi-user.target`\n' +
        '::notice file=foo.service,line=1,endLine=2,title=systemd/no-install-section::x\n',
    );
  });

  it('a hostile file name or message cannot end the command or start a new line', () => {
    const results: FileResult[] = [{ path: 'a,b:c\n::stop-commands::T%.service', kind: 'systemd', findings: [{ ...finding, message: '50%\r\n::add-mask::x' }] }];
    const out = formatGithub(results);
    expect(out.split('\n').filter(Boolean)).toEqual([
      '::error file=a%2Cb%3Ac%0A%3A%3Astop-commands%3A%3AT%25.service,line=9,endLine=9,col=1,endColumn=30,title=systemd/required-by-target::50%25%0D%0A::add-mask::x',
    ]);
  });

  it('nothing to say prints nothing', () => {
    expect(formatGithub([{ path: 'ok.service', kind: 'systemd', findings: [] }])).toBe('');
  });
});
