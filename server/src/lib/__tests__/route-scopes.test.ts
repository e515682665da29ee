import {
  REQUIRE_TOKEN_POLICY,
  isOwnContentTypeAction,
  isPolicyScopedRouteAction,
  ownActionsOf,
  routeScopesOf,
} from '../route-scopes';

describe('route scopes', () => {
  it('names what an action serves: its controller, and for a plugin the plugin too', () => {
    expect(routeScopesOf('api::article.article.find')).toEqual(['api::article.article']);
    expect(routeScopesOf('plugin::upload.content-api.find')).toEqual(['plugin::upload', 'plugin::upload.content-api']);
  });

  it('tells the plugin’s own route actions, by name, from the generic actions of its content types', () => {
    const own = ownActionsOf([{ handler: 'me.me' }, { handler: 'hooks.find' }, { handler: () => null }]);
    expect([...own]).toEqual(['plugin::access-tokens.me.me', 'plugin::access-tokens.hooks.find']);
    expect(isOwnContentTypeAction('plugin::access-tokens.token.update', own)).toBe(true);
    expect(isOwnContentTypeAction('plugin::access-tokens.me.me', own)).toBe(false);
    expect(isOwnContentTypeAction('api::article.article.find', own)).toBe(false);
  });

  it('leaves a route’s own action to a require-token policy only when that policy names scopes', () => {
    const route = (scopes?: string[]) => ({
      config: {
        auth: { scope: ['api::report.report.find'] },
        policies: [{ name: REQUIRE_TOKEN_POLICY, config: { scopes } }],
      },
    });
    expect(isPolicyScopedRouteAction(route(['reports']), ['api::report.report.find'])).toBe(true);
    expect(isPolicyScopedRouteAction(route([]), ['api::report.report.find'])).toBe(false);
    // A relation the route's sanitizers check is still judged by the token's scopes.
    expect(isPolicyScopedRouteAction(route(['reports']), ['api::author.author.find'])).toBe(false);
    expect(isPolicyScopedRouteAction(undefined, ['api::report.report.find'])).toBe(false);
  });
});
