import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { verifySignature } from '../../../server/src/hooks/standard-webhooks';

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
      const secret = secrets.get(path);
      const verified =
        !!secret &&
        verifySignature({
          secret,
          id: String(req.headers['webhook-id']),
          timestamp: String(req.headers['webhook-timestamp']),
          body,
          signatureHeader: req.headers['webhook-signature'] as string | undefined,
        });
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
    async waitFor(predicate: () => boolean, limitMs = 10_000) {
      const started = Date.now();
      while (!predicate()) {
        if (Date.now() - started > limitMs) throw new Error(`receiver: condition not met within ${limitMs} ms`);
        await sleep(25);
      }
    },
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
