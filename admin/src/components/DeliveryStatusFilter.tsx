import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';
import { DELIVERY_STATUS_LABELS } from './DeliveryStatusBadge';

import { DELIVERY_STATUSES, type DeliveryStatus } from '../../../shared/contracts/hooks';

interface DeliveryStatusFilterProps {
  value?: DeliveryStatus;
  onChange: (status?: DeliveryStatus) => void;
}

export const DeliveryStatusFilter = ({ value, onChange }: DeliveryStatusFilterProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const select = (next: string | number | undefined) => onChange(DELIVERY_STATUSES.find((status) => status === next));

  return (
    <Field.Root name="deliveryStatus" maxWidth="24rem" width="100%">
      <Field.Label>{t('hooks.deliveries.filter.status', 'Status')}</Field.Label>
      <SingleSelect
        value={value ?? ''}
        onChange={select}
        onClear={() => onChange(undefined)}
        clearLabel={t('tokens.filters.clear', 'Clear')}
        placeholder={t('hooks.deliveries.filter.any', 'Any status')}
      >
        {DELIVERY_STATUSES.map((status) => (
          <SingleSelectOption key={status} value={status}>
            {t(`hooks.deliveries.status.${status}`, DELIVERY_STATUS_LABELS[status])}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};
