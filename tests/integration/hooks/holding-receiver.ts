import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

import { verifiesWith } from '../../../scripts/lib/verify-webhook';

export interface Arrival {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Verified, with the `standardwebhooks` library, against the one secret the receiver held when it arrived. */
  verified: boolean;
}

export const signatures = (arrival: Arrival) => String(arrival.headers['webhook-signature']).split(' ');

/**
 * Receivers as an integration would write them, one per path: each holds one secret at a time and refuses what
 * does not verify with it. Paths that hold no secret accept anything (other tests' subscriptions).
 */
export const startHoldingReceiver = async () => {
  const arrivals: Arrival[] = [];
  const held = new Map<string, string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      const body = Buffer.concat(chunks).toString('utf8');
      const secret = held.get(path);
      const verified = secret !== undefined && verifiesWith(secret, body, req.headers);
      arrivals.push({ path, headers: req.headers, body, verified });
      res.writeHead(verified || secret === undefined ? 204 : 401).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    at: (path: string) => arrivals.filter((arrival) => arrival.path === path),
    hold: (path: string, secret: string) => held.set(path, secret),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
};
