/**
 * The README's review pictures: the built action (dist/index.js) reviews one
 * pull request per story of examples/ (and the Type=forking evidence PR of
 * issue 12) against the loopback GitHub of the end-to-end tests. The review it
 * posts (body and inline comments, exactly as sent) and the job summary it
 * writes are drawn as GitHub shows them — each comment under its file and the
 * diff lines it sits on, a suggestion as GitHub's "Suggested change" diff —
 * with GitHub's markdown CSS, and screenshot in headless Chromium by
 * scripts/screenshots.ts into docs/img/review-*.png and docs/img/summary-*.png.
 * The payloads go to docs/img/review-*.json beside them, so a change in the
 * review shows in the diff as text too.
 *
 *   npm run build && node scripts/review-pictures.ts [STORY…]
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerEnv, startFakeGitHub, type FakeGitHub, type PullFileFixture } from '../__tests__/e2e/fake-github.ts';
import { drawReview, drawSummary, REVIEW_WIDTH, SUMMARY_WIDTH, type PostedReview } from './review-page.ts';
import { screenshotHtml } from './screenshots.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HEAD = '2c26b46b68ffc68ff99b453c1d30413413422d70';
const PR = 42;

/** One file of a story's pull request: its text at the head, and at the base when the PR changes it. */
interface StoryFile {
  path: string;
  head: string;
  base?: string;
}

interface Story {
  name: string;
  title: string;
  files: StoryFile[];
}

const example = (path: string): StoryFile => ({ path, head: readFileSync(join(root, path), 'utf8') });

// Issue 12's evidence PR: only Type=simple → Type=forking and a PIDFile= line change; the finding is anchored on the unchanged ExecStart=.
const SSHD_BASE = '[Unit]\nDescription=OpenSSH server\n\n[Service]\nType=simple\nExecStart=/usr/sbin/sshd -D\n\n[Install]\nWantedBy=multi-user.target\n';
const SSHD_HEAD = SSHD_BASE.replace('Type=simple\n', 'Type=forking\nPIDFile=/run/sshd.pid\n');

export const STORIES: Story[] = [
  { name: 'requiredby', title: 'Add the debamax-upgrade unit', files: [example('examples/requiredby/debamax-upgrade.service')] },
  { name: 'forking', title: 'sshd: run as Type=forking', files: [{ path: 'units/sshd.service', base: SSHD_BASE, head: SSHD_HEAD }] },
  { name: 'ossec', title: 'Add the OSSEC control script and its unit', files: [example('examples/ossec/ossec-control'), example('examples/ossec/ossec.service')] },
  { name: 'openrc', title: 'Add an OpenRC service script for foo', files: [example('examples/openrc/bad/foo'), example('examples/openrc/bad/conf.d/foo')] },
];

/** The unified diff GitHub lists as a file's `patch` (hunks only, three lines of context). */
export function patchOf(file: StoryFile): string {
  const lines = file.head.replace(/\n$/, '').split('\n');
  if (file.base === undefined) return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
  const work = mkdtempSync(join(tmpdir(), 'initlint-diff-'));
  try {
    writeFileSync(join(work, 'a'), file.base);
    writeFileSync(join(work, 'b'), file.head);
    let out = '';
    try {
      execFileSync('diff', ['-U3', join(work, 'a'), join(work, 'b')], { encoding: 'utf8' });
    } catch (error) {
      // diff exits 1 when the files differ.
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    return out.split('\n').slice(2).join('\n').replace(/\n$/, '');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A pull_request "opened" payload, trimmed to what a consumer reads. */
function pullRequestEvent(story: Story) {
  const repository = { name: 'services', full_name: 'acme/services', owner: { login: 'acme' }, default_branch: 'main' };
  return {
    action: 'opened',
    number: PR,
    pull_request: {
      number: PR,
      state: 'open',
      title: story.title,
      changed_files: story.files.length,
      head: { ref: 'feature', sha: HEAD, repo: repository },
      base: { ref: 'main', sha: 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391', repo: repository },
    },
    repository,
  };
}

/** Runs dist/index.js on the story's pull request; returns the review it posted and the job summary it wrote. */
export async function reviewStory(story: Story): Promise<{ review: PostedReview; summary: string; patches: Record<string, string> }> {
  const workspace = mkdtempSync(join(tmpdir(), 'initlint-story-'));
  const runner = mkdtempSync(join(tmpdir(), 'initlint-runner-'));
  const files: PullFileFixture[] = story.files.map((f) => ({ filename: f.path, status: f.base === undefined ? 'added' : 'modified', patch: patchOf(f) }));
  let api: FakeGitHub | undefined;
  try {
    for (const f of story.files) {
      mkdirSync(join(workspace, dirname(f.path)), { recursive: true });
      writeFileSync(join(workspace, f.path), f.head);
    }
    api = await startFakeGitHub({
      owner: 'acme',
      repo: 'services',
      pull: PR,
      headSha: HEAD,
      files,
      head: Object.fromEntries(story.files.map((f) => [f.path, f.head])),
      reviews: [],
      comments: [],
      resolved: new Set(),
      nextId: 100,
    });
    const paths = { runner, eventPath: join(runner, 'event.json'), summaryPath: join(runner, 'summary.md'), outputPath: join(runner, 'output.txt') };
    writeFileSync(paths.eventPath, JSON.stringify(pullRequestEvent(story)));
    writeFileSync(paths.summaryPath, '');
    writeFileSync(paths.outputPath, '');
    const env = { ...runnerEnv({ api, files: paths, workspace, eventName: 'pull_request', sha: HEAD, ref: `refs/pull/${PR}/merge`, token: 'ghs_pictures' }), 'INPUT_SARIF-FILE': '' };
    await new Promise<void>((done) => execFile(process.execPath, [join(root, 'dist', 'index.js')], { cwd: workspace, env }, () => done()));
    const posted = api.requests.find((r) => r.method === 'POST' && r.operation === '/repos/{owner}/{repo}/pulls/{pull_number}/reviews');
    if (!posted || api.violations.length) throw new Error(`${story.name}: no review posted (${api.violations.join('; ') || 'no request'})`);
    return { review: posted.body as PostedReview, summary: readFileSync(paths.summaryPath, 'utf8'), patches: Object.fromEntries(files.map((f) => [f.filename, f.patch ?? ''])) };
  } finally {
    await api?.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(runner, { recursive: true, force: true });
  }
}

async function main(names: readonly string[]): Promise<void> {
  const out = join(root, 'docs', 'img');
  mkdirSync(out, { recursive: true });
  for (const story of STORIES.filter((s) => !names.length || names.includes(s.name))) {
    const { review, summary, patches } = await reviewStory(story);
    const heads = Object.fromEntries(story.files.map((f) => [f.path, f.head]));
    writeFileSync(join(out, `review-${story.name}.json`), `${JSON.stringify({ pullRequest: story.title, review, summary }, null, 2)}\n`);
    screenshotHtml(join(out, `review-${story.name}.png`), drawReview({ title: story.title, number: PR, review, heads, patches }), { width: REVIEW_WIDTH });
    screenshotHtml(join(out, `summary-${story.name}.png`), drawSummary(summary), { width: SUMMARY_WIDTH });
  }
}

if (import.meta.main) await main(process.argv.slice(2));
