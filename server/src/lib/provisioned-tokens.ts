import { diffTokens, type Changes } from './token-changes';

import type { AccessLevel, Permissions, RateLimit } from '../../../shared/contracts/tokens';

/** A token of the `tokens` option, as configured. */
export interface TokenSpec {
  name: string;
  valueFromEnv: string;
}

/** The row that holds a configured token's name (names are unique regardless of case). */
export interface NamedRow {
  name: string;
  creator: unknown;
  provisionedFrom?: string | null;
}

/**
 * Provisioning writes only rows it wrote: marked ones, and, from before rows were marked, those with no creator
 * (nothing else writes a token without one). A token an admin created is never taken over: the boot stops.
 */
export const assertProvisioningOwns = (existing: NamedRow, spec: TokenSpec): void => {
  if (existing.provisionedFrom || existing.creator === null) return;
  throw new Error(
    `[access-tokens] Token "${spec.name}" (${spec.valueFromEnv}) cannot be provisioned: an admin created the token ` +
      `"${existing.name}", and token names are unique regardless of case. Rename or delete that token, or give ` +
      'the configured one another name.'
  );
};

/** A configured token renamed onto a name another provisioned token holds. */
export const nameTakenMessage = (spec: TokenSpec, holder: string) =>
  `[access-tokens] Token "${spec.name}" (${spec.valueFromEnv}) cannot be renamed: the token "${holder}" holds that ` +
  'name, and token names are unique regardless of case. Give the configured token another name.';

/** The answer to a change of a provisioned token's value: it comes from its variable at every start-up. */
export const provisionedValueMessage = (name: string, variable: string) =>
  `Token "${name}" takes its value from the environment variable ${variable} at every start-up, so another value ` +
  `would not outlive a restart: to rotate it, set a new value in ${variable} and restart Strapi.`;

const CONFIGURED_FIELDS = ['name', 'accessLevel', 'scopes', 'permissions'];

/**
 * Of the fields an edit changes (audit keys: `permissions.<uid>` is a change of `permissions`), those the `tokens`
 * option sets at every start-up, where an admin's edit would not last: the name, access level, scopes and
 * permissions, and the rate limit when one is configured.
 */
export const configuredFieldsAmong = (changed: string[], rateLimitConfigured: boolean): string[] => [
  ...new Set(
    changed
      .map((key) => key.split('.')[0])
      .filter((field) => CONFIGURED_FIELDS.includes(field) || (field === 'rateLimit' && rateLimitConfigured))
  ),
];

/** The answer to an edit of configured fields. */
export const configuredFieldsMessage = (name: string, variable: string, fields: string[]) =>
  `Token "${name}" is configured in the plugin's \`tokens\` option (value in ${variable}), which sets its ` +
  `${fields.join(', ')} at every start-up: change them there and restart Strapi.`;

/** The answer to a deletion of a provisioned token. */
export const provisionedDeletionMessage = (name: string, variable: string) =>
  `Token "${name}" is configured in the plugin's \`tokens\` option (value in ${variable}): the next start-up would ` +
  'create it again, active. Remove it from the configuration and restart Strapi, then delete it.';

/** What the audit entry of a provisioning compares. */
export interface ProvisionedFields {
  name: string;
  accessLevel: AccessLevel;
  scopes: string[];
  permissions: Permissions | null;
  rateLimit: RateLimit | null;
  maskedKey: string;
  provisionedFrom: string | null;
}

/**
 * What a provisioning changed (`before` null: created). A new value shows as its masked form, never the value
 * or its hash; `keyChanged` says whether there is one, as two values may share a masked form.
 */
export const provisioningChanges = (
  before: ProvisionedFields | null,
  after: ProvisionedFields,
  keyChanged: boolean
): Changes => {
  const { name, accessLevel, scopes, permissions, rateLimit } = after;
  const changes = diffTokens(before ?? {}, { name, accessLevel, scopes, permissions, rateLimit });
  if (!before || keyChanged) changes.key = { from: before?.maskedKey ?? null, to: after.maskedKey };
  const from = before?.provisionedFrom ?? null;
  if (from !== after.provisionedFrom) changes.provisionedFrom = { from, to: after.provisionedFrom };
  return changes;
};
