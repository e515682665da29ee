import type { Core } from '@strapi/strapi';

import { tokensTable, type TokenRow } from '../data/tokens';
import {
  assertProvisioningOwns,
  nameTakenMessage,
  provisioningChanges,
  type ProvisionedFields,
} from '../lib/provisioned-tokens';
import { inSubjectOrder } from '../lib/permission-order';
import { canonicalRateLimit } from '../lib/rate-limit';
import { formatMaskedKey, validateCustomToken } from '../lib/token-format';
import { getPluginConfig, getService } from '../utils';
import { canonicalPermissions, permissionProblems, type PermissionCatalog } from '../validation/permissions';

type TokenSpec = ReturnType<typeof getPluginConfig>['tokens'][number];

const auditedFields = (row: TokenRow): ProvisionedFields => ({
  name: row.name,
  accessLevel: row.accessLevel,
  scopes: row.scopes ?? [],
  permissions: row.permissions ? inSubjectOrder(row.permissions) : null,
  rateLimit: canonicalRateLimit(row.rateLimit ?? null),
  maskedKey: formatMaskedKey({ prefix: row.keyPrefix, lastFour: row.keyLastFour }),
  provisionedFrom: row.provisionedFrom ?? null,
});

/** A configured token's permissions as stored, once the app is known to grant them (the boot stops otherwise). */
const permissionsOf = (spec: TokenSpec, catalog: PermissionCatalog) => {
  if (!spec.permissions) return null;
  const problems = permissionProblems(catalog, spec.permissions).map(
    ({ path, message }) => `${path.join('.')} ${message}`
  );
  if (problems.length) {
    throw new Error(
      `[access-tokens] Token "${spec.name}" has permissions the app cannot grant: ${problems.join('; ')}`
    );
  }
  return canonicalPermissions(catalog, spec.permissions);
};

/**
 * Creates or updates the tokens listed in `config.tokens` from environment variables at start-up,
 * so a CI pipeline can hold a known token. A listed variable that is unset is skipped with a warning;
 * one that holds a weak value stops the boot. Each row is marked with its variable: its value changes only there
 * (regenerate answers 409), and a token that leaves the configuration is released to the admins.
 */
const createProvisioningService = ({ strapi }: { strapi: Core.Strapi }) => {
  const tokens = tokensTable(strapi);
  const keys = () => getService('keys', { strapi });
  const audit = () => getService('audit', { strapi });

  /**
   * The row this variable provisioned, found by the variable: the configured name may have changed since. Otherwise
   * the row holding the configured name, which provisioning may adopt only if it wrote it.
   */
  const rowToProvision = async (spec: TokenSpec): Promise<TokenRow | null> => {
    const owned = await tokens.findProvisionedFrom(spec.valueFromEnv);
    const named = await tokens.findByName(spec.name);
    if (named && named.id !== owned?.id) {
      assertProvisioningOwns(named, spec);
      if (owned) throw new Error(nameTakenMessage(spec, named.name));
    }
    return owned ?? named;
  };

  const provision = async (spec: TokenSpec, knownScopes: Set<string>, catalog: PermissionCatalog) => {
    const value = process.env[spec.valueFromEnv];
    if (!value) {
      strapi.log.warn(`[access-tokens] Token "${spec.name}" is not provisioned: ${spec.valueFromEnv} is not set.`);
      return;
    }
    const problem = validateCustomToken(value, keys().prefix);
    if (problem) {
      throw new Error(
        `[access-tokens] ${spec.valueFromEnv} cannot be used for token "${spec.name}": the value ${problem}`
      );
    }
    getService('tokenLifetime', { strapi }).assertProvisionable(spec.name, spec.valueFromEnv);
    const scopes = spec.scopes ?? [];
    const unknown = scopes.filter((scope) => !knownScopes.has(scope));
    if (unknown.length) {
      throw new Error(`[access-tokens] Token "${spec.name}" names unknown scopes: ${unknown.join(', ')}`);
    }

    const data = {
      name: spec.name,
      description: spec.description ?? null,
      accessLevel: spec.accessLevel,
      scopes,
      permissions: permissionsOf(spec, catalog),
      keyHash: keys().hash(value),
      ...keys().mask(value),
      provisionedFrom: spec.valueFromEnv,
      // Only when configured: otherwise an admin's edit of the limit outlives the next start-up.
      ...(spec.rateLimit === undefined ? {} : { rateLimit: canonicalRateLimit(spec.rateLimit) }),
    };
    const existing = await rowToProvision(spec);
    const token = existing
      ? await tokens.update(existing.id, data)
      : await tokens.create({
          rateLimit: getPluginConfig(strapi).rateLimit.default,
          ...data,
          ipAllowlist: [],
          creator: null,
          creatorName: '',
        });

    // A row still under its 0.1 hash (docs/upgrading.md) holds the same value.
    const keyChanged = !!existing && ![data.keyHash, keys().legacyHash(value)].includes(existing.keyHash);
    const changes = provisioningChanges(existing && auditedFields(existing), auditedFields(token), keyChanged);
    if (Object.keys(changes).length) {
      await audit().record({ action: 'token.provision', token, actor: null, changes });
    }
  };

  /** A token no longer configured becomes an ordinary one, which admins may regenerate. */
  const releaseUnconfigured = async (configured: TokenSpec[]) => {
    const released = await tokens.provisionedOutside(configured.map((spec) => spec.name));
    for (const row of released) {
      const token = await tokens.update(row.id, { provisionedFrom: null });
      const changes = { provisionedFrom: { from: row.provisionedFrom, to: null } };
      await audit().record({ action: 'token.provision', token, actor: null, changes });
    }
  };

  return {
    async syncConfiguredTokens() {
      const knownScopes = await getService('scopes', { strapi }).knownUids();
      const catalog = await getService('permissionCatalog', { strapi }).catalog();
      const configured = getPluginConfig(strapi).tokens;
      for (const spec of configured) await provision(spec, knownScopes, catalog);
      await releaseUnconfigured(configured);
    },
  };
};

export default createProvisioningService;
