import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { verifiesWith } from '../../../scripts/lib/verify-webhook';
import { pause as sleep, waitFor } from '../../../scripts/lib/wait-for';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: any;
  /** The Standard Webhooks signature checked out with the secret registered for this path. */
  verified: boolean;
  at: number;
}

export type Reply = { status: number; headers?: Record<string, string>; delayMs?: number };

/**
 * A webhook receiver on 127.0.0.1 (or another loopback address, a host of its own for the worker's limits).
 * Each path has its own signing secret and reply; every request's signature is verified and recorded, so
 * tests can assert that nothing unsigned ever arrived.
 */
export const startReceiver = async (host = '127.0.0.1') => {
  const received: Received[] = [];
  const secrets = new Map<string, string>();
  const replies = new Map<string, (count: number) => Reply>();

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      const verified = verifiesWith(secrets.get(path), body, req.headers);
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        json = null;
      }
      received.push({ path, headers: req.headers, body, json, verified, at: Date.now() });
      const count = received.filter((request) => request.path === path).length;
      const reply = replies.get(path)?.(count) ?? { status: 200 };
      if (reply.delayMs) await sleep(reply.delayMs);
      res.writeHead(reply.status, reply.headers ?? {});
      res.end('ok');
    });
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const { port } = server.address() as AddressInfo;

  return {
    url: (path: string) => `http://${host}:${port}${path}`,
    received,
    at: (path: string) => received.filter((request) => request.path === path),
    /** Registers the secret a subscription answered with, and optionally how to reply to its n-th request. */
    expect(path: string, secret: string, reply?: (count: number) => Reply) {
      secrets.set(path, secret);
      if (reply) replies.set(path, reply);
    },
    secretOf: (path: string) => secrets.get(path),
    /** The shared waitFor, for a condition on what this receiver got. */
    waitFor: (predicate: () => boolean, timeoutMs = 10_000) =>
      waitFor(predicate, { timeoutMs, what: 'receiver' }).then(() => undefined),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
};

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
export { sleep };

/** A receiver for the tests of one describe block: started before them, closed after them. */
export const useReceiver = (host?: string) => {
  let receiver: Receiver | undefined;
  beforeAll(async () => {
    receiver = await startReceiver(host);
  });
  afterAll(() => receiver?.close());
  return () => {
    if (!receiver) throw new Error('The receiver starts in beforeAll');
    return receiver;
  };
};
