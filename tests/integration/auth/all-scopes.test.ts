import { bearer, createClient, uploadFile } from '../helpers/http';
import { outbox } from '../helpers/outbox';
import { useApp } from '../helpers/setup';
import { createBuiltInApiToken } from '../helpers/strapi-credentials';
import { createToken } from '../helpers/tokens';

const ROLE_UID = 'plugin::users-permissions.role';
const USER_UID = 'plugin::users-permissions.user';

/**
 * A token without scopes ("all") reaches the app's content types and the upload plugin; any other plugin's
 * routes (users-permissions, email, i18n) only when the token names that plugin.
 */
describe('all scopes: the app’s content and uploads, not other plugins’ administration', () => {
  const suite = useApp();
  type Client = ReturnType<typeof createClient>;
  let allScopes: Client;
  let usersPermissions: Client;
  let email: Client;
  let i18n: Client;
  let articlesAndUsers: Client;

  const client = async (name: string, scopes: string[]) =>
    createClient(suite.app.url, bearer((await createToken(suite, { name, accessLevel: 'read-write', scopes })).value));

  const publicRole = () =>
    suite.app.strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' }, populate: ['permissions'] });

  /** What an attacker sends to open articles to anyone: the Public role with create and delete enabled. */
  const OPEN_ARTICLES_TO_ANYONE = {
    name: 'Public',
    description: 'opened by a token',
    permissions: {
      'api::article': {
        controllers: { article: { find: { enabled: true }, create: { enabled: true }, delete: { enabled: true } } },
      },
    },
  };

  const sendMail = (from: Client, subject: string) =>
    from.post('/api/email', { to: 'victim@example.com', subject, text: 'Sent with an access token' });

  let allScopesValue: string;

  beforeAll(async () => {
    allScopesValue = (await createToken(suite, { name: 'everything', accessLevel: 'read-write' })).value;
    allScopes = createClient(suite.app.url, bearer(allScopesValue));
    usersPermissions = await client('users-permissions', ['plugin::users-permissions']);
    email = await client('email', ['plugin::email']);
    i18n = await client('i18n', ['plugin::i18n']);
    articlesAndUsers = await client('articles and users', ['api::article.article', 'plugin::users-permissions']);
  });

  it('refuses an all-scope token PUT /api/users-permissions/roles/:id, and the Public role is unchanged', async () => {
    const before = await publicRole();
    const response = await allScopes.put(`/api/users-permissions/roles/${before.id}`, OPEN_ARTICLES_TO_ANYONE);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ data: null, error: { status: 403, name: 'ForbiddenError' } });

    const after = await publicRole();
    expect(after.description).toBe(before.description);
    expect(after.permissions.map((permission: { action: string }) => permission.action).sort()).toEqual(
      before.permissions.map((permission: { action: string }) => permission.action).sort()
    );
    expect((await suite.http.post('/api/articles', { data: { title: 'Anonymous' } })).status).toBe(403);
  });

  it('refuses an all-scope token the other routes of users-permissions', async () => {
    const role = await publicRole();
    expect((await allScopes.get('/api/users-permissions/roles')).status).toBe(403);
    expect((await allScopes.get(`/api/users-permissions/roles/${role.id}`)).status).toBe(403);
    expect((await allScopes.get('/api/users')).status).toBe(403);
    const created = await allScopes.post('/api/users', {
      username: 'planted',
      email: 'planted@example.com',
      password: 'Planted-pass-1234',
      role: role.id,
    });
    expect(created.status).toBe(403);
    expect(await suite.app.strapi.db.query(USER_UID).count({ where: { username: 'planted' } })).toBe(0);
  });

  it('refuses an all-scope token POST /api/email, and sends nothing', async () => {
    const response = await sendMail(allScopes, 'Phishing from an all-scope token');
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ data: null, error: { status: 403 } });
    expect(outbox.some((mail) => mail.subject === 'Phishing from an all-scope token')).toBe(false);
  });

  it('refuses an all-scope token the routes of i18n', async () => {
    expect((await allScopes.get('/api/i18n/locales')).status).toBe(403);
    expect((await i18n.get('/api/i18n/locales')).status).toBe(200);
  });

  it('still lets an all-scope token read and write articles, call the app’s routes and upload files', async () => {
    const created = await allScopes.post('/api/articles', { data: { title: 'Still writable' } });
    expect(created.status).toBe(201);
    expect((await allScopes.get(`/api/articles/${created.body.data.documentId}?status=draft`)).status).toBe(200);
    expect(
      (await allScopes.put(`/api/articles/${created.body.data.documentId}`, { data: { title: 'Edited' } })).status
    ).toBe(200);
    expect((await allScopes.get('/api/reports/status')).status).toBe(200);
    expect((await allScopes.post('/api/reports/rebuild')).status).toBe(200);
    expect((await uploadFile(suite.app.url, bearer(allScopesValue), 'all-scopes.txt')).status).toBe(201);
    expect((await allScopes.get('/api/upload/files')).status).toBe(200);
  });

  it('lets a token that names plugin::users-permissions reach its routes', async () => {
    const role = await suite.app.strapi.db
      .query(ROLE_UID)
      .create({ data: { name: 'Integration', description: 'before', type: 'integration' } });
    expect((await usersPermissions.get('/api/users-permissions/roles')).status).toBe(200);
    const updated = await usersPermissions.put(`/api/users-permissions/roles/${role.id}`, {
      name: 'Integration',
      description: 'edited by a token that names users-permissions',
    });
    expect(updated.status).toBe(200);
    expect((await suite.app.strapi.db.query(ROLE_UID).findOne({ where: { id: role.id } })).description).toBe(
      'edited by a token that names users-permissions'
    );
    // Naming a plugin opens that plugin only.
    expect((await usersPermissions.get('/api/articles')).status).toBe(403);
    expect((await sendMail(usersPermissions, 'Not the email plugin')).status).toBe(403);
  });

  it('lets a token that names plugin::email send mail', async () => {
    expect((await sendMail(email, 'Sent by a token that names email')).status).toBe(200);
    expect(outbox.some((mail) => mail.subject === 'Sent by a token that names email')).toBe(true);
  });

  it('applies the same rule in the require-token policy: a policy naming a plugin refuses an all-scope token', async () => {
    expect((await allScopes.get('/api/reports/members')).status).toBe(403);
    expect((await usersPermissions.get('/api/reports/members')).status).toBe(200);
  });

  it('does not populate users-permissions users for an all-scope token', async () => {
    const author = await suite.app.strapi.db.query(USER_UID).create({
      data: { username: 'author', email: 'author@example.com', provider: 'local', confirmed: true },
    });
    const article = await suite.app.strapi
      .documents('api::article.article')
      .create({ data: { title: 'With an author', author: author.id }, status: 'published' });
    const path = `/api/articles/${article.documentId}?populate=author`;

    const all = await allScopes.get(path);
    expect(all.status).toBe(200);
    expect(all.body.data.title).toBe('With an author');
    expect(JSON.stringify(all.body)).not.toContain('author@example.com');

    const named = await articlesAndUsers.get(path);
    expect(named.status).toBe(200);
    expect(named.body.data.author).toMatchObject({ username: 'author', email: 'author@example.com' });
  });

  it('leaves Strapi’s built-in API tokens as they were: a full-access one still reaches users-permissions', async () => {
    const builtInKey = await createBuiltInApiToken(suite, 'built-in full access', 'full-access');
    const response = await createClient(suite.app.url, bearer(builtInKey)).get('/api/users-permissions/roles');
    expect(response.status).toBe(200);
    expect(response.body.roles.length).toBeGreaterThan(0);
  });
});
