import { screen, within } from '@testing-library/react';

import { renderWithProviders } from '../../__tests__/render';
import { UsageView } from '../UsageView';

import type { TokenUsageCounts, TokenUsageDay } from '../../../../shared/contracts/usage';

const zero: TokenUsageCounts = {
  success: 0,
  unauthorized: 0,
  forbidden: 0,
  rateLimited: 0,
  deliveries: 0,
  failedDeliveries: 0,
  restRequests: 0,
  graphqlRequests: 0,
  mcpRequests: 0,
};
const days: TokenUsageDay[] = Array.from({ length: 30 }, (_, index) => ({
  ...zero,
  date: `2026-11-${String(index + 1).padStart(2, '0')}`,
}));
days[27] = {
  ...days[27],
  success: 40,
  unauthorized: 3,
  forbidden: 2,
  rateLimited: 1,
  deliveries: 7,
  failedDeliveries: 2,
  restRequests: 30,
  graphqlRequests: 10,
  mcpRequests: 6,
};
days[29] = { ...days[29], success: 10, mcpRequests: 10 };
/** The period's totals, as the API adds them up. */
const totals = { ...zero };
for (const day of days) {
  for (const count of Object.keys(zero) as Array<keyof TokenUsageCounts>) totals[count] += day[count];
}

const loaded = (data: { days: TokenUsageDay[]; totals: TokenUsageCounts }) => ({
  data,
  isLoading: false,
  isError: false,
});

describe('UsageView', () => {
  it('shows the totals, one per colour of the chart', async () => {
    renderWithProviders(<UsageView usage={loaded({ days, totals })} />);
    const legend = await screen.findByTestId('usage-totals');
    const value = (series: string) => legend.querySelector(`[data-series="${series}"]`)?.textContent;
    expect([value('success'), value('refused'), value('rateLimited')]).toEqual(['50', '5', '1']);
    expect([value('rest'), value('graphql'), value('mcp')]).toEqual(['30', '10', '16']);
    expect([value('deliveries'), value('failedDeliveries')]).toEqual(['7', '2']);
  });

  it('draws a column per day, with stacked bars only for what happened (requests by outcome and by surface), and each day’s counts in a tooltip', async () => {
    renderWithProviders(<UsageView usage={loaded({ days, totals })} />);
    const chart = await screen.findByRole('img', { name: /per day/ });
    const columns = within(chart as unknown as HTMLElement).getAllByTestId('usage-day');
    expect(columns).toHaveLength(30);
    const bars = (column: Element) =>
      [...column.querySelectorAll('rect[data-series]')].map((bar) => bar.getAttribute('data-series'));
    expect(bars(columns[27])).toEqual([
      'success',
      'refused',
      'rateLimited',
      'rest',
      'graphql',
      'mcp',
      'deliveries',
      'failedDeliveries',
    ]);
    expect(bars(columns[29])).toEqual(['success', 'mcp']);
    expect(bars(columns[0])).toEqual([]);
    expect(columns[27].querySelector('title')?.textContent).toBe(
      'Nov 28: Successful 40, Refused (401/403) 5, Rate limited (429) 1, REST 30, GraphQL 10, MCP (AI agents) 6, ' +
        'Hook deliveries 7, Failed deliveries 2'
    );
  });

  it('gives the days with use as a table for screen readers, newest first', async () => {
    renderWithProviders(<UsageView usage={loaded({ days, totals })} />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Nov 30, 2026', 'Nov 28, 2026']);
  });

  it('says so when the token was not used in the period', async () => {
    renderWithProviders(<UsageView usage={loaded({ days: days.map((day) => ({ ...day, ...zero })), totals: zero })} />);
    expect(await screen.findByText('No requests or hook deliveries in this period.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('shows a loader, then says so when the usage cannot be loaded', async () => {
    const { rerender } = renderWithProviders(
      <UsageView usage={{ data: undefined, isLoading: true, isError: false }} />
    );
    expect(screen.getByText('Loading usage')).toBeInTheDocument();
    rerender(<UsageView usage={{ data: undefined, isLoading: false, isError: true }} />);
    expect(screen.getByText('The usage could not be loaded.')).toBeInTheDocument();
  });
});
