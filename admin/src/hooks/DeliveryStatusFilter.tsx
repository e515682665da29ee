import { DELIVERY_STATUS } from './deliveryStatus';
import { FilterSelect, labelledOptions } from '../ui/FilterSelect';
import { useT } from '../ui/useT';

import { DELIVERY_STATUSES, type DeliveryStatus } from '../../../shared/contracts/hooks';

interface DeliveryStatusFilterProps {
  value?: DeliveryStatus;
  onChange: (status?: DeliveryStatus) => void;
}

export const DeliveryStatusFilter = ({ value, onChange }: DeliveryStatusFilterProps) => {
  const t = useT();
  return (
    <FilterSelect
      name="deliveryStatus"
      label={t('hooks.deliveries.filter.status', 'Status')}
      placeholder={t('hooks.deliveries.filter.any', 'Any status')}
      value={value}
      options={labelledOptions(t, DELIVERY_STATUSES, DELIVERY_STATUS)}
      onChange={onChange}
    />
  );
};
