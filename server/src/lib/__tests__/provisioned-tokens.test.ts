import {
  assertProvisioningOwns,
  configuredFieldsAmong,
  provisioningChanges,
  type ProvisionedFields,
} from '../provisioned-tokens';

const spec = { name: 'CI bot', valueFromEnv: 'CI_BOT_TOKEN' };
const admin = { id: 1, firstname: 'Ada', lastname: null, email: null };

describe('assertProvisioningOwns', () => {
  it('lets provisioning update a row it marked, even one an admin created before it was configured', () => {
    expect(() =>
      assertProvisioningOwns({ name: 'CI bot', creator: null, provisionedFrom: 'CI_BOT_TOKEN' }, spec)
    ).not.toThrow();
    expect(() =>
      assertProvisioningOwns({ name: 'ci bot', creator: admin, provisionedFrom: 'OLD_NAME' }, spec)
    ).not.toThrow();
  });

  it('adopts an unmarked row with no creator: before rows were marked, only provisioning wrote those', () => {
    expect(() => assertProvisioningOwns({ name: 'CI bot', creator: null }, spec)).not.toThrow();
    expect(() => assertProvisioningOwns({ name: 'CI bot', creator: null, provisionedFrom: null }, spec)).not.toThrow();
  });

  it('refuses a token an admin created, naming it, the configured token and its variable', () => {
    expect(() => assertProvisioningOwns({ name: 'ci BOT', creator: admin, provisionedFrom: null }, spec)).toThrow(
      /"CI bot" \(CI_BOT_TOKEN\) cannot be provisioned: an admin created the token "ci BOT"/
    );
  });
});

describe('provisioningChanges', () => {
  const fields: ProvisionedFields = {
    name: 'CI bot',
    accessLevel: 'read-only',
    scopes: [],
    permissions: null,
    rateLimit: null,
    maskedKey: 'ci-B****1234',
    provisionedFrom: 'CI_BOT_TOKEN',
  };

  it('records a creation with its masked value and variable', () => {
    expect(provisioningChanges(null, fields, false)).toEqual({
      name: { from: null, to: 'CI bot' },
      accessLevel: { from: null, to: 'read-only' },
      scopes: { from: null, to: [] },
      key: { from: null, to: 'ci-B****1234' },
      provisionedFrom: { from: null, to: 'CI_BOT_TOKEN' },
    });
  });

  it('records nothing when nothing changed', () => {
    expect(provisioningChanges(fields, { ...fields }, false)).toEqual({});
  });

  it('records a new value as a change of masked key, even when both values end alike', () => {
    expect(provisioningChanges(fields, { ...fields, maskedKey: 'ci-B****9876' }, true)).toEqual({
      key: { from: 'ci-B****1234', to: 'ci-B****9876' },
    });
    expect(provisioningChanges(fields, fields, true)).toEqual({ key: { from: 'ci-B****1234', to: 'ci-B****1234' } });
  });

  it('records a renaming in the configuration', () => {
    expect(provisioningChanges(fields, { ...fields, name: 'CI robot' }, false)).toEqual({
      name: { from: 'CI bot', to: 'CI robot' },
    });
  });

  it('records an adoption and the rights that changed', () => {
    const before = { ...fields, provisionedFrom: null, rateLimit: { limit: 10, windowSeconds: 60 } };
    expect(provisioningChanges(before, { ...fields, scopes: ['api::article.article'] }, false)).toEqual({
      scopes: { from: [], to: ['api::article.article'] },
      rateLimit: { from: { limit: 10, windowSeconds: 60 }, to: null },
      provisionedFrom: { from: null, to: 'CI_BOT_TOKEN' },
    });
  });

  it('records a change of permissions by subject, whatever order the database gave the keys in', () => {
    const before = {
      ...fields,
      accessLevel: 'custom' as const,
      permissions: { 'api::article.article': { fields: { read: ['title'] }, actions: ['find'] } },
    };
    const after = {
      ...before,
      permissions: {
        'api::category.category': { actions: ['find'] },
        'api::article.article': { actions: ['find'], fields: { read: ['title'] } },
      },
    };
    expect(provisioningChanges(before, after, false)).toEqual({
      'permissions.api::category.category': { from: null, to: { actions: ['find'] } },
    });
  });
});

describe('configuredFieldsAmong', () => {
  it('names the fields the configuration sets at start-up, the rate limit only when it is configured', () => {
    const changed = ['name', 'description', 'scopes', 'rateLimit', 'validTo', 'accessLevel'];
    expect(configuredFieldsAmong(changed, false)).toEqual(['name', 'scopes', 'accessLevel']);
    expect(configuredFieldsAmong(changed, true)).toEqual(['name', 'scopes', 'rateLimit', 'accessLevel']);
    expect(configuredFieldsAmong(['description', 'ipAllowlist'], true)).toEqual([]);
    const permissions = ['permissions.api::article.article', 'permissions.plugin::upload', 'description'];
    expect(configuredFieldsAmong(permissions, false)).toEqual(['permissions']);
  });
});
