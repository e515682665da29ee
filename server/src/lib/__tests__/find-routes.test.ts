import { findActionOf, findGatesByType, mayCallAny, type RegisteredRoute } from '../find-routes';

const OPTIONS = {
  strategyName: 'access-tokens',
  requireTokenPolicy: 'plugin::access-tokens.require-token',
  // The content-API strategy's mapping: a plugin action also answers to its plugin's name.
  routeScopesOf: (action: string) => {
    const controller = action.slice(0, action.lastIndexOf('.'));
    return controller.startsWith('plugin::') ? [controller.split('.')[0], controller] : [controller];
  },
};

const get = (action: string, config: Partial<NonNullable<RegisteredRoute['config']>> = {}): RegisteredRoute => ({
  method: 'GET',
  config: { auth: { scope: [action] }, ...config },
});

const ARTICLE = 'api::article.article';
const everything = { accessLevel: 'read-only' as const, scopes: [] };
const articles = { accessLevel: 'read-only' as const, scopes: [ARTICLE] };

describe('findActionOf', () => {
  it("is the type's own find action, but upload serves files from its content-api controller", () => {
    expect(findActionOf(ARTICLE)).toBe('api::article.article.find');
    expect(findActionOf('plugin::users-permissions.user')).toBe('plugin::users-permissions.user.find');
    expect(findActionOf('plugin::upload.file')).toBe('plugin::upload.content-api.find');
  });
});

describe('findGatesByType', () => {
  const typesOf = (routes: RegisteredRoute[], uids = [ARTICLE]) => [...findGatesByType(uids, routes, OPTIONS).keys()];

  it('keeps the types with a GET route on their find action', () => {
    const uids = [
      ARTICLE,
      'api::category.category',
      'plugin::upload.file',
      'plugin::upload.folder',
      'plugin::i18n.locale',
    ];
    const routes = [
      get('api::article.article.find'),
      get('api::category.category.findOne'),
      get('plugin::upload.content-api.find'),
      get('plugin::i18n.locales.listLocales'),
    ];
    expect(typesOf(routes, uids)).toEqual([ARTICLE, 'plugin::upload.file']);
  });

  it('never keeps the access-control types of users-permissions, although roles have a find route', () => {
    const uids = [
      'plugin::users-permissions.role',
      'plugin::users-permissions.permission',
      'plugin::users-permissions.user',
    ];
    const routes = uids.map((uid) => get(`${uid}.find`));
    expect(typesOf(routes, uids)).toEqual(['plugin::users-permissions.user']);
  });

  it.each([
    ['not a GET', { ...get('api::article.article.find'), method: 'POST' }],
    ['open to anyone (auth: false)', { method: 'GET', config: { auth: false } } as RegisteredRoute],
    [
      'limited to other strategies',
      get('api::article.article.find', {
        auth: { scope: ['api::article.article.find'], strategies: ['users-permissions'] },
      }),
    ],
    [
      'guarded by a policy the hook would bypass',
      get('api::article.article.find', { policies: ['global::is-internal'] }),
    ],
    [
      'guarded by require-token and another policy',
      get('api::article.article.find', { policies: ['plugin::access-tokens.require-token', 'global::x'] }),
    ],
  ])('ignores a find route %s', (_, route) => {
    expect(typesOf([route])).toEqual([]);
  });

  it('keeps a route that names this strategy among others', () => {
    const route = get('api::article.article.find', {
      auth: { scope: ['api::article.article.find'], strategies: ['users-permissions', { name: 'access-tokens' }] },
    });
    expect(typesOf([route])).toEqual([ARTICLE]);
  });
});

describe('mayCallAny', () => {
  const gatesOf = (route: RegisteredRoute) => findGatesByType([ARTICLE], [route], OPTIONS).get(ARTICLE) ?? [];

  it("checks the route's scopes as the strategy does for the token's own request", () => {
    const gates = gatesOf(get('api::article.article.find'));
    expect(mayCallAny(everything, gates)).toBe(true);
    expect(mayCallAny(articles, gates)).toBe(true);
    expect(mayCallAny({ accessLevel: 'read-write', scopes: ['api::category.category'] }, gates)).toBe(false);
  });

  it("covers a plugin's types with the plugin's scope", () => {
    const gates =
      findGatesByType(['plugin::upload.file'], [get('plugin::upload.content-api.find')], OPTIONS).get(
        'plugin::upload.file'
      ) ?? [];
    expect(mayCallAny({ accessLevel: 'read-only', scopes: ['plugin::upload'] }, gates)).toBe(true);
    expect(mayCallAny(articles, gates)).toBe(false);
  });

  it("leaves a require-token route to its policy: its scopes and access level, not the route's", () => {
    const policy = {
      name: 'plugin::access-tokens.require-token',
      config: { access: 'read-write' as const, scopes: ['api::category.category'] },
    };
    const gates = gatesOf(get('api::article.article.find', { policies: [policy] }));
    expect(mayCallAny({ accessLevel: 'read-write', scopes: ['api::category.category'] }, gates)).toBe(true);
    expect(mayCallAny({ accessLevel: 'read-only', scopes: ['api::category.category'] }, gates)).toBe(false);
    expect(mayCallAny({ accessLevel: 'read-write', scopes: [ARTICLE] }, gates)).toBe(false);
    expect(
      mayCallAny(
        articles,
        gatesOf(get('api::article.article.find', { policies: ['plugin::access-tokens.require-token'] }))
      )
    ).toBe(true);
  });

  it('is enough that one of several find routes lets the token in', () => {
    const policy = { name: 'plugin::access-tokens.require-token', config: { scopes: ['api::category.category'] } };
    const gates =
      findGatesByType(
        [ARTICLE],
        [get('api::article.article.find', { policies: [policy] }), get('api::article.article.find')],
        OPTIONS
      ).get(ARTICLE) ?? [];
    expect(gates).toHaveLength(2);
    expect(mayCallAny(articles, gates)).toBe(true);
  });

  it('allows nothing to an unknown access level', () => {
    expect(mayCallAny({ accessLevel: 'admin' as never, scopes: [] }, gatesOf(get('api::article.article.find')))).toBe(
      false
    );
  });
});
