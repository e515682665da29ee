/** The admin list of tokens: its query (filters, sort, paging), the lookup by value, and its answer. */

import { z } from 'zod/v4';

import { pageOf, pageQueryFields } from './common';
import { tokenFields } from './token-fields';
import { accessToken, TOKEN_STATUSES } from './tokens';

export const TOKEN_SORT_FIELDS = [
  'name',
  'maskedKey',
  'accessLevel',
  'scopes',
  'status',
  'validFrom',
  'validTo',
  'lastUsedAt',
  'createdAt',
  'createdBy',
] as const;
export type TokenSortField = (typeof TOKEN_SORT_FIELDS)[number];

const NOT_IN_URL =
  'A token value is not accepted in the URL: send it in the body of POST /access-tokens/tokens/lookup { accessKey }';

const SORT = new RegExp(`^(${TOKEN_SORT_FIELDS.join('|')}):(asc|desc)$`);

const listFields = {
  search: z.string().max(200).optional(),
  accessLevel: tokenFields.accessLevel.optional(),
  status: z.enum(TOKEN_STATUSES).optional(),
  scope: z.string().max(200).optional(),
  /** Only active tokens that expire soon (see AccessToken.expiresSoon). */
  expiresSoon: z.literal(true, { error: 'can only be true' }).optional(),
  sort: z
    .custom<`${TokenSortField}:${'asc' | 'desc'}`>((sort) => typeof sort === 'string' && SORT.test(sort), {
      error: 'must be <column>:asc or <column>:desc',
    })
    .default('name:asc'),
  ...pageQueryFields,
};

/** `GET /tokens`: a token value is never accepted here (URLs reach logs and history); see tokenLookupInput. */
export const tokenListQuery = z.strictObject({
  ...listFields,
  // A query string says `true` as text.
  expiresSoon: z.preprocess((value) => (value === 'true' ? true : value), listFields.expiresSoon),
  // Known, so that the answer says where the value belongs instead of "unknown field".
  accessKey: z.undefined({ error: NOT_IN_URL }).optional(),
});
export type ValidTokenListQuery = z.infer<typeof tokenListQuery>;
export type TokenListQuery = Partial<Omit<ValidTokenListQuery, 'accessKey'>>;

/** `POST /tokens/lookup`: the list filtered by a token value (current, or previous in its grace period), in the body. */
export const tokenLookupInput = z.strictObject({ ...listFields, accessKey: z.string().min(1, 'is required').max(300) });
export type TokenLookupInput = TokenListQuery & { accessKey: string };
export type ValidTokenLookup = z.infer<typeof tokenLookupInput>;

/** A token in the list, with its requests in the current UTC hour and the 23 before it (any status). */
export const accessTokenListItem = accessToken.extend({ requests24h: z.number().int() });
export type AccessTokenListItem = z.infer<typeof accessTokenListItem>;

export const tokenListResponse = pageOf(accessTokenListItem);
export type TokenListResponse = z.infer<typeof tokenListResponse>;
