import type { Core } from '@strapi/strapi';

import { tokensTable } from '../data/tokens';
import { canonicalRateLimit } from '../lib/rate-limit';
import { validateCustomToken } from '../lib/token-format';
import { toScopeKey } from '../lib/token-list';
import { getPluginConfig, getService } from '../utils';

/**
 * Creates or updates the tokens listed in `config.tokens` from environment variables at start-up,
 * so a CI pipeline can hold a known token. A listed variable that is unset is skipped with a warning;
 * one that holds a weak value stops the boot.
 */
const createProvisioningService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async syncConfiguredTokens() {
    const keys = getService('keys', { strapi });
    const audit = getService('audit', { strapi });
    const knownScopes = await getService('scopes', { strapi }).knownUids();

    for (const spec of getPluginConfig(strapi).tokens) {
      const value = process.env[spec.valueFromEnv];
      if (!value) {
        strapi.log.warn(`[access-tokens] Token "${spec.name}" is not provisioned: ${spec.valueFromEnv} is not set.`);
        continue;
      }
      const problem = validateCustomToken(value, keys.prefix);
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
        nameKey: spec.name.toLowerCase(),
        description: spec.description ?? null,
        accessLevel: spec.accessLevel,
        scopes,
        scopeKey: toScopeKey(scopes),
        keyHash: keys.hash(value),
        ...keys.mask(value),
        // Only when configured: otherwise an admin's edit of the limit outlives the next start-up.
        ...(spec.rateLimit === undefined ? {} : { rateLimit: canonicalRateLimit(spec.rateLimit) }),
      };
      const tokens = tokensTable(strapi);
      const existing = await tokens.findOne({ where: { nameKey: data.nameKey } });
      const token = existing
        ? await tokens.update(existing.id, data)
        : await tokens.create({
            rateLimit: getPluginConfig(strapi).rateLimit.default,
            ...data,
            ipAllowlist: [],
            creator: null,
            creatorName: '',
          });

      const limitChanged =
        'rateLimit' in data &&
        JSON.stringify(canonicalRateLimit(existing?.rateLimit ?? null)) !== JSON.stringify(data.rateLimit);
      const changed =
        !existing ||
        existing.keyHash !== data.keyHash ||
        existing.accessLevel !== data.accessLevel ||
        existing.scopeKey !== data.scopeKey ||
        limitChanged;
      if (changed) {
        await audit.record({
          action: 'token.provision',
          token,
          actor: null,
          changes: {
            accessLevel: { from: existing?.accessLevel ?? null, to: data.accessLevel },
            scopes: { from: existing?.scopes ?? null, to: scopes },
            rateLimit: { from: existing?.rateLimit ?? null, to: token.rateLimit ?? null },
          },
        });
      }
    }
  },
});

export default createProvisioningService;
