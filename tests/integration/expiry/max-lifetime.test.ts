import { startApp } from '../helpers/app';
import { futureIso, useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

const TOKEN_UID = 'plugin::access-tokens.token';
const DAY = 86_400_000;

/** A 400 in Strapi's error shape whose only detail is on validTo. */
const expectValidToRefused = (response: { status: number; body: any }, message: RegExp) => {
  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({ name: 'ValidationError', status: 400 });
  expect(response.body.error.details.errors).toEqual([
    expect.objectContaining({ path: ['validTo'], message: expect.stringMatching(message) }),
  ]);
};

describe('maxLifetimeDays', () => {
  const suite = useApp({ ACCESS_TOKENS_MAX_LIFETIME_DAYS: '30' });
  const tokens = () => suite.app.strapi.db.query(TOKEN_UID);
  const count = async () =>
    (await suite.adminApi.get('/access-tokens/tokens?pageSize=1&status=active')).body.meta.pagination.total;

  it('refuses to create a token without an end, or ending beyond the cap, and stores nothing', async () => {
    const before = await count();
    expectValidToRefused(
      await suite.adminApi.post('/access-tokens/tokens', { name: 'endless', accessLevel: 'read-only' }),
      /validTo is required.*30 days/
    );
    expectValidToRefused(
      await suite.adminApi.post('/access-tokens/tokens', {
        name: 'too long',
        accessLevel: 'read-only',
        validTo: futureIso(31),
      }),
      /at most 30 days/
    );
    expect(await count()).toBe(before);
  });

  it('measures from validFrom when there is one', async () => {
    const created = await suite.adminApi.post('/access-tokens/tokens', {
      name: 'scheduled month',
      accessLevel: 'read-only',
      validFrom: futureIso(10),
      validTo: futureIso(39),
    });
    expect(created.status).toBe(201);
    expectValidToRefused(
      await suite.adminApi.post('/access-tokens/tokens', {
        name: 'scheduled too long',
        accessLevel: 'read-only',
        validFrom: futureIso(10),
        validTo: futureIso(41),
      }),
      /at most 30 days/
    );
  });

  it('accepts a token within the cap', async () => {
    const created = await suite.adminApi.post('/access-tokens/tokens', {
      name: 'monthly',
      accessLevel: 'read-only',
      validTo: futureIso(29),
    });
    expect(created.status).toBe(201);
  });

  it('refuses an edit that removes the end or moves it beyond the cap', async () => {
    const { id } = await createToken(suite, { name: 'edited', accessLevel: 'read-only', validTo: futureIso(10) });
    expectValidToRefused(
      await suite.adminApi.put(`/access-tokens/tokens/${id}`, { validTo: null }),
      /validTo is required/
    );
    expectValidToRefused(
      await suite.adminApi.put(`/access-tokens/tokens/${id}`, { validTo: futureIso(31) }),
      /at most 30 days/
    );
    expect((await suite.adminApi.put(`/access-tokens/tokens/${id}`, { validTo: futureIso(25) })).status).toBe(200);
    expect((await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data.validTo.slice(0, 10)).toBe(
      futureIso(25).slice(0, 10)
    );
  });

  it('does not let an edit restart the life of a token that has been usable: moving validFrom later extends nothing', async () => {
    const { id } = await createToken(suite, { name: 'old one', accessLevel: 'read-only', validTo: futureIso(5) });
    // As if it had been created 25 days ago.
    await tokens().update({ where: { id }, data: { createdAt: new Date(Date.now() - 25 * DAY) } });
    expectValidToRefused(
      await suite.adminApi.put(`/access-tokens/tokens/${id}`, { validTo: futureIso(20) }),
      /at most 30 days/
    );
    expectValidToRefused(
      await suite.adminApi.put(`/access-tokens/tokens/${id}`, {
        validFrom: new Date().toISOString(),
        validTo: futureIso(20),
      }),
      /at most 30 days/
    );
    expect((await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data.validTo.slice(0, 10)).toBe(
      futureIso(5).slice(0, 10)
    );
  });

  it('still lets a token from before the cap be edited in its other fields', async () => {
    const { id } = await createToken(suite, { name: 'legacy', accessLevel: 'read-only', validTo: futureIso(10) });
    await tokens().update({ where: { id }, data: { validTo: null } }); // as created before maxLifetimeDays was set
    const edited = await suite.adminApi.put(`/access-tokens/tokens/${id}`, { description: 'still editable' });
    expect(edited.status).toBe(200);
    expectValidToRefused(
      await suite.adminApi.put(`/access-tokens/tokens/${id}`, { validFrom: futureIso(1) }),
      /validTo is required/
    );
  });

  it('refuses to restore an archived token that would be usable beyond the cap, and restores one that keeps to it', async () => {
    const { id } = await createToken(suite, {
      name: 'archived endless',
      accessLevel: 'read-only',
      validTo: futureIso(10),
    });
    expect((await suite.adminApi.post(`/access-tokens/tokens/${id}/archive`)).status).toBe(200);
    await tokens().update({ where: { id }, data: { validTo: null } });
    expectValidToRefused(
      await suite.adminApi.post(`/access-tokens/tokens/${id}/restore`),
      /Cannot restore this token: validTo is required/
    );
    expect((await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data.status).toBe('archived');

    await tokens().update({ where: { id }, data: { validTo: new Date(Date.now() + 10 * DAY) } });
    const restored = await suite.adminApi.post(`/access-tokens/tokens/${id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.data.status).toBe('active');
  });

  it('tells the Settings page the cap and the "expires soon" window', async () => {
    const settings = await suite.adminApi.get('/access-tokens/settings');
    expect(settings.body.data).toMatchObject({ maxLifetimeDays: 30, expiresSoonDays: 7 });
  });

  it('keeps validTo on regenerate', async () => {
    const { id } = await createToken(suite, { name: 'rotated', accessLevel: 'read-only', validTo: futureIso(10) });
    const regenerated = await suite.adminApi.post(`/access-tokens/tokens/${id}/regenerate`);
    expect(regenerated.status).toBe(200);
    expect(regenerated.body.data.validTo.slice(0, 10)).toBe(futureIso(10).slice(0, 10));
  });
});

describe('maxLifetimeDays with provisioned tokens', () => {
  it('stops the boot with a message naming the token: provisioned tokens have no end', async () => {
    await expect(
      startApp({ ACCESS_TOKENS_MAX_LIFETIME_DAYS: '30', CI_TOKEN: 'ci-Pipeline-Token-GKJXwpDNDenFHnTT9aBz-ABCDEFGH' })
    ).rejects.toThrow(/Token "CI pipeline" \(CI_TOKEN\) cannot be provisioned: maxLifetimeDays \(30\)/);
  }, 60_000);
});
