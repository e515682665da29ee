import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { permissionTargets } from './permissions';
import { ms, n, overFloorByCpu, overFloorByRps, ratio, targets, x } from './targets';

import type { Summary } from './load';
import type { McpResults } from './mcp';
import type { Results } from './results';

const rows = (entries: [string, Summary][]) =>
  entries.map(([key, s]) => [key, n(s.rps), String(s.p50), String(s.p99), String(s.failures)]);
const rowsWithCpu = (entries: [string, Summary][]) =>
  entries.map(([key, s]) => [key, n(s.rps), String(s.p50), String(s.p99), ms(s.cpuMsPerRequest), String(s.failures)]);

/** tools/list is measured with one connection: the latency one agent sees when it lists its tools. */
const mcpRows = (m: McpResults, connections: number) =>
  (
    [
      ['GET /api/articles?pagination[pageSize]=1', connections, m.rest],
      ['tools/call list_article { pageSize: 1 }', connections, m.toolsCall],
      [`tools/list, a token reaching ${m.toolsListTypes} content types`, 1, m.toolsList],
    ] as const
  ).map(([label, c, s]) => [label, String(c), n(s.rps), String(s.p50), String(s.p99), String(s.failures)]);

const tables = (results: Results) => {
  const s = results.scenarios;
  const ratios = (['full', 'pageSize1'] as const).map((variant) => [
    variant === 'full' ? 'GET /api/articles (25 of them)' : 'GET /api/articles?pagination[pageSize]=1',
    x(ratio(s[`plugin ${variant}`].rps, s[`public ${variant}`].rps)),
    x(ratio(s[`plugin ${variant}`].rps, s[`built-in ${variant}`].rps)),
    x(ratio(s[`plugin ${variant}`].p99, s[`public ${variant}`].p99)),
    x(ratio(s[`plugin ${variant}`].p99, s[`built-in ${variant}`].p99)),
    ...(s[`open ${variant}`] ? [x(overFloorByRps(s[`plugin ${variant}`], s[`open ${variant}`]))] : ['-']),
    ...(s[`open ${variant}`]?.cpuMsPerRequest
      ? [x(overFloorByCpu(s[`plugin ${variant}`], s[`open ${variant}`]))]
      : ['-']),
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
      head: ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/request', 'failed'],
      body: rowsWithCpu(Object.entries(s)),
    },
    {
      title: 'Custom permissions: custom and read-only tokens on the same requests (median of rounds)',
      head: ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/request', 'failed'],
      body: rowsWithCpu(Object.entries(results.permissions ?? {})),
    },
    {
      title: 'Ratios',
      head: [
        'request',
        'req/s plugin / public',
        'req/s plugin / built-in',
        'p99 plugin / public',
        'p99 plugin / built-in',
        'req/s plugin / auth-free',
        'CPU per request auth-free / plugin',
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
    ...(results.mcp
      ? [
          {
            title: 'MCP: the same read-only token over MCP and REST',
            head: ['request', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'failed'],
            body: mcpRows(results.mcp, Number(results.settings.connections)),
          },
        ]
      : []),
    {
      title: 'Targets',
      head: ['target', 'goal', 'measured', 'met'],
      body: [...targets(results), ...(results.permissions ? permissionTargets(results.permissions) : [])].map((t) => [
        t.name,
        t.goal,
        t.value,
        t.met ? 'met' : 'MISSED',
      ]),
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
