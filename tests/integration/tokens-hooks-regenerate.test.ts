import { bearer, createClient } from './helpers/http';
import { useApp } from './helpers/setup';
import { useTokenHooks } from './helpers/token-hooks';
import { createToken } from './helpers/tokens';
import { waitFor } from './helpers/wait';

const DELIVERY_UID = 'plugin::access-tokens.hook-delivery';
const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

/** Issue 14: regenerating a leaked token drops its hooks, unless the admin asks to keep them. */
describe("a token's hooks in the admin API: dropped on regenerate", () => {
  // A failed delivery waits ten minutes for its retry: it stays queued for the whole test.
  const suite = useApp({ ACCESS_TOKENS_HOOKS_RETRY_SCHEDULE: '600' });
  const { fixture, subscribe, createCategory, deliveriesOf } = useTokenHooks(suite);

  it('drops every subscription when regenerating without options: the thief gets nothing more', async () => {
    const token = await createToken(suite, { name: 'stolen', accessLevel: 'read-only' });
    const legit = await subscribe(token.value, '/legit');
    const thief = await subscribe(token.value, '/thief');
    const stuck = await subscribe(token.value, '/thief-stuck', 500);
    await createCategory();
    await fixture.receiver.waitFor(
      () =>
        fixture.receiver.at('/legit').length === 1 &&
        fixture.receiver.at('/thief').length === 1 &&
        fixture.receiver.at('/thief-stuck').length === 1
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
          targetUrl: fixture.receiver.url('/thief-2'),
          event: 'entry.create',
        })
      ).status
    ).toBe(401);

    const oldDeliveries = () =>
      suite.app.strapi.db.query(DELIVERY_UID).count({ where: { subscriptionId: { $in: [legit, thief, stuck] } } });
    const before = await oldDeliveries();
    await createCategory();
    await fixture.receiver.waitFor(() => fixture.receiver.at('/legit-again').length === 1);
    // One insert queues an event for every subscription: once the new one has it, the old ones would have theirs.
    expect(await oldDeliveries()).toBe(before);
    expect([
      fixture.receiver.at('/legit').length,
      fixture.receiver.at('/thief').length,
      fixture.receiver.at('/thief-stuck').length,
    ]).toEqual([1, 1, 1]);
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
      targetUrl: fixture.receiver.url('/grace-thief'),
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

    const body = { targetUrl: fixture.receiver.url('/raced-thief'), event: 'entry.create' };
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
    await fixture.receiver.waitFor(() => fixture.receiver.at('/rotated').length === 1);
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
