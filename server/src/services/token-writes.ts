import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { toTokenDto, tokensTable, type TokenRow, type Transaction } from '../data/tokens';
import { expiresSoonWindowDays } from '../lib/expiry-thresholds';
import { getPluginConfig, getService } from '../utils';
import { asValidationErrorIfDuplicate } from '../utils/unique-violation';

/** What the tokens service and its lifecycle share: find a row, write in a transaction, forget the cached one. */
export const createTokenWrites = (strapi: Core.Strapi) => {
  const tokens = tokensTable(strapi);
  const keys = () => getService('keys', { strapi });
  const expiresSoonDays = expiresSoonWindowDays(getPluginConfig(strapi).expiryWarnings.thresholdsDays);

  return {
    tokens,
    /** Days within which an active token expires soon: the largest expiry-warning threshold. */
    expiresSoonDays,
    toDto: (row: TokenRow, now?: Date) => toTokenDto(row, { soonDays: expiresSoonDays, now }),
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

    /** The stored columns of a token value: its hash and what the masked key shows. */
    keyColumns: (value: string) => ({ keyHash: keys().hash(value), ...keys().mask(value) }),
  };
};
