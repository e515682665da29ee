import { yup, validateYupSchema } from '@strapi/utils';

import { pageQuery } from './common';

const auditListQuerySchema = yup
  .object({
    subjectType: yup.string().oneOf(['token', 'hook']),
    tokenId: yup.number().integer().positive(),
    action: yup.string().max(50),
    ...pageQuery,
  })
  .noUnknown();

export const validateAuditListQuery = (query: unknown) =>
  validateYupSchema(auditListQuerySchema, { abortEarly: false })(query) as Promise<{
    subjectType?: 'token' | 'hook';
    tokenId?: number;
    action?: string;
    page: number;
    pageSize: number;
  }>;
