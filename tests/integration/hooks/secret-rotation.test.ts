import { verifiesWith } from '../../../scripts/lib/verify-webhook';
import { createAdmin } from '../helpers/admin';
import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { untilPassed, waitFor } from '../helpers/wait';
import { signatures, startHoldingReceiver } from './holding-receiver';

const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

describe('hook signing-secret rotation', () => {
  const suite = useApp();
  let receiver: Awaited<ReturnType<typeof startHoldingReceiver>>;
  let writer: { id: number; value: string };
  let api: ReturnType<typeof createClient>;
  let count = 0;

  beforeAll(async () => {
    receiver = await startHoldingReceiver();
    writer = await createToken(suite, { name: 'rotating writer', accessLevel: 'read-write' });
    api = createClient(suite.app.url, bearer(writer.value));
  });
  afterAll(() => receiver?.close());

  /** Subscribes a fresh path of the receiver (or `targetUrl`) to category creations. */
  const subscribe = async (client = api, targetUrl?: string) => {
    count += 1;
    const path = `/rotating/${count}`;
    const response = await client.post('/api/access-tokens/hooks', {
      targetUrl: targetUrl ?? receiver.url(path),
      event: 'entry.create',
      contentType: 'api::category.category',
    });
    expect(response.status).toBe(201);
    return { ...(response.body.data as { id: number; secret: string }), path };
  };

  /** Creates a category and waits for its delivery to `path`. */
  const deliverOne = async (path: string) => {
    const before = receiver.at(path).length;
    expect((await api.post('/api/categories', { data: { name: `rotation ${path} ${before}` } })).status).toBe(201);
    return waitFor(() => receiver.at(path)[before], { what: `a delivery to ${path}` });
  };

  it('lets a receiver switch from the old secret to the new one during the grace period without losing a delivery', async () => {
    const { id, secret: oldSecret, path } = await subscribe();
    receiver.hold(path, oldSecret);
    expect((await deliverOne(path)).verified).toBe(true);

    const rotated = await api.post(`/api/access-tokens/hooks/${id}/rotate-secret`, { gracePeriodSeconds: 3600 });
    expect(rotated.status).toBe(200);
    const { secret: newSecret, previousSecretExpiresAt } = rotated.body.data;
    expect(rotated.body.data).toEqual({
      id,
      secret: expect.stringMatching(/^whsec_/),
      previousSecretExpiresAt: expect.any(String),
    });
    expect(newSecret).not.toBe(oldSecret);
    expect(Math.abs(Date.parse(previousSecretExpiresAt) - (Date.now() + 3_600_000))).toBeLessThan(60_000);

    // Not switched yet: the old secret alone still verifies, and the new one would too.
    const during = await deliverOne(path);
    expect(during.verified).toBe(true);
    expect(signatures(during)).toHaveLength(2);
    expect(verifiesWith(newSecret, during.body, during.headers)).toBe(true);

    receiver.hold(path, newSecret);
    expect((await deliverOne(path)).verified).toBe(true);
    expect(receiver.at(path).map((arrival) => arrival.verified)).toEqual([true, true, true]);

    // Both stored sealed.
    const row = await suite.app.strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { id } });
    for (const sealed of [row.secret, row.previousSecret]) expect(sealed).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain('whsec_');
  });

  it('signs with the new secret alone once the grace period is over', async () => {
    const { id, secret: oldSecret, path } = await subscribe();
    const rotated = await api.post(`/api/access-tokens/hooks/${id}/rotate-secret`, { gracePeriodSeconds: 1 });
    const { secret: newSecret, previousSecretExpiresAt } = rotated.body.data;
    receiver.hold(path, newSecret);
    await untilPassed(previousSecretExpiresAt);

    const after = await deliverOne(path);
    expect(after.verified).toBe(true);
    expect(signatures(after)).toHaveLength(1);
    expect(verifiesWith(oldSecret, after.body, after.headers)).toBe(false);
  });

  it('with no grace period, stops signing with the old secret at once', async () => {
    const { id, secret: oldSecret, path } = await subscribe();
    const rotated = await api.post(`/api/access-tokens/hooks/${id}/rotate-secret`, { gracePeriodSeconds: 0 });
    expect(rotated.body.data.previousSecretExpiresAt).toBeNull();
    receiver.hold(path, rotated.body.data.secret);
    const after = await deliverOne(path);
    expect(after.verified).toBe(true);
    expect(verifiesWith(oldSecret, after.body, after.headers)).toBe(false);
  });

  it('uses the configured grace period (24 h by default) when the body names none', async () => {
    const { id } = await subscribe();
    const rotated = await api.post(`/api/access-tokens/hooks/${id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(Math.abs(Date.parse(rotated.body.data.previousSecretExpiresAt) - (Date.now() + 86_400_000))).toBeLessThan(
      60_000
    );
  });

  it("answers 404 for another token's subscription or an unknown one, and lets a read-only token rotate its own", async () => {
    const { id } = await subscribe();
    const reader = await createToken(suite, { name: 'rotating reader', accessLevel: 'read-only' });
    const readerApi = createClient(suite.app.url, bearer(reader.value));
    for (const path of [
      `/api/access-tokens/hooks/${id}/rotate-secret`,
      '/api/access-tokens/hooks/999999/rotate-secret',
      '/api/access-tokens/hooks/x/rotate-secret',
    ]) {
      const refused = await readerApi.post(path, {});
      expect({ path, status: refused.status }).toEqual({ path, status: 404 });
      expect(JSON.stringify(refused.body)).not.toContain('whsec_');
    }
    expect((await suite.http.post(`/api/access-tokens/hooks/${id}/rotate-secret`, {})).status).toBe(401);

    const own = await subscribe(readerApi, 'http://127.0.0.1:9/reader');
    const rotated = await readerApi.post(`/api/access-tokens/hooks/${own.id}/rotate-secret`, {});
    expect(rotated.status).toBe(200);
    expect(rotated.body.data.secret).toMatch(/^whsec_/);
  });

  it.each([
    ['a grace period over 7 days', { gracePeriodSeconds: 7 * 86_400 + 1 }, 'gracePeriodSeconds'],
    ['a negative grace period', { gracePeriodSeconds: -1 }, 'gracePeriodSeconds'],
    ['a grace period that is not a number', { gracePeriodSeconds: '60' }, 'gracePeriodSeconds'],
    ['an unknown field', { secret: 'whsec_chosen' }, 'secret'],
  ])('refuses %s with 400 naming the field, and keeps the secret', async (_, body, field) => {
    const { id } = await subscribe();
    const before = await suite.app.strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { id } });
    const response = await api.post(`/api/access-tokens/hooks/${id}/rotate-secret`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toContain(
      field
    );
    expect((await suite.app.strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { id } })).secret).toBe(before.secret);
  });

  it('rotates from the admin too (update and create), audited with the admin; the token route is audited as the token', async () => {
    const { id } = await subscribe();
    for (const actions of [
      ['plugin::access-tokens.read'],
      ['plugin::access-tokens.read', 'plugin::access-tokens.update'],
    ]) {
      const admin = await createAdmin(suite.app.strapi, suite.app.url, { actions });
      expect(
        (await createClient(suite.app.url, bearer(admin.jwt)).post(`/access-tokens/hooks/${id}/rotate-secret`, {}))
          .status
      ).toBe(403);
    }
    expect((await suite.adminApi.post('/access-tokens/hooks/999999/rotate-secret', {})).status).toBe(404);

    const byToken = await api.post(`/api/access-tokens/hooks/${id}/rotate-secret`, { gracePeriodSeconds: 60 });
    const byAdmin = await suite.adminApi.post(`/access-tokens/hooks/${id}/rotate-secret`, { gracePeriodSeconds: 0 });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.data).toEqual({ id, secret: expect.stringMatching(/^whsec_/), previousSecretExpiresAt: null });

    const audit = await suite.adminApi.get(
      `/access-tokens/audit?subjectType=hook&action=hook.rotateSecret&tokenId=${writer.id}`
    );
    const entries = audit.body.data.filter((entry: { subjectId: number }) => entry.subjectId === id);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      actor: { email: suite.admin.email },
      changes: { gracePeriodSeconds: { to: 0 } },
    });
    expect(entries[1]).toMatchObject({ actor: null, changes: { gracePeriodSeconds: { to: 60 } } });

    const elsewhere = [
      audit,
      await suite.adminApi.get('/access-tokens/hooks?pageSize=100'),
      await api.get('/api/access-tokens/hooks'),
    ];
    for (const response of elsewhere) {
      for (const secret of [byToken.body.data.secret, byAdmin.body.data.secret])
        expect(JSON.stringify(response.body)).not.toContain(secret);
    }
  });
});
