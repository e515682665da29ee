import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { waitFor } from '../scripts/lib/wait-for';

export interface Receiver {
  url: string;
  /** Deliveries received so far, and when the first and the latest arrived (ms since the epoch). */
  count(): number;
  first(): number;
  last(): number;
  reset(): void;
  /** Resolves once `count()` reaches `target`, or after `timeoutMs`; returns whether it got there. */
  waitFor(target: number, timeoutMs: number): Promise<boolean>;
  /** Resolves once nothing has arrived for `quietMs` (stragglers: writes still in flight when a measurement ended). */
  settle(quietMs: number): Promise<void>;
  close(): Promise<void>;
}

/** A webhook receiver on loopback that answers 200 at once and counts what arrives. */
export const startReceiver = async (): Promise<Receiver> => {
  let received = 0;
  let first = 0;
  let last = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const now = Date.now();
      if (received === 0) first = now;
      received += 1;
      last = now;
      res.writeHead(200).end('ok');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    count: () => received,
    first: () => first,
    last: () => last,
    reset() {
      received = 0;
      first = 0;
      last = 0;
    },
    // A drain that does not complete is a figure to report, not an error.
    waitFor: (target, timeoutMs) =>
      waitFor(() => received >= target, { timeoutMs, intervalMs: 50, what: `${target} deliveries` }).catch(() => false),
    async settle(quietMs) {
      let seen = -1;
      while (seen !== received) {
        seen = received;
        await new Promise((done) => setTimeout(done, quietMs));
      }
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
};
