import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';

import { useT } from '../ui/useT';
import { USAGE_BARS, USAGE_SERIES, barTotal, niceMax } from './usageSeries';

import type { TokenUsageDay } from '../../../shared/contracts/usage';

const HEIGHT = 160;
/** Each day is a slot of 10 units: the requests bar by outcome, the same by surface, the deliveries bar, a gap. */
const SLOT = 10;
const BAR = 3;
const BARS = Object.values(USAGE_BARS);

const DAY_FORMAT: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', timeZone: 'UTC' };

/**
 * Per day, three stacked bars: the token's requests by outcome (successful, refused, rate limited), the same
 * requests by surface (REST, GraphQL, MCP), and its hook deliveries (ok, failed). A picture only: the counts are in the totals and the table beside it; each day has a tooltip.
 */
export const UsageChart = ({ days }: { days: TokenUsageDay[] }) => {
  const t = useT();
  const theme = useTheme();
  const { formatDate, formatNumber } = useIntl();
  const top = niceMax(Math.max(...days.flatMap((day) => BARS.map((bar) => barTotal(day, bar)))));
  const scale = (value: number) => (value / top) * HEIGHT;
  const label = (date: string) => formatDate(`${date}T00:00:00Z`, DAY_FORMAT);
  const ticks = [days[0], days[Math.floor(days.length / 2)], days[days.length - 1]].filter(Boolean);

  const tooltip = (day: TokenUsageDay) =>
    `${label(day.date)}: ${USAGE_SERIES.map(
      (series) => `${t(`tokens.usage.series.${series.key}`, series.defaultMessage)} ${formatNumber(series.count(day))}`
    ).join(', ')}`;

  return (
    <Flex gap={2} alignItems="stretch">
      <Flex direction="column" justifyContent="space-between" alignItems="flex-end" height={`${HEIGHT}px`} aria-hidden>
        <Typography variant="pi" textColor="neutral600">
          {formatNumber(top)}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          0
        </Typography>
      </Flex>
      <Box flex="1" minWidth={0}>
        <svg
          data-testid="usage-chart"
          role="img"
          aria-label={t(
            'tokens.usage.chart',
            'Requests and hook deliveries per day; the counts are in the table below.'
          )}
          width="100%"
          height={HEIGHT}
          viewBox={`0 0 ${days.length * SLOT} ${HEIGHT}`}
          preserveAspectRatio="none"
          style={{ display: 'block' }}
        >
          {[0, HEIGHT / 2, HEIGHT].map((y) => (
            <line
              key={y}
              x1={0}
              x2={days.length * SLOT}
              y1={y}
              y2={y}
              stroke={theme.colors.neutral200}
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {days.map((day, index) => (
            <g key={day.date} data-testid="usage-day">
              <title>{tooltip(day)}</title>
              <rect x={index * SLOT} y={0} width={SLOT} height={HEIGHT} fill="transparent" />
              {BARS.map((bar, position) => {
                let y = HEIGHT;
                return bar.map((series) => {
                  const height = scale(series.count(day));
                  y -= height;
                  return height > 0 ? (
                    <rect
                      key={series.key}
                      data-series={series.key}
                      x={index * SLOT + 0.5 + position * BAR}
                      y={y}
                      width={BAR}
                      height={height}
                      fill={theme.colors[series.color]}
                    />
                  ) : null;
                });
              })}
            </g>
          ))}
        </svg>
        <Flex justifyContent="space-between" paddingTop={1} aria-hidden>
          {ticks.map((day) => (
            <Typography key={day.date} variant="pi" textColor="neutral600">
              {label(day.date)}
            </Typography>
          ))}
        </Flex>
      </Box>
    </Flex>
  );
};
