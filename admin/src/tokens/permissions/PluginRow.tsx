import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';

import type { Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubject } from '../../../../shared/contracts/permission-subjects';
import { useT } from '../../ui/useT';
import { RowBox, RowDetails } from './matrixLayout';
import { grantedActions, setAction } from './permissionEdits';
import { SubjectLabel } from './SubjectLabel';

export interface PluginRowProps {
  subject: PermissionSubject;
  value: Permissions;
  onChange: (value: Permissions) => void;
  open: boolean;
  onToggle: () => void;
  striped: boolean;
}

/** `content-api.upload` -> { content-api: [upload] }: the actions of each of the plugin's controllers. */
const byController = (actions: string[]) =>
  actions.reduce<Record<string, string[]>>((groups, action) => {
    const [controller, name] = [action.slice(0, action.lastIndexOf('.')), action.slice(action.lastIndexOf('.') + 1)];
    return { ...groups, [controller]: [...(groups[controller] ?? []), name] };
  }, {});

/** A plugin: its actions are its own, not the matrix's columns, so they open below it, grouped by controller. */
export const PluginRow = ({ subject, value, onChange, open, onToggle, striped }: PluginRowProps) => {
  const t = useT();
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
        <Typography variant="pi" textColor="neutral600">
          {t('tokens.permissions.plugin.granted', '{granted} of {total, plural, one {# action} other {# actions}}', {
            granted: granted.length,
            total: subject.actions.length,
          })}
        </Typography>
      </RowBox>
      {open && (
        <RowDetails id={detailsId}>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {Object.entries(byController(subject.actions)).map(([controller, names]) => (
              <Flex
                key={controller}
                direction="column"
                alignItems="stretch"
                gap={2}
                role="group"
                aria-label={controller}
              >
                <Typography variant="sigma" textColor="neutral500">
                  {controller}
                </Typography>
                <Flex gap={4} wrap="wrap">
                  {names.map((name) => {
                    const action = `${controller}.${name}`;
                    return (
                      <Box key={action} width="16rem">
                        <Checkbox
                          checked={granted.includes(action)}
                          onCheckedChange={(checked) => onChange(setAction(value, subject, action, checked === true))}
                        >
                          {name}
                        </Checkbox>
                      </Box>
                    );
                  })}
                </Flex>
              </Flex>
            ))}
          </Flex>
        </RowDetails>
      )}
    </Box>
  );
};
