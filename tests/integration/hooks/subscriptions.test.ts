import { createAdmin } from '../helpers/admin';
import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createTokenClient, scopedReadOnly } from '../helpers/tokens';
import { untilPassed } from '../helpers/wait';

const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

describe('REST hook subscriptions (content API)', () => {
  const suite = useApp();
  let own: ReturnType<typeof createClient>;
  let other: ReturnType<typeof createClient>;
  let ownId: number;

  beforeAll(async () => {
    const token = await createTokenClient(suite, scopedReadOnly('zapier', ['api::article.article']));
    ownId = token.id;
    own = token.api;
    other = (await createTokenClient(suite, { name: 'other', accessLevel: 'read-write' })).api;
  });

  it('subscribes a read-only token, shows the secret once, lists and deletes its own hooks', async () => {
    const created = await own.post('/api/access-tokens/hooks', {
      target_url: 'http://127.0.0.1:9/zap',
      event: 'entry.publish',
      contentType: 'api::article.article',
    });
    expect(created.status).toBe(201);
    const { id, secret } = created.body.data;
    expect(created.body.data).toEqual({
      id,
      event: 'entry.publish',
      contentType: 'api::article.article',
      targetUrl: 'http://127.0.0.1:9/zap',
      secret,
      createdAt: expect.any(String),
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{40,}={0,2}$/);

    const listed = await own.get('/api/access-tokens/hooks');
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      {
        id,
        event: 'entry.publish',
        contentType: 'api::article.article',
        targetUrl: 'http://127.0.0.1:9/zap',
        createdAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect((await other.get('/api/access-tokens/hooks')).body.data).toEqual([]);

    // Stored sealed: neither the secret nor its base64 body is in the row.
    const row = await suite.app.strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { id } });
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(secret.slice('whsec_'.length, 20));

    expect((await other.delete(`/api/access-tokens/hooks/${id}`)).status).toBe(404);
    expect((await own.delete(`/api/access-tokens/hooks/${id}`)).status).toBe(204);
    expect((await own.delete(`/api/access-tokens/hooks/${id}`)).status).toBe(404);
    expect((await own.get('/api/access-tokens/hooks')).body.data).toEqual([]);

    const audit = await suite.adminApi.get(`/access-tokens/audit?subjectType=hook&tokenId=${ownId}`);
    expect(audit.body.data.map((entry: { action: string }) => entry.action)).toEqual([
      'hook.unsubscribe',
      'hook.subscribe',
    ]);
    expect(audit.body.data[1]).toMatchObject({ subjectId: id, subjectName: 'http://127.0.0.1:9/zap', actor: null });
    expect(JSON.stringify(audit.body)).not.toContain(secret);
  });

  it.each([
    ['an unknown event', { targetUrl: 'http://127.0.0.1:9/', event: 'entry.created' }, 'event'],
    ['no event', { targetUrl: 'http://127.0.0.1:9/' }, 'event'],
    ['no target', { event: 'entry.create' }, 'targetUrl'],
    ['a non-http target', { targetUrl: 'ftp://127.0.0.1/', event: 'entry.create' }, 'targetUrl'],
    ['a malformed target', { target_url: 'not a url', event: 'entry.create' }, 'target_url'],
    [
      'an unknown content type',
      { targetUrl: 'http://127.0.0.1:9/', event: 'entry.create', contentType: 'api::nope.nope' },
      'contentType',
    ],
    [
      'an admin content type',
      { targetUrl: 'http://127.0.0.1:9/', event: 'entry.create', contentType: 'admin::user' },
      'contentType',
    ],
    [
      'a content type outside the scopes',
      { targetUrl: 'http://127.0.0.1:9/', event: 'entry.create', contentType: 'api::category.category' },
      'contentType',
    ],
    ['an unknown field', { targetUrl: 'http://127.0.0.1:9/', event: 'entry.create', extra: 1 }, 'extra'],
  ])('refuses %s with 400 naming the field', async (_, body, field) => {
    const response = await own.post('/api/access-tokens/hooks', body);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toContain(
      field
    );
    expect((await own.get('/api/access-tokens/hooks')).body.data).toEqual([]);
  });

  it('refuses callers without a valid token', async () => {
    expect((await suite.http.get('/api/access-tokens/hooks')).status).toBe(401);
    expect(
      (await suite.http.post('/api/access-tokens/hooks', { targetUrl: 'http://127.0.0.1:9/', event: 'entry.create' }))
        .status
    ).toBe(401);
  });

  it('samples recent entries newest first, in the delivery shape, sanitized', async () => {
    const documents = suite.app.strapi.documents('api::article.article');
    for (const title of ['first', 'second', 'third', 'fourth']) {
      const created = await documents.create({ data: { title, internalNote: 'private' }, status: 'published' });
      await untilPassed(created.publishedAt as string); // the next one is published strictly later
    }
    const sample = await own.get(
      '/api/access-tokens/hooks/sample?event=entry.publish&contentType=api::article.article'
    );
    expect(sample.status).toBe(200);
    expect(sample.body.data.map((item: { entry: { title: string } }) => item.entry.title)).toEqual([
      'fourth',
      'third',
      'second',
    ]);
    for (const item of sample.body.data) {
      expect(Object.keys(item).sort()).toEqual(['contentType', 'createdAt', 'entry', 'event', 'id']);
      expect(item).toMatchObject({ event: 'entry.publish', contentType: 'api::article.article' });
      expect(item.entry).not.toHaveProperty('internalNote');
    }
    const refused = await own.get(
      '/api/access-tokens/hooks/sample?event=entry.publish&contentType=api::category.category'
    );
    expect(refused.status).toBe(400);
    expect((await own.get('/api/access-tokens/hooks/sample?event=nope')).status).toBe(400);
  });
});

describe('REST hooks (admin API)', () => {
  const suite = useApp();

  it("lists every token's subscriptions with the token name, and needs the read action", async () => {
    const token = await createTokenClient(suite, { name: 'listed token', accessLevel: 'read-only' });
    const created = await token.api.post('/api/access-tokens/hooks', {
      targetUrl: 'http://127.0.0.1:9/a',
      event: 'entry.create',
    });
    const listed = await suite.adminApi.get('/access-tokens/hooks');
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      expect.objectContaining({
        id: created.body.data.id,
        tokenId: token.id,
        tokenName: 'listed token',
        event: 'entry.create',
        contentType: null,
        disabledAt: null,
      }),
    ]);
    expect(listed.body.meta.pagination).toMatchObject({ total: 1 });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.data.secret);

    const reader = await createAdmin(suite.app.strapi, suite.app.url, { actions: ['plugin::access-tokens.read'] });
    const nobody = await createAdmin(suite.app.strapi, suite.app.url, { actions: [] });
    const readerApi = createClient(suite.app.url, bearer(reader.jwt));
    const nobodyApi = createClient(suite.app.url, bearer(nobody.jwt));
    expect((await readerApi.get('/access-tokens/hooks')).status).toBe(200);
    expect((await readerApi.get('/access-tokens/deliveries')).status).toBe(200);
    expect((await nobodyApi.get('/access-tokens/hooks')).status).toBe(403);
    expect((await nobodyApi.get('/access-tokens/deliveries')).status).toBe(403);
    expect((await readerApi.post('/access-tokens/deliveries/1/retry')).status).toBe(403);
    expect((await suite.adminApi.post('/access-tokens/deliveries/999999/retry')).status).toBe(404);
    expect((await suite.adminApi.get('/access-tokens/deliveries?status=nope')).status).toBe(400);
  });
});
