import { useApp } from './helpers/setup';
import { waitFor } from './helpers/wait';

const AUDIT_UID = 'plugin::access-tokens.audit-entry';
const DAY_MS = 86_400_000;
const RETENTION_DAYS = 40;

describe('audit retention', () => {
  const suite = useApp({ ACCESS_TOKENS_AUDIT_RETENTION_DAYS: String(RETENTION_DAYS) });

  const entry = (name: string, ageDays: number) => ({
    action: 'token.update',
    subjectType: 'token',
    subjectName: `retention ${name}`,
    createdAt: new Date(Date.now() - ageDays * DAY_MS),
    updatedAt: new Date(Date.now() - ageDays * DAY_MS),
  });
  const remaining = async () =>
    (
      (await suite.app.strapi.db.query(AUDIT_UID).findMany({
        where: { subjectName: { $startsWith: 'retention ' } },
        orderBy: { id: 'asc' },
      })) as { subjectName: string }[]
    ).map((row) => row.subjectName.slice('retention '.length));

  it(`deletes entries older than audit.retentionDays (${RETENTION_DAYS}), but never the newest one`, async () => {
    await suite.app.strapi.db.query(AUDIT_UID).createMany({
      data: [entry('old', RETENTION_DAYS + 1), entry('recent', RETENTION_DAYS - 1), entry('ancient', 400)],
    });
    // The newest entry holds the highest id, which the revocation poll of every instance counts from.
    const retention = suite.app.strapi.plugin('access-tokens').service('auditRetention');
    expect(await retention.prune()).toBe(1);
    expect(await remaining()).toEqual(['recent', 'ancient']);

    await suite.app.strapi.db.query(AUDIT_UID).create({ data: entry('newer', 0) });
    expect(await retention.prune()).toBe(1);
    expect(await remaining()).toEqual(['recent', 'newer']);

    // Idempotent: pruning again, as another instance would, deletes nothing more.
    expect(await retention.prune()).toBe(0);
  });

  it('prunes on its own once the app has started', async () => {
    await suite.app.strapi.db.query(AUDIT_UID).createMany({
      data: [entry('stale', RETENTION_DAYS + 10), entry('fresh', 0)],
    });
    const retention = suite.app.strapi.plugin('access-tokens').service('auditRetention');
    await retention.stop();
    retention.start();
    await waitFor(async () => !(await remaining()).includes('stale'), { timeoutMs: 5_000, what: 'the first prune' });
    expect(await remaining()).toEqual(['recent', 'newer', 'fresh']);
  });
});
