/** Bad permissions in a create's body, each with the path its 400 must name (validation.test.ts). */

export const ARTICLE = 'api::article.article';
export const HOMEPAGE = 'api::homepage.homepage';

export type Body = Record<string, unknown>;

/** A custom token's body granting `permissions`. */
export const custom = (permissions: unknown, extra: Body = {}): Body => ({
  name: 'Custom',
  accessLevel: 'custom',
  permissions,
  ...extra,
});
export const onArticle = (grant: Body) => custom({ [ARTICLE]: { actions: ['find'], ...grant } });

export const refusedOnCreate: Array<[string, Body, string]> = [
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
