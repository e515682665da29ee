import { Flex } from '@strapi/design-system';

import { useT } from '../ui/useT';
import { ListState, Section } from '../ui/Section';
import { UsageChart } from './UsageChart';
import { UsageTable } from './UsageTable';
import { UsageTotals } from './UsageTotals';
import { USAGE_SERIES } from './usageSeries';

import { USAGE_DEFAULT_DAYS, type TokenUsageResponse } from '../../../shared/contracts/usage';

export interface UsageState {
  data?: TokenUsageResponse['data'];
  isLoading: boolean;
  isError: boolean;
}

/** The token detail page's usage block, for a given state of its request: the last 30 days' totals and chart. */
export const UsageView = ({ usage }: { usage: UsageState }) => {
  const t = useT();
  const totals = usage.data?.totals;

  return (
    <Section
      title={t('tokens.usage.title', 'Usage')}
      subtitle={t('tokens.usage.subtitle', 'The last {days} days, per UTC day.', { days: USAGE_DEFAULT_DAYS })}
    >
      <ListState
        isLoading={usage.isLoading}
        isError={usage.isError}
        isEmpty={!totals || USAGE_SERIES.every((series) => series.count(totals) === 0)}
        loadingText={t('tokens.usage.loading', 'Loading usage')}
        errorText={t('tokens.usage.error', 'The usage could not be loaded.')}
        empty={t('tokens.usage.empty', 'No requests or hook deliveries in this period.')}
      >
        {usage.data && (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <UsageTotals totals={usage.data.totals} />
            <UsageChart days={usage.data.days} />
            <UsageTable days={usage.data.days} />
          </Flex>
        )}
      </ListState>
    </Section>
  );
};
