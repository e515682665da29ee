import { Box, Checkbox } from '@strapi/design-system';

import { CONTENT_TYPE_ACTIONS, type Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubject, SubjectLocale } from '../../../../shared/contracts/permission-subjects';
import { useT } from '../../ui/useT';
import { Cell, EmptyCell, RowBox, RowDetails } from './matrixLayout';
import { grantedActions, setAction } from './permissionEdits';
import { SubjectLabel } from './SubjectLabel';
import { SubjectDetails } from './SubjectDetails';
import { useActionLabel } from './useActionLabel';

export interface SubjectRowProps {
  subject: PermissionSubject;
  locales: SubjectLocale[];
  value: Permissions;
  onChange: (value: Permissions) => void;
  open: boolean;
  onToggle: () => void;
  striped: boolean;
}

/** A content type's row: "select all", its name (which opens its field and locale rules), one box per action. */
export const SubjectRow = ({ subject, locales, value, onChange, open, onToggle, striped }: SubjectRowProps) => {
  const t = useT();
  const actionLabel = useActionLabel();
  const granted = grantedActions(value, subject.uid);
  const detailsId = `permissions-${subject.uid}`;

  return (
    <Box>
      <RowBox $active={open} $striped={striped}>
        <SubjectLabel
          subject={subject}
          value={value}
          onChange={onChange}
          open={open}
          onToggle={onToggle}
          detailsId={detailsId}
        />
        {CONTENT_TYPE_ACTIONS.map((action) =>
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
      </RowBox>
      {open && (
        <RowDetails id={detailsId}>
          <SubjectDetails subject={subject} locales={locales} value={value} onChange={onChange} />
        </RowDetails>
      )}
    </Box>
  );
};
