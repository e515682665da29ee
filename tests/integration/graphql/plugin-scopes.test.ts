import { useApp } from '../helpers/setup';
import { createBuiltInApiToken } from '../helpers/strapi-credentials';
import { createToken } from '../helpers/tokens';
import { errorCodes, graphql } from './graphql-client';

const ROLE_UID = 'plugin::users-permissions.role';
const USER_UID = 'plugin::users-permissions.user';

/** Over GraphQL as over REST: a token without scopes reaches the app's types and uploads, other plugins only by name. */
describe('GraphQL: all scopes stop at other plugins', () => {
  const suite = useApp();
  const tokens: Record<'all' | 'allReader' | 'usersPermissions' | 'articles' | 'categories' | 'builtIn', string> =
    {} as never;

  const publicRole = () =>
    suite.app.strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' }, populate: ['permissions'] });
  const actionsOf = (role: { permissions: { action: string }[] }) =>
    role.permissions.map((permission) => permission.action).sort();

  beforeAll(async () => {
    const make = async (name: string, accessLevel: string, scopes: string[] = []) =>
      (await createToken(suite, { name, accessLevel, scopes })).value;
    tokens.all = await make('everything', 'read-write');
    tokens.allReader = await make('everything, read-only', 'read-only');
    tokens.usersPermissions = await make('users-permissions', 'read-write', ['plugin::users-permissions']);
    tokens.articles = await make('articles', 'read-only', ['api::article.article']);
    tokens.categories = await make('categories', 'read-only', ['api::category.category']);
    tokens.builtIn = await createBuiltInApiToken(suite, 'built-in full access', 'full-access');
    await suite.app.strapi
      .documents('api::article.article')
      .create({ data: { title: 'Over GraphQL' }, status: 'published' });
  });

  it('refuses updateUsersPermissionsRole to an all-scope token, and the Public role is unchanged', async () => {
    const before = await publicRole();
    const response = await graphql(
      suite.app.url,
      tokens.all,
      `mutation { updateUsersPermissionsRole(id: "${before.id}", data: { description: "opened" }) { ok } }`
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    const after = await publicRole();
    expect(after.description).toBe(before.description);
    expect(actionsOf(after)).toEqual(actionsOf(before));
  });

  it('refuses createUsersPermissionsUser to an all-scope token, and creates no user', async () => {
    const response = await graphql(
      suite.app.url,
      tokens.all,
      `
        mutation {
          createUsersPermissionsUser(
            data: { username: "planted", email: "planted@example.com", password: "Planted-pass-1234" }
          ) {
            data {
              documentId
            }
          }
        }
      `
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(await suite.app.strapi.db.query(USER_UID).count({ where: { username: 'planted' } })).toBe(0);
  });

  it.each([
    ['usersPermissionsRoles', '{ usersPermissionsRoles { name } }'],
    ['usersPermissionsUsers', '{ usersPermissionsUsers { username } }'],
    ['i18NLocales', '{ i18NLocales { code } }'],
  ])('refuses the query %s to all-scope tokens, read-write and read-only', async (_, query) => {
    for (const token of [tokens.all, tokens.allReader]) {
      expect(errorCodes(await graphql(suite.app.url, token, query))).toEqual(['FORBIDDEN']);
    }
  });

  it('still lets an all-scope token query and mutate articles and list files', async () => {
    const listed = await graphql(suite.app.url, tokens.all, '{ articles { title } uploadFiles { name } }');
    expect(listed.errors).toEqual([]);
    expect(listed.data!.articles).toEqual(expect.arrayContaining([{ title: 'Over GraphQL' }]));
    const created = await graphql(
      suite.app.url,
      tokens.all,
      'mutation { createArticle(data: { title: "Written with all scopes" }) { title } }'
    );
    expect(created.errors).toEqual([]);
  });

  it('lets a token that names plugin::users-permissions use its queries and mutations', async () => {
    const roles = await graphql(suite.app.url, tokens.usersPermissions, '{ usersPermissionsRoles { name } }');
    expect(roles.errors).toEqual([]);
    expect(roles.data!.usersPermissionsRoles).toEqual(expect.arrayContaining([{ name: 'Public' }]));
    const role = await suite.app.strapi.db
      .query(ROLE_UID)
      .create({ data: { name: 'Integration', description: 'before', type: 'integration' } });
    const updated = await graphql(
      suite.app.url,
      tokens.usersPermissions,
      `mutation { updateUsersPermissionsRole(id: "${role.id}", data: { description: "edited" }) { ok } }`
    );
    expect(updated.errors).toEqual([]);
    expect((await suite.app.strapi.db.query(ROLE_UID).findOne({ where: { id: role.id } })).description).toBe('edited');
    expect(errorCodes(await graphql(suite.app.url, tokens.usersPermissions, '{ articles { title } }'))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('refuses a custom resolver without an auth scope to every token: it cannot be attributed', async () => {
    for (const token of [tokens.all, tokens.allReader, tokens.usersPermissions, tokens.articles]) {
      expect(errorCodes(await graphql(suite.app.url, token, '{ reportStatus }'))).toEqual(['FORBIDDEN']);
    }
  });

  it('judges a custom resolver that declares its action by that action', async () => {
    for (const token of [tokens.all, tokens.articles]) {
      const response = await graphql(suite.app.url, token, '{ articleCount }');
      expect(response.errors).toEqual([]);
      expect(response.data!.articleCount).toBeGreaterThan(0);
    }
    expect(errorCodes(await graphql(suite.app.url, tokens.categories, '{ articleCount }'))).toEqual(['FORBIDDEN']);
  });

  it('leaves Strapi’s built-in full-access token as it was', async () => {
    const response = await graphql(suite.app.url, tokens.builtIn, '{ usersPermissionsRoles { name } reportStatus }');
    expect(response.errors).toEqual([]);
    expect(response.data!.reportStatus).toBe('ok');
  });
});
