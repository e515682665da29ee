import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';

import type { Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubject } from '../../../../shared/contracts/permission-subjects';
import { useT } from '../../ui/useT';
import { Cell, DETAILS_LABEL_WIDTH, EmptyCell } from './matrixLayout';
import { fieldsTick, setAllFields, setField, tickedFields, type FieldMode } from './permissionEdits';

export interface FieldRulesProps {
  subject: PermissionSubject;
  value: Permissions;
  onChange: (value: Permissions) => void;
  /** Until the subject holds an action. */
  disabled: boolean;
}

const MODES: FieldMode[] = ['read', 'write'];
const MODE_LABELS: Record<FieldMode, string> = { read: 'Read', write: 'Write' };

/** One row per attribute, a Read and a Write column, each with its "select all"; unticked attributes stay hidden or fixed. */
export const FieldRules = ({ subject, value, onChange, disabled }: FieldRulesProps) => {
  const t = useT();
  const modeLabel = (mode: FieldMode) => t(`tokens.permissions.fields.${mode}`, MODE_LABELS[mode]);
  const ticked = { read: tickedFields(value, subject, 'read'), write: tickedFields(value, subject, 'write') };

  return (
    <Flex direction="column" alignItems="stretch" role="group" aria-label={t('tokens.permissions.fields', 'Fields')}>
      <Flex paddingBottom={2} alignItems="flex-end">
        <Box width={DETAILS_LABEL_WIDTH} shrink={0} paddingLeft={2}>
          <Typography variant="sigma" textColor="neutral500">
            {t('tokens.permissions.fields', 'Fields')}
          </Typography>
        </Box>
        {MODES.map((mode) => (
          <Cell key={mode} direction="column" gap={2}>
            <Typography variant="sigma" textColor="neutral500">
              {modeLabel(mode)}
            </Typography>
            <Checkbox
              aria-label={t('tokens.permissions.fields.selectAll', '{mode} every field of {name}', {
                mode: modeLabel(mode),
                name: subject.displayName,
              })}
              checked={fieldsTick(value, subject, mode)}
              disabled={disabled}
              onCheckedChange={(checked) => onChange(setAllFields(value, subject, mode, checked === true))}
            />
          </Cell>
        ))}
      </Flex>
      {subject.attributes.map((attribute, index) => (
        <Flex key={attribute.name} minHeight="4rem" background={index % 2 === 0 ? 'neutral100' : 'neutral0'}>
          <Flex width={DETAILS_LABEL_WIDTH} shrink={0} paddingLeft={2} gap={2} alignItems="baseline">
            <Typography ellipsis>{attribute.name}</Typography>
            <Typography variant="pi" textColor="neutral600">
              {attribute.type}
            </Typography>
          </Flex>
          {MODES.map((mode) =>
            mode === 'write' && !attribute.writable ? (
              <EmptyCell key={mode} />
            ) : (
              <Cell key={mode}>
                <Checkbox
                  aria-label={`${modeLabel(mode)} ${attribute.name}`}
                  checked={ticked[mode].includes(attribute.name)}
                  disabled={disabled}
                  onCheckedChange={(checked) =>
                    onChange(setField(value, subject, mode, attribute.name, checked === true))
                  }
                />
              </Cell>
            )
          )}
        </Flex>
      ))}
      <Box paddingTop={2} paddingLeft={2}>
        <Typography variant="pi" textColor="neutral600">
          {t(
            'tokens.permissions.fields.hint',
            'id and documentId are always readable. Private fields are never listed: no token may read them.'
          )}
        </Typography>
      </Box>
    </Flex>
  );
};
