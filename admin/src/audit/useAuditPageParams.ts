import * as React from 'react';

import { AUDIT_ACTIONS } from './useAuditLabels';
import { positiveInt, useSearchParamsState } from '../ui/useSearchParamsState';

import type { AuditAction, AuditEntry, AuditListQuery } from '../../../shared/contracts/audit';

export const AUDIT_PAGE_SIZE = 20;
export const AUDIT_SUBJECT_TYPES: AuditEntry['subjectType'][] = ['token', 'hook'];

/** An action belongs to one subject type: `hook.*` to hooks, `token.*` to tokens. */
export const actionMatches = (action: AuditAction, subjectType?: AuditEntry['subjectType']) =>
  !subjectType || action.startsWith(`${subjectType}.`);

/** The log's filters and page live in the URL (`subjectType`, `action`, `page`), so a filtered view can be shared. */
export const useAuditPageParams = () => {
  const [searchParams, update] = useSearchParamsState();

  const query: AuditListQuery = React.useMemo(
    () => ({
      subjectType: AUDIT_SUBJECT_TYPES.find((type) => type === searchParams.get('subjectType')),
      action: AUDIT_ACTIONS.find((action) => action === searchParams.get('action')),
      page: positiveInt(searchParams.get('page')) ?? 1,
      pageSize: AUDIT_PAGE_SIZE,
    }),
    [searchParams]
  );

  const { action } = query;
  return {
    query,
    /** A filter change goes back to the first page; a subject type drops an action of the other type. */
    setSubjectType: React.useCallback(
      (subjectType?: AuditEntry['subjectType']) =>
        update({
          subjectType,
          page: undefined,
          ...(action && !actionMatches(action, subjectType) ? { action: undefined } : {}),
        }),
      [update, action]
    ),
    setAction: React.useCallback((next?: AuditAction) => update({ action: next, page: undefined }), [update]),
    setPage: React.useCallback((page: number) => update({ page: page > 1 ? page : undefined }), [update]),
  };
};
