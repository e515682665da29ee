import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken, scopedReadOnly } from '../helpers/tokens';

/** Scopes on routes Strapi cannot attribute, and on what a policy-guarded route reads besides its own action. */
describe('scopes on unattributable routes and behind the require-token policy', () => {
  const suite = useApp();
  let allScopes: ReturnType<typeof createClient>;
  let articlesOnly: ReturnType<typeof createClient>;

  beforeAll(async () => {
    allScopes = createClient(
      suite.app.url,
      bearer((await createToken(suite, { name: 'all scopes', accessLevel: 'read-only' })).value)
    );
    const scoped = await createToken(suite, scopedReadOnly('articles only', ['api::article.article']));
    articlesOnly = createClient(suite.app.url, bearer(scoped.value));
    const category = await suite.app.strapi
      .documents('api::category.category')
      .create({ data: { name: 'Hidden category' } });
    await suite.app.strapi
      .documents('api::article.article')
      .create({ data: { title: 'Categorised', category: category.documentId }, status: 'published' });
  });

  it('lets only an all-scope token call a route whose handler is a function, which has no scope', async () => {
    expect((await allScopes.get('/api/reports/status')).status).toBe(200);
    expect((await articlesOnly.get('/api/reports/status')).status).toBe(403);
  });

  it('checks the scopes of a route whose require-token policy names none, as on any route', async () => {
    const writer = await createToken(suite, {
      name: 'categories writer',
      accessLevel: 'read-write',
      scopes: ['api::category.category'],
    });
    expect((await createClient(suite.app.url, bearer(writer.value)).post('/api/reports/rebuild')).status).toBe(403);
    const allScopes = await createToken(suite, { name: 'all-scope writer', accessLevel: 'read-write' });
    expect((await createClient(suite.app.url, bearer(allScopes.value)).post('/api/reports/rebuild')).status).toBe(200);
  });

  it('checks the populated relations of a policy-guarded route against the token’s scopes', async () => {
    const withCategory = await allScopes.get('/api/reports/latest-articles?populate=category');
    expect(withCategory.status).toBe(200);
    expect(withCategory.body.data[0].category).toMatchObject({ name: 'Hidden category' });

    const scoped = await articlesOnly.get('/api/reports/latest-articles?populate=category');
    expect(scoped.status).toBe(200);
    expect(scoped.body.data[0].title).toBe('Categorised');
    expect(JSON.stringify(scoped.body)).not.toContain('Hidden category');
  });

  it("gives each of the plugin's own token-only routes the scope of its handler", () => {
    type Registered = { handler: string; config?: { auth?: false | { strategies?: string[]; scope?: string[] } } };
    const routers = suite.app.strapi.plugin('access-tokens').routes as unknown as Record<
      string,
      { routes: Registered[] }
    >;
    const { routes } = routers['content-api'];
    const tokenOnly = routes.filter(({ config }) => config?.auth && config.auth.strategies);
    expect(tokenOnly.length).toBeGreaterThan(5);
    for (const { handler, config } of tokenOnly)
      expect({ handler, scope: config!.auth && config!.auth.scope }).toEqual({
        handler,
        scope: [`plugin::access-tokens.${handler}`],
      });
  });
});
