import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';
import { ChevronDown, ChevronUp } from '@strapi/icons';

import type { Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubject } from '../../../../shared/contracts/permission-subjects';
import { useT } from '../../ui/useT';
import { LabelCell, RowBox, RowDetails, RowToggle } from './matrixLayout';
import { grantedActions, rowTick, setAction, setRow } from './permissionEdits';

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
