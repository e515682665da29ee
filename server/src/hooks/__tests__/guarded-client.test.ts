import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { postJson } from '../guarded-client';

describe('postJson', () => {
  let server: Server;
  let port: number;
  const seen: { url?: string; headers: Record<string, unknown>; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        seen.push({ url: req.url, headers: req.headers, body });
        if (req.url === '/slow') return void setTimeout(() => res.end(), 1000);
        if (req.url === '/redirect') return void res.writeHead(302, { location: '/elsewhere' }).end();
        res.writeHead(req.url === '/busy' ? 503 : 204, req.url === '/busy' ? { 'Retry-After': '7' } : {}).end();
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((done) => server.close(done)));

  const post = (path: string, options: Partial<Parameters<typeof postJson>[2]> = {}, host = '127.0.0.1') =>
    postJson(`http://${host}:${port}${path}`, '{"a":1}', {
      headers: { 'webhook-id': 'msg_1' },
      timeoutMs: 500,
      allowPrivate: true,
      ...options,
    });

  it('posts the body with its headers and reports the status', async () => {
    const result = await post('/ok');
    expect(result).toMatchObject({ ok: true, status: 204, retryAfter: null });
    expect(seen.at(-1)).toMatchObject({
      body: '{"a":1}',
      headers: { 'webhook-id': 'msg_1', 'content-type': 'application/json' },
    });
  });

  it('reports Retry-After, and does not follow redirects', async () => {
    expect(await post('/busy')).toMatchObject({ ok: true, status: 503, retryAfter: '7' });
    expect(await post('/redirect')).toMatchObject({ ok: true, status: 302 });
    expect(seen.some((request) => request.url === '/elsewhere')).toBe(false);
  });

  it('times out', async () => {
    expect(await post('/slow')).toMatchObject({ ok: false, error: 'timed out after 500 ms' });
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 50);
    expect(await post('/slow', { signal: controller.signal, timeoutMs: 5000 })).toMatchObject({
      ok: false,
      error: 'shutting down',
    });
  });

  it('refuses private addresses unless allowed: IP literals, and names that resolve to them', async () => {
    const before = seen.length;
    expect(await post('/ok', { allowPrivate: false })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/private/),
    });
    expect(await post('/ok', { allowPrivate: false }, 'localhost')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/private/),
    });
    expect(seen.length).toBe(before);
  });

  it('refuses to send through a proxy it cannot use, rather than around it', async () => {
    const before = seen.length;
    expect(await post('/ok', { proxies: { global: 'socks5://127.0.0.1:1080' } })).toMatchObject({
      ok: false,
      error: 'server.proxy.global must be an http:// proxy URL (got socks5://).',
    });
    expect(seen.length).toBe(before);
  });

  it.each(['[64:ff9b:1::7f00:1]', '[2002:7f00:1::1]', '[fec0::1]', '192.0.2.1', '[2001:db8::1]'])(
    'refuses %s, which is not global unicast, before connecting',
    async (host) => {
      expect(await post('/ok', { allowPrivate: false }, host)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/private/),
      });
    }
  );
});
