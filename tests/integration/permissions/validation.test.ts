import { useApp } from '../helpers/setup';

const TOKEN_UID = 'plugin::access-tokens.token';
const AUDIT_UID = 'plugin::access-tokens.audit-entry';
const ARTICLE = 'api::article.article';
const HOMEPAGE = 'api::homepage.homepage';

type Body = Record<string, unknown>;

/** A custom token's body granting `permissions`. */
const custom = (permissions: unknown, extra: Body = {}): Body => ({
  name: 'Custom',
  accessLevel: 'custom',
  permissions,
  ...extra,
});
const onArticle = (grant: Body) => custom({ [ARTICLE]: { actions: ['find'], ...grant } });

/**
 * Issue 23: every bad permission is a 400 in Strapi's error shape whose details name the exact place, and nothing
 * is written. The test app has a collection type (articles: a private `internalNote`), a localized single type
 * (homepage, in `en` and `fr`), and the upload, users-permissions and i18n plugins.
 */
describe('custom tokens: what their permissions may say', () => {
  const suite = useApp();
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    await suite.app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    for (const [name, body] of Object.entries({
      readOnly: { name: 'Read only', accessLevel: 'read-only', scopes: [ARTICLE] },
      custom: custom({ [ARTICLE]: { actions: ['find'] } }, { name: 'Already custom' }),
    })) {
      const response = await suite.adminApi.post('/access-tokens/tokens', body);
      expect(response.status).toBe(201);
      ids[name] = response.body.data.id;
    }
  });

  const counts = async () => ({
    tokens: await suite.app.strapi.db.query(TOKEN_UID).findMany({ orderBy: { id: 'asc' } }),
    audit: await suite.app.strapi.db.query(AUDIT_UID).count(),
  });

  /** A 400 whose details include exactly `path` (dot-joined), after which nothing has changed. */
  const expectRefused = async (send: () => Promise<{ status: number; body: any }>, path: string) => {
    const before = await counts();
    const response = await send();
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    const details = response.body.error.details.errors as { path: string[]; message: string }[];
    expect(details.map((detail) => detail.path.join('.'))).toContain(path);
    for (const detail of details) expect(detail.message.startsWith(detail.path.join('.'))).toBe(true);
    expect(await counts()).toEqual(before);
    return details.find((detail) => detail.path.join('.') === path)!.message;
  };
  const create = (body: Body) => () => suite.adminApi.post('/access-tokens/tokens', body);
  const update = (id: string, body: Body) => () => suite.adminApi.put(`/access-tokens/tokens/${ids[id]}`, body);

  const creations: Array<[string, Body, string]> = [
    ['custom without permissions', { name: 'Custom', accessLevel: 'custom' }, 'permissions'],
    ['custom with null permissions', custom(null), 'permissions'],
    ['custom granting nothing', custom({}), 'permissions'],
    ['custom with scopes', custom({ [ARTICLE]: { actions: ['find'] } }, { scopes: [ARTICLE] }), 'scopes'],
    ['permissions on a read-only token', { name: 'R', accessLevel: 'read-only', permissions: {} }, 'permissions'],
    [
      'permissions on a read-write token',
      { name: 'RW', accessLevel: 'read-write', permissions: { [ARTICLE]: { actions: ['find'] } } },
      'permissions',
    ],
    ['permissions not an object', custom(['find']), 'permissions'],
    ['a key that is no UID', custom({ article: { actions: ['find'] } }), 'permissions.article'],
    ['an unknown content type', custom({ 'api::nope.nope': { actions: ['find'] } }), 'permissions.api::nope.nope'],
    ['an unknown plugin', custom({ 'plugin::nope': { actions: ['find'] } }), 'permissions.plugin::nope'],
    [
      'a plugin without content-API routes',
      custom({ 'plugin::content-manager': { actions: ['find'] } }),
      'permissions.plugin::content-manager',
    ],
    [
      'the plugin itself',
      custom({ 'plugin::access-tokens': { actions: ['me.me'] } }),
      'permissions.plugin::access-tokens',
    ],
    [
      'one of the plugin’s own types',
      custom({ 'plugin::access-tokens.token': { actions: ['find'] } }),
      'permissions.plugin::access-tokens.token',
    ],
    [
      'a plugin’s content type instead of the plugin',
      custom({ 'plugin::users-permissions.user': { actions: ['find'] } }),
      'permissions.plugin::users-permissions.user',
    ],
    ['no actions', onArticle({ actions: [] }), `permissions.${ARTICLE}.actions`],
    ['no actions field', custom({ [ARTICLE]: {} }), `permissions.${ARTICLE}.actions`],
    ['an unknown action', onArticle({ actions: ['find', 'publish'] }), `permissions.${ARTICLE}.actions.1`],
    ['an action twice', onArticle({ actions: ['find', 'create', 'find'] }), `permissions.${ARTICLE}.actions.2`],
    ['an action in another case', onArticle({ actions: ['FIND'] }), `permissions.${ARTICLE}.actions.0`],
    [
      'findOne on a single type',
      custom({ [HOMEPAGE]: { actions: ['find', 'findOne'] } }),
      `permissions.${HOMEPAGE}.actions.1`,
    ],
    ['create on a single type', custom({ [HOMEPAGE]: { actions: ['create'] } }), `permissions.${HOMEPAGE}.actions.0`],
    [
      'a content-type action on a plugin',
      custom({ 'plugin::upload': { actions: ['find'] } }),
      'permissions.plugin::upload.actions.0',
    ],
    [
      'a plugin action by its full UID',
      custom({ 'plugin::upload': { actions: ['plugin::upload.content-api.find'] } }),
      'permissions.plugin::upload.actions.0',
    ],
    [
      'an action of another plugin',
      custom({ 'plugin::upload': { actions: ['user.find'] } }),
      'permissions.plugin::upload.actions.0',
    ],
    ['an unknown subject field', onArticle({ filters: {} }), `permissions.${ARTICLE}.filters`],
    ['an unknown fields key', onArticle({ fields: { delete: [] } }), `permissions.${ARTICLE}.fields.delete`],
    [
      'an unknown field to read',
      onArticle({ fields: { read: ['title', 'nope'] } }),
      `permissions.${ARTICLE}.fields.read.1`,
    ],
    ['an unknown field to write', onArticle({ fields: { write: ['nope'] } }), `permissions.${ARTICLE}.fields.write.0`],
    [
      'a private field to read',
      onArticle({ fields: { read: ['internalNote'] } }),
      `permissions.${ARTICLE}.fields.read.0`,
    ],
    [
      'a private field to write',
      onArticle({ fields: { write: ['internalNote'] } }),
      `permissions.${ARTICLE}.fields.write.0`,
    ],
    [
      'the private creator to read',
      onArticle({ fields: { read: ['createdBy'] } }),
      `permissions.${ARTICLE}.fields.read.0`,
    ],
    ['id to read', onArticle({ fields: { read: ['id'] } }), `permissions.${ARTICLE}.fields.read.0`],
    [
      'documentId to read',
      onArticle({ fields: { read: ['title', 'documentId'] } }),
      `permissions.${ARTICLE}.fields.read.1`,
    ],
    ['documentId to write', onArticle({ fields: { write: ['documentId'] } }), `permissions.${ARTICLE}.fields.write.0`],
    ['a timestamp to write', onArticle({ fields: { write: ['createdAt'] } }), `permissions.${ARTICLE}.fields.write.0`],
    ['a field twice', onArticle({ fields: { read: ['title', 'title'] } }), `permissions.${ARTICLE}.fields.read.1`],
    ['a field not a string', onArticle({ fields: { read: [1] } }), `permissions.${ARTICLE}.fields.read.0`],
    [
      'the locale of a type that is not localized',
      onArticle({ fields: { read: ['locale'] } }),
      `permissions.${ARTICLE}.fields.read.0`,
    ],
    [
      'fields on a plugin',
      custom({ 'plugin::upload': { actions: ['content-api.find'], fields: { read: ['name'] } } }),
      'permissions.plugin::upload.fields',
    ],
    ['locales on a type that is not localized', onArticle({ locales: ['en'] }), `permissions.${ARTICLE}.locales`],
    [
      'locales on a plugin',
      custom({ 'plugin::upload': { actions: ['content-api.find'], locales: ['en'] } }),
      'permissions.plugin::upload.locales',
    ],
    ['no locales', custom({ [HOMEPAGE]: { actions: ['find'], locales: [] } }), `permissions.${HOMEPAGE}.locales`],
    [
      'an unknown locale',
      custom({ [HOMEPAGE]: { actions: ['find'], locales: ['en', 'xx'] } }),
      `permissions.${HOMEPAGE}.locales.1`,
    ],
    [
      'a locale twice',
      custom({ [HOMEPAGE]: { actions: ['find'], locales: ['fr', 'fr'] } }),
      `permissions.${HOMEPAGE}.locales.1`,
    ],
  ];

  it.each(creations)('refuses on create: %s', async (_, body, path) => {
    await expectRefused(create(body), path);
  });

  it('explains each refusal in words an admin can act on', async () => {
    expect(
      await expectRefused(
        create(onArticle({ fields: { read: ['internalNote'] } })),
        `permissions.${ARTICLE}.fields.read.0`
      )
    ).toMatch(/private/);
    expect(
      await expectRefused(create(onArticle({ fields: { read: ['id'] } })), `permissions.${ARTICLE}.fields.read.0`)
    ).toMatch(/always readable/);
    expect(
      await expectRefused(create(custom({ [HOMEPAGE]: { actions: ['findOne'] } })), `permissions.${HOMEPAGE}.actions.0`)
    ).toMatch(/find, update, delete/);
    expect(
      await expectRefused(
        create(custom({ [HOMEPAGE]: { actions: ['find'], locales: ['xx'] } })),
        `permissions.${HOMEPAGE}.locales.0`
      )
    ).toMatch(/en, fr/);
    expect(
      await expectRefused(
        create(custom({ 'plugin::users-permissions.user': { actions: ['find'] } })),
        'permissions.plugin::users-permissions.user'
      )
    ).toMatch(/plugin::users-permissions/);
    expect(
      await expectRefused(create(custom({ [ARTICLE]: { actions: ['find'] } }, { scopes: [ARTICLE] })), 'scopes')
    ).toMatch(/custom/);
  });

  it('reports every problem of one body at once', async () => {
    const body = custom({
      [ARTICLE]: { actions: ['find', 'publish'], fields: { read: ['nope'] }, locales: ['en'] },
      'api::nope.nope': { actions: ['find'] },
    });
    const response = await create(body)();
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((detail: { path: string[] }) => detail.path.join('.'))).toEqual(
      expect.arrayContaining([
        `permissions.${ARTICLE}.actions.1`,
        `permissions.${ARTICLE}.fields.read.0`,
        `permissions.${ARTICLE}.locales`,
        'permissions.api::nope.nope',
      ])
    );
  });

  const updates: Array<[string, string, Body, string]> = [
    [
      'permissions on a read-only token',
      'readOnly',
      { permissions: { [ARTICLE]: { actions: ['find'] } } },
      'permissions',
    ],
    ['a switch to custom without permissions', 'readOnly', { accessLevel: 'custom' }, 'permissions'],
    [
      'a switch to custom with null permissions',
      'readOnly',
      { accessLevel: 'custom', permissions: null },
      'permissions',
    ],
    [
      'a switch to read-write that keeps permissions',
      'custom',
      { accessLevel: 'read-write', permissions: { [ARTICLE]: { actions: ['find'] } } },
      'permissions',
    ],
    ['scopes on a custom token', 'custom', { scopes: [ARTICLE] }, 'scopes'],
    ['null permissions on a custom token', 'custom', { permissions: null }, 'permissions'],
    [
      'an unknown action on a custom token',
      'custom',
      { permissions: { [ARTICLE]: { actions: ['erase'] } } },
      `permissions.${ARTICLE}.actions.0`,
    ],
  ];

  it.each(updates)('refuses on update: %s', async (_, id, body, path) => {
    await expectRefused(update(id, body), path);
  });

  it('accepts the full model: actions, fields, locales and a plugin’s actions', async () => {
    const response = await create(
      custom(
        {
          [ARTICLE]: {
            actions: ['find', 'findOne', 'create'],
            fields: { read: ['title', 'body', 'category', 'publishedAt'], write: ['title'] },
          },
          [HOMEPAGE]: { actions: ['find', 'update', 'delete'], fields: { read: ['title', 'locale'] }, locales: ['fr'] },
          'plugin::upload': { actions: ['content-api.find', 'content-api.upload'] },
          'plugin::users-permissions': { actions: ['user.me'] },
        },
        { name: 'Full model' }
      )
    )();
    expect(response.status).toBe(201);
  });
});
