import { useApp } from './helpers/setup';
import { tokenLifecycleApi, type Token } from './helpers/token-lifecycle';

describe('tokens admin API: regenerate', () => {
  const suite = useApp();
  const { create, act, matching, expectStatusConflict } = tokenLifecycleApi(suite);

  it('without a grace period, the old value stops matching at once', async () => {
    const token = await create();
    const response = await act(token.id, 'regenerate');
    expect(response.status).toBe(200);
    const { data } = response.body;
    expect(data.accessKey).toMatch(/^sat_[0-9A-Za-z]{36}$/);
    expect(data.accessKey).not.toBe(token.accessKey);
    expect(data).toMatchObject({
      id: token.id,
      name: token.name,
      status: 'active',
      previousKeyExpiresAt: null,
      maskedKey: `sat_****${data.accessKey.slice(-4)}`,
    });
    expect(await matching(token.accessKey)).toEqual([]);
    expect(await matching(data.accessKey)).toEqual([token.id]);
  });

  it('with a grace period, the old value keeps matching until it ends', async () => {
    const token = await create({ accessKey: 'Lifecycle-Custom-Value-uTsuyW28av9u5mtVEukY-wxyz' });
    const response = await act(token.id, 'regenerate', { gracePeriodSeconds: 600 });
    expect(response.status).toBe(200);
    const { data } = response.body;
    expect(data.accessKey).not.toBe(token.accessKey);
    expect(Date.parse(data.previousKeyExpiresAt) - Date.now()).toBeGreaterThan(590_000);
    expect(Date.parse(data.previousKeyExpiresAt) - Date.now()).toBeLessThanOrEqual(600_000);
    expect(await matching(token.accessKey)).toEqual([token.id]);
    expect(await matching(data.accessKey)).toEqual([token.id]);
    expect((await suite.adminApi.get(`/access-tokens/tokens/${token.id}`)).body.data.previousKeyExpiresAt).toBe(
      data.previousKeyExpiresAt
    );

    // A further regenerate without grace ends the previous value's grace.
    const again = await act(token.id, 'regenerate', {});
    expect(again.body.data.previousKeyExpiresAt).toBeNull();
    expect(await matching(token.accessKey)).toEqual([]);
    expect(await matching(data.accessKey)).toEqual([]);
    expect(await matching(again.body.data.accessKey)).toEqual([token.id]);
  });

  it('answers 409 for a revoked or archived token, leaving the value as it was', async () => {
    const revoked = await create();
    await act(revoked.id, 'revoke');
    expectStatusConflict(await act(revoked.id, 'regenerate', { gracePeriodSeconds: 60 }), 'revoked');
    const archived = await create();
    await act(archived.id, 'archive');
    expectStatusConflict(await act(archived.id, 'regenerate'), 'archived');
    const stillArchived = await suite.adminApi.post('/access-tokens/tokens/lookup', {
      accessKey: archived.accessKey,
      status: 'archived',
    });
    expect(stillArchived.body.data.map((t: Token) => t.maskedKey)).toEqual([archived.maskedKey]);
  });

  it('returns the new value in that one response only', async () => {
    const token = await create();
    const { accessKey } = (await act(token.id, 'regenerate', { gracePeriodSeconds: 60 })).body.data;
    const later = [
      await suite.adminApi.get(`/access-tokens/tokens/${token.id}`),
      await suite.adminApi.get('/access-tokens/tokens?pageSize=100'),
      await suite.adminApi.post('/access-tokens/tokens/lookup', { accessKey }),
      await suite.adminApi.put(`/access-tokens/tokens/${token.id}`, { description: 'rolled' }),
      await suite.adminApi.get('/access-tokens/audit?pageSize=100'),
      await act(token.id, 'archive'),
      await act(token.id, 'restore'),
      await act(token.id, 'revoke'),
      await suite.adminApi.delete(`/access-tokens/tokens/${token.id}`),
    ];
    for (const response of later) {
      expect(response.status).toBe(200);
      const text = JSON.stringify(response.body);
      expect(text).not.toContain(accessKey);
      expect(text).not.toContain(token.accessKey);
      expect(text).not.toContain('"accessKey"');
    }
  });
});
