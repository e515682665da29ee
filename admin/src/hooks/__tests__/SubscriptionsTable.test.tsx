import { screen, waitFor, within } from '@testing-library/react';

import { makeSubscription } from '../../__tests__/hookFixtures';
import { expectCancelConfirmsNothing, renderWithProviders } from '../../__tests__/render';
import { RemoveSubscriptionDialog } from '../RemoveSubscriptionDialog';
import { SubscriptionActions } from '../SubscriptionActions';
import { SubscriptionsTable } from '../SubscriptionsTable';
import { TablePagination, pageItems } from '../../ui/TablePagination';
import { TokenSelectFilter } from '../TokenSelectFilter';

const subscriptions = [
  makeSubscription({ id: 1, tokenId: 7, tokenName: 'Zapier', contentType: null }),
  makeSubscription({
    id: 2,
    tokenId: 9,
    tokenName: null,
    event: 'entry.delete',
    contentType: 'api::article.article',
    targetUrl: 'https://hooks.example.com/down',
    consecutiveFailures: 12,
    failingSince: '2024-01-05T10:00:00.000Z',
    disabledAt: '2024-01-06T10:00:00.000Z',
  }),
  makeSubscription({ id: 3, consecutiveFailures: 2, failingSince: '2024-01-07T10:00:00.000Z' }),
];
const scopes = [{ uid: 'api::article.article', kind: 'content-type' as const, displayName: 'Article' }];

describe('SubscriptionsTable', () => {
  it('renders one row per subscription with its token, event, content type, target, status and failures', () => {
    renderWithProviders(<SubscriptionsTable subscriptions={subscriptions} scopes={scopes} />);
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(4);

    expect(within(rows[1]).getByRole('link', { name: 'Zapier' })).toHaveAttribute('href', '/settings/access-tokens/7');
    expect(within(rows[1]).getByText('Entry created')).toBeInTheDocument();
    expect(within(rows[1]).getByText('All readable')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Enabled')).toBeInTheDocument();
    expect(within(rows[1]).getByText('0')).toBeInTheDocument();

    expect(within(rows[2]).getByText('Deleted token #9')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Entry deleted')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Article')).toBeInTheDocument();
    expect(within(rows[2]).getByText('https://hooks.example.com/down')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Disabled')).toBeInTheDocument();
    expect(within(rows[2]).getByText('12')).toBeInTheDocument();
    expect(within(rows[2]).getByText(/Jan 5, 2024/)).toBeInTheDocument();

    // Failing, but not yet disabled: still enabled.
    expect(within(rows[3]).getByText('Enabled')).toBeInTheDocument();
    expect(within(rows[3]).getByText('2')).toBeInTheDocument();
  });

  it('leaves out the token column on a token’s own page', () => {
    renderWithProviders(<SubscriptionsTable subscriptions={subscriptions} scopes={scopes} showToken={false} />);
    expect(screen.queryByRole('gridcell', { name: 'Token' })).not.toBeInTheDocument();
    expect(screen.queryByText('Token')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Event')).toBeInTheDocument();
  });

  it('offers Remove on each row to admins who may delete, alone or beside the update actions', async () => {
    const onAction = jest.fn();
    const { user, rerender } = renderWithProviders(
      <SubscriptionsTable
        subscriptions={subscriptions}
        scopes={scopes}
        actions={(sub) => <SubscriptionActions subscription={sub} allowed={['rotate', 'replay']} onAction={onAction} />}
      />
    );
    expect(screen.queryByRole('button', { name: /^Remove the hook/ })).not.toBeInTheDocument();

    rerender(
      <SubscriptionsTable
        subscriptions={subscriptions}
        scopes={scopes}
        actions={(sub) => <SubscriptionActions subscription={sub} allowed={['remove']} onAction={onAction} />}
      />
    );
    expect(screen.getAllByRole('button', { name: /^Remove the hook/ })).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /^Rotate/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove the hook to https://hooks.example.com/down' }));
    expect(onAction).toHaveBeenCalledWith('remove', subscriptions[1]);
  });
});

describe('RemoveSubscriptionDialog', () => {
  const setup = () => {
    const onConfirm = jest.fn().mockResolvedValue(undefined);
    const onClose = jest.fn();
    const utils = renderWithProviders(
      <RemoveSubscriptionDialog subscription={subscriptions[1]} onConfirm={onConfirm} onClose={onClose} />
    );
    return { ...utils, onConfirm, onClose };
  };

  it('names the target and removes on confirmation', async () => {
    const { user, onConfirm } = setup();
    expect(screen.getByRole('alertdialog')).toHaveTextContent('https://hooks.example.com/down');
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
  });

  it('cancels without removing', () => expectCancelConfirmsNothing(setup()));
});

describe('TokenSelectFilter', () => {
  it('narrows to the chosen token and clears', async () => {
    const onChange = jest.fn();
    const tokens = [
      { id: 7, name: 'Zapier' },
      { id: 9, name: 'CI' },
    ];
    const { user, rerender } = renderWithProviders(<TokenSelectFilter tokens={tokens} onChange={onChange} />);
    await user.click(screen.getByRole('combobox', { name: 'Token' }));
    await user.click(await screen.findByRole('option', { name: 'CI' }));
    expect(onChange).toHaveBeenLastCalledWith(9);

    rerender(<TokenSelectFilter tokens={tokens} value={9} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});

describe('TablePagination', () => {
  it('lists the first, last, current and neighbouring pages, with gaps', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(1, 3)).toEqual([1, 2, 3]);
    expect(pageItems(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageItems(10, 10)).toEqual([1, null, 9, 10]);
  });

  it('changes page without touching the URL, and hides itself for a single page', async () => {
    const onPageChange = jest.fn();
    const pagination = { page: 2, pageSize: 10, pageCount: 3, total: 25 };
    const { user, rerender } = renderWithProviders(
      <TablePagination pagination={pagination} onPageChange={onPageChange} label="Deliveries" />
    );
    expect(screen.getByText('25 entries')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(onPageChange).toHaveBeenLastCalledWith(3);
    await user.click(screen.getByRole('button', { name: 'Go to page 1' }));
    expect(onPageChange).toHaveBeenLastCalledWith(1);
    await user.click(screen.getByRole('button', { name: 'Go to page 2' }));
    expect(onPageChange).toHaveBeenCalledTimes(2);

    rerender(
      <TablePagination pagination={{ ...pagination, page: 1, pageCount: 1 }} onPageChange={onPageChange} label="x" />
    );
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
