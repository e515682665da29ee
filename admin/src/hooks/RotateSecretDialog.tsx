import * as React from 'react';
import { Key } from '@strapi/icons';

import { ActionDialog, type DialogCallbacks } from '../ui/ActionDialog';
import { GracePeriodField } from '../ui/GracePeriodField';
import { SecretShownOnce } from '../ui/SecretShownOnce';
import { useFormatDate } from '../ui/useFormatDate';
import { useT } from '../ui/useT';

import type { AdminHookSubscription, RotateSecretResponse } from '../../../shared/contracts/hooks';

/** The plugin's default: a day for the receiver to switch. */
const DEFAULT_GRACE_SECONDS = 86400;

interface RotateSecretDialogProps extends DialogCallbacks<[gracePeriodSeconds: number]> {
  subscription: AdminHookSubscription;
}

/** Asks how long the old signing secret keeps signing next to the new one. */
export const RotateSecretDialog = ({ subscription, onConfirm, onClose }: RotateSecretDialogProps) => {
  const t = useT();
  const [grace, setGrace] = React.useState(DEFAULT_GRACE_SECONDS);

  return (
    <ActionDialog
      title={t('hooks.rotate.title', 'Rotate signing secret')}
      body={t(
        'hooks.rotate.body',
        'A new secret will sign the deliveries to {targetUrl}. It is shown once: give it to the receiver.',
        { targetUrl: subscription.targetUrl }
      )}
      confirmLabel={t('hooks.rotate.confirm', 'Rotate')}
      icon={<Key />}
      onConfirm={() => onConfirm(grace)}
      onClose={onClose}
    >
      <GracePeriodField
        label={t('hooks.rotate.grace', 'Keep signing with the old secret for')}
        hint={t('hooks.rotate.graceHint', 'Meanwhile each delivery carries both signatures.')}
        value={grace}
        onChange={setGrace}
      />
    </ActionDialog>
  );
};

interface RotatedSecretDialogProps {
  rotated: RotateSecretResponse['data'];
  onClose: () => void;
}

/** The new signing secret, shown once, and until when the old one still signs. */
export const RotatedSecretDialog = ({ rotated, onClose }: RotatedSecretDialogProps) => {
  const date = useFormatDate();
  const t = useT();

  return (
    <SecretShownOnce
      value={rotated.secret}
      testId="hook-secret"
      onClose={onClose}
      note={
        rotated.previousSecretExpiresAt
          ? t('hooks.rotated.graceUntil', 'The old secret signs deliveries too until {date}.', {
              date: date(rotated.previousSecretExpiresAt),
            })
          : t('hooks.rotated.noGrace', 'The old secret no longer signs deliveries.')
      }
      texts={{
        title: t('hooks.rotated.title', 'New signing secret'),
        warning: t(
          'hooks.rotated.warning',
          'Copy this secret now and give it to the receiver: it will not be shown again. Treat it like a password.'
        ),
        copy: t('hooks.rotated.copy', 'Copy secret'),
        copyFailed: t('hooks.rotated.copyFailed', 'Copying failed: select the secret and copy it by hand.'),
      }}
    />
  );
};
