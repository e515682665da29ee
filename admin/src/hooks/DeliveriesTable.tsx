import * as React from 'react';
import { Button, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';

import { ActionDialog } from '../ui/ActionDialog';
import { DataTable, TextCell } from '../ui/DataTable';
import { DELIVERY_STATUS } from './deliveryStatus';
import { Mono } from '../ui/Mono';
import { StatusBadge } from '../ui/StatusBadge';
import { useFormatDate } from '../ui/useFormatDate';
import { EVENT_LABELS } from './useSubscriptionLabels';
import { useT } from '../ui/useT';

import type { HookDelivery } from '../../../shared/contracts/hooks';

/** Each column's label, translated under `hooks.deliveries.column.<key>`. */
const COLUMNS = {
  status: 'Status',
  event: 'Event',
  target: 'Target',
  attempts: 'Attempts',
  lastStatusCode: 'Last response',
  lastError: 'Last error',
  nextAttemptAt: 'Next attempt',
  updatedAt: 'Updated',
};

export interface DeliveriesTableProps {
  deliveries: HookDelivery[];
  /** Retry is offered only to admins who may update tokens. */
  canRetry: boolean;
  /** Called at once for a delivery that did not succeed; for one that did, once the admin confirms. */
  onRetry: (delivery: HookDelivery) => void;
  /** The delivery whose retry request is in flight. */
  retryingId?: number | null;
}

/** The delivery queue: what was sent where, how often, and what the receiver answered. */
export const DeliveriesTable = ({ deliveries, canRetry, onRetry, retryingId = null }: DeliveriesTableProps) => {
  const t = useT();
  const date = useFormatDate();
  // Retrying a delivery that succeeded sends its event a second time, which the receiver acts on unless it
  // deduplicates: that one waits for the admin to confirm.
  const [confirming, setConfirming] = React.useState<HookDelivery | null>(null);
  const retry = (delivery: HookDelivery) =>
    delivery.status === 'succeeded' ? setConfirming(delivery) : onRetry(delivery);

  return (
    <>
      <DataTable columns={COLUMNS} prefix="hooks.deliveries.column" withActions={canRetry} rowCount={deliveries.length}>
        {deliveries.map((delivery) => {
          const sending = delivery.status === 'delivering';
          return (
            <Tr key={delivery.id}>
              <Td>
                <StatusBadge status={delivery.status} look={DELIVERY_STATUS} />
              </Td>
              <TextCell>{t(`hooks.event.${delivery.event}`, EVENT_LABELS[delivery.event])}</TextCell>
              <Td maxWidth="28rem">
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Mono>{delivery.targetUrl ?? '—'}</Mono>
                  <Typography variant="pi" textColor="neutral600">
                    {t('hooks.deliveries.subscription', 'Subscription #{id}', { id: delivery.subscriptionId })}
                  </Typography>
                </Flex>
              </Td>
              <TextCell>{delivery.attempts}</TextCell>
              <TextCell>{delivery.lastStatusCode ?? '—'}</TextCell>
              <Td maxWidth="24rem">
                <Typography
                  textColor={delivery.lastError ? 'danger600' : undefined}
                  ellipsis
                  title={delivery.lastError ?? undefined}
                >
                  {delivery.lastError ?? '—'}
                </Typography>
              </Td>
              <TextCell>{date(delivery.nextAttemptAt)}</TextCell>
              <TextCell>{date(delivery.updatedAt)}</TextCell>
              {canRetry && (
                <Td>
                  <Button
                    variant="secondary"
                    size="S"
                    startIcon={<ArrowClockwise />}
                    disabled={sending || retryingId === delivery.id}
                    loading={retryingId === delivery.id}
                    onClick={() => retry(delivery)}
                    aria-label={t('hooks.deliveries.retry.label', 'Retry delivery #{id}', { id: delivery.id })}
                    title={sending ? t('hooks.deliveries.retry.sending', 'Being sent right now') : undefined}
                  >
                    {t('hooks.deliveries.retry', 'Retry')}
                  </Button>
                </Td>
              )}
            </Tr>
          );
        })}
      </DataTable>
      {confirming && (
        <ActionDialog
          title={t('hooks.deliveries.resend.title', 'Send a delivered event again?')}
          body={t(
            'hooks.deliveries.resend.body',
            '{targetUrl} already received this event. It is sent again with the same webhook-id: a receiver that does not deduplicate on it acts on it twice.',
            { targetUrl: confirming.targetUrl ?? '—' }
          )}
          confirmLabel={t('hooks.deliveries.resend.confirm', 'Send again')}
          icon={<ArrowClockwise />}
          onClose={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            onRetry(confirming);
          }}
        />
      )}
    </>
  );
};
