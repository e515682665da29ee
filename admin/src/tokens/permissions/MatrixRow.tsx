import type { ReactNode } from 'react';

import { Box, Checkbox, Typography } from '@strapi/design-system';
import { ChevronDown, ChevronUp } from '@strapi/icons';

import type { Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubject } from '../../../../shared/contracts/permission-subjects';
import { useT } from '../../ui/useT';
import { LabelCell, RowBox, RowDetails, RowToggle } from './matrixLayout';
import { rowTick, setRow } from './permissionEdits';

/** What every row of the matrix takes: its subject, the value it edits, whether it is the open one, its stripe. */
export interface RowProps {
  subject: PermissionSubject;
  value: Permissions;
  onChange: (value: Permissions) => void;
  open: boolean;
  onToggle: () => void;
  striped: boolean;
}

interface MatrixRowProps extends RowProps {
  /** What follows the name on the row: a box per action, or a count. */
  cells: ReactNode;
  /** What the name opens below the row. */
  details: ReactNode;
}

/** A row of the matrix: "select every action", the name that opens the row's details, then its cells. */
export const MatrixRow = ({ subject, value, onChange, open, onToggle, striped, cells, details }: MatrixRowProps) => {
  const t = useT();
  const detailsId = `permissions-${subject.uid}`;
  return (
    <Box>
      <RowBox $active={open} $striped={striped}>
        <LabelCell>
          <Checkbox
            aria-label={t('tokens.permissions.selectRow', 'Select every action on {name}', {
              name: subject.displayName,
            })}
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
        {cells}
      </RowBox>
      {open && <RowDetails id={detailsId}>{details}</RowDetails>}
    </Box>
  );
};
