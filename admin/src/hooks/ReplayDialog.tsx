import * as React from 'react';
import { DateTimePicker, Field } from '@strapi/design-system';
import { ClockCounterClockwise } from '@strapi/icons';

import { useT } from '../ui/useT';
import { ActionDialog, type DialogCallbacks } from '../ui/ActionDialog';

import type { AdminHookSubscription } from '../../../shared/contracts/hooks';

const DAY_MS = 24 * 60 * 60 * 1000;

interface ReplayDialogProps extends DialogCallbacks<[since: string]> {
  subscription: AdminHookSubscription;
  /** For tests; the dialog's opening time otherwise. */
  now?: Date;
}

/** Sends again a subscription's failed deliveries since a time (24 hours ago unless changed), oldest first. */
export const ReplayDialog = ({ subscription, onConfirm, onClose, now: givenNow }: ReplayDialogProps) => {
  const t = useT();
  const [now] = React.useState(() => givenNow ?? new Date());
  const [since, setSince] = React.useState<Date | null>(() => new Date(now.getTime() - DAY_MS));
  const inFuture = since !== null && since.getTime() > Date.now();
  const error = inFuture ? t('hooks.replay.future', 'Choose a time in the past') : undefined;

  return (
    <ActionDialog
      title={t('hooks.replay.title', 'Replay failed deliveries')}
      body={t(
        'hooks.replay.body',
        'Every failed or dead delivery to {targetUrl} created since this time is sent again, oldest first, with its original webhook-id.',
        { targetUrl: subscription.targetUrl }
      )}
      confirmLabel={t('hooks.replay.confirm', 'Replay')}
      icon={<ClockCounterClockwise />}
      disabled={since === null || inFuture}
      onConfirm={() => (since ? onConfirm(since.toISOString()) : undefined)}
      onClose={onClose}
    >
      <Field.Root name="since" required error={error}>
        <Field.Label>{t('hooks.replay.since', 'Since')}</Field.Label>
        <DateTimePicker
          value={since}
          maxDate={now}
          onChange={(date) => setSince(date ?? null)}
          onClear={() => setSince(null)}
          clearLabel={t('tokens.form.clearDate', 'Clear date')}
          dateLabel={t('hooks.replay.since.date', 'Since date')}
          timeLabel={t('hooks.replay.since.time', 'Since time')}
        />
        <Field.Error />
      </Field.Root>
    </ActionDialog>
  );
};
