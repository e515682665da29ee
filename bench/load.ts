import autocannon from 'autocannon';

export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx responses, errors and timeouts: anything but a success. */
  failures: number;
}

export interface LoadOptions {
  url: string;
  path: string;
  seconds: number;
  connections?: number;
  /** One Authorization value, or several used in rotation. */
  tokens?: string[];
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Requests per second across all connections (a fixed rate, for latency under moderate load). */
  rate?: number;
}

export const measure = async ({
  url,
  path,
  seconds,
  connections = 10,
  tokens = [],
  method = 'GET',
  body,
  rate,
}: LoadOptions): Promise<Measurement> => {
  const headers = (token?: string): Record<string, string> => ({
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
  });
  const payload = body === undefined ? undefined : JSON.stringify(body);
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
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
};

const median = (values: number[]) => {
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
  rounds,
});
