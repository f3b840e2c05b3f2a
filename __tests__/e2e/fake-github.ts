/**
 * A loopback GitHub for end-to-end runs of dist/index.js: enough of the REST
 * API and GraphQL for a pull-request review, where every REST request is
 * checked against GitHub's own OpenAPI description (@octokit/openapi): the
 * method and path must be an operation, query parameters must be declared,
 * and the JSON body must validate against the operation's schema (with
 * undeclared properties refused). Plain TypeScript with erasable syntax only,
 * so bench/*.mjs can import it under Node 24 too.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

export interface PullFileFixture {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  patch?: string;
  /** The blob sha at the head (GitHub lists it for every file). */
  sha?: string;
  previous_filename?: string;
}

export interface FakeState {
  owner: string;
  repo: string;
  pull: number;
  headSha: string;
  files: PullFileFixture[];
  /** File contents at the head sha (for the contents API). */
  head: Record<string, string>;
  reviews: Array<{ id: number; body: string; state: string; commit_id: string; user: { login: string; type: string } }>;
  comments: Array<{
    id: number;
    pull_request_review_id: number;
    path: string;
    body: string;
    line: number;
    start_line: number | null;
    side: string;
    commit_id: string;
    user: { login: string; type: string };
    in_reply_to_id?: number;
  }>;
  resolved: Set<number>;
  nextId: number;
  /** Audit mode (all optional): issues and pull requests share `nextNumber` (default 1). */
  issues?: FakeIssue[];
  labels?: string[];
  issueComments?: Array<{ id: number; issue_number: number; body: string; user: { login: string; type: string } }>;
  pulls?: FakePull[];
  defaultBranch?: string;
  nextNumber?: number;
  /** The git data API: refs without `refs/` (`heads/main`) → commit sha. */
  refs?: Record<string, string>;
  commits?: Record<string, { tree: string; message: string; parents: string[] }>;
  /** Flat trees: path → blob sha. */
  trees?: Record<string, Record<string, { mode: string; sha: string }>>;
  blobs?: Record<string, string>;
  /** Issues turned off in the repository's settings: every /issues endpoint answers 410. */
  issuesDisabled?: boolean;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: Array<{ name: string }>;
  html_url: string;
  pull_request?: unknown;
}

export interface FakePull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  head: { ref: string; label: string };
  base: { ref: string };
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** The OpenAPI path template it matched (or `graphql`). */
  operation: string;
  authorization?: string;
}

export interface FakeGitHub {
  url: string;
  state: FakeState;
  requests: RecordedRequest[];
  /** Requests that broke the OpenAPI description (should stay empty). */
  violations: string[];
  close(): Promise<void>;
}

type Operation = {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: { type?: string } }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
};
type Route = { template: string; regex: RegExp; literal: number; methods: Record<string, Operation> };

let routes: Route[] | undefined;
const validators = new Map<string, ValidateFunction>();
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });

function loadRoutes(): Route[] {
  if (routes) return routes;
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.deref.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, Operation>> };
  routes = Object.entries(spec.paths).map(([template, methods]) => ({
    template,
    regex: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    literal: template.replace(/\{[^}]+\}/g, '').length,
    methods,
  }));
  return routes;
}

/** Refuses properties a schema does not declare, so a misspelt field is caught. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closed(s)])) : closed(v);
  // OpenAPI 3.0 `nullable` means nothing without a `type` (and Ajv refuses to compile it).
  if (out.nullable !== undefined && out.type === undefined) delete out.nullable;
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined && !out.oneOf && !out.anyOf && !out.allOf) out.additionalProperties = false;
  return out;
}

/** Checks one request against the OpenAPI description; returns the template and any violations. */
export function validateRequest(method: string, path: string, query: Record<string, string>, body: unknown): { template?: string; errors: string[] } {
  const matches = loadRoutes()
    .filter((r) => r.regex.test(path))
    .sort((a, b) => b.literal - a.literal);
  const route = matches.find((r) => r.methods[method.toLowerCase()]);
  if (!route) return { errors: [`${method} ${path}: no such operation in GitHub's OpenAPI description`] };
  const op = route.methods[method.toLowerCase()];
  const errors: string[] = [];
  const declared = new Map((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p]));
  for (const [name, value] of Object.entries(query)) {
    const p = declared.get(name);
    if (!p) errors.push(`${method} ${route.template}: undeclared query parameter ${name}`);
    else if (p.schema?.type === 'integer' && !/^\d+$/.test(value)) errors.push(`${method} ${route.template}: ${name}=${value} is not an integer`);
  }
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (body !== undefined && !schema) errors.push(`${method} ${route.template}: takes no body`);
  if (body === undefined && op.requestBody?.required) errors.push(`${method} ${route.template}: body required`);
  if (body !== undefined && schema) {
    const key = `${method} ${route.template}`;
    let validate = validators.get(key);
    if (!validate) {
      try {
        validate = ajv.compile(closed(schema) as object);
      } catch (error) {
        return { template: route.template, errors: [...errors, `${key}: the fake cannot compile this schema (${(error as Error).message})`] };
      }
      validators.set(key, validate);
    }
    if (!validate(body)) errors.push(`${key}: ${ajv.errorsText(validate.errors)}`);
  }
  return { template: route.template, errors };
}

/** New-side lines of a patch that a review comment may use (inside a hunk). */
function commentableLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let line = 0;
  for (const raw of patch.split('\n')) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (h) line = Number(h[1]);
    else if (raw.startsWith('+') || raw.startsWith(' ')) lines.add(line++);
  }
  return lines;
}

function paginate<T>(res: ServerResponse, url: URL, items: T[]): T[] {
  const perPage = Number(url.searchParams.get('per_page') ?? 30);
  const page = Number(url.searchParams.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  if (page < last) {
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    const lastUrl = new URL(url);
    lastUrl.searchParams.set('page', String(last));
    res.setHeader('link', `<${next}>; rel="next", <${lastUrl}>; rel="last"`);
  }
  return items.slice((page - 1) * perPage, page * perPage);
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

function handle(state: FakeState, method: string, url: URL, body: any): [number, unknown] {
  const base = `/repos/${state.owner}/${state.repo}`;
  const path = decodeURIComponent(url.pathname);
  const pull = `${base}/pulls/${state.pull}`;
  if (method === 'GET' && path === `${pull}/files`) return [200, 'paginate:files'];
  if (method === 'GET' && path === `${pull}/comments`) return [200, 'paginate:comments'];
  if (method === 'GET' && path === `${pull}/reviews`) return [200, 'paginate:reviews'];
  if (method === 'POST' && path === `${pull}/reviews`) {
    if (body.commit_id !== state.headSha) return [422, { message: 'Unprocessable Entity', errors: ['commit_id is not part of the pull request'] }];
    for (const c of body.comments ?? []) {
      const allowed = commentableLines(state.files.find((f) => f.filename === c.path)?.patch);
      const first = c.start_line ?? c.line;
      for (let l = first; l <= c.line; l++) {
        if (!allowed.has(l)) return [422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] }];
      }
    }
    const id = state.nextId++;
    const review = { id, body: body.body ?? '', state: body.event === 'COMMENT' ? 'COMMENTED' : 'PENDING', commit_id: body.commit_id, user: BOT };
    if (review.state !== 'PENDING') {
      state.reviews.push(review);
      for (const c of body.comments ?? []) {
        state.comments.push({
          id: state.nextId++,
          pull_request_review_id: id,
          path: c.path,
          body: c.body,
          line: c.line,
          start_line: c.start_line ?? null,
          side: c.side ?? 'RIGHT',
          commit_id: body.commit_id,
          user: BOT,
        });
      }
    }
    return [200, { ...review, html_url: `https://github.test/${state.owner}/${state.repo}/pull/${state.pull}#pullrequestreview-${id}` }];
  }
  const pending = new RegExp(`^${pull}/reviews/(\\d+)$`).exec(path);
  if (method === 'DELETE' && pending) return [200, { id: Number(pending[1]), state: 'PENDING' }];
  if (method === 'GET' && path.startsWith(`${base}/contents/`)) {
    const file = path.slice(`${base}/contents/`.length);
    return file in state.head ? [200, `raw:${state.head[file]}`] : [404, { message: 'Not Found' }];
  }
  return handleAudit(state, method, url, path, body) ?? [404, { message: `fake GitHub has no handler for ${method} ${path}` }];
}

const gitSha = (kind: string, text: string) =>
  createHash('sha1')
    .update(`${kind} ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');

/** Issues, labels, pull requests and the git data API, for the scheduled audit. */
function handleAudit(state: FakeState, method: string, url: URL, path: string, body: any): [number, unknown] | undefined {
  const base = `/repos/${state.owner}/${state.repo}`;
  const issues = (state.issues ??= []);
  const pulls = (state.pulls ??= []);
  const number = () => {
    state.nextNumber ??= 1;
    return state.nextNumber++;
  };
  const htmlUrl = (kind: string, n: number) => `https://github.com/${state.owner}/${state.repo}/${kind}/${n}`;
  const asIssue = (i: FakeIssue) => ({ id: 10_000 + i.number, node_id: `I_${i.number}`, url: `${base}/issues/${i.number}`, user: BOT, comments: 0, locked: false, ...i });
  if (state.issuesDisabled && path.startsWith(`${base}/issues`)) return [410, { message: 'Issues are disabled for this repo', documentation_url: 'https://docs.github.com/rest/issues/issues' }];
  if (method === 'GET' && path === base) return [200, { id: 123456, name: state.repo, full_name: `${state.owner}/${state.repo}`, default_branch: state.defaultBranch ?? 'main' }];
  if (method === 'GET' && path === `${base}/issues`) {
    const want = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
    const st = url.searchParams.get('state') ?? 'open';
    const listed = issues.filter((i) => (st === 'all' || i.state === st) && want.every((l) => i.labels.some((x) => x.name === l)));
    return [200, { paginate: listed.map(asIssue) }];
  }
  const label = new RegExp(`^${base}/labels/(.+)$`).exec(path);
  if (method === 'GET' && label) return (state.labels ?? []).includes(label[1]) ? [200, { name: label[1], color: '5319e7' }] : [404, { message: 'Not Found' }];
  if (method === 'POST' && path === `${base}/labels`) {
    if ((state.labels ??= []).includes(body.name)) return [422, { message: 'Validation Failed', errors: [{ code: 'already_exists' }] }];
    state.labels.push(body.name);
    return [201, { name: body.name, color: body.color, description: body.description ?? null }];
  }
  if (method === 'POST' && path === `${base}/issues`) {
    for (const l of body.labels ?? []) if (!(state.labels ??= []).includes(typeof l === 'string' ? l : l.name)) state.labels.push(typeof l === 'string' ? l : l.name);
    const n = number();
    const issue: FakeIssue = {
      number: n,
      title: body.title,
      body: body.body ?? '',
      state: 'open',
      state_reason: null,
      labels: (body.labels ?? []).map((l: any) => ({ name: typeof l === 'string' ? l : l.name })),
      html_url: htmlUrl('issues', n),
    };
    issues.push(issue);
    return [201, asIssue(issue)];
  }
  const commentPath = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(path);
  if (commentPath) {
    const all = (state.issueComments ??= []);
    const at = all.findIndex((c) => c.id === Number(commentPath[1]));
    if (at < 0) return [404, { message: 'Not Found' }];
    if (method === 'DELETE') {
      all.splice(at, 1);
      return [204, ''];
    }
    if (method === 'PATCH') {
      all[at].body = body.body;
      return [200, { ...all[at], html_url: `${htmlUrl('issues', all[at].issue_number)}#issuecomment-${all[at].id}` }];
    }
    return undefined;
  }
  const issuePath = new RegExp(`^${base}/issues/(\\d+)(/comments)?$`).exec(path);
  if (issuePath) {
    const n = Number(issuePath[1]);
    const issue = issues.find((i) => i.number === n);
    const pull = pulls.find((p) => p.number === n);
    if (!issue && !pull) return [404, { message: 'Not Found' }];
    if (method === 'GET' && issuePath[2]) return [200, { paginate: (state.issueComments ?? []).filter((c) => c.issue_number === n) }];
    if (method === 'POST' && issuePath[2]) {
      const comment = { id: state.nextId++, issue_number: n, body: body.body, user: BOT };
      (state.issueComments ??= []).push(comment);
      return [201, { ...comment, html_url: `${htmlUrl('issues', n)}#issuecomment-${comment.id}` }];
    }
    if (method === 'PATCH' && !issuePath[2] && issue) {
      if (body.title !== undefined) issue.title = body.title;
      if (body.body !== undefined) issue.body = body.body;
      if (body.state !== undefined) {
        issue.state = body.state;
        issue.state_reason = body.state === 'closed' ? (body.state_reason ?? 'completed') : 'reopened';
      }
      return [200, asIssue(issue)];
    }
    return undefined;
  }
  if (method === 'GET' && path === `${base}/pulls`) {
    const st = url.searchParams.get('state') ?? 'open';
    const head = url.searchParams.get('head');
    const listed = pulls.filter((p) => (st === 'all' || p.state === st) && (!head || p.head.label === head));
    return [200, { paginate: listed }];
  }
  if (method === 'POST' && path === `${base}/pulls`) {
    if (!(state.refs ?? {})[`heads/${body.head}`]) return [422, { message: 'Validation Failed', errors: [{ field: 'head', code: 'invalid' }] }];
    if (pulls.some((p) => p.state === 'open' && p.head.ref === body.head))
      return [422, { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${state.owner}:${body.head}.` }] }];
    const n = number();
    const pull: FakePull = {
      number: n,
      title: body.title,
      body: body.body ?? '',
      state: 'open',
      head: { ref: body.head, label: `${state.owner}:${body.head}` },
      base: { ref: body.base },
      html_url: htmlUrl('pull', n),
    };
    pulls.push(pull);
    return [201, pull];
  }
  const pullPath = new RegExp(`^${base}/pulls/(\\d+)$`).exec(path);
  if (method === 'PATCH' && pullPath) {
    const pull = pulls.find((p) => p.number === Number(pullPath[1]));
    if (!pull) return [404, { message: 'Not Found' }];
    if (body.title !== undefined) pull.title = body.title;
    if (body.body !== undefined) pull.body = body.body;
    if (body.state !== undefined) pull.state = body.state;
    if (body.base !== undefined) {
      if (!(state.refs ?? {})[`heads/${body.base}`]) return [422, { message: 'Validation Failed', errors: [{ field: 'base', code: 'invalid' }] }];
      pull.base = { ref: body.base };
    }
    return [200, pull];
  }
  // The git data API.
  const refs = (state.refs ??= {});
  const commits = (state.commits ??= {});
  const trees = (state.trees ??= {});
  const blobs = (state.blobs ??= {});
  const refBody = (ref: string) => ({ ref: `refs/${ref}`, node_id: 'REF_1', url: `${base}/git/refs/${ref}`, object: { type: 'commit', sha: refs[ref], url: `${base}/git/commits/${refs[ref]}` } });
  const getRef = new RegExp(`^${base}/git/ref/(.+)$`).exec(path);
  if (method === 'GET' && getRef) return refs[getRef[1]] ? [200, refBody(getRef[1])] : [404, { message: 'Not Found' }];
  if (method === 'POST' && path === `${base}/git/refs`) {
    const ref = String(body.ref).replace(/^refs\//, '');
    if (!String(body.ref).startsWith('refs/') || refs[ref]) return [422, { message: 'Reference already exists' }];
    if (!commits[body.sha]) return [422, { message: 'Object does not exist' }];
    refs[ref] = body.sha;
    return [201, refBody(ref)];
  }
  const updRef = new RegExp(`^${base}/git/refs/(.+)$`).exec(path);
  if (method === 'PATCH' && updRef) {
    const ref = updRef[1];
    if (!refs[ref]) return [422, { message: 'Reference does not exist' }];
    if (!commits[body.sha]) return [422, { message: 'Object does not exist' }];
    // Without force, only a fast-forward.
    if (!body.force && !commits[body.sha].parents.includes(refs[ref])) return [422, { message: 'Update is not a fast forward' }];
    refs[ref] = body.sha;
    return [200, refBody(ref)];
  }
  const getCommit = new RegExp(`^${base}/git/commits/([0-9a-f]{40})$`).exec(path);
  if (method === 'GET' && getCommit) {
    const c = commits[getCommit[1]];
    return c
      ? [200, { sha: getCommit[1], node_id: 'C_1', message: c.message, tree: { sha: c.tree, url: '' }, parents: c.parents.map((sha) => ({ sha, url: '', html_url: '' })) }]
      : [404, { message: 'Not Found' }];
  }
  if (method === 'POST' && path === `${base}/git/blobs`) {
    const text = body.encoding === 'base64' ? Buffer.from(body.content, 'base64').toString('utf8') : body.content;
    const sha = gitSha('blob', text);
    blobs[sha] = text;
    return [201, { sha, url: `${base}/git/blobs/${sha}` }];
  }
  if (method === 'POST' && path === `${base}/git/trees`) {
    if (body.base_tree && !trees[body.base_tree]) return [422, { message: 'Invalid base_tree' }];
    const entries = { ...(body.base_tree ? trees[body.base_tree] : {}) };
    for (const e of body.tree) {
      if (e.sha === null) delete entries[e.path];
      else if (e.sha !== undefined) {
        if (!blobs[e.sha]) return [422, { message: `Invalid tree entry ${e.path}` }];
        entries[e.path] = { mode: e.mode, sha: e.sha };
      } else {
        const sha = gitSha('blob', e.content);
        blobs[sha] = e.content;
        entries[e.path] = { mode: e.mode, sha };
      }
    }
    const sha = gitSha('tree', JSON.stringify(Object.entries(entries).sort()));
    trees[sha] = entries;
    return [201, { sha, url: `${base}/git/trees/${sha}`, truncated: false, tree: Object.entries(entries).map(([p, e]) => ({ path: p, mode: e.mode, type: 'blob', sha: e.sha })) }];
  }
  if (method === 'POST' && path === `${base}/git/commits`) {
    if (!trees[body.tree]) return [422, { message: 'Tree SHA does not exist' }];
    for (const p of body.parents ?? []) if (!commits[p]) return [422, { message: 'Parent SHA does not exist or is not a commit object' }];
    const sha = gitSha('commit', JSON.stringify([body.tree, body.parents, body.message, state.nextId++]));
    commits[sha] = { tree: body.tree, message: body.message, parents: body.parents ?? [] };
    return [201, { sha, node_id: 'C_2', message: body.message, tree: { sha: body.tree, url: '' }, parents: (body.parents ?? []).map((p: string) => ({ sha: p, url: '', html_url: '' })) }];
  }
  return undefined;
}

function graphql(state: FakeState, body: { query: string; variables: Record<string, unknown> }): unknown {
  if (/resolveReviewThread/.test(body.query)) {
    // Aliased mutations: `tN: resolveReviewThread(input: { threadId: $tN })`.
    const data: Record<string, unknown> = {};
    for (const [, alias, variable] of body.query.matchAll(/(\w+): resolveReviewThread\(input: \{ threadId: \$(\w+) \}\)/g)) {
      const threadId = String(body.variables[variable]);
      state.resolved.add(Number(threadId.replace(/^T/, '')));
      data[alias] = { thread: { id: threadId, isResolved: true } };
    }
    return { data };
  }
  if (/reviewThreads/.test(body.query)) {
    const tops = state.comments.filter((c) => !c.in_reply_to_id);
    const nodes = tops.map((c) => ({
      id: `T${c.id}`,
      isResolved: state.resolved.has(c.id),
      comments: { totalCount: 1 + state.comments.filter((r) => r.in_reply_to_id === c.id).length, nodes: [{ databaseId: c.id }] },
    }));
    return { data: { repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } } } } };
  }
  return { errors: [{ message: 'fake GitHub: unknown GraphQL operation' }] };
}

/** Starts the fake on 127.0.0.1 with an ephemeral port. */
export async function startFakeGitHub(state: FakeState): Promise<FakeGitHub> {
  loadRoutes();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: any;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        violations.push(`${req.method} ${url.pathname}: body is not JSON`);
      }
      const method = req.method ?? 'GET';
      const query = Object.fromEntries(url.searchParams);
      const send = (status: number, data: unknown) => {
        if (typeof data === 'string' && data.startsWith('raw:')) {
          res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(data.slice(4));
          return;
        }
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(data));
      };
      if (url.pathname === '/graphql') {
        requests.push({ method, path: url.pathname, query, body, operation: 'graphql', authorization: req.headers.authorization });
        if (method !== 'POST' || typeof body?.query !== 'string' || (body.variables !== undefined && typeof body.variables !== 'object')) violations.push('graphql: expected POST {query, variables}');
        send(200, graphql(state, body));
        return;
      }
      const check = validateRequest(method, url.pathname, query, body);
      violations.push(...check.errors);
      requests.push({ method, path: url.pathname, query, body, operation: check.template ?? '?', authorization: req.headers.authorization });
      if (check.errors.length) {
        send(400, { message: check.errors.join('; ') });
        return;
      }
      const [status, data] = handle(state, method, url, body);
      if (data && typeof data === 'object' && Array.isArray((data as { paginate?: unknown[] }).paginate)) {
        send(status, paginate(res, url, (data as { paginate: unknown[] }).paginate));
        return;
      }
      if (typeof data === 'string' && data.startsWith('paginate:')) {
        const kind = data.slice('paginate:'.length) as 'files' | 'comments' | 'reviews';
        const items: unknown[] = kind === 'files' ? state.files : kind === 'comments' ? state.comments : state.reviews;
        send(status, paginate(res, url, items));
        return;
      }
      send(status, data);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    violations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Parses GITHUB_OUTPUT as the runner does (`name<<DELIM` … `DELIM`, or `name=value`). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
    } else if (lines[i].includes('=')) out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
  }
  return out;
}

/** Where one simulated runner step keeps its files. */
export interface RunnerFiles {
  runner: string;
  eventPath: string;
  summaryPath: string;
  outputPath: string;
}

/**
 * The environment the GitHub runner gives a `node24` action step: GITHUB_* variables pointing at
 * the loopback API and the step's files, and every input of action.yml at its default as INPUT_*.
 */
export function runnerEnv(options: { api: FakeGitHub; files: RunnerFiles; workspace: string; eventName: string; sha: string; ref: string; token: string }): Record<string, string> {
  const { api, files, workspace } = options;
  return {
    PATH: process.env.PATH ?? '',
    HOME: files.runner,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.eventPath,
    GITHUB_REPOSITORY: 'acme/services',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref,
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: api.url,
    GITHUB_GRAPHQL_URL: `${api.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: files.summaryPath,
    GITHUB_OUTPUT: files.outputPath,
    RUNNER_TEMP: files.runner,
    'INPUT_GITHUB-TOKEN': options.token,
    INPUT_PATHS: '',
    INPUT_CONFIG: '',
    'INPUT_FILTER-MODE': 'added',
    'INPUT_FAIL-LEVEL': 'error',
    INPUT_REVIEW: 'true',
    INPUT_ANNOTATIONS: 'true',
    INPUT_SUGGESTIONS: 'true',
    'INPUT_SARIF-FILE': 'initlint.sarif',
    'INPUT_MAX-COMMENTS': '30',
    INPUT_MODE: 'auto',
    'INPUT_FIX-PR': 'false',
    INPUT_REPOSITORY: '',
  };
}
