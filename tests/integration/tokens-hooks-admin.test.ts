import { createAdmin } from './helpers/admin';
import { bearer, createClient } from './helpers/http';
import { useApp } from './helpers/setup';
import { useTokenHooks } from './helpers/token-hooks';
import { createToken } from './helpers/tokens';
import { waitFor } from './helpers/wait';

const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

/** Issue 14: a leaked token's hooks can be removed by an admin (dropped on regenerate: tokens-hooks-regenerate). */
describe("a token's hooks in the admin API: remove", () => {
  // A failed delivery waits ten minutes for its retry: it stays queued for the whole test.
  const suite = useApp({ ACCESS_TOKENS_HOOKS_RETRY_SCHEDULE: '600' });
  const { fixture, subscribe, createCategory, deliveriesOf } = useTokenHooks(suite);

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

    const listed = await fixture.deleterApi.get(`/access-tokens/hooks?tokenId=${token.id}`);
    expect(listed.body.data.map((sub: { id: number }) => sub.id)).toEqual([id]);

    const removed = await fixture.deleterApi.delete(`/access-tokens/hooks/${id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.data).toMatchObject({
      id,
      tokenId: token.id,
      tokenName: 'leaked',
      targetUrl: fixture.receiver.url('/stuck'),
    });
    expect(JSON.stringify(removed.body)).not.toMatch(/whsec_/);
    expect((await fixture.deleterApi.get(`/access-tokens/hooks?tokenId=${token.id}`)).body.data).toEqual([]);

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
      subjectName: fixture.receiver.url('/stuck'),
      tokenId: token.id,
      actor: { id: fixture.deleter.id, email: fixture.deleter.email },
      changes: { reason: { from: null, to: 'removed by an admin' } },
    });

    expect((await fixture.deleterApi.delete(`/access-tokens/hooks/${id}`)).status).toBe(404);
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
});
