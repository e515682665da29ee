import {
  actionlessRouteScopes,
  isMethodAllowed,
  isRequestAllowed,
  isScopeAllowed,
  READ_METHODS,
  scopeCovers,
  type AccessLevel,
} from '../access-rules';

describe('isMethodAllowed', () => {
  it('lets read-only use GET and HEAD only', () => {
    expect(READ_METHODS).toEqual(['GET', 'HEAD']);
    expect(isMethodAllowed('read-only', 'GET')).toBe(true);
    expect(isMethodAllowed('read-only', 'HEAD')).toBe(true);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'GETX', '']) {
      expect(isMethodAllowed('read-only', method)).toBe(false);
    }
  });

  it('is case-insensitive on the method', () => {
    expect(isMethodAllowed('read-only', 'get')).toBe(true);
    expect(isMethodAllowed('read-only', 'post')).toBe(false);
  });

  it('lets read-write use every method', () => {
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(isMethodAllowed('read-write', method)).toBe(true);
    }
  });

  it('allows nothing for an unknown level', () => {
    expect(isMethodAllowed('admin' as AccessLevel, 'GET')).toBe(false);
  });
});

describe('isRequestAllowed', () => {
  it('judges a GraphQL request by its operation, never by its method', () => {
    for (const method of ['GET', 'POST']) {
      expect(isRequestAllowed('read-only', { method, graphqlOperation: 'query' })).toBe(true);
      expect(isRequestAllowed('read-only', { method, graphqlOperation: 'mutation' })).toBe(false);
      expect(isRequestAllowed('read-only', { method, graphqlOperation: 'subscription' })).toBe(false);
      expect(isRequestAllowed('read-write', { method, graphqlOperation: 'mutation' })).toBe(true);
    }
  });

  it('judges any other request by its method', () => {
    expect(isRequestAllowed('read-only', { method: 'GET' })).toBe(true);
    expect(isRequestAllowed('read-only', { method: 'POST' })).toBe(false);
    expect(isRequestAllowed('admin' as AccessLevel, { method: 'GET', graphqlOperation: 'query' })).toBe(false);
  });

  it('lets a custom token through nothing by its level: its permissions decide (server/src/permissions)', () => {
    for (const method of ['GET', 'HEAD', 'POST', 'DELETE']) {
      expect(isRequestAllowed('custom', { method })).toBe(false);
      expect(isMethodAllowed('custom', method)).toBe(false);
    }
    expect(isRequestAllowed('custom', { method: 'POST', graphqlOperation: 'query' })).toBe(false);
  });
});

describe('scopeCovers', () => {
  it('covers equal scopes and plugin content types', () => {
    expect(scopeCovers('api::article.article', 'api::article.article')).toBe(true);
    expect(scopeCovers('plugin::upload', 'plugin::upload')).toBe(true);
    expect(scopeCovers('plugin::upload', 'plugin::upload.file')).toBe(true);
  });

  it('does not cover near misses', () => {
    expect(scopeCovers('plugin::upload', 'plugin::uploader')).toBe(false);
    expect(scopeCovers('plugin::upload', 'plugin::uploader.file')).toBe(false);
    expect(scopeCovers('plugin::upload.file', 'plugin::upload')).toBe(false);
    expect(scopeCovers('api::article', 'api::article.article')).toBe(false);
    expect(scopeCovers('api::article.article', 'api::article.articles')).toBe(false);
    expect(scopeCovers('API::article.article', 'api::article.article')).toBe(false);
    expect(scopeCovers('', 'api::article.article')).toBe(false);
  });
});

describe('isScopeAllowed', () => {
  it('lets a token without scopes reach the app’s own types and routes, and the upload plugin', () => {
    expect(isScopeAllowed([], ['api::article.article'])).toBe(true);
    expect(isScopeAllowed([], ['api::report.report'])).toBe(true);
    expect(isScopeAllowed([], ['plugin::upload', 'plugin::upload.content-api'])).toBe(true);
    expect(isScopeAllowed([], ['plugin::upload.file'])).toBe(true);
  });

  it('keeps a token without scopes out of every other plugin, and out of the admin', () => {
    const others = [
      ['plugin::users-permissions', 'plugin::users-permissions.role'],
      ['plugin::users-permissions.user'],
      ['plugin::email', 'plugin::email.email'],
      ['plugin::i18n', 'plugin::i18n.locales'],
      ['plugin::uploader', 'plugin::uploader.file'],
      ['plugin::access-tokens'],
      ['admin::user'],
      ['API::article.article'],
    ];
    for (const routeScopes of others)
      expect({ routeScopes, allowed: isScopeAllowed([], routeScopes) }).toEqual({ routeScopes, allowed: false });
  });

  it('allows routes in scope', () => {
    expect(isScopeAllowed(['api::article.article'], ['api::article.article'])).toBe(true);
    expect(isScopeAllowed(['api::tag.tag', 'plugin::upload'], ['plugin::upload.file'])).toBe(true);
    expect(isScopeAllowed(['api::tag.tag'], ['plugin::upload', 'api::tag.tag'])).toBe(true);
    expect(
      isScopeAllowed(['plugin::users-permissions'], ['plugin::users-permissions', 'plugin::users-permissions.role'])
    ).toBe(true);
    expect(isScopeAllowed(['plugin::email'], ['plugin::email'])).toBe(true);
  });

  it('refuses routes out of scope', () => {
    expect(isScopeAllowed(['api::article.article'], ['api::category.category'])).toBe(false);
    expect(isScopeAllowed(['plugin::upload'], ['plugin::i18n.locale'])).toBe(false);
    expect(isScopeAllowed(['plugin::upload.file'], ['plugin::upload'])).toBe(false);
    expect(isScopeAllowed(['api::article.article'], ['api::report.report'])).toBe(false);
    expect(isScopeAllowed(['api::article.article'], ['plugin::users-permissions.user'])).toBe(false);
  });

  it('refuses an unattributable call to every token, with or without scopes', () => {
    expect(isScopeAllowed([], [])).toBe(false);
    expect(isScopeAllowed(['api::article.article'], [])).toBe(false);
  });
});

describe('actionlessRouteScopes', () => {
  it('attributes a function handler of the app’s APIs to the app, one of a plugin to that plugin', () => {
    expect(actionlessRouteScopes({ apiName: 'report' })).toEqual(['api::report']);
    expect(actionlessRouteScopes({ pluginName: 'users-permissions' })).toEqual(['plugin::users-permissions']);
  });

  it('attributes nothing it cannot tell apart: a GraphQL resolver, a route outside the APIs and plugins', () => {
    expect(actionlessRouteScopes({ type: 'content-api' })).toEqual([]);
    expect(actionlessRouteScopes({})).toEqual([]);
    expect(actionlessRouteScopes(undefined)).toEqual([]);
  });

  it('lets a token without scopes call the app’s function handlers, and a plugin’s only when it names the plugin', () => {
    expect(isScopeAllowed([], actionlessRouteScopes({ apiName: 'report' }))).toBe(true);
    expect(isScopeAllowed([], actionlessRouteScopes({ pluginName: 'users-permissions' }))).toBe(false);
    expect(isScopeAllowed([], actionlessRouteScopes({ pluginName: 'upload' }))).toBe(true);
    expect(isScopeAllowed(['plugin::seo'], actionlessRouteScopes({ pluginName: 'seo' }))).toBe(true);
    expect(isScopeAllowed(['api::report.report'], actionlessRouteScopes({ apiName: 'report' }))).toBe(false);
  });
});
