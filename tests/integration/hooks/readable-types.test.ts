import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { startReceiver, type Receiver } from './receiver';

const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';
const DELIVERY_UID = 'plugin::access-tokens.hook-delivery';
const USER_UID = 'plugin::users-permissions.user';
const ROLE_UID = 'plugin::users-permissions.role';

/** Hooks read only what a content-API find route would give the token: the type, its fields, its relations. */
describe('REST hooks: content types a token may read', () => {
  const suite = useApp();
  let receiver: Receiver;
  type Client = ReturnType<typeof createClient>;
  const clients: Record<'all' | 'articles' | 'users' | 'upload' | 'articlesAndUsers', Client> = {} as never;

  const errorPaths = (body: { error?: { details?: { errors?: { path: string[] }[] } } }) =>
    (body.error?.details?.errors ?? []).map((error) => error.path.join('.'));

  /** Subscribes `client`'s token to `event` on `contentType`, delivered to `path` on the receiver. */
  const subscribe = (client: Client, path: string, event: string, contentType: string) =>
    client.post('/api/access-tokens/hooks', { targetUrl: receiver.url(path), event, contentType });

  const createUser = async (username: string) => {
    const role = await suite.app.strapi.db.query(ROLE_UID).findOne({ where: { type: 'authenticated' } });
    return suite.app.strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        username,
        email: `${username}@example.com`,
        password: 'Secret-pass-1234',
        provider: 'local',
        confirmed: true,
        role: role.id,
      });
  };

  beforeAll(async () => {
    receiver = await startReceiver();
    const make = async (name: string, scopes: string[]) =>
      createClient(suite.app.url, bearer((await createToken(suite, { name, accessLevel: 'read-only', scopes })).value));
    clients.all = await make('everything', []);
    clients.articles = await make('articles', ['api::article.article']);
    clients.users = await make('users', ['plugin::users-permissions']);
    clients.upload = await make('upload', ['plugin::upload']);
    clients.articlesAndUsers = await make('articles and users', ['api::article.article', 'plugin::users-permissions']);
  });
  afterAll(() => receiver?.close());

  it.each([
    ['the permissions of users-permissions', 'plugin::users-permissions.permission'],
    ['the roles of users-permissions (their route answers outside the content API)', ROLE_UID],
    ['admin users', 'admin::user'],
    ['a type whose plugin has no find route for it (i18n locales)', 'plugin::i18n.locale'],
    ['upload folders (no content-API route)', 'plugin::upload.folder'],
  ])(
    'refuses %s to a token of every scope, in subscribe and sample (400 naming contentType)',
    async (_, contentType) => {
      const subscribed = await subscribe(clients.all, '/never', 'entry.update', contentType);
      expect(subscribed.status).toBe(400);
      expect(errorPaths(subscribed.body)).toContain('contentType');
      const sample = await clients.all.get(
        `/api/access-tokens/hooks/sample?event=entry.update&contentType=${contentType}`
      );
      expect(sample.status).toBe(400);
      expect(errorPaths(sample.body)).toContain('contentType');
      expect(await suite.app.strapi.db.query(SUBSCRIPTION_UID).count({ where: { contentType } })).toBe(0);
    }
  );

  it.each([
    ['an application type', 'all', 'api::article.article'],
    ['users to a token scoped to users-permissions', 'users', USER_UID],
    ['files (upload serves them as content-api.find) to a token scoped to upload', 'upload', 'plugin::upload.file'],
  ] as const)('accepts %s', async (_, client, contentType) => {
    const subscribed = await subscribe(clients[client], '/accepted', 'entry.create', contentType);
    expect(subscribed.status).toBe(201);
    expect((await clients[client].get(`/api/access-tokens/hooks/sample?contentType=${contentType}`)).status).toBe(200);
    expect((await clients[client].delete(`/api/access-tokens/hooks/${subscribed.body.data.id}`)).status).toBe(204);
  });

  it.each([
    ['whose scopes do not cover them', 'articles'],
    ['without scopes: users-permissions is a plugin it does not name', 'all'],
  ] as const)('refuses users to a token %s, in subscribe and sample', async (_, client) => {
    const subscribed = await subscribe(clients[client], '/never', 'entry.create', USER_UID);
    expect(subscribed.status).toBe(400);
    expect(errorPaths(subscribed.body)).toContain('contentType');
    const sample = await clients[client].get(`/api/access-tokens/hooks/sample?contentType=${USER_UID}`);
    expect(sample.status).toBe(400);
    expect(errorPaths(sample.body)).toContain('contentType');
  });

  it('samples articles for a token without scopes without their users-permissions author', async () => {
    const author = await createUser('author');
    await suite.app.strapi
      .documents('api::article.article')
      .create({ data: { title: 'Written by a user', author: author.id }, status: 'published' });
    const path = '/api/access-tokens/hooks/sample?event=entry.publish&contentType=api::article.article';

    const all = await clients.all.get(path);
    expect(all.status).toBe(200);
    expect(all.body.data[0].entry.title).toBe('Written by a user');
    expect(all.body.data[0].entry).not.toHaveProperty('author');
    expect(JSON.stringify(all.body)).not.toContain('author@example.com');

    const named = await clients.articlesAndUsers.get(path);
    expect(named.status).toBe(200);
    expect(named.body.data[0].entry.author).toMatchObject({ username: 'author' });
  });

  it('samples articles for a scoped token without the private field or the out-of-scope category', async () => {
    const category = await suite.app.strapi
      .documents('api::category.category')
      .create({ data: { name: 'Hidden category' } });
    await suite.app.strapi.documents('api::article.article').create({
      data: { title: 'With relation', internalNote: 'private note', category: category.documentId },
      status: 'published',
    });
    const sample = await clients.articles.get(
      '/api/access-tokens/hooks/sample?event=entry.publish&contentType=api::article.article'
    );
    expect(sample.status).toBe(200);
    expect(sample.body.data[0].entry.title).toBe('With relation');
    expect(sample.body.data[0].entry).not.toHaveProperty('category');
    expect(sample.body.data[0].entry).not.toHaveProperty('internalNote');
    expect(JSON.stringify(sample.body)).not.toMatch(/Hidden category|private note/);
  });

  it('samples users without their role (no find route for roles) or any private field', async () => {
    await createUser('sampled');
    const sample = await clients.users.get(`/api/access-tokens/hooks/sample?contentType=${USER_UID}`);
    expect(sample.status).toBe(200);
    const entry = sample.body.data.find(
      (item: { entry: { username: string } }) => item.entry.username === 'sampled'
    ).entry;
    expect(entry).toMatchObject({ username: 'sampled', email: 'sampled@example.com' });
    for (const field of ['role', 'password', 'resetPasswordToken', 'confirmationToken'])
      expect(entry).not.toHaveProperty(field);
  });

  it('delivers a user without its role or any private field', async () => {
    const created = await subscribe(clients.users, '/users', 'entry.create', USER_UID);
    expect(created.status).toBe(201);
    receiver.expect('/users', created.body.data.secret);
    await createUser('delivered');
    await receiver.waitFor(() => receiver.at('/users').some((request) => request.json.entry.username === 'delivered'));
    const { entry } = receiver.at('/users').find((request) => request.json.entry.username === 'delivered')!.json;
    expect(entry).toMatchObject({ username: 'delivered' });
    for (const field of ['role', 'password', 'resetPasswordToken', 'confirmationToken'])
      expect(entry).not.toHaveProperty(field);
  });

  it('queues nothing for a subscription to roles stored before this check', async () => {
    const created = await subscribe(clients.all, '/roles', 'entry.update', 'api::article.article');
    const { id } = created.body.data;
    await suite.app.strapi.db.query(SUBSCRIPTION_UID).update({ where: { id }, data: { contentType: ROLE_UID } });
    const role = await suite.app.strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
    // Subscribed after the plugin's listener, so called after it: once this sees the change, so has the plugin.
    const emitted = new Promise<void>((resolve) => {
      const stop = suite.app.strapi.eventHub.subscribe(async (name: string, { uid }: { uid?: string } = {}) => {
        if (name !== 'entry.update' || uid !== ROLE_UID) return;
        stop();
        resolve();
      });
    });
    await suite.app.strapi
      .documents(ROLE_UID)
      .update({ documentId: role.documentId, data: { description: 'changed by the test' } as never });
    await emitted;
    // Stopping the listener queues what is still waiting: whatever this change would queue is in the table now.
    const events = suite.app.strapi.plugin('access-tokens').service('hookEnqueuer');
    await events.stop();
    events.start();
    expect(await suite.app.strapi.db.query(DELIVERY_UID).count({ where: { subscriptionId: id } })).toBe(0);
  });
});
