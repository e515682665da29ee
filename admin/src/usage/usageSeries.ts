import type { DefaultTheme } from 'styled-components';

import type { TokenUsageCounts } from '../../../shared/contracts/usage';

/** One colour of the chart: what it counts, its label and its design-system colour. */
export interface UsageSeries {
  key: 'success' | 'refused' | 'rateLimited' | 'rest' | 'graphql' | 'mcp' | 'deliveries' | 'failedDeliveries';
  defaultMessage: string;
  color: keyof DefaultTheme['colors'];
  count: (counts: TokenUsageCounts) => number;
}

/**
 * A day's three stacked bars, left to right, each with its series from the bottom up: requests by outcome, the same
 * requests by surface, hook deliveries. 401 and 403 share a colour: both are refusals the client can fix; 429 is
 * told apart (it only has to wait).
 */
export const USAGE_BARS: Record<'requests' | 'surfaces' | 'deliveries', UsageSeries[]> = {
  requests: [
    { key: 'success', defaultMessage: 'Successful', color: 'success500', count: (c) => c.success },
    {
      key: 'refused',
      defaultMessage: 'Refused (401/403)',
      color: 'warning500',
      count: (c) => c.unauthorized + c.forbidden,
    },
    { key: 'rateLimited', defaultMessage: 'Rate limited (429)', color: 'danger500', count: (c) => c.rateLimited },
  ],
  surfaces: [
    { key: 'rest', defaultMessage: 'REST', color: 'neutral500', count: (c) => c.restRequests },
    { key: 'graphql', defaultMessage: 'GraphQL', color: 'secondary500', count: (c) => c.graphqlRequests },
    { key: 'mcp', defaultMessage: 'MCP (AI agents)', color: 'alternative500', count: (c) => c.mcpRequests },
  ],
  deliveries: [
    { key: 'deliveries', defaultMessage: 'Hook deliveries', color: 'primary500', count: (c) => c.deliveries },
    {
      key: 'failedDeliveries',
      defaultMessage: 'Failed deliveries',
      color: 'danger700',
      count: (c) => c.failedDeliveries,
    },
  ],
};

/** Every series, bar after bar: the order of the legend, the table and the tooltips. */
export const USAGE_SERIES = Object.values(USAGE_BARS).flat();

/** The height of one of a day's bars. */
export const barTotal = (counts: TokenUsageCounts, bar: UsageSeries[]) =>
  bar.reduce((sum, series) => sum + series.count(counts), 0);

/** A round top for the axis: 1, 2 or 5 times a power of ten, at least the largest bar. */
export const niceMax = (value: number) => {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= value) ?? value;
};
