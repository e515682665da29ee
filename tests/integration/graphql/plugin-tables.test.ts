import { createContentApiStrategy } from '../../../server/src/strategies/content-api';
import { USAGE_COUNTERS } from '../../../server/src/lib/usage-counts';
import { useApp } from '../helpers/setup';
import { createToken, scopedReadOnly } from '../helpers/tokens';
import { graphql } from './graphql-client';

const PLUGIN_TYPES = ['token', 'audit-entry', 'hook-subscription', 'hook-delivery', 'token-usage'].map(
  (name) => `plugin::access-tokens.${name}`
);

/** What an attacker would send: every shadow-CRUD operation over the plugin's own tables. */
const ATTACKS = {
  listTokens: '{ accessTokensTokens { documentId name accessLevel scopes } }',
  listDeliveries: '{ accessTokensHookDeliveries { documentId targetUrl payload } }',
  listAudit: '{ accessTokensAuditEntries { documentId action } }',
  listUsage: '{ accessTokensTokenUsages { documentId tokenId success } }',
  escalate: (documentId: string) =>
    `mutation { updateAccessTokensToken(documentId: "${documentId}", data: { accessLevel: read_write, scopes: [] }) { documentId } }`,
  deleteAudit: (documentId: string) =>
    `mutation { deleteAccessTokensAuditEntry(documentId: "${documentId}") { documentId } }`,
};

describe('GraphQL and the plugin’s own tables', () => {
  const suite = useApp();
  const credentials: Record<string, string> = {};
  let scopedTokenDocumentId: string;
  let auditDocumentId: string;

  beforeAll(async () => {
    const scoped = await createToken(suite, scopedReadOnly('scoped reader', ['api::category.category']));
    credentials['our read-only token scoped to categories'] = scoped.value;
    credentials['our read-write token'] = (
      await createToken(suite, { name: 'writer', accessLevel: 'read-write' })
    ).value;
    const apiTokens = suite.app.strapi.service('admin::api-token');
    credentials['built-in read-only token'] = (
      await apiTokens.create({ name: 'built-in ro', type: 'read-only', lifespan: null, kind: 'content-api' })
    ).accessKey;
    credentials['built-in full-access token'] = (
      await apiTokens.create({ name: 'built-in full', type: 'full-access', lifespan: null, kind: 'content-api' })
    ).accessKey;

    const strapi = suite.app.strapi;
    scopedTokenDocumentId = (await strapi.db.query('plugin::access-tokens.token').findOne({ where: { id: scoped.id } }))
      .documentId;
    auditDocumentId = (await strapi.db.query('plugin::access-tokens.audit-entry').findOne({ where: {} })).documentId;
  });

  it('has no query, mutation or type for the plugin’s content types in the schema', async () => {
    const introspection = await graphql(
      suite.app.url,
      credentials['our read-write token'],
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } types { name } } }'
    );
    expect(introspection.errors).toEqual([]);
    const schema = introspection.data!.__schema;
    const names = [
      ...schema.queryType.fields.map((field: { name: string }) => field.name),
      ...schema.mutationType.fields.map((field: { name: string }) => field.name),
      ...schema.types.map((type: { name: string }) => type.name),
    ];
    expect(names).toContain('articles');
    expect(names.filter((name) => /accesstokens/i.test(name))).toEqual([]);
  });

  it.each([
    'our read-only token scoped to categories',
    'our read-write token',
    'built-in read-only token',
    'built-in full-access token',
  ])('refuses every operation on the plugin’s tables to the %s, and nothing changes', async (kind) => {
    const token = credentials[kind];
    const authority = async () =>
      suite.app.strapi.db.query('plugin::access-tokens.token').findOne({
        where: { documentId: scopedTokenDocumentId },
        select: ['accessLevel', 'scopes', 'keyHash', 'revokedAt', 'archivedAt', 'validTo', 'ipAllowlist'],
      });
    const before = await authority();
    const auditCount = await suite.app.strapi.db.query('plugin::access-tokens.audit-entry').count();

    for (const query of [
      ATTACKS.listTokens,
      ATTACKS.listDeliveries,
      ATTACKS.listAudit,
      ATTACKS.listUsage,
      ATTACKS.escalate(scopedTokenDocumentId),
      ATTACKS.deleteAudit(auditDocumentId),
    ]) {
      const response = await graphql(suite.app.url, token, query);
      expect(response.data).toBeNull();
      expect(response.errors.length).toBeGreaterThan(0);
      expect(response.errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }

    expect(await authority()).toEqual(before);
    expect(before).toMatchObject({ accessLevel: 'read-only', scopes: ['api::category.category'] });
    expect(await suite.app.strapi.db.query('plugin::access-tokens.audit-entry').count()).toBe(auditCount);
  });

  it('lets a token through on the plugin’s own actions only, never on its content types’ generic actions', async () => {
    const scoped = await suite.app.strapi.db
      .query('plugin::access-tokens.token')
      .findOne({ where: { documentId: scopedTokenDocumentId } });
    const { verify } = createContentApiStrategy({ strapi: suite.app.strapi });
    // Ours scoped to categories, ours with every scope, and ours scoped to the plugin itself.
    for (const credentials of [
      scoped,
      { ...scoped, accessLevel: 'read-write', scopes: [] },
      { ...scoped, accessLevel: 'read-write', scopes: ['plugin::access-tokens'] },
    ]) {
      const auth = { credentials };
      await suite.app.strapi.requestContext.run(undefined as never, async () => {
        expect(() => verify(auth, { scope: ['plugin::access-tokens.me.me'] })).not.toThrow();
        expect(() => verify(auth, { scope: ['plugin::access-tokens.hooks.create'] })).not.toThrow();
        for (const uid of PLUGIN_TYPES) {
          for (const action of ['find', 'findOne', 'create', 'update', 'delete']) {
            expect(() => verify(auth, { scope: [`${uid}.${action}`] })).toThrow();
          }
        }
      });
    }
  });

  it('keeps secret- and authority-bearing fields out of any generic content-API input', async () => {
    const strapi = suite.app.strapi;
    const fields: Record<string, string[]> = {
      'plugin::access-tokens.token': [
        'keyHash',
        'previousKeyHash',
        'accessLevel',
        'scopes',
        'ipAllowlist',
        'revokedAt',
        'archivedAt',
        'validTo',
        'lastUsedIp',
        'lastUsedUserAgent',
        'provisionedFrom',
        'lastRefusedAt',
        'lastRefusalReason',
        'lastRefusedIp',
      ],
      'plugin::access-tokens.hook-subscription': ['targetUrl', 'secret'],
      'plugin::access-tokens.hook-delivery': ['targetUrl', 'payload'],
      'plugin::access-tokens.token-usage': ['tokenId', 'day', 'hour', ...USAGE_COUNTERS],
    };
    for (const [uid, names] of Object.entries(fields)) {
      const input = Object.fromEntries(names.map((name) => [name, 'x']));
      const sanitized = await strapi.contentAPI.sanitize.input(input, strapi.getModel(uid as never));
      expect({ uid, kept: Object.keys(sanitized as object) }).toEqual({ uid, kept: [] });
    }
  });
});
