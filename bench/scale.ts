/** The plugin's token at pageSize=1 with few and many tokens in the table, cache on and off. */
import { PATHS } from './compare';
import { measure, summarize, type Measurement } from './load';
import { startServer } from './server';

import type { Seeded } from './seed';

export interface ScaleProfile {
  seconds: number;
  scaleRounds: number;
  connections: number;
}

/** The plugin scenario at pageSize=1 with few and many tokens in the table, cache on and off (one server each). */
export const scale = async (
  seeded: Seeded,
  small: string,
  large: string,
  profile: ScaleProfile,
  log: (message: string) => void
) => {
  const configs = [
    { key: 'few, cache on', database: small, cache: true },
    { key: 'many, cache on', database: large, cache: true },
    { key: 'few, cache off', database: small, cache: false },
    { key: 'many, cache off', database: large, cache: false },
  ];
  const rounds: Record<string, Measurement[]> = {};
  for (let round = 1; round <= profile.scaleRounds; round += 1) {
    for (const config of configs) {
      const server = await startServer({
        database: config.database,
        cache: config.cache,
        label: `scale-${round}-${config.key.replace(/\W+/g, '-')}`,
      });
      try {
        const options = {
          url: server.url,
          path: PATHS.pageSize1,
          tokens: seeded.readOnly,
          connections: profile.connections,
        };
        await measure({ ...options, seconds: Math.min(2, profile.seconds) });
        const result = await measure({ ...options, seconds: profile.seconds });
        (rounds[config.key] ??= []).push(result);
        log(`scale round ${round} ${config.key}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms`);
      } finally {
        await server.stop();
      }
    }
  }
  return Object.fromEntries(Object.entries(rounds).map(([key, measured]) => [key, summarize(measured)]));
};
