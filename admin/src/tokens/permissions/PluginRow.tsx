import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';

import { useT } from '../../ui/useT';
import { grantedActions, setAction } from './permissionEdits';
import { MatrixRow, type RowProps } from './MatrixRow';

/** `content-api.upload` -> { content-api: [upload] }: the actions of each of the plugin's controllers. */
const byController = (actions: string[]) =>
  actions.reduce<Record<string, string[]>>((groups, action) => {
    const [controller, name] = [action.slice(0, action.lastIndexOf('.')), action.slice(action.lastIndexOf('.') + 1)];
    return { ...groups, [controller]: [...(groups[controller] ?? []), name] };
  }, {});

/** A plugin: its actions are its own, not the matrix's columns, so they open below it, grouped by controller. */
export const PluginRow = (row: RowProps) => {
  const { subject, value, onChange } = row;
  const t = useT();
  const granted = grantedActions(value, subject.uid);

  return (
    <MatrixRow
      {...row}
      cells={
        <Typography variant="pi" textColor="neutral600">
          {t('tokens.permissions.plugin.granted', '{granted} of {total, plural, one {# action} other {# actions}}', {
            granted: granted.length,
            total: subject.actions.length,
          })}
        </Typography>
      }
      details={
        <Flex direction="column" alignItems="stretch" gap={4}>
          {Object.entries(byController(subject.actions)).map(([controller, names]) => (
            <Flex key={controller} direction="column" alignItems="stretch" gap={2} role="group" aria-label={controller}>
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
      }
    />
  );
};
