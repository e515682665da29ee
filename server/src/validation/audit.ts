import { yup, validateYupSchema } from '@strapi/utils';

import { knownFieldsOnly, pageQuery } from './common';

const auditListQuerySchema = knownFieldsOnly(
  yup.object({
    subjectType: yup.string().oneOf(['token', 'hook']),
    tokenId: yup.number().integer().positive(),
    action: yup.string().max(50),
    ...pageQuery,
  })
);

export const validateAuditListQuery = (query: unknown) =>
  validateYupSchema(auditListQuerySchema, { strict: false, abortEarly: false, stripUnknown: false })(query) as Promise<{
    subjectType?: 'token' | 'hook';
    tokenId?: number;
    action?: string;
    page: number;
    pageSize: number;
  }>;
