import * as React from 'react';
import { Dialog, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';

import { useT } from '../hooks/useT';
import { ConfirmFooter } from './ConfirmFooter';

import type { AccessToken } from '../../../shared/contracts/tokens';

interface RevokeDialogProps {
  token: AccessToken;
  onConfirm: () => Promise<unknown> | void;
  onClose: () => void;
}

/** Revoking cannot be undone, so the admin types the token's exact name to confirm. */
export const RevokeDialog = ({ token, onConfirm, onClose }: RevokeDialogProps) => {
  const t = useT();
  const values = { name: token.name };
  const [typed, setTyped] = React.useState('');

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{t('tokens.revoke.title', 'Revoke token')}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Typography textAlign="center">
              {t(
                'tokens.revoke.body',
                'Integrations using "{name}" will stop working immediately. Its valid-to date is set to now.',
                values
              )}
            </Typography>
            <Field.Root name="confirmName">
              <Field.Label>{t('tokens.revoke.typeName', 'Type {name} to confirm', values)}</Field.Label>
              <TextInput
                value={typed}
                autoComplete="off"
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTyped(e.target.value)}
              />
            </Field.Root>
          </Flex>
        </Dialog.Body>
        <ConfirmFooter
          confirmLabel={t('tokens.revoke.confirm', 'Revoke')}
          variant="danger-light"
          disabled={typed !== token.name}
          onConfirm={onConfirm}
        />
      </Dialog.Content>
    </Dialog.Root>
  );
};
