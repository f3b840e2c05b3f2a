/**
 * The README's audit pictures: runs the built action (dist/index.js) as a
 * scheduled audit with `fix-pr: true` on a copy of examples/, against the
 * loopback GitHub of the end-to-end tests, then writes the tracking issue's
 * and the fix pull request's bodies to docs/img/*.md and screenshots them
 * with scripts/screenshots.ts.
 *
 *   npm run build && node scripts/audit-pictures.ts
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerEnv, startFakeGitHub, type FakeState } from '../__tests__/e2e/fake-github.ts';
import { screenshotMarkdown } from './screenshots.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHA = '5d41402abc4b2a76b9719d911017c592ae1b6a3c';
const gitSha = (kind: string, text: string) =>
  createHash('sha1')
    .update(`${kind} ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The repository as the fake knows it: one commit whose tree holds every file of the checkout. */
function repositoryState(workspace: string): FakeState {
  const blobs: Record<string, string> = {};
  const tree: Record<string, { mode: string; sha: string }> = {};
  for (const file of listFiles(workspace)) {
    const text = readFileSync(file, 'utf8');
    const sha = gitSha('blob', text);
    blobs[sha] = text;
    tree[relative(workspace, file)] = { mode: statSync(file).mode & 0o111 ? '100755' : '100644', sha };
  }
  const treeSha = gitSha('tree', JSON.stringify(Object.entries(tree).sort()));
  return {
    owner: 'acme',
    repo: 'services',
    pull: 0,
    headSha: SHA,
    files: [],
    head: {},
    reviews: [],
    comments: [],
    resolved: new Set(),
    nextId: 100,
    issues: [],
    labels: [],
    pulls: [],
    nextNumber: 12,
    defaultBranch: 'main',
    refs: { 'heads/main': SHA },
    commits: { [SHA]: { tree: treeSha, message: 'examples', parents: [] } },
    trees: { [treeSha]: tree },
    blobs,
  };
}

async function main(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'initlint-examples-'));
  const runner = mkdtempSync(join(tmpdir(), 'initlint-runner-'));
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  const api = await startFakeGitHub(repositoryState(workspace));
  try {
    const files = { runner, eventPath: join(runner, 'event.json'), summaryPath: join(runner, 'summary.md'), outputPath: join(runner, 'output.txt') };
    writeFileSync(files.eventPath, JSON.stringify({ schedule: '17 5 * * 1', repository: { full_name: 'acme/services', default_branch: 'main' } }));
    writeFileSync(files.summaryPath, '');
    writeFileSync(files.outputPath, '');
    const env = {
      ...runnerEnv({ api, files, workspace, eventName: 'schedule', sha: SHA, ref: 'refs/heads/main', token: 'ghs_pictures' }),
      'INPUT_FIX-PR': 'true',
      'INPUT_FAIL-LEVEL': 'none',
      GITHUB_RUN_ID: '9876543210',
    };
    await new Promise<void>((done, fail) => execFile(process.execPath, [join(root, 'dist', 'index.js')], { cwd: workspace, env }, (error) => (error ? fail(error) : done())));
    const issue = api.state.issues!.find((i) => i.body.includes('<!-- initlint:audit -->'));
    const pull = api.state.pulls![0];
    if (!issue || !pull) throw new Error(`the audit made no ${issue ? 'pull request' : 'issue'}: ${api.violations.join('; ')}`);
    const out = join(root, 'docs', 'img');
    mkdirSync(out, { recursive: true });
    const pages = [
      { file: join(out, 'audit-issue.md'), title: `${issue.title} #${issue.number}`, body: issue.body },
      { file: join(out, 'audit-fix-pr.md'), title: `${pull.title} #${pull.number}`, body: pull.body },
    ];
    // The title as GitHub shows it above the body, so the picture says what it is.
    for (const page of pages) writeFileSync(page.file, `# ${page.title}\n\n${page.body}`);
    screenshotMarkdown(
      pages.map((p) => p.file),
      { out },
    );
  } finally {
    await api.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(runner, { recursive: true, force: true });
  }
}

await main();
