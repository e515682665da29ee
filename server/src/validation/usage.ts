import { yup, validateYupSchema } from '@strapi/utils';

import { USAGE_DEFAULT_DAYS, USAGE_MAX_DAYS } from '../../../shared/contracts/usage';
import { knownFieldsOnly } from './common';

const usageQuerySchema = knownFieldsOnly(
  yup.object({
    days: yup
      .number()
      .typeError(`days must be a whole number from 1 to ${USAGE_MAX_DAYS}`)
      .integer()
      .min(1)
      .max(USAGE_MAX_DAYS)
      .default(USAGE_DEFAULT_DAYS),
  })
);

/** `?days=` of GET /tokens/:id/usage: 1-90, default 30; anything else a 400 naming `days`. */
export const validateUsageQuery = (query: unknown) =>
  validateYupSchema(usageQuerySchema, { strict: false, abortEarly: false })(query ?? {}) as Promise<{ days: number }>;
