import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { LimitScenario } from './limits';
import type { Summary } from './load';

interface MicroRun {
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
  /** `<public|built-in|plugin> <full|pageSize1>` */
  scenarios: Record<string, Summary>;
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
}

export interface Target {
  name: string;
  goal: string;
  value: string;
  met: boolean;
}

const journalName = (journal: DrainRun['journal']) => (journal === 'wal' ? 'SQLite WAL' : 'SQLite default journal');
const drainLabel = (d: DrainRun) =>
  `${d.subscriptions === 1 ? '1 subscription' : `${d.subscriptions} subscriptions`}, ${journalName(d.journal)}`;

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const x = (value: number) => `${value.toFixed(2)}x`;
const n = (value: number) => value.toFixed(0);

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

const rows = (entries: [string, Summary][]) =>
  entries.map(([key, s]) => [key, n(s.rps), String(s.p50), String(s.p99), String(s.failures)]);

const tables = (results: Results) => {
  const s = results.scenarios;
  const ratios = (['full', 'pageSize1'] as const).map((variant) => [
    variant === 'full' ? 'GET /api/articles (25 of them)' : 'GET /api/articles?pagination[pageSize]=1',
    x(ratio(s[`plugin ${variant}`].rps, s[`public ${variant}`].rps)),
    x(ratio(s[`plugin ${variant}`].rps, s[`built-in ${variant}`].rps)),
    x(ratio(s[`plugin ${variant}`].p99, s[`public ${variant}`].p99)),
    x(ratio(s[`plugin ${variant}`].p99, s[`built-in ${variant}`].p99)),
  ]);
  const micro = results.micro
    ? [
        ['cache hit', n(results.micro.hit.perSecond), String(results.micro.hit.failures)],
        [
          `cache miss (${results.micro.distinctTokens} tokens in turn, cache of ${results.micro.cacheSize})`,
          n(results.micro.miss.perSecond),
          String(results.micro.miss.failures),
        ],
      ]
    : [];
  const hooks = results.hooks
    ? [
        [
          '0 subscriptions',
          String(results.hooks.without.p50),
          String(results.hooks.without.p99),
          String(results.hooks.without.failures),
        ],
        [
          `${results.hooks.subscriptions} subscriptions`,
          String(results.hooks.with.p50),
          String(results.hooks.with.p99),
          String(results.hooks.with.failures),
        ],
      ]
    : [];
  return [
    {
      title: 'Scenarios (median of rounds)',
      head: ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'failed'],
      body: rows(Object.entries(s)),
    },
    {
      title: 'Ratios',
      head: [
        'request',
        'req/s plugin / public',
        'req/s plugin / built-in',
        'p99 plugin / public',
        'p99 plugin / built-in',
      ],
      body: ratios,
    },
    {
      title: `Scale: plugin tokens at pageSize=1 (few = ${results.settings.tokens}, many = ${results.settings.tokensLarge})`,
      head: ['tokens, cache', 'req/s', 'p50 ms', 'p99 ms', 'failed'],
      body: rows(Object.entries(results.scale)),
    },
    {
      title: 'Rate limits and usage counting: plugin token at pageSize=1, three servers side by side',
      head: ['server, token', 'req/s', 'p50 ms', 'p99 ms', 'failed'],
      body: rows(Object.entries(results.limits ?? {})),
    },
    { title: 'Authenticator micro-benchmark (in-process)', head: ['case', 'authentications/s', 'failed'], body: micro },
    {
      title: `Writes: POST /api/articles at ${results.hooks?.writeRate ?? 0}/s`,
      head: ['subscriptions', 'p50 ms', 'p99 ms', 'failed'],
      body: hooks,
    },
    {
      title: `Hook deliveries: drain of ${results.hooks?.drains[0]?.queued ?? 0} queued deliveries to a local receiver`,
      head: ['subscriptions', 'SQLite journal', 'delivered', 'seconds', 'deliveries/s'],
      body: (results.hooks?.drains ?? []).map((d) => [
        String(d.subscriptions),
        d.journal === 'wal' ? 'wal' : 'delete (default)',
        String(d.delivered),
        d.seconds.toFixed(1),
        n(d.perSecond),
      ]),
    },
    {
      title: 'Targets',
      head: ['target', 'goal', 'measured', 'met'],
      body: targets(results).map((t) => [t.name, t.goal, t.value, t.met ? 'met' : 'MISSED']),
    },
  ];
};

const markdownTable = (head: string[], body: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...body.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

export const printTable = (results: Results) => {
  for (const table of tables(results)) {
    process.stdout.write(`\n${table.title}\n`);
    const widths = table.head.map((_, i) => Math.max(...[table.head, ...table.body].map((row) => row[i]?.length ?? 0)));
    for (const row of [table.head, ...table.body])
      process.stdout.write(`  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}\n`);
  }
};

/** docs/benchmarks.md: the figures of this run, then bench/analysis.md (the hand-written explanation), if any. */
export const writeMarkdown = (results: Results, file: string) => {
  const m = results.machine;
  const analysisFile = join(__dirname, 'analysis.md');
  const analysis = existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8').trim() : '';
  const text = [
    '# Benchmarks',
    '',
    `Generated by \`${results.command}\` (bench/run.ts) from the run of ${results.startedAt}; the raw figures are in \`bench/results.json\`.`,
    '',
    '## Machine',
    '',
    `- ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB memory; load average ${m.loadBefore.map((l) => l.toFixed(2)).join(' / ')} before the run, ${m.loadAfter.map((l) => l.toFixed(2)).join(' / ')} after`,
    `- Node ${m.node}, Strapi ${m.strapi}, plugin at ${m.plugin}, SQLite (better-sqlite3)`,
    `- \`strapi start\` (NODE_ENV=production, LOG_LEVEL=warn, no admin panel) on 127.0.0.1; autocannon in the same machine, ${results.settings.connections} connections, ${results.settings.seconds} s per measurement, ${results.settings.rounds} rounds (scale: ${results.settings.scaleRounds})`,
    '',
    ...tables(results).flatMap((table) => [`## ${table.title}`, '', markdownTable(table.head, table.body), '']),
    ...(analysis ? [analysis, ''] : []),
  ].join('\n');
  writeFileSync(file, text);
};
