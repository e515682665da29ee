import { screen, waitFor, within } from '@testing-library/react';

import { makeDelivery } from '../../__tests__/hookFixtures';
import { expectTexts, optionTexts, renderWithProviders } from '../../__tests__/render';
import { DeliveriesTable, type DeliveriesTableProps } from '../DeliveriesTable';
import { DeliveryStatusFilter } from '../DeliveryStatusFilter';

const deliveries = [
  makeDelivery({ id: 11, status: 'succeeded', lastStatusCode: 200, attempts: 1 }),
  makeDelivery({
    id: 12,
    subscriptionId: 4,
    status: 'failed',
    event: 'entry.publish',
    targetUrl: 'https://hooks.example.com/b',
    attempts: 3,
    lastStatusCode: 503,
    lastError: 'HTTP 503 Service Unavailable',
    nextAttemptAt: '2024-01-03T00:00:00.000Z',
  }),
  makeDelivery({ id: 13, status: 'delivering', attempts: 2, lastStatusCode: null }),
];

const setup = (props: Partial<DeliveriesTableProps> = {}) => {
  const onRetry = jest.fn();
  const utils = renderWithProviders(<DeliveriesTable deliveries={deliveries} canRetry onRetry={onRetry} {...props} />);
  return { ...utils, onRetry };
};

const retryButton = (id: number) => screen.getByRole('button', { name: `Retry delivery #${id}` });

describe('DeliveriesTable', () => {
  it('renders one row per delivery with its status, target, attempts, response and error', () => {
    setup();
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(4);
    expectTexts(rows[1], ['Delivered', '200']);
    expectTexts(rows[2], [
      'Failed',
      'Entry published',
      'https://hooks.example.com/b',
      'Subscription #4',
      '3',
      '503',
      'HTTP 503 Service Unavailable',
    ]);
    expectTexts(rows[3], ['Sending']);
  });

  it('calls back at once with a delivery that did not succeed when Retry is clicked', async () => {
    const { user, onRetry } = setup();
    await user.click(retryButton(12));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledWith(deliveries[1]);
  });

  it('asks before sending again a delivery that succeeded, and sends it only once confirmed', async () => {
    const { user, onRetry } = setup();
    await user.click(retryButton(11));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Send a delivered event again?');
    expect(dialog).toHaveTextContent('https://hooks.example.com/a already received this event');
    expect(onRetry).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onRetry).not.toHaveBeenCalled();

    await user.click(retryButton(11));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Send again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledWith(deliveries[0]);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  });

  it('disables Retry for a delivery being sent, and for one whose retry is in flight', async () => {
    const { user, onRetry } = setup({ retryingId: 11 });
    expect(retryButton(13)).toBeDisabled();
    expect(retryButton(11)).toBeDisabled();
    expect(retryButton(12)).toBeEnabled();
    await user.click(retryButton(13));
    await user.click(retryButton(11));
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('offers no Retry to an admin who may not update tokens', () => {
    setup({ canRetry: false });
    expect(screen.queryByRole('button', { name: /^Retry/ })).not.toBeInTheDocument();
  });
});

describe('DeliveryStatusFilter', () => {
  it('offers every status and reports the chosen one', async () => {
    const onChange = jest.fn();
    const { user } = renderWithProviders(<DeliveryStatusFilter onChange={onChange} />);
    expect(await optionTexts(user, 'Status')).toEqual(['Pending', 'Sending', 'Delivered', 'Failed', 'Gave up']);
    await user.click(screen.getByRole('option', { name: 'Gave up' }));
    expect(onChange).toHaveBeenCalledWith('dead');
  });

  it('shows the current status and clears it', async () => {
    const onChange = jest.fn();
    const { user } = renderWithProviders(<DeliveryStatusFilter value="failed" onChange={onChange} />);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveTextContent('Failed');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenCalledWith(undefined);
  });
});
