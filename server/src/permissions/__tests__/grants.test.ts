import { can } from '../access';
import { createGrantsCache, subjectOf } from '../grants';
import { catalog } from './fixtures';

const grantsOf = createGrantsCache(() => catalog);

describe('grantsOf', () => {
  it('builds a custom token’s grants from its permissions, with id and documentId always readable', () => {
    const grants = grantsOf({
      accessLevel: 'custom',
      permissions: {
        'api::article.article': { actions: ['find', 'create'], fields: { read: ['title'], write: ['title'] } },
        'api::page.page': { actions: ['find'], locales: ['fr'] },
      },
    });
    const article = grants.get('api::article.article')!;
    expect([...article.actions]).toEqual(['find', 'create']);
    expect([...article.readableFields!].sort()).toEqual(['documentId', 'id', 'title']);
    expect([...article.writableFields!]).toEqual(['title']);
    expect(grants.get('api::page.page')).toMatchObject({ readableFields: null, writableFields: null, locales: ['fr'] });
    expect(grants.has('api::category.category')).toBe(false);
  });

  it('derives read-only and read-write grants from level and scopes, in the same terms', () => {
    const reader = grantsOf({ accessLevel: 'read-only', scopes: [] });
    expect([...reader.keys()].sort()).toEqual([
      'api::article.article',
      'api::category.category',
      'api::page.page',
      'plugin::upload',
      'plugin::upload.file',
    ]);
    expect([...reader.get('api::article.article')!.actions]).toEqual(['find', 'findOne']);
    expect([...reader.get('plugin::upload')!.actions]).toEqual(['content-api.find']);

    const writer = grantsOf({
      accessLevel: 'read-write',
      scopes: ['api::category.category', 'plugin::users-permissions'],
    });
    expect([...writer.keys()].sort()).toEqual([
      'api::category.category',
      'plugin::users-permissions',
      'plugin::users-permissions.user',
    ]);
    expect([...writer.get('api::category.category')!.actions]).toEqual([
      'find',
      'findOne',
      'create',
      'update',
      'delete',
    ]);
  });

  it('grants nothing to an unknown level', () => {
    expect(grantsOf({ accessLevel: 'admin' }).size).toBe(0);
  });

  it('builds once per token object', () => {
    const token = { accessLevel: 'read-only', scopes: [] };
    expect(grantsOf(token)).toBe(grantsOf(token));
    expect(grantsOf({ ...token })).not.toBe(grantsOf(token));
  });
});

describe('subjectOf', () => {
  it('splits content-type actions, plugin content-type actions and plugin route actions', () => {
    expect(subjectOf('api::article.article.find', catalog)).toEqual({ uid: 'api::article.article', action: 'find' });
    expect(subjectOf('plugin::users-permissions.user.find', catalog)).toEqual({
      uid: 'plugin::users-permissions.user',
      action: 'find',
    });
    expect(subjectOf('plugin::upload.content-api.find', catalog)).toEqual({
      uid: 'plugin::upload',
      action: 'content-api.find',
    });
  });
});

describe('can', () => {
  const grants = grantsOf({
    accessLevel: 'custom',
    permissions: {
      'api::article.article': { actions: ['create'] },
      'plugin::upload': { actions: ['content-api.find'] },
    },
  });

  it('allows exactly the actions granted', () => {
    expect(can(grants, catalog, 'api::article.article', 'create')).toBe(true);
    expect(can(grants, catalog, 'api::article.article', 'delete')).toBe(false);
    expect(can(grants, catalog, 'api::category.category', 'find')).toBe(false);
  });

  it('grants a plugin’s content types through the plugin’s route actions', () => {
    const users = grantsOf({
      accessLevel: 'custom',
      permissions: { 'plugin::users-permissions': { actions: ['user.find'] } },
    });
    expect(can(users, catalog, 'plugin::users-permissions.user', 'find')).toBe(true);
    expect(can(users, catalog, 'plugin::users-permissions.user', 'update')).toBe(false);
  });

  it('lets media be populated by a token that may find uploads', () => {
    expect(can(grants, catalog, 'plugin::upload.file', 'find')).toBe(true);
    expect(can(grants, catalog, 'plugin::upload.file', 'delete')).toBe(false);
  });
});
