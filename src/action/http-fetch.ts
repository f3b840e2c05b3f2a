/**
 * The part of `fetch` that Octokit uses (@octokit/request's fetch wrapper: method, string
 * body, headers, redirects; status, headers, text/arrayBuffer), over node:http and
 * node:https. Node's own fetch loads its bundled undici on the first call: ~45 ms of CPU,
 * a fifth of a one-script pull request's whole run (bench/README.md, the action). With a
 * proxy configured in the environment, the action keeps Node's fetch (see `actionFetch`).
 */
import type { IncomingHttpHeaders, IncomingMessage, RequestOptions } from 'node:http';

/** What Octokit reads of a response. */
export interface FetchResponse {
  status: number;
  statusText: string;
  url: string;
  ok: boolean;
  headers: { get(name: string): string | null; [Symbol.iterator](): Iterator<[string, string]> };
  body: null;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FetchInit {
  method?: string;
  body?: string | Uint8Array | null;
  headers?: Record<string, string>;
  redirect?: 'follow' | 'manual' | 'error';
  signal?: AbortSignal | null;
}

/** As fetch: at most 20 redirects. */
const MAX_REDIRECTS = 20;
/** undici's default headers and body timeouts. */
const TIMEOUT_MS = 300_000;

/** A network failure as fetch reports it: TypeError('fetch failed') with the cause (Octokit shows the cause's message). */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

function responseHeaders(raw: IncomingHttpHeaders): FetchResponse['headers'] {
  const entries: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(raw)) if (value !== undefined) entries.push([name, Array.isArray(value) ? value.join(', ') : value]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const byName = new Map(entries);
  return { get: (name) => byName.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => entries[Symbol.iterator]() };
}

function toResponse(url: string, message: IncomingMessage, bytes: Buffer): FetchResponse {
  const status = message.statusCode ?? 0;
  const text = async () => bytes.toString('utf8');
  return {
    status,
    statusText: message.statusMessage ?? '',
    url,
    ok: status >= 200 && status < 300,
    headers: responseHeaders(message.headers),
    body: null,
    text,
    json: async () => JSON.parse(await text()),
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}

/** One request and its whole response body. */
function once(url: URL, init: FetchInit): Promise<{ message: IncomingMessage; bytes: Buffer }> {
  const transport = process.getBuiltinModule(url.protocol === 'https:' ? 'node:https' : 'node:http');
  const options: RequestOptions = { method: init.method ?? 'GET', headers: init.headers ?? {}, timeout: TIMEOUT_MS, ...(init.signal ? { signal: init.signal } : {}) };
  return new Promise((resolve, reject) => {
    const request = transport.request(url, options, (message) => {
      const chunks: Buffer[] = [];
      message.on('data', (chunk: Buffer) => chunks.push(chunk));
      message.on('end', () => resolve({ message, bytes: Buffer.concat(chunks) }));
      message.on('error', (error) => reject(fetchFailed(error)));
    });
    request.on('timeout', () => request.destroy(Object.assign(new Error('request timed out'), { code: 'UND_ERR_HEADERS_TIMEOUT' })));
    request.on('error', (error) => reject(error.name === 'AbortError' ? error : fetchFailed(error)));
    request.end(init.body ?? undefined);
  });
}

/** The next request of a redirect, as fetch makes it; undefined when the response is not one to follow. */
function redirected(from: URL, status: number, location: string | undefined, init: FetchInit): { url: URL; init: FetchInit } | undefined {
  if (![301, 302, 303, 307, 308].includes(status) || !location) return undefined;
  const url = new URL(location, from);
  const method = init.method ?? 'GET';
  const asGet = status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST';
  const headers = { ...init.headers };
  // As fetch: the credentials never follow a redirect to another origin.
  if (url.origin !== from.origin) for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
  if (asGet) for (const name of Object.keys(headers)) if (/^content-/i.test(name)) delete headers[name];
  return { url, init: { ...init, headers, ...(asGet ? { method: 'GET', body: null } : {}) } };
}

/** `fetch` for Octokit over node:http(s): follows redirects like fetch; network errors are TypeError('fetch failed'). */
export async function httpFetch(input: string | URL, init: FetchInit = {}): Promise<FetchResponse> {
  let url = new URL(String(input));
  let current = init;
  for (let hops = 0; ; hops++) {
    const { message, bytes } = await once(url, current);
    const next = current.redirect === 'manual' ? undefined : redirected(url, message.statusCode ?? 0, message.headers.location, current);
    if (!next) return toResponse(url.href, message, bytes);
    if (current.redirect === 'error' || hops >= MAX_REDIRECTS) throw fetchFailed(new Error(current.redirect === 'error' ? 'unexpected redirect' : 'redirect count exceeded'));
    ({ url, init: current } = next);
  }
}

/** Environment variables that route requests through a proxy: Node's fetch (NODE_USE_ENV_PROXY) handles those. */
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NODE_USE_ENV_PROXY'];

/** The fetch the action's API client uses: httpFetch, or Node's own when a proxy is configured. */
export function actionFetch(env: Readonly<Record<string, string | undefined>> = process.env): typeof httpFetch {
  return PROXY_VARIABLES.some((name) => env[name]) ? (globalThis.fetch as unknown as typeof httpFetch) : httpFetch;
}
