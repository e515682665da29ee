import { ClientRequest } from 'node:http';

import { openConnection, requestTargetOf, routeHeadersOf, type OutboundRoute } from './outbound-connection';
import { proxyFor, type OutboundProxySettings } from './outbound-proxy';
import { checkTargetUrl } from './target-url';

export interface PostOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  /** When false, a host that resolves to a private address is refused, and only a checked address is connected to. */
  allowPrivate: boolean;
  /** Strapi's `server.proxy`: the request goes through the proxy for the URL's scheme, if there is one. */
  proxies?: OutboundProxySettings;
  signal?: AbortSignal;
}

export type PostResult =
  | { ok: true; status: number; retryAfter: string | null; durationMs: number }
  | { ok: false; error: string; durationMs: number };

const MAX_RESPONSE_BYTES = 64 * 1024;

const send = (route: OutboundRoute, body: string, options: PostOptions, started: number): Promise<PostResult> => {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`timed out after ${options.timeoutMs} ms`)),
    options.timeoutMs
  );
  const onOuterAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort);
  const elapsed = () => Date.now() - started;

  return new Promise<PostResult>((resolve) => {
    // A ClientRequest of our own: http.request may be Strapi's global-agent, which would let the proxy resolve the name.
    const req = new ClientRequest(
      {
        method: 'POST',
        path: requestTargetOf(route),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'strapi-plugin-access-tokens',
          ...options.headers,
          ...routeHeadersOf(route),
        },
        signal: controller.signal,
        createConnection: (_options, connected) => openConnection(route, controller.signal, connected),
      },
      (res) => {
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) res.destroy();
        });
        const done = () => {
          const retryAfter = res.headers['retry-after'];
          resolve({
            ok: true,
            status: res.statusCode ?? 0,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
            durationMs: elapsed(),
          });
        };
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      }
    );
    req.on('error', (error: Error) => {
      const reason = controller.signal.aborted ? controller.signal.reason : error;
      resolve({ ok: false, error: reason instanceof Error ? reason.message : String(reason), durationMs: elapsed() });
    });
    req.end(body);
  }).finally(() => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  });
};

/**
 * The guarded HTTP client of hook deliveries. POSTs a body and reports the status code (any status is a result;
 * only network failures, refusals and timeouts are errors). No redirects are followed. The response body is read
 * up to 64 KiB and dropped.
 *
 * The one check of a delivery's target, made as it connects: the host is resolved and every address checked here,
 * once, and the connection goes to the address checked (outbound-connection.ts), directly or through Strapi's proxy,
 * which is asked for that address, not the name. A name resolving elsewhere later (DNS rebinding) reaches nothing
 * else; Host and SNI still name the host.
 */
export const postJson = async (url: string, body: string, options: PostOptions): Promise<PostResult> => {
  const started = Date.now();
  const target = await checkTargetUrl(url, { allowPrivate: options.allowPrivate });
  if (!target.ok) return { ok: false, error: target.reason, durationMs: Date.now() - started };
  const proxy = proxyFor(target.url.protocol, options.proxies ?? {});
  if (!proxy.ok) return { ok: false, error: proxy.reason, durationMs: Date.now() - started };
  return send({ url: target.url, address: target.addresses[0] ?? null, proxy: proxy.proxy }, body, options, started);
};
