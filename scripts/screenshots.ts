/**
 * Pictures of markdown as GitHub shows it: each markdown file is rendered as
 * GitHub-flavoured markdown (unified: remark-gfm, raw HTML such as
 * `<details>` kept, alerts as GitHub draws them) inside GitHub's markdown CSS
 * (github-markdown-css), and screenshot by headless Chromium into a PNG of
 * the page's full height. Used for the audit's issue and fix PR pictures in
 * the README, and for any other body the project posts (reviews).
 *
 *   node scripts/screenshots.ts [--out DIR] [--width PX] [--max-height PX] FILE.md…
 *
 * Writes DIR/FILE.png (DIR defaults to each file's own directory). Needs a
 * `chromium` binary (Debian: apt-get install chromium), or CHROMIUM=path.
 * Plain TypeScript with erasable syntax only, so Node 24 runs it as is.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode as decodePng, encode as encodePng } from 'fast-png';
import { applyPaletteSync, buildPaletteSync, utils } from 'image-q';
import rehypeGithubAlert from 'rehype-github-alert';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** GitHub's issue column: the body is about this wide on a desktop browser. */
const DEFAULT_WIDTH = 1012;
const DEFAULT_MAX_HEIGHT = 6000;

/** The markdown as GitHub renders it, as an HTML fragment (raw HTML such as `<details>` and comments kept). */
export function markdownToHtml(markdown: string): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeGithubAlert)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .processSync(markdown);
  return String(file);
}

function githubCss(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
}

/**
 * A whole page: an HTML fragment with GitHub's markdown CSS and the caller's
 * own. A last script writes the page's height into the title, so that a first
 * Chromium pass (--dump-dom) can size the screenshot of the second.
 */
export function htmlPage(fragment: string, options: { width?: number; css?: string } = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>0</title>',
    `<style>${githubCss()}\nbody { margin: 0; background: #ffffff; }\n.page { box-sizing: border-box; width: ${width}px; padding: 16px 20px; }\n${options.css ?? ''}</style>`,
    '</head><body>',
    `<div class="page">${fragment}</div>`,
    '<script>document.title = String(Math.ceil(document.documentElement.getBoundingClientRect().height));</script>',
    '</body></html>',
  ].join('\n');
}

/** Markdown as a page: the fragment in `article.markdown-body`, as wide as GitHub's issue column. */
export function renderPage(markdown: string, options: { width?: number } = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  return htmlPage(`<article class="markdown-body">${markdownToHtml(markdown)}</article>`, {
    width,
    css: `.page { padding: 0; }\n.markdown-body { box-sizing: border-box; width: ${width}px; padding: 24px 32px; }`,
  });
}

/** A fresh profile and no network chatter, so runs are repeatable and leave nothing behind. */
function chromiumArgs(profile: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
  ];
}

/** Screenshots one page (an HTML file) into a PNG as tall as the page, up to maxHeight. */
export function screenshotPage(htmlFile: string, png: string, options: { width?: number; maxHeight?: number; chromium?: string } = {}): { height: number } {
  const chromium = options.chromium ?? process.env.CHROMIUM ?? 'chromium';
  const width = options.width ?? DEFAULT_WIDTH;
  const profile = mkdtempSync(join(tmpdir(), 'initlint-chromium-'));
  try {
    const url = pathToFileURL(htmlFile).href;
    const dom = execFileSync(chromium, [...chromiumArgs(profile), `--window-size=${width},800`, '--dump-dom', url], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 });
    const measured = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1] ?? 0);
    const height = Math.min(Math.max(measured, 100), options.maxHeight ?? DEFAULT_MAX_HEIGHT);
    execFileSync(chromium, [...chromiumArgs(profile), `--window-size=${width},${height}`, `--screenshot=${resolve(png)}`, url], { stdio: 'ignore', timeout: 120_000 });
    return { height };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Makes a screenshot small: at most 256 colours (text on a few flat colours
 * loses nothing visible; no dithering, so letters stay crisp), stored as an
 * indexed PNG. Returns the sizes before and after.
 */
export function optimisePng(png: string): { before: number; after: number } {
  const input = readFileSync(png);
  const image = decodePng(input);
  const channels = image.channels;
  const rgba = new Uint8Array(image.width * image.height * 4);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += channels) {
    rgba[i] = image.data[j];
    rgba[i + 1] = image.data[j + 1];
    rgba[i + 2] = image.data[j + 2];
    rgba[i + 3] = 255;
  }
  const points = utils.PointContainer.fromUint8Array(rgba, image.width, image.height);
  const palette = buildPaletteSync([points], { colors: 256, paletteQuantization: 'wuquant' });
  const mapped = applyPaletteSync(points, palette, { imageQuantization: 'nearest' }).getPointArray();
  const colours = palette.getPointContainer().getPointArray();
  const index = new Map(colours.map((c, i) => [c.uint32, i]));
  const data = new Uint8Array(mapped.length);
  for (let i = 0; i < mapped.length; i++) data[i] = index.get(mapped[i].uint32) ?? 0;
  const output = encodePng({ width: image.width, height: image.height, data, depth: 8, channels: 1, palette: colours.map((c) => [c.r, c.g, c.b]) }, { zlib: { level: 9 } });
  if (output.length < input.length) writeFileSync(png, output);
  return { before: input.length, after: Math.min(output.length, input.length) };
}

/** Screenshots one whole HTML page (see htmlPage) into a small PNG, cropped to the page's height. */
export function screenshotHtml(png: string, html: string, options: { width?: number; maxHeight?: number } = {}): { height: number; bytes: number } {
  const work = mkdtempSync(join(tmpdir(), 'initlint-pages-'));
  try {
    const page = join(work, 'page.html');
    writeFileSync(page, html);
    const { height } = screenshotPage(page, png, options);
    const { after } = optimisePng(png);
    console.log(`screenshots: ${png} (${options.width ?? DEFAULT_WIDTH}×${height}, ${Math.round(after / 1024)} KiB)`);
    return { height, bytes: after };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Renders each markdown file to DIR/NAME.png; returns the PNG paths. */
export function screenshotMarkdown(files: readonly string[], options: { out?: string; width?: number; maxHeight?: number } = {}): string[] {
  const work = mkdtempSync(join(tmpdir(), 'initlint-pages-'));
  try {
    return files.map((file) => {
      const page = join(work, `${basename(file, '.md')}.html`);
      writeFileSync(page, renderPage(readFileSync(file, 'utf8'), options));
      const png = join(options.out ?? dirname(file), `${basename(file, '.md')}.png`);
      const { height } = screenshotPage(page, png, options);
      const { after } = optimisePng(png);
      console.log(`screenshots: ${file} → ${png} (${options.width ?? DEFAULT_WIDTH}×${height}, ${Math.round(after / 1024)} KiB)`);
      return png;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function parseArgs(argv: readonly string[]): { files: string[]; out?: string; width?: number; maxHeight?: number } {
  const files: string[] = [];
  const options: { out?: string; width?: number; maxHeight?: number } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') options.out = argv[++i];
    else if (arg === '--width') options.width = Number(argv[++i]);
    else if (arg === '--max-height') options.maxHeight = Number(argv[++i]);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  return { files, ...options };
}

if (import.meta.main) {
  const { files, ...options } = parseArgs(process.argv.slice(2));
  if (!files.length) {
    console.error('usage: node scripts/screenshots.ts [--out DIR] [--width PX] [--max-height PX] FILE.md…');
    process.exit(2);
  }
  screenshotMarkdown(files, options);
}
