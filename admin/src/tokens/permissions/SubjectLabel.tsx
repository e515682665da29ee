import { Checkbox, Typography } from '@strapi/design-system';
import { ChevronDown, ChevronUp } from '@strapi/icons';

import type { Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubject } from '../../../../shared/contracts/permission-subjects';
import { useT } from '../../ui/useT';
import { LabelCell, RowToggle } from './matrixLayout';
import { rowTick, setRow } from './permissionEdits';

export interface SubjectLabelProps {
  subject: PermissionSubject;
  value: Permissions;
  onChange: (value: Permissions) => void;
  open: boolean;
  onToggle: () => void;
  /** The id of the details the name opens. */
  detailsId: string;
}

/** The first cell of a matrix row: "select every action", and the name that opens the row's details. */
export const SubjectLabel = ({ subject, value, onChange, open, onToggle, detailsId }: SubjectLabelProps) => {
  const t = useT();
  return (
    <LabelCell>
      <Checkbox
        aria-label={t('tokens.permissions.selectRow', 'Select every action on {name}', { name: subject.displayName })}
        checked={rowTick(value, subject)}
        onCheckedChange={(checked) => onChange(setRow(value, subject, checked === true))}
      />
      <RowToggle type="button" aria-expanded={open} aria-controls={open ? detailsId : undefined} onClick={onToggle}>
        <Typography ellipsis fontWeight={open ? 'bold' : undefined} textColor="inherit">
          {subject.displayName}
        </Typography>
        {open ? <ChevronUp aria-hidden /> : <ChevronDown aria-hidden />}
      </RowToggle>
    </LabelCell>
  );
};
