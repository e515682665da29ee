import autocannon from 'autocannon';

import { cpuTimeMs } from './cpu';

export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx responses, errors and timeouts: anything but a success. */
  failures: number;
  /** The server's CPU time (user + system) per request, in ms; null without a pid or /proc. */
  cpuMsPerRequest: number | null;
}

export interface LoadOptions {
  url: string;
  path: string;
  seconds: number;
  connections?: number;
  /** One Authorization value, or several used in rotation. */
  tokens?: string[];
  /** Sent with every request (an MCP client's Accept and protocol headers). */
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Requests per second across all connections (a fixed rate, for latency under moderate load). */
  rate?: number;
  /** The server's process, for its CPU time per request. */
  pid?: number;
}

export const measure = async ({
  url,
  path,
  seconds,
  connections = 10,
  tokens = [],
  headers: extraHeaders = {},
  method = 'GET',
  body,
  rate,
  pid,
}: LoadOptions): Promise<Measurement> => {
  const headers = (token?: string): Record<string, string> => ({
    ...extraHeaders,
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
  });
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const cpuBefore = pid === undefined ? null : cpuTimeMs(pid);
  const result = await autocannon({
    url: `${url}${path}`,
    connections,
    duration: seconds,
    method,
    headers: headers(tokens[0]),
    body: payload,
    ...(tokens.length > 1
      ? { requests: tokens.map((token) => ({ method, path, headers: headers(token), body: payload })) }
      : {}),
    ...(rate ? { overallRate: rate } : {}),
  });
  const cpuAfter = pid === undefined ? null : cpuTimeMs(pid);
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    cpuMsPerRequest:
      cpuBefore === null || cpuAfter === null || result.requests.total === 0
        ? null
        : (cpuAfter - cpuBefore) / result.requests.total,
  };
};

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export interface Summary extends Measurement {
  rounds: Measurement[];
}

/** Median of each figure over the rounds (with two rounds, their mean); failures are summed. */
export const summarize = (rounds: Measurement[]): Summary => ({
  rps: median(rounds.map((round) => round.rps)),
  p50: median(rounds.map((round) => round.p50)),
  p99: median(rounds.map((round) => round.p99)),
  requests: rounds.reduce((sum, round) => sum + round.requests, 0),
  failures: rounds.reduce((sum, round) => sum + round.failures, 0),
  cpuMsPerRequest: rounds.every((round) => round.cpuMsPerRequest !== null)
    ? median(rounds.map((round) => round.cpuMsPerRequest as number))
    : null,
  rounds,
});
