import { futureIso, useApp } from './helpers/setup';

const TOKEN_UID = 'plugin::access-tokens.token';

type Token = { id: number; name: string; status: string; accessKey: string; maskedKey: string; [key: string]: any };

describe('tokens admin API: revoke, archive, restore, regenerate', () => {
  const suite = useApp();
  let counter = 0;

  const create = async (extra: Record<string, unknown> = {}): Promise<Token> => {
    counter += 1;
    const response = await suite.adminApi.post('/access-tokens/tokens', {
      name: `Lifecycle ${counter}`,
      accessLevel: 'read-only',
      ...extra,
    });
    expect(response.status).toBe(201);
    return response.body.data;
  };
  const act = (id: number, action: string, body?: unknown) =>
    suite.adminApi.post(`/access-tokens/tokens/${id}/${action}`, body);
  const matching = async (accessKey: string) => {
    const response = await suite.adminApi.post('/access-tokens/tokens/lookup', { accessKey, status: 'active' });
    expect(response.status).toBe(200);
    return response.body.data.map((token: Token) => token.id);
  };
  const expectConflict = (response: { status: number; body: any }, status: string) => {
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      data: null,
      error: { status: 409, name: 'ConflictError', message: expect.stringContaining(status) },
    });
  };
  const expectNow = (iso: string | null) => {
    expect(iso).not.toBeNull();
    expect(Math.abs(Date.parse(iso as string) - Date.now())).toBeLessThan(10_000);
  };
  const expire = (id: number) =>
    suite.app.strapi.db.query(TOKEN_UID).update({ where: { id }, data: { validTo: new Date(Date.now() - 1000) } });

  describe('revoke', () => {
    it('ends the token now: valid to = now, status revoked', async () => {
      const token = await create({ validTo: futureIso(30) });
      const response = await act(token.id, 'revoke');
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ id: token.id, status: 'revoked' });
      expect(response.body.data).not.toHaveProperty('accessKey');
      expectNow(response.body.data.revokedAt);
      expectNow(response.body.data.validTo);
      const fetched = await suite.adminApi.get(`/access-tokens/tokens/${token.id}`);
      expect(fetched.body.data).toMatchObject({
        status: 'revoked',
        revokedAt: response.body.data.revokedAt,
        validTo: response.body.data.validTo,
      });
    });

    it('revokes a scheduled token too', async () => {
      const token = await create({ validFrom: futureIso(1) });
      expect(token.status).toBe('scheduled');
      expect((await act(token.id, 'revoke')).body.data.status).toBe('revoked');
    });

    it('answers 409 for a token already revoked, archived or expired', async () => {
      const revoked = await create();
      expect((await act(revoked.id, 'revoke')).status).toBe(200);
      expectConflict(await act(revoked.id, 'revoke'), 'revoked');

      const archived = await create();
      expect((await act(archived.id, 'archive')).status).toBe(200);
      expectConflict(await act(archived.id, 'revoke'), 'archived');

      const expired = await create({ validTo: futureIso(1) });
      await expire(expired.id);
      expectConflict(await act(expired.id, 'revoke'), 'expired');
      expect((await suite.adminApi.get(`/access-tokens/tokens/${expired.id}`)).body.data).toMatchObject({
        status: 'expired',
        revokedAt: null,
      });
    });

    it('ends a grace period with it', async () => {
      const token = await create();
      expect((await act(token.id, 'regenerate', { gracePeriodSeconds: 3600 })).status).toBe(200);
      expect(await matching(token.accessKey)).toEqual([token.id]);
      const revoked = await act(token.id, 'revoke');
      expect(revoked.body.data.previousKeyExpiresAt).toBeNull();
      const all = await suite.adminApi.post('/access-tokens/tokens/lookup', {
        accessKey: token.accessKey,
        status: 'revoked',
      });
      expect(all.body.data).toEqual([]);
    });
  });

  describe('archive and restore', () => {
    it('archives, hiding the token from the default list, and restores it', async () => {
      const token = await create();
      const archived = await act(token.id, 'archive');
      expect(archived.status).toBe(200);
      expect(archived.body.data.status).toBe('archived');
      expectNow(archived.body.data.archivedAt);

      const ids = async (query = '') =>
        (await suite.adminApi.get(`/access-tokens/tokens?pageSize=100${query}`)).body.data.map((t: Token) => t.id);
      expect(await ids()).not.toContain(token.id);
      expect(await ids('&status=archived')).toContain(token.id);
      expectConflict(await act(token.id, 'archive'), 'archived');

      const restored = await act(token.id, 'restore');
      expect(restored.status).toBe(200);
      expect(restored.body.data).toMatchObject({ status: 'active', archivedAt: null });
      expect(await ids()).toContain(token.id);
      expect(await ids('&status=archived')).not.toContain(token.id);
      expectConflict(await act(token.id, 'restore'), 'active');
    });

    it('restores a revoked token as revoked, an expired one as expired', async () => {
      const revoked = await create();
      await act(revoked.id, 'revoke');
      expect((await act(revoked.id, 'archive')).body.data.status).toBe('archived');
      expect((await act(revoked.id, 'restore')).body.data.status).toBe('revoked');
      expectConflict(await act(revoked.id, 'restore'), 'revoked');

      const expired = await create({ validTo: futureIso(1) });
      await expire(expired.id);
      expect((await act(expired.id, 'archive')).status).toBe(200);
      expect((await act(expired.id, 'restore')).body.data.status).toBe('expired');
    });
  });

  describe('regenerate', () => {
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
      expectConflict(await act(revoked.id, 'regenerate', { gracePeriodSeconds: 60 }), 'revoked');
      const archived = await create();
      await act(archived.id, 'archive');
      expectConflict(await act(archived.id, 'regenerate'), 'archived');
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

  it('answers 404 for an unknown token', async () => {
    for (const action of ['revoke', 'archive', 'restore', 'regenerate']) {
      const response = await act(999_999, action);
      expect([action, response.status, response.body.error?.name]).toEqual([action, 404, 'NotFoundError']);
    }
  });
});
