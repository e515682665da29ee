import { isMethodAllowed, isRequestAllowed, isScopeAllowed, READ_METHODS, scopeCovers } from '../access-rules';
import type { AccessLevel } from '../access-rules';

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
  it('allows everything for a token without scopes', () => {
    expect(isScopeAllowed([], ['api::article.article'])).toBe(true);
    expect(isScopeAllowed([], [])).toBe(true);
  });

  it('allows routes in scope', () => {
    expect(isScopeAllowed(['api::article.article'], ['api::article.article'])).toBe(true);
    expect(isScopeAllowed(['api::tag.tag', 'plugin::upload'], ['plugin::upload.file'])).toBe(true);
    expect(isScopeAllowed(['api::tag.tag'], ['plugin::upload', 'api::tag.tag'])).toBe(true);
  });

  it('refuses routes out of scope', () => {
    expect(isScopeAllowed(['api::article.article'], ['api::category.category'])).toBe(false);
    expect(isScopeAllowed(['plugin::upload'], ['plugin::i18n.locale'])).toBe(false);
    expect(isScopeAllowed(['plugin::upload.file'], ['plugin::upload'])).toBe(false);
  });

  it('refuses an unattributable route to a scoped token', () => {
    expect(isScopeAllowed(['api::article.article'], [])).toBe(false);
  });
});
