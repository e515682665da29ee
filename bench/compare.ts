/**
 * The comparison of credentials on the same request: public access, the auth-free route (the floor), Strapi's
 * built-in token and the plugin's token, on GET /api/articles with the default page size and with one article.
 */
import { measure, summarize, type Measurement } from './load';

import type { Seeded } from './seed';
import type { RunningServer } from './server';

export interface CompareProfile {
  seconds: number;
  rounds: number;
  connections: number;
}

/** `open`: the same controller on a route with `auth: false` (tests/app), the floor of what authentication costs. */
const WHO = ['public', 'open', 'built-in', 'plugin'] as const;
export const PATHS = { full: '/api/articles', pageSize1: '/api/articles?pagination[pageSize]=1' } as const;
const pathFor = (who: (typeof WHO)[number], path: string) =>
  who === 'open' ? path.replace('/api/articles', '/api/articles-open') : path;

const tokenFor = (who: (typeof WHO)[number], seeded: Seeded) =>
  who === 'public' || who === 'open' ? [] : who === 'built-in' ? [seeded.builtIn] : [seeded.readOnly[0]];

export interface Scenario {
  key: string;
  path: string;
  tokens: string[];
}

/**
 * A B C A B C …: every scenario once per round, so that drift of the machine hits all of them alike. The server's
 * CPU time per request is read around each measurement.
 */
export const measureInTurn = async (
  { url, pid }: RunningServer,
  scenarios: Scenario[],
  profile: CompareProfile,
  log: (message: string) => void
) => {
  const rounds: Record<string, Measurement[]> = {};
  // Warm-up: the JIT and Strapi's caches settle in the first seconds of each kind of request.
  for (const scenario of scenarios)
    await measure({ url, path: scenario.path, tokens: scenario.tokens, seconds: Math.min(5, profile.seconds) });
  for (let round = 1; round <= profile.rounds; round += 1) {
    for (const scenario of scenarios) {
      const result = await measure({
        url,
        path: scenario.path,
        tokens: scenario.tokens,
        seconds: profile.seconds,
        connections: profile.connections,
        pid,
      });
      (rounds[scenario.key] ??= []).push(result);
      const cpu = result.cpuMsPerRequest === null ? '' : `, ${result.cpuMsPerRequest.toFixed(2)} ms CPU/request`;
      log(`round ${round} ${scenario.key}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms${cpu}`);
    }
  }
  return Object.fromEntries(Object.entries(rounds).map(([key, measured]) => [key, summarize(measured)]));
};

/** Public, auth-free, built-in and plugin, on both paths. */
export const credentialScenarios = (seeded: Seeded): Scenario[] =>
  Object.entries(PATHS).flatMap(([variant, path]) =>
    WHO.map((who) => ({ key: `${who} ${variant}`, path: pathFor(who, path), tokens: tokenFor(who, seeded) }))
  );
