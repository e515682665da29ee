import { yup } from '@strapi/utils';

import { knownFieldsOnly } from './yup-rules';

import { RATE_LIMIT_MAX } from '../../../shared/contracts/tokens';

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
