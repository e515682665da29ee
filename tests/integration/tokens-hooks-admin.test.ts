import { createAdmin, type AdminSession } from './helpers/admin';
import { bearer, createClient } from './helpers/http';
import { useApp } from './helpers/setup';
import { createToken } from './helpers/tokens';
import { waitFor } from './helpers/wait';
import { startReceiver, type Receiver } from './hooks/receiver';

type Client = ReturnType<typeof createClient>;
const DELIVERY_UID = 'plugin::access-tokens.hook-delivery';
const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

/** Issue 14: a leaked token's hooks can be removed by an admin, and dropped when the token is regenerated. */
describe("a token's hooks in the admin API: remove, and drop on regenerate", () => {
  // A failed delivery waits ten minutes for its retry: it stays queued for the whole test.
  const suite = useApp({ ACCESS_TOKENS_HOOKS_RETRY_SCHEDULE: '600' });
  let receiver: Receiver;
  let writer: Client;
  let deleter: AdminSession;
  let deleterApi: Client;
  let counter = 0;

  beforeAll(async () => {
    receiver = await startReceiver();
    writer = createClient(
      suite.app.url,
      bearer((await createToken(suite, { name: 'writer', accessLevel: 'read-write' })).value)
    );
    deleter = await createAdmin(suite.app.strapi, suite.app.url, {
      actions: ['plugin::access-tokens.read', 'plugin::access-tokens.delete'],
    });
    deleterApi = createClient(suite.app.url, bearer(deleter.jwt));
  });
  afterAll(() => receiver?.close());

  const subscribe = async (tokenValue: string, path: string, status = 200) => {
    const response = await createClient(suite.app.url, bearer(tokenValue)).post('/api/access-tokens/hooks', {
      targetUrl: receiver.url(path),
      event: 'entry.create',
      contentType: 'api::category.category',
    });
    expect(response.status).toBe(201);
    receiver.expect(path, response.body.data.secret, () => ({ status }));
    return response.body.data.id as number;
  };

  const createCategory = async () => {
    counter += 1;
    expect((await writer.post('/api/categories', { data: { name: `category ${counter}` } })).status).toBe(201);
  };

  const deliveriesOf = (subscriptionId: number) =>
    suite.app.strapi.db.query(DELIVERY_UID).findMany({ where: { subscriptionId } });

  const hookAudit = async (tokenId: number) =>
    (await suite.adminApi.get(`/access-tokens/audit?subjectType=hook&tokenId=${tokenId}`)).body.data;

  it("lets an admin with delete remove a token's subscription: audited with the admin, queued deliveries dead", async () => {
    const token = await createToken(suite, { name: 'leaked', accessLevel: 'read-only' });
    const id = await subscribe(token.value, '/stuck', 500);
    await createCategory();
    await waitFor(
      async () => (await deliveriesOf(id)).some((delivery: { status: string }) => delivery.status === 'failed'),
      { timeoutMs: 15_000, what: 'a failed delivery awaiting its retry' }
    );

    const listed = await deleterApi.get(`/access-tokens/hooks?tokenId=${token.id}`);
    expect(listed.body.data.map((sub: { id: number }) => sub.id)).toEqual([id]);

    const removed = await deleterApi.delete(`/access-tokens/hooks/${id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.data).toMatchObject({
      id,
      tokenId: token.id,
      tokenName: 'leaked',
      targetUrl: receiver.url('/stuck'),
    });
    expect(JSON.stringify(removed.body)).not.toMatch(/whsec_/);
    expect((await deleterApi.get(`/access-tokens/hooks?tokenId=${token.id}`)).body.data).toEqual([]);

    const deliveries = await deliveriesOf(id);
    expect(deliveries.length).toBeGreaterThan(0);
    for (const delivery of deliveries)
      expect(delivery).toMatchObject({
        status: 'dead',
        nextAttemptAt: null,
        lastError: expect.stringContaining('removed by an admin'),
      });

    const [entry] = await hookAudit(token.id);
    expect(entry).toMatchObject({
      action: 'hook.unsubscribe',
      subjectType: 'hook',
      subjectId: id,
      subjectName: receiver.url('/stuck'),
      tokenId: token.id,
      actor: { id: deleter.id, email: deleter.email },
      changes: { reason: { from: null, to: 'removed by an admin' } },
    });

    expect((await deleterApi.delete(`/access-tokens/hooks/${id}`)).status).toBe(404);
  });

  it('refuses a malformed id with 400 and an unknown one with 404, changing nothing', async () => {
    const token = await createToken(suite, { name: 'kept', accessLevel: 'read-only' });
    const id = await subscribe(token.value, '/kept');
    for (const bad of ['abc', '0', '-1', '1.5', '1e3', '99999999999999999999', '%20']) {
      const response = await suite.adminApi.delete(`/access-tokens/hooks/${bad}`);
      expect([bad, response.status]).toEqual([bad, 400]);
      expect(response.body).toMatchObject({
        data: null,
        error: { name: 'ValidationError', details: { errors: [{ path: ['id'] }] } },
      });
    }
    expect((await suite.adminApi.delete('/access-tokens/hooks/987654')).body.error).toMatchObject({
      status: 404,
      name: 'NotFoundError',
    });
    expect(await suite.app.strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { id } })).toBeTruthy();
  });

  it('refuses an admin without delete (403) and keeps the subscription', async () => {
    const token = await createToken(suite, { name: 'guarded', accessLevel: 'read-only' });
    const id = await subscribe(token.value, '/guarded');
    const others = await createAdmin(suite.app.strapi, suite.app.url, {
      actions: ['read', 'create', 'update', 'revoke'].map((action) => `plugin::access-tokens.${action}`),
    });
    const response = await createClient(suite.app.url, bearer(others.jwt)).delete(`/access-tokens/hooks/${id}`);
    expect(response.status).toBe(403);
    expect(await suite.app.strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { id } })).toBeTruthy();
  });

  it('drops every subscription when regenerating without options: the thief gets nothing more', async () => {
    const token = await createToken(suite, { name: 'stolen', accessLevel: 'read-only' });
    const legit = await subscribe(token.value, '/legit');
    const thief = await subscribe(token.value, '/thief');
    const stuck = await subscribe(token.value, '/thief-stuck', 500);
    await createCategory();
    await receiver.waitFor(
      () =>
        receiver.at('/legit').length === 1 &&
        receiver.at('/thief').length === 1 &&
        receiver.at('/thief-stuck').length === 1
    );
    await waitFor(
      async () => (await deliveriesOf(stuck)).some((delivery: { status: string }) => delivery.status === 'failed'),
      { timeoutMs: 15_000, what: 'a failed delivery awaiting its retry' }
    );

    const regenerated = await suite.adminApi.post(`/access-tokens/tokens/${token.id}/regenerate`);
    expect(regenerated.status).toBe(200);
    const newValue = regenerated.body.data.accessKey as string;
    expect(await suite.app.strapi.db.query(SUBSCRIPTION_UID).count({ where: { tokenId: token.id } })).toBe(0);
    for (const delivery of await deliveriesOf(stuck))
      expect(delivery).toMatchObject({ status: 'dead', nextAttemptAt: null });

    const audit = (await suite.adminApi.get(`/access-tokens/audit?tokenId=${token.id}`)).body.data;
    const regenerateEntry = audit.find((entry: { action: string }) => entry.action === 'token.regenerate');
    expect(regenerateEntry.changes).toEqual({
      gracePeriodSeconds: { from: null, to: 0 },
      droppedSubscriptions: { from: null, to: 3 },
    });
    const drops = audit.filter((entry: { action: string }) => entry.action === 'hook.unsubscribe');
    expect(drops.map((entry: { subjectId: number }) => entry.subjectId).sort()).toEqual([legit, thief, stuck].sort());
    for (const entry of drops) {
      expect(entry).toMatchObject({
        actor: { id: suite.admin.id },
        changes: { reason: { from: null, to: 'token regenerated' } },
      });
    }

    // The integration subscribes again with its new value; the thief's old value is refused.
    await subscribe(newValue, '/legit-again');
    expect(
      (
        await createClient(suite.app.url, bearer(token.value)).post('/api/access-tokens/hooks', {
          targetUrl: receiver.url('/thief-2'),
          event: 'entry.create',
        })
      ).status
    ).toBe(401);

    const oldDeliveries = () =>
      suite.app.strapi.db.query(DELIVERY_UID).count({ where: { subscriptionId: { $in: [legit, thief, stuck] } } });
    const before = await oldDeliveries();
    await createCategory();
    await receiver.waitFor(() => receiver.at('/legit-again').length === 1);
    // One insert queues an event for every subscription: once the new one has it, the old ones would have theirs.
    expect(await oldDeliveries()).toBe(before);
    expect([receiver.at('/legit').length, receiver.at('/thief').length, receiver.at('/thief-stuck').length]).toEqual([
      1, 1, 1,
    ]);
  });

  it('refuses the old value, during a grace period, hooks of its own and new signing secrets; it can still read', async () => {
    const token = await createToken(suite, { name: 'rotated with grace', accessLevel: 'read-only' });
    const legit = await subscribe(token.value, '/grace-legit');
    const regenerated = await suite.adminApi.post(`/access-tokens/tokens/${token.id}/regenerate`, {
      gracePeriodSeconds: 3600,
    });
    expect(regenerated.status).toBe(200);
    const oldValue = createClient(suite.app.url, bearer(token.value));

    expect((await oldValue.get('/api/access-tokens/me')).status).toBe(200);
    expect((await oldValue.get('/api/access-tokens/hooks')).status).toBe(403);
    const subscribed = await oldValue.post('/api/access-tokens/hooks', {
      targetUrl: receiver.url('/grace-thief'),
      event: 'entry.create',
    });
    expect(subscribed.status).toBe(403);
    expect(await suite.app.strapi.db.query(SUBSCRIPTION_UID).count({ where: { tokenId: token.id } })).toBe(0);

    const newValue = regenerated.body.data.accessKey as string;
    const again = await subscribe(newValue, '/grace-legit-again');
    expect(again).not.toBe(legit);
    expect((await oldValue.post(`/api/access-tokens/hooks/${again}/rotate-secret`, {})).status).toBe(403);
    expect((await oldValue.delete(`/api/access-tokens/hooks/${again}`)).status).toBe(403);
    expect(
      (await createClient(suite.app.url, bearer(newValue)).post(`/api/access-tokens/hooks/${again}/rotate-secret`, {}))
        .status
    ).toBe(200);
  });

  it('refuses a subscribe or a rotation authenticated just before a regeneration committed (stale credentials)', async () => {
    const token = await createToken(suite, { name: 'raced', accessLevel: 'read-only' });
    const kept = await subscribe(token.value, '/raced-kept');
    const strapi = suite.app.strapi;
    // What a request authenticated before the regeneration holds as its credentials.
    const credentials = await strapi.db.query('plugin::access-tokens.token').findOne({ where: { id: token.id } });
    expect(
      (await suite.adminApi.post(`/access-tokens/tokens/${token.id}/regenerate`, { keepSubscriptions: true })).status
    ).toBe(200);

    const body = { targetUrl: receiver.url('/raced-thief'), event: 'entry.create' };
    await expect(
      strapi.plugin('access-tokens').service('hookSubscriptions').subscribe(credentials, body)
    ).rejects.toThrow(/regenerated or ended/);
    await expect(
      strapi.plugin('access-tokens').service('hookSecrets').rotateForToken(credentials, kept, {})
    ).rejects.toThrow(/regenerated or ended/);
    expect(await strapi.db.query(SUBSCRIPTION_UID).count({ where: { tokenId: token.id } })).toBe(1);
  });

  it('keeps the subscriptions with keepSubscriptions: true, and they keep delivering', async () => {
    const token = await createToken(suite, { name: 'rotated', accessLevel: 'read-only' });
    const kept = await subscribe(token.value, '/rotated');
    const regenerated = await suite.adminApi.post(`/access-tokens/tokens/${token.id}/regenerate`, {
      keepSubscriptions: true,
    });
    expect(regenerated.status).toBe(200);
    expect(await suite.app.strapi.db.query(SUBSCRIPTION_UID).count({ where: { tokenId: token.id } })).toBe(1);
    const audit = (await suite.adminApi.get(`/access-tokens/audit?tokenId=${token.id}`)).body.data;
    expect(audit.find((entry: { action: string }) => entry.action === 'token.regenerate').changes).toEqual({
      gracePeriodSeconds: { from: null, to: 0 },
      keepSubscriptions: { from: null, to: true },
    });
    expect(audit.filter((entry: { action: string }) => entry.action === 'hook.unsubscribe')).toEqual([]);

    await createCategory();
    await receiver.waitFor(() => receiver.at('/rotated').length === 1);
    await waitFor(
      async () => (await deliveriesOf(kept)).some((delivery: { status: string }) => delivery.status === 'succeeded'),
      { timeoutMs: 15_000, what: 'the kept subscription’s delivery' }
    );
  });

  it('refuses a non-boolean keepSubscriptions, and the replaced dropSubscriptions with a pointer to it', async () => {
    const token = await createToken(suite, { name: 'asked wrongly', accessLevel: 'read-only' });
    await subscribe(token.value, '/asked-wrongly');
    const refused = await suite.adminApi.post(`/access-tokens/tokens/${token.id}/regenerate`, {
      keepSubscriptions: 'yes',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors.map((error: { path: string[] }) => error.path)).toEqual([
      ['keepSubscriptions'],
    ]);
    for (const dropSubscriptions of [true, false]) {
      const replaced = await suite.adminApi.post(`/access-tokens/tokens/${token.id}/regenerate`, { dropSubscriptions });
      expect(replaced.status).toBe(400);
      expect(replaced.body.error.details.errors).toEqual([
        expect.objectContaining({ path: ['dropSubscriptions'], message: expect.stringMatching(/keepSubscriptions/) }),
      ]);
    }
    // Nothing was regenerated or dropped.
    expect(await suite.app.strapi.db.query(SUBSCRIPTION_UID).count({ where: { tokenId: token.id } })).toBe(1);
    expect((await createClient(suite.app.url, bearer(token.value)).get('/api/access-tokens/me')).status).toBe(200);
  });
});
