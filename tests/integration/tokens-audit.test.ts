import { createAdmin, type AdminSession } from './helpers/admin';
import { createClient } from './helpers/http';
import { futureIso, useApp } from './helpers/setup';

const TOKEN_UID = 'plugin::access-tokens.token';

describe('tokens admin API: audit trail', () => {
  const suite = useApp();
  let actor: AdminSession;
  let api: ReturnType<typeof createClient>;
  const secrets: string[] = [];

  beforeAll(async () => {
    actor = await createAdmin(suite.app.strapi, suite.app.url);
    api = createClient(suite.app.url, { Authorization: `Bearer ${actor.jwt}` });
  });

  const audit = async (query: Record<string, string | number> = {}) => {
    const response = await suite.adminApi.get(
      `/access-tokens/audit?${new URLSearchParams({ pageSize: '100', ...query } as Record<string, string>)}`
    );
    expect(response.status).toBe(200);
    return response.body;
  };
  const ok = async <T>(request: Promise<{ status: number; body: T }>) => {
    const response = await request;
    expect(response.status).toBeLessThan(300);
    return response.body as any;
  };

  it('records every change of a token with the actor and the changed fields, newest first', async () => {
    const validTo = futureIso(30);
    const created = await ok(
      api.post('/access-tokens/tokens', {
        name: 'Audited',
        accessLevel: 'read-only',
        accessKey: 'Audit-Custom-Value-pYLtK3Txrzx0J5baCCKa-abcdefgh',
        validTo,
      })
    );
    const id = created.data.id;
    secrets.push(created.data.accessKey);
    await ok(
      api.put(`/access-tokens/tokens/${id}`, {
        name: 'Audited twice',
        description: 'now described',
        accessLevel: 'read-write',
        scopes: [],
        validTo,
      })
    );
    secrets.push(
      (await ok(api.post(`/access-tokens/tokens/${id}/regenerate`, { gracePeriodSeconds: 300 }))).data.accessKey
    );
    await ok(api.post(`/access-tokens/tokens/${id}/archive`));
    await ok(api.post(`/access-tokens/tokens/${id}/restore`));
    await ok(api.post(`/access-tokens/tokens/${id}/revoke`));
    await ok(api.delete(`/access-tokens/tokens/${id}`));

    const { data, meta } = await audit({ tokenId: id });
    expect(meta.pagination).toMatchObject({ total: 7 });
    expect(data.map((entry: { action: string }) => entry.action)).toEqual([
      'token.delete',
      'token.revoke',
      'token.restore',
      'token.archive',
      'token.regenerate',
      'token.update',
      'token.create',
    ]);
    for (const entry of data) {
      expect(entry).toMatchObject({
        subjectType: 'token',
        subjectId: id,
        tokenId: id,
        actor: { id: actor.id, email: actor.email },
      });
      expect(Date.now() - Date.parse(entry.createdAt)).toBeLessThan(60_000);
    }
    const byAction = Object.fromEntries(data.map((entry: { action: string }) => [entry.action, entry]));
    expect(byAction['token.create'].subjectName).toBe('Audited');
    expect(byAction['token.create'].changes).toMatchObject({
      name: { from: null, to: 'Audited' },
      accessLevel: { from: null, to: 'read-only' },
    });
    expect(byAction['token.update'].changes).toEqual({
      name: { from: 'Audited', to: 'Audited twice' },
      description: { from: null, to: 'now described' },
      accessLevel: { from: 'read-only', to: 'read-write' },
    });
    expect(byAction['token.regenerate'].changes).toEqual({
      gracePeriodSeconds: { from: null, to: 300 },
      droppedSubscriptions: { from: null, to: 0 },
    });
    expect(byAction['token.revoke'].changes.validTo.from).toBe(validTo);
    expect(byAction['token.delete'].subjectName).toBe('Audited twice');
  });

  it('never holds a secret: no token value, no hash', async () => {
    const generated = await ok(
      suite.adminApi.post('/access-tokens/tokens', { name: 'Secretive', accessLevel: 'read-only' })
    );
    secrets.push(generated.data.accessKey);
    secrets.push(
      (
        await ok(
          suite.adminApi.post(`/access-tokens/tokens/${generated.data.id}/regenerate`, { gracePeriodSeconds: 60 })
        )
      ).data.accessKey
    );
    const rows = await suite.app.strapi.db.query(TOKEN_UID).findMany({ where: { id: generated.data.id } });
    const hashes = [rows[0].keyHash, rows[0].previousKeyHash];
    expect(hashes.every(Boolean)).toBe(true);

    const text = JSON.stringify(await audit());
    expect(secrets).toHaveLength(4);
    for (const value of [...secrets, ...hashes]) expect(text).not.toContain(value);
    expect(text).not.toMatch(/accessKey|keyHash/);
  });

  it('filters by token, action and subject type, and paginates', async () => {
    const first = await ok(
      suite.adminApi.post('/access-tokens/tokens', { name: 'Filter one', accessLevel: 'read-only' })
    );
    const second = await ok(
      suite.adminApi.post('/access-tokens/tokens', { name: 'Filter two', accessLevel: 'read-only' })
    );
    await ok(suite.adminApi.post(`/access-tokens/tokens/${second.data.id}/revoke`));

    expect((await audit({ tokenId: first.data.id })).data.map((entry: { action: string }) => entry.action)).toEqual([
      'token.create',
    ]);
    const forSecond = await audit({ tokenId: second.data.id });
    expect(forSecond.data.map((entry: { action: string }) => entry.action)).toEqual(['token.revoke', 'token.create']);
    expect(forSecond.data.every((entry: { tokenId: number }) => entry.tokenId === second.data.id)).toBe(true);
    const revokes = await audit({ action: 'token.revoke', subjectType: 'token' });
    expect(revokes.data.length).toBeGreaterThanOrEqual(2);
    expect(revokes.data.every((entry: { action: string }) => entry.action === 'token.revoke')).toBe(true);

    const all = await audit();
    const page2 = await audit({ pageSize: 2, page: 2 });
    expect(page2.meta.pagination).toEqual({
      page: 2,
      pageSize: 2,
      pageCount: Math.ceil(all.meta.pagination.total / 2),
      total: all.meta.pagination.total,
    });
    expect(page2.data).toEqual(all.data.slice(2, 4));
  });

  it.each([
    'tokenId=abc',
    'tokenId=-1',
    'tokenId=1.5',
    'subjectType=user',
    'action=token.nope',
    'pageSize=101',
    'secret=x',
  ])('answers 400 for %s', async (query) => {
    const response = await suite.adminApi.get(`/access-tokens/audit?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
  });

  it('keeps the actor and the token creator after the admin is deleted; the token keeps being listed', async () => {
    const leaving = await createAdmin(suite.app.strapi, suite.app.url);
    const leavingApi = createClient(suite.app.url, { Authorization: `Bearer ${leaving.jwt}` });
    const token = await ok(
      leavingApi.post('/access-tokens/tokens', { name: 'Outlives its creator', accessLevel: 'read-only' })
    );
    await ok(leavingApi.put(`/access-tokens/tokens/${token.data.id}`, { description: 'edited before leaving' }));

    const deleted = await suite.app.strapi.service('admin::user').deleteById(leaving.id);
    expect(deleted?.id).toBe(leaving.id);
    expect(await suite.app.strapi.db.query('admin::user').findOne({ where: { id: leaving.id } })).toBeNull();

    const creator = { id: leaving.id, email: leaving.email };
    const fetched = await ok(suite.adminApi.get(`/access-tokens/tokens/${token.data.id}`));
    expect(fetched.data).toMatchObject({ status: 'active', createdBy: creator });
    const listed = await ok(suite.adminApi.get('/access-tokens/tokens?search=Outlives'));
    expect(listed.data).toEqual([
      expect.objectContaining({ id: token.data.id, createdBy: expect.objectContaining(creator) }),
    ]);
    expect(
      (await ok(suite.adminApi.get('/access-tokens/tokens?search=Outlives&sort=createdBy:desc'))).data
    ).toHaveLength(1);

    const entries = (await audit({ tokenId: token.data.id })).data;
    expect(entries.map((entry: { action: string; actor: unknown }) => [entry.action, entry.actor])).toEqual([
      ['token.update', expect.objectContaining(creator)],
      ['token.create', expect.objectContaining(creator)],
    ]);
    // The token can still be changed and removed by others.
    expect((await suite.adminApi.post(`/access-tokens/tokens/${token.data.id}/revoke`)).status).toBe(200);
    expect((await suite.adminApi.delete(`/access-tokens/tokens/${token.data.id}`)).status).toBe(200);
  });
});
