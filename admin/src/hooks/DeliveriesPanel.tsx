import { DeliveriesTable } from './DeliveriesTable';
import { DeliveryStatusFilter } from './DeliveryStatusFilter';
import { PagedSection } from '../ui/PagedList';
import { useDeliveries, useRetryDelivery } from '../queries/hooks';
import { useTokenPermissions } from '../queries/useTokenPermissions';
import { useT } from '../ui/useT';

import type { DeliveryListQuery, DeliveryStatus } from '../../../shared/contracts/hooks';

interface DeliveriesPanelProps {
  query: DeliveryListQuery;
  onStatusChange: (status?: DeliveryStatus) => void;
  onPageChange: (page: number) => void;
}

/** Loads a page of deliveries, filtered by status, and wires Retry to the admin API. */
export const DeliveriesPanel = ({ query, onStatusChange, onPageChange }: DeliveriesPanelProps) => {
  const t = useT();
  const deliveries = useDeliveries(query);
  const retry = useRetryDelivery();
  const { canUpdate } = useTokenPermissions();

  return (
    <PagedSection
      title={t('hooks.deliveries.title', 'Deliveries')}
      subtitle={t('hooks.deliveries.subtitle', 'Each event sent to a hook, newest first, with its attempts.')}
      toolbar={<DeliveryStatusFilter value={query.status} onChange={onStatusChange} />}
      list={deliveries}
      onPageChange={onPageChange}
      loadingText={t('hooks.deliveries.loading', 'Loading deliveries…')}
      errorText={t('hooks.deliveries.error', 'The deliveries could not be loaded.')}
      empty={
        query.status
          ? t('hooks.deliveries.emptyFiltered', 'No delivery has this status.')
          : t('hooks.deliveries.empty', 'Nothing has been delivered yet.')
      }
    >
      {(rows) => (
        <DeliveriesTable
          deliveries={rows}
          canRetry={canUpdate}
          onRetry={(delivery) => retry.mutate(delivery.id)}
          retryingId={retry.isPending ? retry.variables : null}
        />
      )}
    </PagedSection>
  );
};
