import { futureIso, useApp } from './helpers/setup';
import { tokenLifecycleApi, type Token } from './helpers/token-lifecycle';

describe('tokens admin API: revoke, archive, restore', () => {
  const suite = useApp();
  const { create, act, matching, expectStatusConflict, expectNow, expire } = tokenLifecycleApi(suite);

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
      expectStatusConflict(await act(revoked.id, 'revoke'), 'revoked');

      const archived = await create();
      expect((await act(archived.id, 'archive')).status).toBe(200);
      expectStatusConflict(await act(archived.id, 'revoke'), 'archived');

      const expired = await create({ validTo: futureIso(1) });
      await expire(expired.id);
      expectStatusConflict(await act(expired.id, 'revoke'), 'expired');
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
      expectStatusConflict(await act(token.id, 'archive'), 'archived');

      const restored = await act(token.id, 'restore');
      expect(restored.status).toBe(200);
      expect(restored.body.data).toMatchObject({ status: 'active', archivedAt: null });
      expect(await ids()).toContain(token.id);
      expect(await ids('&status=archived')).not.toContain(token.id);
      expectStatusConflict(await act(token.id, 'restore'), 'active');
    });

    it('restores a revoked token as revoked, an expired one as expired', async () => {
      const revoked = await create();
      await act(revoked.id, 'revoke');
      expect((await act(revoked.id, 'archive')).body.data.status).toBe('archived');
      expect((await act(revoked.id, 'restore')).body.data.status).toBe('revoked');
      expectStatusConflict(await act(revoked.id, 'restore'), 'revoked');

      const expired = await create({ validTo: futureIso(1) });
      await expire(expired.id);
      expect((await act(expired.id, 'archive')).status).toBe(200);
      expect((await act(expired.id, 'restore')).body.data.status).toBe('expired');
    });
  });
  it('answers 404 for an unknown token', async () => {
    for (const action of ['revoke', 'archive', 'restore', 'regenerate']) {
      const response = await act(999_999, action);
      expect([action, response.status, response.body.error?.name]).toEqual([action, 404, 'NotFoundError']);
    }
  });
});
