import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';

import { useT } from '../ui/useT';
import { USAGE_SERIES } from './usageSeries';

import type { TokenUsageCounts } from '../../../shared/contracts/usage';

/** The period's count of each series, each next to its colour: the chart's legend. */
export const UsageTotals = ({ totals }: { totals: TokenUsageCounts }) => {
  const t = useT();
  const theme = useTheme();
  const { formatNumber } = useIntl();

  return (
    <Flex tag="dl" gap={6} wrap="wrap" data-testid="usage-totals">
      {USAGE_SERIES.map((series) => (
        <Flex key={series.key} direction="column" alignItems="flex-start" gap={1}>
          <Flex tag="dt" gap={2}>
            <Box width="1rem" height="1rem" hasRadius style={{ background: theme.colors[series.color] }} aria-hidden />
            <Typography variant="sigma" textColor="neutral600">
              {t(`tokens.usage.series.${series.key}`, series.defaultMessage)}
            </Typography>
          </Flex>
          <Typography tag="dd" variant="beta" data-series={series.key}>
            {formatNumber(series.count(totals))}
          </Typography>
        </Flex>
      ))}
    </Flex>
  );
};
