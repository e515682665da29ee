import { useApp } from '../helpers/setup';
import { ARTICLE, HOMEPAGE, custom, onArticle, refusedOnCreate, type Body } from './refused-permissions';

const TOKEN_UID = 'plugin::access-tokens.token';
const AUDIT_UID = 'plugin::access-tokens.audit-entry';

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

  it.each(refusedOnCreate)('refuses on create: %s', async (_, body, path) => {
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
