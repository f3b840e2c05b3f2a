/**
 * A loopback GitHub for end-to-end runs of dist/index.js: enough of the REST
 * API and GraphQL for a pull-request review, where every REST request is
 * checked against GitHub's own OpenAPI description (@octokit/openapi): the
 * method and path must be an operation, query parameters must be declared,
 * and the JSON body must validate against the operation's schema (with
 * undeclared properties refused). Plain TypeScript with erasable syntax only,
 * so bench/*.mjs can import it under Node 24 too.
 */
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
  comments: Array<{ id: number; pull_request_review_id: number; path: string; body: string; line: number; start_line: number | null; side: string; commit_id: string; user: { login: string; type: string }; in_reply_to_id?: number }>;
  resolved: Set<number>;
  nextId: number;
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

type Operation = { parameters?: Array<{ name: string; in: string; required?: boolean; schema?: { type?: string } }>; requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> } };
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
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined && !out.oneOf && !out.anyOf && !out.allOf) out.additionalProperties = false;
  return out;
}

/** Checks one request against the OpenAPI description; returns the template and any violations. */
export function validateRequest(method: string, path: string, query: Record<string, string>, body: unknown): { template?: string; errors: string[] } {
  const matches = loadRoutes().filter((r) => r.regex.test(path)).sort((a, b) => b.literal - a.literal);
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
      validate = ajv.compile(closed(schema) as object);
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
        state.comments.push({ id: state.nextId++, pull_request_review_id: id, path: c.path, body: c.body, line: c.line, start_line: c.start_line ?? null, side: c.side ?? 'RIGHT', commit_id: body.commit_id, user: BOT });
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
  return [404, { message: `fake GitHub has no handler for ${method} ${path}` }];
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
