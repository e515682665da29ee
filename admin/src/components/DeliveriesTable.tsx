import { Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { DATE_TIME_FORMAT } from '../utils/format';
import { DeliveryStatusBadge } from './DeliveryStatusBadge';
import { Mono } from './Mono';
import { EVENT_LABELS } from '../hooks/useSubscriptionLabels';
import { useT } from '../hooks/useT';

import type { HookDelivery } from '../../../shared/contracts/hooks';

const COLUMNS = [
  { key: 'status', defaultMessage: 'Status' },
  { key: 'event', defaultMessage: 'Event' },
  { key: 'target', defaultMessage: 'Target' },
  { key: 'attempts', defaultMessage: 'Attempts' },
  { key: 'lastStatusCode', defaultMessage: 'Last response' },
  { key: 'lastError', defaultMessage: 'Last error' },
  { key: 'nextAttemptAt', defaultMessage: 'Next attempt' },
  { key: 'updatedAt', defaultMessage: 'Updated' },
] as const;

export interface DeliveriesTableProps {
  deliveries: HookDelivery[];
  /** Retry is offered only to admins who may update tokens. */
  canRetry: boolean;
  onRetry: (delivery: HookDelivery) => void;
  /** The delivery whose retry request is in flight. */
  retryingId?: number | null;
}

/** The delivery queue: what was sent where, how often, and what the receiver answered. */
export const DeliveriesTable = ({ deliveries, canRetry, onRetry, retryingId = null }: DeliveriesTableProps) => {
  const { formatDate } = useIntl();
  const t = useT();
  const date = (value: string | null) => (value ? formatDate(value, DATE_TIME_FORMAT) : '—');

  return (
    <Table colCount={COLUMNS.length + (canRetry ? 1 : 0)} rowCount={deliveries.length + 1}>
      <Thead>
        <Tr>
          {COLUMNS.map(({ key, defaultMessage }) => (
            <Th key={key}>
              <Typography variant="sigma">{t(`hooks.deliveries.column.${key}`, defaultMessage)}</Typography>
            </Th>
          ))}
          {canRetry && (
            <Th>
              <VisuallyHidden>{t('hooks.deliveries.column.actions', 'Actions')}</VisuallyHidden>
            </Th>
          )}
        </Tr>
      </Thead>
      <Tbody>
        {deliveries.map((delivery) => {
          const sending = delivery.status === 'delivering';
          return (
            <Tr key={delivery.id}>
              <Td>
                <DeliveryStatusBadge status={delivery.status} />
              </Td>
              <Td>
                <Typography>{t(`hooks.event.${delivery.event}`, EVENT_LABELS[delivery.event])}</Typography>
              </Td>
              <Td maxWidth="28rem">
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Mono>{delivery.targetUrl ?? '—'}</Mono>
                  <Typography variant="pi" textColor="neutral600">
                    {t('hooks.deliveries.subscription', 'Subscription #{id}', { id: delivery.subscriptionId })}
                  </Typography>
                </Flex>
              </Td>
              <Td>
                <Typography>{delivery.attempts}</Typography>
              </Td>
              <Td>
                <Typography>{delivery.lastStatusCode ?? '—'}</Typography>
              </Td>
              <Td maxWidth="24rem">
                <Typography
                  textColor={delivery.lastError ? 'danger600' : undefined}
                  ellipsis
                  title={delivery.lastError ?? undefined}
                >
                  {delivery.lastError ?? '—'}
                </Typography>
              </Td>
              <Td>
                <Typography>{date(delivery.nextAttemptAt)}</Typography>
              </Td>
              <Td>
                <Typography>{date(delivery.updatedAt)}</Typography>
              </Td>
              {canRetry && (
                <Td>
                  <Button
                    variant="secondary"
                    size="S"
                    startIcon={<ArrowClockwise />}
                    disabled={sending || retryingId === delivery.id}
                    loading={retryingId === delivery.id}
                    onClick={() => onRetry(delivery)}
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
      </Tbody>
    </Table>
  );
};
