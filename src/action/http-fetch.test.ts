import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionFetch, httpFetch } from './http-fetch.js';

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  contentType?: string;
  body: string;
}

/** Two loopback servers (two origins): what each request carried, and the answers under test. */
function server(seen: Seen[], other: () => string): Promise<Server> {
  const s = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
      if (req.url === '/json') res.writeHead(200, { 'content-type': 'application/json', link: '<x>; rel="next"', 'x-two': ['a', 'b'] }).end('{"ok":true}');
      else if (req.url === '/see-other') res.writeHead(303, { location: '/json' }).end();
      else if (req.url === '/moved') res.writeHead(307, { location: '/json' }).end();
      else if (req.url === '/away') res.writeHead(302, { location: `${other()}/json` }).end();
      else if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end();
      else res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
    });
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

describe('httpFetch: the fetch the action gives Octokit', () => {
  const seen: Seen[] = [];
  let a: Server;
  let b: Server;
  const base = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  beforeAll(async () => {
    a = await server(seen, () => base(b));
    b = await server(seen, () => base(a));
  });
  afterAll(() => {
    a.close();
    b.close();
  });

  it('sends method, headers and body, and gives status, sorted headers and the body as text, JSON and bytes', async () => {
    seen.length = 0;
    const r = await httpFetch(`${base(a)}/json`, { method: 'POST', body: '{"a":1}', headers: { authorization: 'token t', 'content-type': 'application/json' } });
    expect(seen).toEqual([{ method: 'POST', url: '/json', authorization: 'token t', contentType: 'application/json', body: '{"a":1}' }]);
    expect([r.status, r.ok, r.url]).toEqual([200, true, `${base(a)}/json`]);
    expect(r.headers.get('Content-Type')).toBe('application/json');
    expect(r.headers.get('x-two')).toBe('a, b');
    expect([...r.headers].map(([k]) => k)).toEqual(['connection', 'content-type', 'date', 'keep-alive', 'link', 'transfer-encoding', 'x-two']);
    expect(await r.text()).toBe('{"ok":true}');
    expect(await r.json()).toEqual({ ok: true });
    expect(Buffer.from(await r.arrayBuffer()).toString()).toBe('{"ok":true}');
    const missing = await httpFetch(`${base(a)}/nothing`);
    expect([missing.status, missing.ok, await missing.text()]).toEqual([404, false, '{"message":"Not Found"}']);
  });

  it('follows redirects as fetch does: 303 turns a POST into a GET, 307 keeps it, another origin never gets the token', async () => {
    seen.length = 0;
    const init = { method: 'POST', body: 'x', headers: { Authorization: 'token t', 'Content-Type': 'text/plain' } };
    expect((await httpFetch(`${base(a)}/see-other`, init)).url).toBe(`${base(a)}/json`);
    expect(seen.map((s) => [s.method, s.url, s.body, s.contentType ?? null])).toEqual([
      ['POST', '/see-other', 'x', 'text/plain'],
      ['GET', '/json', '', null],
    ]);
    seen.length = 0;
    await httpFetch(`${base(a)}/moved`, init);
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', '/moved', 'x'],
      ['POST', '/json', 'x'],
    ]);
    seen.length = 0;
    const away = await httpFetch(`${base(a)}/away`, { headers: { Authorization: 'token t' } });
    expect(away.url).toBe(`${base(b)}/json`);
    expect(seen.map((s) => s.authorization ?? null)).toEqual(['token t', null]);
    const manual = await httpFetch(`${base(a)}/away`, { redirect: 'manual' });
    expect([manual.status, manual.headers.get('location')]).toEqual([302, `${base(b)}/json`]);
    await expect(httpFetch(`${base(a)}/loop`)).rejects.toThrow(expect.objectContaining({ name: 'TypeError', message: 'fetch failed', cause: new Error('redirect count exceeded') }));
  });

  it('fails as fetch does when nothing listens: TypeError("fetch failed") with the cause', async () => {
    const closed = await server([], () => '');
    const url = `${base(closed)}/json`;
    await new Promise((resolve) => closed.close(resolve));
    const error = await httpFetch(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });

  it("is the action's fetch unless a proxy is configured, where Node's own fetch honours it", () => {
    expect(actionFetch({})).toBe(httpFetch);
    expect(actionFetch({ HTTPS_PROXY: 'http://proxy:3128' })).toBe(globalThis.fetch);
    expect(actionFetch({ NODE_USE_ENV_PROXY: '1' })).toBe(globalThis.fetch);
  });
});
