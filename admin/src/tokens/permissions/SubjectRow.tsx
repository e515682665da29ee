import { Checkbox } from '@strapi/design-system';

import { CONTENT_TYPE_ACTIONS } from '../../../../shared/contracts/permissions';
import type { SubjectLocale } from '../../../../shared/contracts/permission-subjects';
import { useT } from '../../ui/useT';
import { Cell, EmptyCell } from './matrixLayout';
import { grantedActions, setAction } from './permissionEdits';
import { MatrixRow, type RowProps } from './MatrixRow';
import { SubjectDetails } from './SubjectDetails';
import { useActionLabel } from './useActionLabel';

export interface SubjectRowProps extends RowProps {
  locales: SubjectLocale[];
}

/** A content type's row: "select all", its name (which opens its field and locale rules), one box per action. */
export const SubjectRow = ({ locales, ...row }: SubjectRowProps) => {
  const { subject, value, onChange } = row;
  const t = useT();
  const actionLabel = useActionLabel();
  const granted = grantedActions(value, subject.uid);

  return (
    <MatrixRow
      {...row}
      cells={CONTENT_TYPE_ACTIONS.map((action) =>
        subject.actions.includes(action) ? (
          <Cell key={action}>
            <Checkbox
              aria-label={t('tokens.permissions.selectAction', '{action} {name}', {
                action: actionLabel(action),
                name: subject.displayName,
              })}
              checked={granted.includes(action)}
              onCheckedChange={(checked) => onChange(setAction(value, subject, action, checked === true))}
            />
          </Cell>
        ) : (
          <EmptyCell key={action} />
        )
      )}
      details={<SubjectDetails subject={subject} locales={locales} value={value} onChange={onChange} />}
    />
  );
};
