import { yup, validateYupSchema } from '@strapi/utils';

import { AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES, type AuditListQuery } from '../../../shared/contracts/audit';
import { knownFieldsOnly, pageQuery, type Paged } from './common';

const auditListQuerySchema = knownFieldsOnly(
  yup.object({
    subjectType: yup.string().oneOf([...AUDIT_SUBJECT_TYPES]),
    tokenId: yup.number().integer().positive(),
    action: yup.string().oneOf([...AUDIT_ACTIONS], `action must be one of ${AUDIT_ACTIONS.join(', ')}`),
    ...pageQuery,
  })
);

export const validateAuditListQuery = (query: unknown) =>
  validateYupSchema(auditListQuerySchema, { strict: false, abortEarly: false, stripUnknown: false })(query) as Promise<
    Paged<AuditListQuery>
  >;
