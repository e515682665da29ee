import { strapi as createStrapiClient } from '@strapi/client';

import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createBuiltInApiToken, registerUser } from '../helpers/strapi-credentials';
import { createToken } from '../helpers/tokens';

describe('plugin tokens beside Strapi built-in API tokens, users-permissions and public access', () => {
  const suite = useApp();

  beforeAll(async () => {
    const { strapi } = suite.app;
    await strapi
      .documents('api::article.article')
      .create({ data: { title: 'Hello', internalNote: 'private' }, status: 'published' });
    // Public may read categories; authenticated users may read articles.
    const roles = strapi.db.query('plugin::users-permissions.role');
    const publicRole = await roles.findOne({ where: { type: 'public' } });
    const authenticatedRole = await roles.findOne({ where: { type: 'authenticated' } });
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    await permissions.create({ data: { action: 'api::category.category.find', role: publicRole.id } });
    await permissions.create({ data: { action: 'api::article.article.find', role: authenticatedRole.id } });
  });

  it('works with the official @strapi/client, as an integration would use it', async () => {
    const { value } = await createToken(suite, { name: 'sdk', accessLevel: 'read-write' });
    const client = createStrapiClient({ baseURL: `${suite.app.url}/api`, auth: value });
    const articles = client.collection('articles');

    const created = await articles.create({ title: 'From the SDK' });
    expect(created.data).toMatchObject({ title: 'From the SDK' });
    const listed = await articles.find({ filters: { title: { $eq: 'From the SDK' } } });
    expect(listed.data).toHaveLength(1);
    expect(listed.data[0]).not.toHaveProperty('internalNote');

    const me = await client.fetch('/access-tokens/me');
    expect(await me.json()).toMatchObject({ data: { name: 'sdk', accessLevel: 'read-write', scopes: [] } });
  });

  it('refuses a read-only token through @strapi/client when it writes', async () => {
    const { value } = await createToken(suite, { name: 'sdk read only', accessLevel: 'read-only' });
    const articles = createStrapiClient({ baseURL: `${suite.app.url}/api`, auth: value }).collection('articles');
    const listed = await articles.find();
    expect(Array.isArray(listed.data)).toBe(true);
    await expect(articles.create({ title: 'nope' })).rejects.toThrow(/403|Forbidden/);
  });

  it('leaves built-in API tokens working', async () => {
    const builtInKey = await createBuiltInApiToken(suite, 'built-in', 'read-only');
    const response = await createClient(suite.app.url, bearer(builtInKey)).get('/api/articles');
    expect(response.status).toBe(200);
    const write = await createClient(suite.app.url, bearer(builtInKey)).post('/api/articles', {
      data: { title: 'x' },
    });
    expect(write.status).toBe(403);
  });

  it('leaves users-permissions JWTs working', async () => {
    const registered = await registerUser(suite, 'reader');
    expect(registered.status).toBe(200);
    const response = await createClient(suite.app.url, bearer(registered.body.jwt)).get('/api/articles');
    expect(response.status).toBe(200);
    expect((await createClient(suite.app.url, bearer(registered.body.jwt)).get('/api/access-tokens/me')).status).toBe(
      401
    );
  });

  it('leaves public access working', async () => {
    expect((await suite.http.get('/api/categories')).status).toBe(200);
    expect((await suite.http.get('/api/articles')).status).toBe(403);
  });

  it('answers /me for the calling token, whatever its scopes and level', async () => {
    const validTo = new Date(Date.now() + 86_400_000).toISOString();
    const { id, value } = await createToken(suite, {
      name: 'zapier',
      accessLevel: 'read-only',
      scopes: ['api::category.category'],
      validTo,
    });
    const response = await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: { id, name: 'zapier', accessLevel: 'read-only', scopes: ['api::category.category'], validTo },
    });
    expect(response.headers.get('access-token-expiration')).toBe(validTo);
  });
});
