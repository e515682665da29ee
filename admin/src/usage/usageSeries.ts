import type { DefaultTheme } from 'styled-components';

import type { TokenUsageCounts } from '../../../shared/contracts/usage';

/** One colour of the chart: what it counts, its label and its design-system colour. */
export interface UsageSeries {
  key: 'success' | 'refused' | 'rateLimited' | 'rest' | 'graphql' | 'mcp' | 'deliveries' | 'failedDeliveries';
  /** Which of the day's three bars it is stacked in: requests by outcome, the same by surface, deliveries. */
  bar: 'requests' | 'surfaces' | 'deliveries';
  defaultMessage: string;
  color: keyof DefaultTheme['colors'];
  count: (counts: TokenUsageCounts) => number;
}

/** 401 and 403 share a colour: both are refusals the client can fix; 429 is told apart (it only has to wait). */
export const USAGE_SERIES: UsageSeries[] = [
  { key: 'success', bar: 'requests', defaultMessage: 'Successful', color: 'success500', count: (c) => c.success },
  {
    key: 'refused',
    bar: 'requests',
    defaultMessage: 'Refused (401/403)',
    color: 'warning500',
    count: (c) => c.unauthorized + c.forbidden,
  },
  {
    key: 'rateLimited',
    bar: 'requests',
    defaultMessage: 'Rate limited (429)',
    color: 'danger500',
    count: (c) => c.rateLimited,
  },
  { key: 'rest', bar: 'surfaces', defaultMessage: 'REST', color: 'neutral500', count: (c) => c.restRequests },
  {
    key: 'graphql',
    bar: 'surfaces',
    defaultMessage: 'GraphQL',
    color: 'secondary500',
    count: (c) => c.graphqlRequests,
  },
  {
    key: 'mcp',
    bar: 'surfaces',
    defaultMessage: 'MCP (AI agents)',
    color: 'alternative500',
    count: (c) => c.mcpRequests,
  },
  {
    key: 'deliveries',
    bar: 'deliveries',
    defaultMessage: 'Hook deliveries',
    color: 'primary500',
    count: (c) => c.deliveries,
  },
  {
    key: 'failedDeliveries',
    bar: 'deliveries',
    defaultMessage: 'Failed deliveries',
    color: 'danger700',
    count: (c) => c.failedDeliveries,
  },
];

export const barTotal = (counts: TokenUsageCounts, bar: UsageSeries['bar']) =>
  USAGE_SERIES.filter((series) => series.bar === bar).reduce((sum, series) => sum + series.count(counts), 0);

/** A round top for the axis: 1, 2 or 5 times a power of ten, at least the largest bar. */
export const niceMax = (value: number) => {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= value) ?? value;
};
