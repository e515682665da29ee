import { createAdmin } from './helpers/admin';
import { bearer, createClient, type JsonResponse } from './helpers/http';
import { useApp } from './helpers/setup';
import { waitFor } from './helpers/wait';

const ACTIONS = ['read', 'create', 'update', 'revoke', 'delete'] as const;
type Action = (typeof ACTIONS)[number];
type Client = ReturnType<typeof createClient>;
/** Regenerate mints a working credential: it needs create as well as revoke. */
const REGENERATE: Action[] = ['revoke', 'create'];

describe('tokens admin API: RBAC', () => {
  const suite = useApp();
  const clients = {} as Record<Action | 'none', Client>;
  let revokeAndCreate: Client;
  let counter = 0;

  const clientWith = async (actions: Action[]) => {
    const admin = await createAdmin(suite.app.strapi, suite.app.url, {
      actions: actions.map((action) => `plugin::access-tokens.${action}`),
    });
    return createClient(suite.app.url, { Authorization: `Bearer ${admin.jwt}` });
  };

  beforeAll(async () => {
    for (const action of [...ACTIONS, 'none'] as const)
      clients[action] = await clientWith(action === 'none' ? [] : [action]);
    revokeAndCreate = await clientWith(REGENERATE);
  });

  /** A token made by the super admin, to act on; `archived` prepares one for restore. */
  const target = async ({ archived = false } = {}) => {
    counter += 1;
    const response = await suite.adminApi.post('/access-tokens/tokens', {
      name: `Target ${counter}`,
      accessLevel: 'read-only',
    });
    expect(response.status).toBe(201);
    if (archived)
      expect((await suite.adminApi.post(`/access-tokens/tokens/${response.body.data.id}/archive`)).status).toBe(200);
    return response.body.data.id as number;
  };

  /** A hook subscribed by a fresh token, for the admin to remove. */
  const subscription = async () => {
    counter += 1;
    const token = await suite.adminApi.post('/access-tokens/tokens', {
      name: `Hooked ${counter}`,
      accessLevel: 'read-only',
    });
    const hook = await createClient(suite.app.url, bearer(token.body.data.accessKey)).post('/api/access-tokens/hooks', {
      targetUrl: 'http://127.0.0.1:9/hook',
      event: 'entry.create',
    });
    expect(hook.status).toBe(201);
    // The token's lastUsedAt is written after the response: wait for it, so it cannot land inside a comparison.
    const tokens = suite.app.strapi.db.query('plugin::access-tokens.token');
    await waitFor(async () => (await tokens.findOne({ where: { id: token.body.data.id } })).lastUsedAt, {
      what: 'lastUsedAt written',
    });
    return hook.body.data.id as number;
  };

  const none = async () => null;
  const withId = (path: string) => (id: number | null) => `/access-tokens/tokens/${id}${path}`;

  /** A route, the action(s) that grant it, the status it answers, what to prepare (by the super admin) and the call. */
  const routes: Array<
    [
      string,
      Action | Action[],
      number,
      () => Promise<number | null>,
      (api: Client, id: number | null) => Promise<JsonResponse>,
    ]
  > = [
    ['GET /tokens', 'read', 200, none, (api) => api.get('/access-tokens/tokens')],
    ['GET /tokens/:id', 'read', 200, target, (api, id) => api.get(withId('')(id))],
    ['GET /tokens/:id/usage', 'read', 200, target, (api, id) => api.get(withId('/usage')(id))],
    [
      'POST /tokens/lookup',
      'read',
      200,
      none,
      (api) => api.post('/access-tokens/tokens/lookup', { accessKey: 'sat_not-a-token' }),
    ],
    ['GET /scopes', 'read', 200, none, (api) => api.get('/access-tokens/scopes')],
    ['GET /audit', 'read', 200, none, (api) => api.get('/access-tokens/audit')],
    ['GET /settings', 'read', 200, none, (api) => api.get('/access-tokens/settings')],
    ['GET /zapier-guide', 'read', 200, none, (api) => api.get('/access-tokens/zapier-guide')],
    [
      'POST /tokens',
      'create',
      201,
      none,
      (api) => api.post('/access-tokens/tokens', { name: `Created ${(counter += 1)}`, accessLevel: 'read-only' }),
    ],
    ['PUT /tokens/:id', 'update', 200, target, (api, id) => api.put(withId('')(id), { description: 'changed' })],
    ['POST /tokens/:id/archive', 'update', 200, target, (api, id) => api.post(withId('/archive')(id))],
    [
      'POST /tokens/:id/restore',
      'update',
      200,
      () => target({ archived: true }),
      (api, id) => api.post(withId('/restore')(id)),
    ],
    ['POST /tokens/:id/revoke', 'revoke', 200, target, (api, id) => api.post(withId('/revoke')(id))],
    ['POST /tokens/:id/regenerate', REGENERATE, 200, target, (api, id) => api.post(withId('/regenerate')(id))],
    ['DELETE /tokens/:id', 'delete', 200, target, (api, id) => api.delete(withId('')(id))],
    ['DELETE /hooks/:id', 'delete', 200, subscription, (api, id) => api.delete(`/access-tokens/hooks/${id}`)],
  ];

  /** Everything a refused call must leave alone. */
  const state = async () => ({
    tokens: await suite.app.strapi.db.query('plugin::access-tokens.token').findMany({ orderBy: { id: 'asc' } }),
    subscriptions: await suite.app.strapi.db.query('plugin::access-tokens.hook-subscription').count(),
    audit: await suite.app.strapi.db.query('plugin::access-tokens.audit-entry').count(),
  });

  it.each(routes)('%s needs the %s action(s)', async (_, granted, okStatus, prepare, send) => {
    // A route that needs several actions is refused to every role holding only one of them.
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
    const response = await send(Array.isArray(granted) ? revokeAndCreate : clients[granted], id);
    expect([granted, response.status]).toEqual([granted, okStatus]);
    expect(response.body.data).toBeTruthy();
    const after = await state();
    expect(after.audit - before.audit).toBe(granted === 'read' ? 0 : 1);
  });

  it.each(routes)('%s answers 401 without a valid admin JWT', async (_, __, ___, prepare, send) => {
    for (const headers of [
      {} as Record<string, string>,
      { Authorization: 'Bearer not-a-jwt' },
      { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
    ]) {
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
