import { Flex, Typography } from '@strapi/design-system';

import type { Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubject, SubjectLocale } from '../../../../shared/contracts/permission-subjects';
import { useT } from '../../ui/useT';
import { FieldRules } from './FieldRules';
import { LocalePicker } from './LocalePicker';

export interface SubjectDetailsProps {
  subject: PermissionSubject;
  locales: SubjectLocale[];
  value: Permissions;
  onChange: (value: Permissions) => void;
}

/** An open row: which attributes the token may read and write, and for a localized type, in which locales. */
export const SubjectDetails = ({ subject, locales, value, onChange }: SubjectDetailsProps) => {
  const t = useT();
  const granted = Boolean(value[subject.uid]);
  const localized = subject.localized && locales.length > 0;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {!granted && (
        <Typography variant="pi" textColor="neutral600">
          {t('tokens.permissions.grantFirst', 'Tick an action of {name} to limit its fields or locales.', {
            name: subject.displayName,
          })}
        </Typography>
      )}
      {subject.attributes.length > 0 && (
        <FieldRules subject={subject} value={value} onChange={onChange} disabled={!granted} />
      )}
      {localized && (
        <LocalePicker subject={subject} locales={locales} value={value} onChange={onChange} disabled={!granted} />
      )}
      {subject.attributes.length === 0 && !localized && (
        <Typography variant="pi" textColor="neutral600">
          {t('tokens.permissions.nothingToLimit', 'No fields or locales to limit.')}
        </Typography>
      )}
    </Flex>
  );
};
