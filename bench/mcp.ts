/**
 * The MCP endpoint against REST, with the same read-only token:
 * - `tools/call list_article { pageSize: 1 }` and `GET /api/articles?pagination[pageSize]=1`, in turn round after
 *   round on one server (tests/app as the other phases run it);
 * - `tools/list` of a token that reaches 40 content types (tests/app with BENCH_GENERATED_TYPES=40), one
 *   connection: the latency one agent sees when it lists its tools.
 * The MCP requests are the ones the official v2 client sends (2026-07-28 protocol), recorded once and replayed.
 */
import { copyFileSync } from 'node:fs';

import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

import { measure, summarize, type Measurement, type Summary } from './load';
import { PATHS } from './compare';
import { request, type Seeded } from './seed';
import { startServer } from './server';

export const MCP_PATH = '/api/access-tokens/mcp';
export const GENERATED_TYPES = 40;

export interface McpResults {
  rest: Summary;
  toolsCall: Summary;
  toolsList: Summary;
  /** How many content types the tools/list token reaches. */
  toolsListTypes: number;
}

interface McpProfile {
  seconds: number;
  rounds: number;
  connections: number;
}

interface Recorded {
  body: unknown;
  headers: Record<string, string>;
}

/** Runs `use` with the official client and returns the POST it made for `method`, headers and body. */
const record = async (
  url: string,
  token: string,
  method: string,
  use: (client: Client) => Promise<unknown>
): Promise<Recorded> => {
  let recorded: Recorded | undefined;
  const recording = async (input: string | URL | Request, init?: RequestInit) => {
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    if (body?.method === method) {
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      delete headers.authorization;
      recorded = { body, headers };
    }
    return fetch(input, init);
  };
  const client = new Client(
    { name: 'access-tokens-bench', version: '1.0.0' },
    { versionNegotiation: { mode: { pin: '2026-07-28' } } }
  );
  await client.connect(
    new StreamableHTTPClientTransport(new URL(MCP_PATH, url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
      fetch: recording as never,
    })
  );
  try {
    await use(client);
  } finally {
    await client.close();
  }
  if (!recorded) throw new Error(`the MCP client sent no ${method}`);
  return recorded;
};

const logRound = (label: string, result: Measurement) =>
  process.stdout.write(
    `[bench] mcp ${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.failures} failed\n`
  );

/** A token scoped to the generated types, made by the bench's administrator. */
const generatedTypesToken = async (url: string) => {
  const { data } = await request(url, 'POST', '/admin/login', {
    body: { email: 'bench@example.com', password: 'Bench-admin-1234' },
  });
  const scopes = Array.from({ length: GENERATED_TYPES }, (_, i) => {
    const name = `bench-type-${String(i + 1).padStart(2, '0')}`;
    return `api::${name}.${name}`;
  });
  const created = await request(url, 'POST', '/access-tokens/tokens', {
    jwt: data.token,
    body: { name: 'bench mcp 40 types', accessLevel: 'read-only', scopes },
  });
  return created.data.accessKey as string;
};

export const mcp = async (database: string, seeded: Seeded, profile: McpProfile): Promise<McpResults> => {
  const token = seeded.readOnly[0];
  const copy = database.replace(/\.db$/, '-mcp.db');
  copyFileSync(database, copy);
  const measured: Record<'rest' | 'toolsCall', Measurement[]> = { rest: [], toolsCall: [] };
  const server = await startServer({ database: copy, cache: true, label: 'mcp' });
  try {
    const call = await record(server.url, token, 'tools/call', (client) =>
      client.callTool({ name: 'list_article', arguments: { pageSize: 1 } })
    );
    const scenarios = {
      rest: { path: PATHS.pageSize1 },
      toolsCall: { path: MCP_PATH, method: 'POST' as const, body: call.body, headers: call.headers },
    };
    const run = (key: keyof typeof scenarios, seconds: number) =>
      measure({
        url: server.url,
        pid: server.pid,
        tokens: [token],
        seconds,
        connections: profile.connections,
        ...scenarios[key],
      });
    for (const key of ['rest', 'toolsCall'] as const) await run(key, Math.min(3, profile.seconds));
    for (let round = 1; round <= profile.rounds; round += 1) {
      for (const key of round % 2 ? (['rest', 'toolsCall'] as const) : (['toolsCall', 'rest'] as const)) {
        const result = await run(key, profile.seconds);
        measured[key].push(result);
        logRound(`round ${round} ${key}`, result);
      }
    }
  } finally {
    await server.stop();
  }

  const generated = await startServer({
    database: copy,
    cache: true,
    label: 'mcp-40-types',
    env: { BENCH_GENERATED_TYPES: String(GENERATED_TYPES) },
  });
  const lists: Measurement[] = [];
  try {
    const wide = await generatedTypesToken(generated.url);
    const list = await record(generated.url, wide, 'tools/list', (client) => client.listTools());
    const options = { url: generated.url, path: MCP_PATH, method: 'POST' as const, tokens: [wide], ...list };
    await measure({ ...options, seconds: Math.min(3, profile.seconds), connections: 1 });
    for (let round = 1; round <= profile.rounds; round += 1) {
      const result = await measure({ ...options, seconds: profile.seconds, connections: 1 });
      lists.push(result);
      logRound(`round ${round} tools/list (${GENERATED_TYPES} types)`, result);
    }
  } finally {
    await generated.stop();
  }
  return {
    rest: summarize(measured.rest),
    toolsCall: summarize(measured.toolsCall),
    toolsList: summarize(lists),
    toolsListTypes: GENERATED_TYPES,
  };
};
