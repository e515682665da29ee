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
/** A grant on articles: it finds them, unless `grant` names its own actions. */
const articleGrant = (grant: Body) => ({ actions: ['find'], ...grant });
export const onArticle = (grant: Body) => custom({ [ARTICLE]: articleGrant(grant) });

type Refusal = [string, Body, string];

/** A create granting `grant` on `uid`, refused at `permissions.<uid>`, or at `under` below it. */
const refusedOn = (what: string, uid: string, grant: unknown, under?: string): Refusal => [
  what,
  custom({ [uid]: grant }),
  under === undefined ? `permissions.${uid}` : `permissions.${uid}.${under}`,
];
const refusedOnArticle = (what: string, grant: Body, under: string): Refusal =>
  refusedOn(what, ARTICLE, articleGrant(grant), under);

const FIND = { actions: ['find'] };

export const refusedOnCreate: Refusal[] = [
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
  refusedOn('a key that is no UID', 'article', FIND),
  refusedOn('an unknown content type', 'api::nope.nope', FIND),
  refusedOn('an unknown plugin', 'plugin::nope', FIND),
  refusedOn('a plugin without content-API routes', 'plugin::content-manager', FIND),
  refusedOn('the plugin itself', 'plugin::access-tokens', { actions: ['me.me'] }),
  refusedOn('one of the plugin’s own types', 'plugin::access-tokens.token', FIND),
  refusedOn('a plugin’s content type instead of the plugin', 'plugin::users-permissions.user', FIND),
  refusedOnArticle('no actions', { actions: [] }, 'actions'),
  refusedOn('no actions field', ARTICLE, {}, 'actions'),
  refusedOnArticle('an unknown action', { actions: ['find', 'publish'] }, 'actions.1'),
  refusedOnArticle('an action twice', { actions: ['find', 'create', 'find'] }, 'actions.2'),
  refusedOnArticle('an action in another case', { actions: ['FIND'] }, 'actions.0'),
  refusedOn('findOne on a single type', HOMEPAGE, { actions: ['find', 'findOne'] }, 'actions.1'),
  refusedOn('create on a single type', HOMEPAGE, { actions: ['create'] }, 'actions.0'),
  refusedOn('a content-type action on a plugin', 'plugin::upload', FIND, 'actions.0'),
  refusedOn(
    'a plugin action by its full UID',
    'plugin::upload',
    { actions: ['plugin::upload.content-api.find'] },
    'actions.0'
  ),
  refusedOn('an action of another plugin', 'plugin::upload', { actions: ['user.find'] }, 'actions.0'),
  refusedOnArticle('an unknown subject field', { filters: {} }, 'filters'),
  refusedOnArticle('an unknown fields key', { fields: { delete: [] } }, 'fields.delete'),
  refusedOnArticle('an unknown field to read', { fields: { read: ['title', 'nope'] } }, 'fields.read.1'),
  refusedOnArticle('an unknown field to write', { fields: { write: ['nope'] } }, 'fields.write.0'),
  refusedOnArticle('a private field to read', { fields: { read: ['internalNote'] } }, 'fields.read.0'),
  refusedOnArticle('a private field to write', { fields: { write: ['internalNote'] } }, 'fields.write.0'),
  refusedOnArticle('the private creator to read', { fields: { read: ['createdBy'] } }, 'fields.read.0'),
  refusedOnArticle('id to read', { fields: { read: ['id'] } }, 'fields.read.0'),
  refusedOnArticle('documentId to read', { fields: { read: ['title', 'documentId'] } }, 'fields.read.1'),
  refusedOnArticle('documentId to write', { fields: { write: ['documentId'] } }, 'fields.write.0'),
  refusedOnArticle('a timestamp to write', { fields: { write: ['createdAt'] } }, 'fields.write.0'),
  refusedOnArticle('a field twice', { fields: { read: ['title', 'title'] } }, 'fields.read.1'),
  refusedOnArticle('a field not a string', { fields: { read: [1] } }, 'fields.read.0'),
  refusedOnArticle('the locale of a type that is not localized', { fields: { read: ['locale'] } }, 'fields.read.0'),
  refusedOn(
    'fields on a plugin',
    'plugin::upload',
    { actions: ['content-api.find'], fields: { read: ['name'] } },
    'fields'
  ),
  refusedOnArticle('locales on a type that is not localized', { locales: ['en'] }, 'locales'),
  refusedOn('locales on a plugin', 'plugin::upload', { actions: ['content-api.find'], locales: ['en'] }, 'locales'),
  refusedOn('no locales', HOMEPAGE, { actions: ['find'], locales: [] }, 'locales'),
  refusedOn('an unknown locale', HOMEPAGE, { actions: ['find'], locales: ['en', 'xx'] }, 'locales.1'),
  refusedOn('a locale twice', HOMEPAGE, { actions: ['find'], locales: ['fr', 'fr'] }, 'locales.1'),
];
