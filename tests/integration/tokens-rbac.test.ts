import { createAdmin } from './helpers/admin';
import { createClient, type JsonResponse } from './helpers/http';
import { useApp } from './helpers/setup';

const ACTIONS = ['read', 'create', 'update', 'revoke', 'delete'] as const;
type Action = (typeof ACTIONS)[number];
type Client = ReturnType<typeof createClient>;

describe('tokens admin API: RBAC', () => {
  const suite = useApp();
  const clients = {} as Record<Action | 'none', Client>;
  let counter = 0;

  beforeAll(async () => {
    for (const action of [...ACTIONS, 'none'] as const) {
      const admin = await createAdmin(suite.app.strapi, suite.app.url, { actions: action === 'none' ? [] : [`plugin::access-tokens.${action}`] });
      clients[action] = createClient(suite.app.url, { Authorization: `Bearer ${admin.jwt}` });
    }
  });

  /** A token made by the super admin, to act on; `archived` prepares one for restore. */
  const target = async ({ archived = false } = {}) => {
    counter += 1;
    const response = await suite.adminApi.post('/access-tokens/tokens', { name: `Target ${counter}`, accessLevel: 'read-only' });
    expect(response.status).toBe(201);
    if (archived) expect((await suite.adminApi.post(`/access-tokens/tokens/${response.body.data.id}/archive`)).status).toBe(200);
    return response.body.data.id as number;
  };

  const none = async () => null;
  const withId = (path: string) => (id: number | null) => `/access-tokens/tokens/${id}${path}`;

  /** A route, the one action that grants it, the status it answers, what to prepare (by the super admin) and the call. */
  const routes: Array<[string, Action, number, () => Promise<number | null>, (api: Client, id: number | null) => Promise<JsonResponse>]> = [
    ['GET /tokens', 'read', 200, none, (api) => api.get('/access-tokens/tokens')],
    ['GET /tokens/:id', 'read', 200, target, (api, id) => api.get(withId('')(id))],
    ['POST /tokens/lookup', 'read', 200, none, (api) => api.post('/access-tokens/tokens/lookup', { accessKey: 'sat_not-a-token' })],
    ['GET /scopes', 'read', 200, none, (api) => api.get('/access-tokens/scopes')],
    ['GET /audit', 'read', 200, none, (api) => api.get('/access-tokens/audit')],
    ['GET /settings', 'read', 200, none, (api) => api.get('/access-tokens/settings')],
    ['POST /tokens', 'create', 201, none, (api) => api.post('/access-tokens/tokens', { name: `Created ${(counter += 1)}`, accessLevel: 'read-only' })],
    ['PUT /tokens/:id', 'update', 200, target, (api, id) => api.put(withId('')(id), { description: 'changed' })],
    ['POST /tokens/:id/archive', 'update', 200, target, (api, id) => api.post(withId('/archive')(id))],
    ['POST /tokens/:id/restore', 'update', 200, () => target({ archived: true }), (api, id) => api.post(withId('/restore')(id))],
    ['POST /tokens/:id/revoke', 'revoke', 200, target, (api, id) => api.post(withId('/revoke')(id))],
    ['POST /tokens/:id/regenerate', 'revoke', 200, target, (api, id) => api.post(withId('/regenerate')(id))],
    ['DELETE /tokens/:id', 'delete', 200, target, (api, id) => api.delete(withId('')(id))],
  ];

  /** Everything a refused call must leave alone. */
  const state = async () => ({
    tokens: await suite.app.strapi.db.query('plugin::access-tokens.token').findMany({ orderBy: { id: 'asc' } }),
    audit: await suite.app.strapi.db.query('plugin::access-tokens.audit-entry').count(),
  });

  it.each(routes)('%s needs the %s action', async (_, granted, okStatus, prepare, send) => {
    for (const role of [...ACTIONS, 'none'] as const) {
      if (role === granted) continue;
      const id = await prepare();
      const before = await state();
      const response = await send(clients[role], id);
      // Strapi's admin::hasPermissions policy answers PolicyError.
      expect([role, response.status, response.body?.error?.name]).toEqual([role, 403, 'PolicyError']);
      expect(response.body.data).toBeNull();
      expect(await state()).toEqual(before);
    }

    const id = await prepare();
    const before = await state();
    const response = await send(clients[granted], id);
    expect([granted, response.status]).toEqual([granted, okStatus]);
    expect(response.body.data).toBeTruthy();
    const after = await state();
    expect(after.audit - before.audit).toBe(granted === 'read' ? 0 : 1);
  });

  it.each(routes)('%s answers 401 without a valid admin JWT', async (_, __, ___, prepare, send) => {
    for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer not-a-jwt' }, { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }]) {
      const id = await prepare();
      const before = await state();
      const response = await send(createClient(suite.app.url, headers), id);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ data: null, error: { status: 401, name: 'UnauthorizedError' } });
      expect(await state()).toEqual(before);
    }
  });

  it('a super admin may do everything', async () => {
    for (const [route, , okStatus, prepare, send] of routes) {
      const response = await send(suite.adminApi, await prepare());
      expect([route, response.status]).toEqual([route, okStatus]);
    }
  });
});
