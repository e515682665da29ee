/**
 * `node -r esbuild-register bench/leak-timing.ts [samples]`: does POST /api/access-tokens/revoke take longer for a
 * valid token than for an unknown value? Starts tests/app in another process (a client inside Strapi's process would
 * wait on Strapi's event loop) on a fresh SQLite file and creates `samples` tokens. Then, in five rounds, sends one
 * report per request, valid and unknown values shuffled together, one at a time over a kept-alive connection, timed
 * from the client (what an attacker sees). Two random halves of each round's unknown values (an A/A comparison) give
 * the noise to judge the difference by; the last line compares the requests that follow each kind, which the
 * revocation (run after the answer) may slow.
 */
import { createTestDatabase } from '../tests/integration/helpers/database';
import { bearer, createClient } from '../tests/integration/helpers/http';
import { startInstance } from '../tests/integration/helpers/instances';
import { generateToken } from '../server/src/lib/token-format';

const SAMPLES = Number(process.argv[2] ?? 500);
const WARM_UP = 200;
const ROUNDS = 5;

type Kind = 'valid' | 'unknown';

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const shuffle = <T>(items: T[]) => {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
};
const ms = (value: number) => value.toFixed(1);
/** Median and p95 of x minus those of y. */
const diff = (x: number[], y: number[]) =>
  `${ms(quantile(x, 0.5) - quantile(y, 0.5))}, ${ms(quantile(x, 0.95) - quantile(y, 0.95))}`;

const main = async () => {
  const database = await createTestDatabase();
  const instance = await startInstance(database.env, {
    LOG_LEVEL: 'error',
    ACCESS_TOKENS_LEAK_REPORTS_MAX_REQUESTS: '1000000',
  });
  const url = instance.url;
  try {
    const registered = await createClient(url).post('/admin/register-admin', {
      email: 'timing@example.com',
      firstname: 'Timing',
      lastname: 'Admin',
      password: 'Timing-admin-1234',
    });
    const adminApi = createClient(url, bearer(registered.body.data.token));
    const valid: string[] = [];
    for (let i = 0; i < SAMPLES; i += 1)
      valid.push(
        (await adminApi.post('/access-tokens/tokens', { name: `timing ${i}`, accessLevel: 'read-only' })).body.data
          .accessKey
      );

    const report = async (value: string) => {
      const started = process.hrtime.bigint();
      const response = await fetch(`${url}/api/access-tokens/revoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ tokens: [value] }),
      });
      await response.arrayBuffer();
      if (response.status !== 202) throw new Error(`Unexpected ${response.status}`);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };

    for (let i = 0; i < WARM_UP; i += 1) await report(generateToken());
    const all: Record<Kind, number[]> = { valid: [], unknown: [] };
    // The revocation runs after the answer: it may slow the request that follows, whatever that one holds.
    const after: Record<Kind, number[]> = { valid: [], unknown: [] };
    const rounds: string[] = [];
    const perRound = SAMPLES / ROUNDS;
    for (let round = 0; round < ROUNDS; round += 1) {
      const slice = valid.slice(round * perRound, (round + 1) * perRound);
      const plan = shuffle([
        ...slice.map((value) => ({ kind: 'valid' as Kind, value })),
        ...slice.map(() => ({ kind: 'unknown' as Kind, value: generateToken() })),
      ]);
      const times: Record<Kind, number[]> = { valid: [], unknown: [] };
      let previous: Kind | null = null;
      for (const { kind, value } of plan) {
        const took = await report(value);
        times[kind].push(took);
        if (previous) after[previous].push(took);
        previous = kind;
      }
      const halves = shuffle([...times.unknown]);
      const half = halves.length / 2;
      rounds.push(
        `| ${round + 1} | ${diff(times.valid, times.unknown)} | ${diff(halves.slice(0, half), halves.slice(half))} |`
      );
      all.valid.push(...times.valid);
      all.unknown.push(...times.unknown);
    }

    process.stdout.write(
      [
        '| values | requests | median (ms) | p95 (ms) |',
        '| --- | --- | --- | --- |',
        `| valid tokens | ${all.valid.length} | ${ms(quantile(all.valid, 0.5))} | ${ms(quantile(all.valid, 0.95))} |`,
        `| unknown values | ${all.unknown.length} | ${ms(quantile(all.unknown, 0.5))} | ${ms(quantile(all.unknown, 0.95))} |`,
        '',
        '| round | valid − unknown: median, p95 (ms) | noise, unknown − unknown: median, p95 (ms) |',
        '| --- | --- | --- |',
        ...rounds,
        `| all | ${diff(all.valid, all.unknown)} | |`,
        '',
        `The request after a valid report − after an unknown one: ${diff(after.valid, after.unknown)} ms (median, p95).`,
        '',
      ].join('\n')
    );
    const revoked = (await adminApi.get('/access-tokens/tokens?status=revoked&pageSize=1')).body.meta.pagination.total;
    process.stdout.write(`${revoked} of ${SAMPLES} valid tokens revoked by the end of the run\n`);
  } finally {
    await instance.stop();
    await database.drop();
  }
};

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
