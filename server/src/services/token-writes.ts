import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { toTokenFields } from '../data/token-fields';
import { tokensTable, type TokenRow, type Transaction } from '../data/tokens';
import { expiresSoonWindowDays } from '../lib/expiry-thresholds';
import { configuredFieldsAmong, configuredFieldsMessage, provisionedDeletionMessage } from '../lib/provisioned-tokens';
import type { Changes } from '../lib/token-changes';
import { deriveTokenStatus, toTime } from '../lib/token-status';
import { getPluginConfig, getService } from '../utils';
import { ConflictError } from '../utils/errors';
import { asValidationErrorIfDuplicate } from '../utils/unique-violation';

import type { AccessToken } from '../../../shared/contracts/tokens';
import { DAY_MS } from '../../../shared/token-lifetime';

/**
 * The public shape of a token: its stored fields, and what the clock decides: the status, `expiresSoon` (active and
 * ending within `soonDays`, the largest expiry-warning threshold), and the end of a grace period still running.
 */
const toTokenDto = (row: TokenRow, soonDays: number, now = new Date()): AccessToken => {
  const fields = toTokenFields(row);
  const status = deriveTokenStatus(row, now);
  const graceEnds = fields.previousKeyExpiresAt;
  return {
    ...fields,
    status,
    expiresSoon: status === 'active' && (toTime(row.validTo) ?? Infinity) <= now.getTime() + soonDays * DAY_MS,
    previousKeyExpiresAt: graceEnds && Date.parse(graceEnds) > now.getTime() ? graceEnds : null,
  };
};

/** What the tokens service and its lifecycle share: find a row, write in a transaction, forget the cached one. */
export const createTokenWrites = (strapi: Core.Strapi) => {
  const tokens = tokensTable(strapi);
  const keys = () => getService('keys', { strapi });
  const expiresSoonDays = expiresSoonWindowDays(getPluginConfig(strapi).expiryWarnings.thresholdsDays);

  return {
    tokens,
    /** Days within which an active token expires soon: the largest expiry-warning threshold. */
    expiresSoonDays,
    toDto: (row: TokenRow, now?: Date) => toTokenDto(row, expiresSoonDays, now),
    audit: () => getService('audit', { strapi }),

    async findRow(id: number): Promise<TokenRow> {
      const row = await tokens.findById(id);
      if (!row) throw new errors.NotFoundError('Token not found');
      return row;
    },

    /** One transaction for a change and its audit entry; a unique-index race becomes the usual 400. */
    write: <T>(work: (context: { trx: Transaction }) => Promise<T>): Promise<T> =>
      (strapi.db.transaction(work) as Promise<T>).catch((error: unknown) => {
        throw asValidationErrorIfDuplicate(error);
      }),

    /** Effective on this instance at once; other instances follow through the audit poll. */
    forgetCached: (id: number) => getService('authenticator', { strapi }).evict(id),

    /** A provisioned token's configured fields change only in the configuration (lib/provisioned-tokens). */
    assertEditable(row: TokenRow, changes: Changes): void {
      if (!row.provisionedFrom) return;
      const spec = getPluginConfig(strapi).tokens.find((token) => token.valueFromEnv === row.provisionedFrom);
      const fields = configuredFieldsAmong(Object.keys(changes), spec?.rateLimit !== undefined);
      if (!fields.length) return;
      throw new ConflictError(configuredFieldsMessage(row.name, row.provisionedFrom, fields), {
        provisionedFrom: row.provisionedFrom,
        fields,
      });
    },

    /**
     * A provisioned token is deleted only once it has left the configuration: the next start-up would create it
     * afresh, active, with its configured value, even after a revocation.
     */
    assertDeletable(row: TokenRow): void {
      if (!row.provisionedFrom) return;
      throw new ConflictError(provisionedDeletionMessage(row.name, row.provisionedFrom), {
        provisionedFrom: row.provisionedFrom,
      });
    },

    /** The stored columns of a token value: its hash and what the masked key shows. */
    keyColumns: (value: string) => ({ keyHash: keys().hash(value), ...keys().mask(value) }),
  };
};
