import * as React from 'react';
import { Field, TextInput } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';

import { ActionDialog, type DialogCallbacks } from '../ui/ActionDialog';
import { useT } from '../ui/useT';

import type { AccessToken } from '../../../shared/contracts/tokens';

interface RevokeDialogProps extends DialogCallbacks {
  token: AccessToken;
}

/** Revoking cannot be undone, so the admin types the token's exact name to confirm. */
export const RevokeDialog = ({ token, onConfirm, onClose }: RevokeDialogProps) => {
  const t = useT();
  const values = { name: token.name };
  const [typed, setTyped] = React.useState('');

  return (
    <ActionDialog
      title={t('tokens.revoke.title', 'Revoke token')}
      body={t(
        'tokens.revoke.body',
        'Integrations using "{name}" will stop working immediately. Its valid-to date is set to now.',
        values
      )}
      confirmLabel={t('tokens.revoke.confirm', 'Revoke')}
      icon={<WarningCircle fill="danger600" />}
      variant="danger-light"
      disabled={typed !== token.name}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Field.Root name="confirmName">
        <Field.Label>{t('tokens.revoke.typeName', 'Type {name} to confirm', values)}</Field.Label>
        <TextInput
          value={typed}
          autoComplete="off"
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTyped(e.target.value)}
        />
      </Field.Root>
    </ActionDialog>
  );
};
