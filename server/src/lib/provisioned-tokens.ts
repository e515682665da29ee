import { diffTokens, type Changes } from './token-changes';

import type { AccessLevel, RateLimit } from '../../../shared/contracts/tokens';

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

/** The answer to a change of a provisioned token's value: it comes from its variable at every start-up. */
export const provisionedValueMessage = (name: string, variable: string) =>
  `Token "${name}" takes its value from the environment variable ${variable} at every start-up, so another value ` +
  `would not outlive a restart: to rotate it, set a new value in ${variable} and restart Strapi.`;

/** What the audit entry of a provisioning compares. */
export interface ProvisionedFields {
  accessLevel: AccessLevel;
  scopes: string[];
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
  const { accessLevel, scopes, rateLimit } = after;
  const changes = diffTokens(before ?? {}, { accessLevel, scopes, rateLimit });
  if (!before || keyChanged) changes.key = { from: before?.maskedKey ?? null, to: after.maskedKey };
  const from = before?.provisionedFrom ?? null;
  if (from !== after.provisionedFrom) changes.provisionedFrom = { from, to: after.provisionedFrom };
  return changes;
};
