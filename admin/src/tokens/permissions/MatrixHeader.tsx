import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';

import { CONTENT_TYPE_ACTIONS, type Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubject } from '../../../../shared/contracts/permission-subjects';
import { useT } from '../../ui/useT';
import { Cell, LABEL_WIDTH } from './matrixLayout';
import { columnTick, setColumn } from './permissionEdits';
import { useActionLabel } from './useActionLabel';

export interface MatrixHeaderProps {
  /** The content types of the matrix (not the plugins). */
  subjects: PermissionSubject[];
  value: Permissions;
  onChange: (value: Permissions) => void;
}

/** The action columns' names, each over its "select all" checkbox, as in the role editor. */
export const MatrixHeader = ({ subjects, value, onChange }: MatrixHeaderProps) => {
  const t = useT();
  const actionLabel = useActionLabel();

  return (
    <Flex paddingTop={4} paddingBottom={4} alignItems="flex-end">
      <Box width={LABEL_WIDTH} shrink={0} paddingLeft={6}>
        <Typography variant="sigma" textColor="neutral500">
          {t('tokens.permissions.contentTypes', 'Content types')}
        </Typography>
      </Box>
      {CONTENT_TYPE_ACTIONS.map((action) => {
        const label = actionLabel(action);
        return (
          <Cell key={action} direction="column" gap={3}>
            <Typography variant="sigma" textColor="neutral500">
              {label}
            </Typography>
            <Checkbox
              aria-label={t('tokens.permissions.selectColumn', 'Select {action} on every content type', {
                action: label,
              })}
              checked={columnTick(value, subjects, action)}
              disabled={!subjects.some((subject) => subject.actions.includes(action))}
              onCheckedChange={(checked) => onChange(setColumn(value, subjects, action, checked === true))}
            />
          </Cell>
        );
      })}
    </Flex>
  );
};
