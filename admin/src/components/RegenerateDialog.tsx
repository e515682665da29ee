import * as React from 'react';
import { Dialog, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';
import { ConfirmFooter } from './ConfirmFooter';

import type { AccessToken } from '../../../shared/contracts/tokens';

export const GRACE_PERIODS = [
  { seconds: 0, id: 'none', defaultMessage: 'None: the old value stops working now' },
  { seconds: 3600, id: 'hour', defaultMessage: '1 hour' },
  { seconds: 86400, id: 'day', defaultMessage: '24 hours' },
  { seconds: 604800, id: 'week', defaultMessage: '7 days' },
];

interface GracePeriodFieldProps {
  label: string;
  hint?: string;
  value: number;
  onChange: (seconds: number) => void;
}

/** How long a replaced secret keeps working (a token value, a hook signing secret). */
export const GracePeriodField = ({ label, hint, value, onChange }: GracePeriodFieldProps) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name="gracePeriod" hint={hint}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={String(value)} onChange={(selected) => onChange(Number(selected))}>
        {GRACE_PERIODS.map((period) => (
          <SingleSelectOption key={period.id} value={String(period.seconds)}>
            {formatMessage({ id: getTranslation(`tokens.regenerate.grace.${period.id}`), defaultMessage: period.defaultMessage })}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      {hint && <Field.Hint />}
    </Field.Root>
  );
};

interface RegenerateDialogProps {
  token: AccessToken;
  onConfirm: (gracePeriodSeconds: number) => Promise<unknown> | void;
  onClose: () => void;
}

/** A new secret; the old one may keep working for a grace period while integrations are updated. */
export const RegenerateDialog = ({ token, onConfirm, onClose }: RegenerateDialogProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, { name: token.name });
  const [grace, setGrace] = React.useState(0);

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{t('tokens.regenerate.title', 'Regenerate token')}</Dialog.Header>
        <Dialog.Body icon={<ArrowClockwise />}>
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Typography textAlign="center">
              {t('tokens.regenerate.body', 'A new value will be generated for "{name}" and shown once.')}
            </Typography>
            <GracePeriodField label={t('tokens.regenerate.grace', 'Keep the old value working for')} value={grace} onChange={setGrace} />
          </Flex>
        </Dialog.Body>
        <ConfirmFooter
          confirmLabel={t('tokens.regenerate.confirm', 'Regenerate')}
          variant="default"
          onConfirm={() => onConfirm(grace)}
        />
      </Dialog.Content>
    </Dialog.Root>
  );
};
