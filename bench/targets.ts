/** The bench's targets, and the figures they are computed from. */
import { median, type Summary } from './load';

import type { LimitScenario } from './limits';
import type { DrainRun, Results } from './results';

export interface Target {
  name: string;
  goal: string;
  value: string;
  met: boolean;
}

const journalName = (journal: DrainRun['journal']) => (journal === 'wal' ? 'SQLite WAL' : 'SQLite default journal');
const drainLabel = (d: DrainRun) =>
  `${d.subscriptions === 1 ? '1 subscription' : `${d.subscriptions} subscriptions`}, ${journalName(d.journal)}`;

export const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
/** Median over the rounds of a round's ratio: rounds ran in turn, so each pairs measurements made side by side. */
const perRound = (a: Summary, b: Summary, figure: (round: Summary['rounds'][number]) => number | null) =>
  median(a.rounds.map((round, i) => ratio(figure(round) ?? NaN, figure(b.rounds[i]) ?? NaN)));
/** The plugin's efficiency against the auth-free floor: floor CPU per request / plugin CPU per request. */
export const overFloorByCpu = (plugin: Summary, floor: Summary) =>
  1 / perRound(plugin, floor, (round) => round.cpuMsPerRequest);
export const overFloorByRps = (plugin: Summary, floor: Summary) => perRound(plugin, floor, (round) => round.rps);
export const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? '-' : value.toFixed(2);
export const x = (value: number) => `${value.toFixed(2)}x`;
export const n = (value: number) => value.toFixed(0);

export const targets = (results: Results): Target[] => {
  const s = results.scenarios;
  const plugin = s['plugin pageSize1'];
  const list: Target[] = [
    {
      name: 'pageSize=1 throughput, plugin / public',
      goal: '>= 1.25x',
      value: x(ratio(plugin.rps, s['public pageSize1'].rps)),
      met: ratio(plugin.rps, s['public pageSize1'].rps) >= 1.25,
    },
    {
      name: 'pageSize=1 throughput, plugin / built-in',
      goal: '>= 1.40x',
      value: x(ratio(plugin.rps, s['built-in pageSize1'].rps)),
      met: ratio(plugin.rps, s['built-in pageSize1'].rps) >= 1.4,
    },
    {
      name: 'pageSize=1 p99, plugin / public',
      goal: '<= 0.85x',
      value: x(ratio(plugin.p99, s['public pageSize1'].p99)),
      met: ratio(plugin.p99, s['public pageSize1'].p99) <= 0.85,
    },
    {
      name: `throughput with ${results.settings.tokensLarge} tokens / ${results.settings.tokens} tokens (cache on)`,
      goal: '>= 0.97x',
      value: x(ratio(results.scale['many, cache on'].rps, results.scale['few, cache on'].rps)),
      met: ratio(results.scale['many, cache on'].rps, results.scale['few, cache on'].rps) >= 0.97,
    },
  ];
  const floor = s['open pageSize1'];
  if (floor?.rounds[0]?.cpuMsPerRequest) {
    const value = overFloorByCpu(plugin, floor);
    list.unshift({
      name: 'pageSize=1 server CPU per request, auth-free route / plugin (median of the rounds)',
      goal: '>= 0.95x',
      value: x(value),
      met: value >= 0.95,
    });
  }
  if (results.limits) {
    const l = results.limits;
    const pairs: [string, string, number, LimitScenario, LimitScenario][] = [
      [
        'throughput, rate-limited / unlimited token (counters in memory)',
        '>= 0.95x',
        0.95,
        'memory, rate-limited',
        'memory, unlimited',
      ],
      [
        'throughput, rate-limited / unlimited token (counters in Redis)',
        '>= 0.85x',
        0.85,
        'redis, rate-limited',
        'redis, unlimited',
      ],
      ['throughput, usage counted / not counted', '>= 0.97x', 0.97, 'memory, unlimited', 'usage off, unlimited'],
    ];
    for (const [name, goal, min, a, b] of pairs) {
      const value = ratio(l[a].rps, l[b].rps);
      list.push({ name, goal, value: x(value), met: value >= min });
    }
  }
  if (results.mcp) {
    const { rest, toolsCall, toolsList, toolsListTypes } = results.mcp;
    const value = perRound(toolsCall, rest, (round) => round.rps);
    list.push(
      {
        name: 'throughput, MCP tools/call list_ (pageSize 1) / REST GET (pageSize=1), same token',
        goal: '>= 0.60x',
        value: x(value),
        met: value >= 0.6,
      },
      {
        name: `MCP tools/list p50, a token reaching ${toolsListTypes} content types`,
        goal: '<= 15 ms',
        value: `${toolsList.p50} ms`,
        met: toolsList.p50 <= 15,
      }
    );
  }
  if (results.hooks) {
    const added = ratio(results.hooks.with.p99, results.hooks.without.p99) - 1;
    list.push(
      {
        name: `write p99 added by ${results.hooks.subscriptions} subscriptions`,
        goal: '<= +10%',
        value: `${added >= 0 ? '+' : ''}${(added * 100).toFixed(0)}%`,
        met: added <= 0.1,
      },
      ...results.hooks.drains.map((d) => ({
        name: `deliveries per second (one instance, ${drainLabel(d)})`,
        goal: '>= 500/s',
        value: `${n(d.perSecond)}/s`,
        met: d.perSecond >= 500,
      }))
    );
  }
  return list;
};
