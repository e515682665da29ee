/** What a bench run records (bench/results.json). */
import type { LimitScenario } from './limits';
import type { Summary } from './load';
import type { McpResults } from './mcp';

export interface MicroRun {
  perSecond: number;
  calls: number;
  failures: number;
}

export interface DrainRun {
  journal: 'delete' | 'wal';
  /** How many subscriptions the queued deliveries were spread over. */
  subscriptions: number;
  queued: number;
  delivered: number;
  complete: boolean;
  seconds: number;
  perSecond: number;
}

export interface Results {
  profile: 'full' | 'smoke';
  command: string;
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    strapi: string;
    plugin: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  settings: Record<string, unknown>;
  /** `<public|open|built-in|plugin> <full|pageSize1>`; `open` is the auth-free route, the floor. */
  scenarios: Record<string, Summary>;
  /** Custom tokens and a read-only token on the same requests (bench/permissions.ts). */
  permissions?: Record<string, Summary>;
  /** `<few|many>, cache <on|off>` */
  scale: Record<string, Summary>;
  /** Rate-limited and unlimited tokens with counters in memory and in Redis, and usage counting off. */
  limits?: Record<LimitScenario, Summary>;
  micro: { hit: MicroRun; miss: MicroRun; distinctTokens: number; cacheSize: number } | null;
  hooks: {
    subscriptions: number;
    writeRate: number;
    without: Summary;
    with: Summary;
    deliveriesPerSecondWhileWriting: number[];
    drains: DrainRun[];
  } | null;
  /** The MCP endpoint: tools/call against REST with one token, and tools/list of a token reaching many types. */
  mcp?: McpResults;
}
