import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { registerFirstAdmin, startInstance, type Instance } from '../helpers/instances';
import { recipientsOf, type SentMail } from '../helpers/outbox';
import { waitFor } from '../helpers/wait';
import { futureIso } from '../helpers/setup';

const INTERVAL_MS = 50;
const TOKENS = 12;
const HOUR = 3_600_000;

describe('expiry warnings from several Strapi processes on one database', () => {
  const outboxFile = join(tmpdir(), `expiry-outbox-${process.pid}-${Date.now()}.jsonl`);
  let database: TestDatabase;
  const instances: Instance[] = [];
  let adminApi: Awaited<ReturnType<typeof registerFirstAdmin>>;

  const mails = (): SentMail[] =>
    existsSync(outboxFile)
      ? readFileSync(outboxFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as SentMail)
          .filter((mail) => mail.subject.includes('" expires on '))
      : [];

  /** One count per token, threshold date and recipient: every value must be 1. */
  const perRecipient = () => {
    const counts = new Map<string, number>();
    for (const mail of mails()) {
      for (const to of recipientsOf(mail))
        counts.set(`${mail.subject}|${mail.text}|${to}`, (counts.get(`${mail.subject}|${mail.text}|${to}`) ?? 0) + 1);
    }
    return counts;
  };

  /** Waits until `expected` warnings went out, then through 20 more checks of each instance for any duplicate. */
  const settle = async (expected: number) => {
    await waitFor(() => mails().length >= expected, { timeoutMs: 20_000, what: `${expected} warnings sent` });
    const seen = mails().length;
    await new Promise((done) => setTimeout(done, 20 * INTERVAL_MS));
    return { seen, after: mails().length };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { ACCESS_TOKENS_EXPIRY_WARNINGS_CHECK_INTERVAL_MS: String(INTERVAL_MS), EMAIL_OUTBOX_FILE: outboxFile };
    instances.push(await startInstance(database.env, env), await startInstance(database.env, env));
    adminApi = await registerFirstAdmin(instances[0].url, 'expiry@example.com');
  }, 180_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database?.drop();
    rmSync(outboxFile, { force: true });
  });

  it('sends one email per threshold per recipient while both instances check the same tokens', async () => {
    const ids: number[] = [];
    for (let i = 0; i < TOKENS; i += 1) {
      const created = await adminApi.post('/access-tokens/tokens', {
        name: `race ${i}`,
        accessLevel: 'read-only',
        validTo: futureIso(5),
      });
      expect(created.status).toBe(201);
      ids.push(created.body.data.id);
    }
    const first = await settle(TOKENS);
    expect(first).toEqual({ seen: TOKENS, after: TOKENS });

    // A new end within a day: each token is warned again, once.
    for (const id of ids) {
      const response = await adminApi.put(`/access-tokens/tokens/${id}`, {
        validTo: new Date(Date.now() + 12 * HOUR).toISOString(),
      });
      expect(response.status).toBe(200);
    }
    const second = await settle(2 * TOKENS);
    expect(second).toEqual({ seen: 2 * TOKENS, after: 2 * TOKENS });

    const counts = perRecipient();
    expect(counts.size).toBe(2 * TOKENS);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(mails().every((mail) => recipientsOf(mail).join() === 'expiry@example.com')).toBe(true);
  }, 90_000);
});
