import { Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';

import { AUDIT_ACTIONS, useAuditLabels } from '../hooks/useAuditLabels';
import { AUDIT_SUBJECT_TYPES, actionMatches } from '../hooks/useAuditPageParams';
import { useT } from '../hooks/useT';

import type { AuditAction, AuditEntry } from '../../../shared/contracts/audit';

type SubjectType = AuditEntry['subjectType'];

const SUBJECT_TYPE_LABELS: Record<SubjectType, string> = { token: 'Tokens', hook: 'Hooks' };

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
  const clearLabel = t('tokens.filters.clear', 'Clear');

  return (
    <Flex gap={4} wrap="wrap" alignItems="flex-end">
      <Field.Root name="subjectType" maxWidth="24rem" width="100%">
        <Field.Label>{t('audit.filter.subjectType', 'Subject')}</Field.Label>
        <SingleSelect
          value={subjectType ?? ''}
          onChange={(next: string | number | undefined) =>
            onSubjectTypeChange(AUDIT_SUBJECT_TYPES.find((type) => type === next))
          }
          onClear={() => onSubjectTypeChange(undefined)}
          clearLabel={clearLabel}
          placeholder={t('audit.filter.anySubject', 'Tokens and hooks')}
        >
          {AUDIT_SUBJECT_TYPES.map((type) => (
            <SingleSelectOption key={type} value={type}>
              {t(`audit.subjectType.${type}`, SUBJECT_TYPE_LABELS[type])}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="action" maxWidth="24rem" width="100%">
        <Field.Label>{t('audit.filter.action', 'Action')}</Field.Label>
        <SingleSelect
          value={action ?? ''}
          onChange={(next: string | number | undefined) =>
            onActionChange(AUDIT_ACTIONS.find((known) => known === next))
          }
          onClear={() => onActionChange(undefined)}
          clearLabel={clearLabel}
          placeholder={t('audit.filter.anyAction', 'Any action')}
        >
          {AUDIT_ACTIONS.filter((known) => actionMatches(known, subjectType)).map((known) => (
            <SingleSelectOption key={known} value={known}>
              {labels.action(known)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Flex>
  );
};
