import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';

import { isPrivateAddress } from './target-url';

export interface PostOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  /** When false, the connection is refused if the host resolves to a private address (checked at connect time). */
  allowPrivate: boolean;
  signal?: AbortSignal;
}

export type PostResult =
  | { ok: true; status: number; retryAfter: string | null; durationMs: number }
  | { ok: false; error: string; durationMs: number };

const MAX_RESPONSE_BYTES = 64 * 1024;

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A DNS lookup that refuses private addresses, so a rebinding host cannot reach the internal network. */
const publicOnlyLookup = (hostname: string, options: object, callback: LookupCallback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses as LookupAddress[];
    if (list.length === 0 || list.some((entry) => isPrivateAddress(entry.address))) {
      return callback(Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATE' }), []);
    }
    if ((options as { all?: boolean }).all) return callback(null, list);
    return callback(null, list[0].address, list[0].family);
  });
};

/**
 * POSTs a body and reports the status code (any status is a result; only network failures, refusals and
 * timeouts are errors). No redirects are followed. The response body is read up to 64 KiB and dropped.
 */
export const postJson = (url: string, body: string, options: PostOptions): Promise<PostResult> => {
  const started = Date.now();
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`timed out after ${options.timeoutMs} ms`)),
    options.timeoutMs
  );
  const onOuterAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort);
  const elapsed = () => Date.now() - started;

  return new Promise<PostResult>((resolve) => {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    // Node connects to an IP literal without a lookup, so the lookup guard cannot see it.
    if (!options.allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) {
      resolve({ ok: false, error: `${host} is a private address`, durationMs: elapsed() });
      return;
    }
    const requestOptions: RequestOptions = {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'user-agent': 'strapi-plugin-access-tokens',
        ...options.headers,
      },
      signal: controller.signal,
      ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup as RequestOptions['lookup'] }),
    };
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, requestOptions, (res) => {
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
    });
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
