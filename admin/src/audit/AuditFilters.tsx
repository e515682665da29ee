import { Flex } from '@strapi/design-system';

import { FilterSelect, labelledOptions } from '../ui/FilterSelect';
import { AUDIT_ACTIONS, useAuditLabels } from './useAuditLabels';
import { AUDIT_SUBJECT_TYPES, actionMatches } from './useAuditPageParams';
import { useT, type ValueLabels } from '../ui/useT';

import type { AuditAction, AuditEntry } from '../../../shared/contracts/audit';

type SubjectType = AuditEntry['subjectType'];

const SUBJECT_TYPES: ValueLabels<SubjectType> = {
  prefix: 'audit.subjectType',
  labels: { token: 'Tokens', hook: 'Hooks' },
};

export interface AuditFiltersProps {
  subjectType?: SubjectType;
  action?: AuditAction;
  onSubjectTypeChange: (subjectType?: SubjectType) => void;
  onActionChange: (action?: AuditAction) => void;
}

/** Narrows the log to tokens or hooks, and to one action (only those of the chosen subject type are offered). */
export const AuditFilters = ({ subjectType, action, onSubjectTypeChange, onActionChange }: AuditFiltersProps) => {
  const t = useT();
  const labels = useAuditLabels();

  return (
    <Flex gap={4} wrap="wrap" alignItems="flex-end">
      <FilterSelect
        name="subjectType"
        label={t('audit.filter.subjectType', 'Subject')}
        placeholder={t('audit.filter.anySubject', 'Tokens and hooks')}
        value={subjectType}
        options={labelledOptions(t, AUDIT_SUBJECT_TYPES, SUBJECT_TYPES)}
        onChange={onSubjectTypeChange}
      />
      <FilterSelect
        name="action"
        label={t('audit.filter.action', 'Action')}
        placeholder={t('audit.filter.anyAction', 'Any action')}
        value={action}
        options={AUDIT_ACTIONS.filter((known) => actionMatches(known, subjectType)).map((known) => ({
          value: known,
          label: labels.action(known),
        }))}
        onChange={onActionChange}
      />
    </Flex>
  );
};
