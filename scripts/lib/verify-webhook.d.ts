import type { IncomingHttpHeaders } from 'node:http';

/** Whether `body` (the raw request body) and its webhook-* headers verify with `secret` (`whsec_…`). */
export declare const verifiesWith: (
  secret: string | undefined,
  body: string,
  headers: IncomingHttpHeaders | Record<string, string>
) => boolean;
