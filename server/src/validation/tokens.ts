import { yup, validateYupSchema } from '@strapi/utils';

import { ACCESS_LEVELS } from '../../../shared/access-levels';
import { TOKEN_SORT_FIELDS, TOKEN_STATUSES } from '../../../shared/contracts/tokens';
import { isValidCidr } from '../../../shared/cidr';
import { validateCustomToken } from '../lib/token-format';
import { isoDate, knownFieldsOnly, pageQuery, plainText, withoutEchoedValues } from './common';
import { rateLimitSchema, withCanonicalRateLimit } from './rate-limit';

import type {
  CreateTokenInput,
  RegenerateTokenInput,
  TokenListQuery,
  TokenLookupInput,
  UpdateTokenInput,
} from '../../../shared/contracts/tokens';

export interface TokenValidationContext {
  /** Scope identifiers a token may name: content-type UIDs and `plugin::<name>`. */
  knownScopes: Set<string>;
  /** The configured token prefix: a custom value using it must carry a valid checksum. */
  prefix: string;
  now: Date;
}

/** A valid list query with its defaults; a lookup's also holds the token value. */
export type ValidListQuery = Required<Pick<TokenListQuery, 'sort' | 'page' | 'pageSize'>> &
  TokenListQuery &
  Partial<Pick<TokenLookupInput, 'accessKey'>>;

const MAX_GRACE_PERIOD_SECONDS = 30 * 24 * 60 * 60;

const fields = {
  name: yup
    .string()
    .max(100)
    .test('not-blank', '${path} must not be empty', (value) => value === undefined || value.trim().length > 0)
    .test(plainText('line')),
  description: yup.string().max(1000).nullable().test(plainText('lines')),
  accessLevel: yup.string().oneOf([...ACCESS_LEVELS]),
  scopes: yup.array(yup.string().required()).test('known-scopes', 'unknown scope', function knownScopes(scopes) {
    const { knownScopes } = this.options.context as TokenValidationContext;
    const unknown = (scopes ?? []).filter((scope) => !knownScopes.has(scope as string));
    return unknown.length === 0
      ? true
      : this.createError({
          message: `${this.path} names what has no content-API routes: ${unknown.join(', ')}`,
        });
  }),
  ipAllowlist: yup
    .array(
      yup
        .string()
        .required()
        .test('cidr', '${path} must be an IPv4 or IPv6 address or CIDR range', (v) => v === undefined || isValidCidr(v))
    )
    .max(100),
  validFrom: isoDate(),
  validTo: isoDate().test('after-valid-from', '${path} must be after validFrom', function afterFrom(validTo) {
    const { validFrom } = this.parent as { validFrom?: string | null };
    return !validTo || !validFrom || Date.parse(validTo) > Date.parse(validFrom);
  }),
  rateLimit: rateLimitSchema(),
};

const notInThePast = (schema: typeof fields.validTo) =>
  schema.test('not-past', '${path} must not be in the past', function notPast(value) {
    const { now } = this.options.context as TokenValidationContext;
    return !value || Date.parse(value) > now.getTime();
  });

const createSchema = knownFieldsOnly(
  yup.object({
    ...fields,
    name: fields.name.required(),
    accessLevel: fields.accessLevel.required(),
    validTo: notInThePast(fields.validTo),
    accessKey: yup.string().test('custom-key', 'invalid', function customKey(value) {
      const { prefix } = this.options.context as TokenValidationContext;
      const problem = value === undefined ? null : validateCustomToken(value, prefix);
      return problem ? this.createError({ message: `${this.path} ${problem}` }) : true;
    }),
  })
);

const updateSchema = knownFieldsOnly(yup.object({ ...fields, validTo: notInThePast(fields.validTo) }));

const DROP_SUBSCRIPTIONS_REPLACED =
  "dropSubscriptions is no longer accepted: regenerate now removes the token's hook subscriptions unless keepSubscriptions is true";

const regenerateSchema = knownFieldsOnly(
  yup.object({
    gracePeriodSeconds: yup.number().integer().min(0).max(MAX_GRACE_PERIOD_SECONDS),
    keepSubscriptions: yup.boolean(),
    // Known, so that the answer names its replacement instead of "unknown field".
    dropSubscriptions: yup.mixed().test('replaced', DROP_SUBSCRIPTIONS_REPLACED, (value) => value === undefined),
  })
);

const NOT_IN_URL =
  'A token value is not accepted in the URL: send it in the body of POST /access-tokens/tokens/lookup { accessKey }';

const listFields = {
  search: yup.string().max(200),
  accessLevel: yup.string().oneOf([...ACCESS_LEVELS]),
  status: yup.string().oneOf([...TOKEN_STATUSES]),
  scope: yup.string().max(200),
  expiresSoon: yup.boolean().oneOf([true], '${path} can only be true'),
  sort: yup
    .string()
    .matches(
      new RegExp(`^(${TOKEN_SORT_FIELDS.join('|')}):(asc|desc)$`),
      '${path} must be <column>:asc or <column>:desc'
    )
    .default('name:asc'),
  ...pageQuery,
};

const listQuerySchema = knownFieldsOnly(
  yup.object({
    ...listFields,
    // Known, so that the answer says where the value belongs instead of "unknown field".
    accessKey: yup.mixed().test('not-in-url', NOT_IN_URL, (value) => value === undefined),
  })
);

const lookupSchema = knownFieldsOnly(yup.object({ ...listFields, accessKey: yup.string().required().max(300) }));

const strict = { strict: true, abortEarly: false };

export const validateCreateToken = (body: unknown, context: TokenValidationContext) =>
  (validateYupSchema(createSchema, { ...strict, context })(body) as Promise<CreateTokenInput>)
    .then(withCanonicalRateLimit)
    .catch(withoutEchoedValues(['accessKey']));

export const validateUpdateToken = (body: unknown, context: TokenValidationContext) =>
  (validateYupSchema(updateSchema, { ...strict, context })(body) as Promise<UpdateTokenInput>).then(
    withCanonicalRateLimit
  );

export const validateRegenerateToken = (body: unknown) =>
  validateYupSchema(regenerateSchema, strict)(body ?? {}) as Promise<RegenerateTokenInput>;

/**
 * Query strings arrive as text: numbers are coerced and defaults applied (validateYupSchema is strict
 * unless told otherwise), unknown parameters refused.
 */
export const validateTokenListQuery = (query: unknown) =>
  (
    validateYupSchema(listQuerySchema, { strict: false, abortEarly: false, stripUnknown: false })(
      query
    ) as Promise<ValidListQuery>
  ).catch(withoutEchoedValues(['accessKey']));

/**
 * A JSON body is checked strictly (a non-strict cast trips over keys such as `constructor` before the unknown-field
 * test runs); the defaults are applied to the valid body afterwards.
 */
export const validateTokenLookup = async (body: unknown) => {
  const valid = await validateYupSchema(lookupSchema, strict)(body ?? {}).catch(withoutEchoedValues(['accessKey']));
  return lookupSchema.cast(valid) as ValidListQuery;
};
