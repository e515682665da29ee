import { yup, validateYupSchema } from '@strapi/utils';

import { CUSTOM_TOKEN_MAX_LENGTH } from '../../../shared/token-rules';
import { knownFieldsOnly, withoutEchoedValues } from './common';

/** Values one leak report may hold: a scanner finds a few at a time; more go in several reports. */
export const MAX_REPORTED_TOKENS = 100;

// Messages never quote a value: it may be a live token.
const leakReportSchema = knownFieldsOnly(
  yup.object({
    tokens: yup
      .array(
        yup
          .string()
          .typeError('${path} must be a string')
          .required('${path} must not be empty')
          .max(CUSTOM_TOKEN_MAX_LENGTH, `\${path} must be at most ${CUSTOM_TOKEN_MAX_LENGTH} characters`)
      )
      .typeError('tokens must be a list of token values')
      .min(1, 'tokens must hold at least one value')
      .max(MAX_REPORTED_TOKENS, `tokens may hold at most ${MAX_REPORTED_TOKENS} values`)
      .required('tokens is required'),
  })
);

/** A refused report answers without any of its values. */
export const validateLeakReport = (body: unknown) =>
  (
    validateYupSchema(leakReportSchema, { strict: true, abortEarly: false })(body ?? {}) as Promise<{
      tokens: string[];
    }>
  ).catch(withoutEchoedValues());
