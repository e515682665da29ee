import { yup } from '@strapi/utils';

import { canonicalRateLimit } from '../lib/rate-limit';
import { knownFieldsOnly } from './common';

import { RATE_LIMIT_MAX, type RateLimit } from '../../../shared/contracts/tokens';

const bounded = (max: number) => yup.number().integer().min(1).max(max).required();

/** `{ limit, windowSeconds }` or null: both whole numbers from 1 to RATE_LIMIT_MAX, nothing else. */
export const rateLimitSchema = (): yup.AnyObjectSchema =>
  knownFieldsOnly(
    yup.object({
      limit: bounded(RATE_LIMIT_MAX.limit),
      windowSeconds: bounded(RATE_LIMIT_MAX.windowSeconds),
    })
  )
    .nullable()
    .default(undefined);

/** A valid body with its limit's keys in one order (absent stays absent). */
export const withCanonicalRateLimit = <T extends { rateLimit?: RateLimit | null }>(input: T): T =>
  input.rateLimit === undefined ? input : { ...input, rateLimit: canonicalRateLimit(input.rateLimit) };
