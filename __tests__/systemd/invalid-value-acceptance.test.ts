// Issue 10's acceptance for value checks: the sample unit gets one finding per
// line at the value and `initlint --fix` repairs the four near misses; the units
// systemd installs and the units of systemd's own units/ folder (the cache that
// bench/systemd-corpus.sh extracts) get no finding from these checks.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { isUnitPath } from '../../src/core/classify.js';
import { defaultConfig } from '../../src/core/config.js';
import { lintFiles, type LintInput } from '../../src/linter/index.js';
import invalidValue from '../../src/rules/systemd/invalid-value/index.js';

const SAMPLE = [
  '[Service]',
  'Type=forked',
  'Restart=on-faliure',
  'RestartSec=5x',
  'StandardOutput=jounral',
  'LimitNOFILE=lots',
  'NoNewPrivileges=maybe',
  'ProtectSystem=stric',
  'Nice=40',
  'KillMode=proccess',
  'Environment=MODE=relay DEBUG',
  'ExecStart=/usr/bin/relay',
  '',
].join('\n');

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function run(args: string[], cwd: string) {
  let stdout = '';
  const code = await main(args, { cwd, stdout: (t) => (stdout += t), stderr: () => {} });
  return { code, stdout };
}

describe('the sample unit of issue 10', () => {
  it('one invalid-value finding per wrong line, at the value; --fix repairs the four near misses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'initlint-values-'));
    made.push(dir);
    writeFileSync(join(dir, 'relay.service'), SAMPLE);
    const { stdout } = await run(['--format', 'json', 'relay.service'], dir);
    const found = JSON.parse(stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'systemd/invalid-value');
    expect(found.map((m: { line: number; column: number }) => [m.line, m.column])).toEqual([
      [2, 6],
      [3, 9],
      [4, 12],
      [5, 16],
      [6, 13],
      [7, 17],
      [8, 15],
      [9, 6],
      [10, 10],
      [11, 24],
    ]);
    await run(['--fix', 'relay.service'], dir);
    expect(readFileSync(join(dir, 'relay.service'), 'utf8')).toBe(
      SAMPLE.replace('=on-faliure', '=on-failure').replace('=proccess', '=process').replace('=jounral', '=journal').replace('=stric\n', '=strict\n').replace('=forked', '=forking'),
    );
  });
});

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(path, out);
    else if (st.isFile() && st.size < 1_000_000) out.push(path);
  }
  return out;
}

/** meson's `{{VAR}}` placeholders stand for absolute directories or plain words. */
const expandTemplate = (text: string) => text.replace(/\{\{[^}]*\}\}/g, (m) => (/DIR|PATH|BIN/.test(m) ? '/usr/lib/x' : '1'));

async function valueFindings(files: LintInput[]) {
  const config = defaultConfig();
  const results = await lintFiles(files, { config, rules: [invalidValue] });
  return results.flatMap((r) => r.findings.filter((m) => m.ruleId === invalidValue.id).map((m) => `${r.path}:${m.line}: ${m.message}`));
}

describe('values systemd accepts are never reported', () => {
  const installed = ['/lib/systemd/system', '/usr/lib/systemd', '/etc/systemd'].flatMap((d) => walk(d)).filter((p) => isUnitPath(p));
  it.skipIf(installed.length === 0)(`the ${installed.length} units installed on this machine`, async () => {
    const files = installed.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(await valueFindings(files)).toEqual([]);
  });

  const cache = join(import.meta.dirname, '../../bench/.cache/systemd-corpus/units');
  const own = walk(cache)
    .map((p) => ({ file: p, path: p.replace(/\.in$/, '') }))
    .filter((f) => isUnitPath(f.path));
  it.skipIf(own.length === 0)(`systemd's own units/ folder (${own.length} units; run bench/systemd-corpus.sh)`, async () => {
    // Lines that held a meson placeholder carry our stand-in value, not systemd's: left out.
    const originals = new Map(own.map((f) => [f.path, readFileSync(f.file, 'utf8').split('\n')]));
    const files = own.map((f) => ({ path: f.path, text: expandTemplate(originals.get(f.path)!.join('\n')) }));
    const found = await valueFindings(files);
    expect(
      found.filter((line) => {
        const [, path, n] = /^(.*):(\d+): /.exec(line)!;
        return !originals.get(path)?.[Number(n) - 1]?.includes('{{');
      }),
    ).toEqual([]);
  });
});

describe('an empty unit file is a masked unit (issue 10 item 6)', () => {
  it('gets no finding from any rule, while a file with one blank line is a unit systemd refuses', async () => {
    const [empty, blank] = await lintFiles([
      { path: 'foo.service', text: '' },
      { path: 'bar.service', text: '\n' },
    ]);
    expect(empty.findings).toEqual([]);
    expect(blank.findings.map((f) => f.ruleId)).toContain('systemd/unit-refused');
  });
});
