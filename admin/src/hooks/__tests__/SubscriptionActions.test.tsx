import { screen, waitFor, within } from '@testing-library/react';

import { makeSubscription } from '../../__tests__/hookFixtures';
import { renderWithProviders } from '../../__tests__/render';
import { ReplayDialog } from '../ReplayDialog';
import { RotatedSecretDialog, RotateSecretDialog } from '../RotateSecretDialog';
import { SubscriptionActions } from '../SubscriptionActions';
import { SubscriptionsTable } from '../SubscriptionsTable';

const subscription = makeSubscription({ id: 4, targetUrl: 'https://hooks.example.com/rotating' });

describe('SubscriptionsTable actions', () => {
  it('ends each row with Rotate secret and Replay for admins who may update', async () => {
    const onAction = jest.fn();
    const { user } = renderWithProviders(
      <SubscriptionsTable
        subscriptions={[subscription]}
        scopes={[]}
        actions={(sub) => <SubscriptionActions subscription={sub} allowed={['rotate', 'replay']} onAction={onAction} />}
      />
    );
    const row = screen.getAllByRole('row')[1];
    await user.click(
      within(row).getByRole('button', {
        name: 'Rotate the signing secret of the hook to https://hooks.example.com/rotating',
      })
    );
    expect(onAction).toHaveBeenLastCalledWith('rotate', subscription);
    await user.click(
      within(row).getByRole('button', { name: 'Replay failed deliveries to https://hooks.example.com/rotating' })
    );
    expect(onAction).toHaveBeenLastCalledWith('replay', subscription);
  });

  it('offers no action without the permission', () => {
    renderWithProviders(<SubscriptionsTable subscriptions={[subscription]} scopes={[]} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('RotateSecretDialog', () => {
  it('keeps the old secret signing for 24 hours unless another period is chosen', async () => {
    const onConfirm = jest.fn().mockResolvedValue(undefined);
    const { user } = renderWithProviders(
      <RotateSecretDialog subscription={subscription} onConfirm={onConfirm} onClose={jest.fn()} />
    );
    expect(screen.getByRole('alertdialog')).toHaveTextContent('https://hooks.example.com/rotating');
    await user.click(screen.getByRole('button', { name: 'Rotate' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith(86400));

    await user.click(screen.getByRole('combobox', { name: 'Keep signing with the old secret for' }));
    await user.click(await screen.findByRole('option', { name: 'None: the old value stops working now' }));
    await user.click(screen.getByRole('button', { name: 'Rotate' }));
    await waitFor(() => expect(onConfirm).toHaveBeenLastCalledWith(0));
  });
});

describe('RotatedSecretDialog', () => {
  const secret = 'whsec_bmV3LXNlY3JldC1mb3ItdGhlLXRlc3Qtb25seS0wMTIzNDU2Nzg5';

  it('shows the new secret once, says until when the old one signs, and copies it', async () => {
    const rotated = { id: 4, secret, previousSecretExpiresAt: '2024-03-02T10:00:00.000Z' };
    const onClose = jest.fn();
    const { user } = renderWithProviders(<RotatedSecretDialog rotated={rotated} onClose={onClose} />);
    expect(screen.getByTestId('hook-secret')).toHaveTextContent(secret);
    expect(screen.getByText(/it will not be shown again/i)).toBeInTheDocument();
    expect(screen.getByText(/The old secret signs deliveries too until Mar 2, 2024/)).toBeInTheDocument();

    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy secret' }));
    expect(writeText).toHaveBeenCalledWith(secret);
    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('says the old secret stopped signing when there was no grace period', () => {
    renderWithProviders(
      <RotatedSecretDialog rotated={{ id: 4, secret, previousSecretExpiresAt: null }} onClose={jest.fn()} />
    );
    expect(screen.getByText('The old secret no longer signs deliveries.')).toBeInTheDocument();
  });
});

describe('ReplayDialog', () => {
  const now = new Date('2024-03-02T10:00:00.000Z');

  it('replays since 24 hours ago unless another time is chosen', async () => {
    const onConfirm = jest.fn().mockResolvedValue(undefined);
    const { user } = renderWithProviders(
      <ReplayDialog subscription={subscription} onConfirm={onConfirm} onClose={jest.fn()} now={now} />
    );
    expect(screen.getByRole('alertdialog')).toHaveTextContent('with its original webhook-id');
    await user.click(screen.getByRole('button', { name: 'Replay' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith('2024-03-01T10:00:00.000Z'));
  });

  it('cannot replay without a time', async () => {
    const onConfirm = jest.fn();
    const { user } = renderWithProviders(
      <ReplayDialog subscription={subscription} onConfirm={onConfirm} onClose={jest.fn()} now={now} />
    );
    await user.click(screen.getAllByRole('button', { name: /^Clear date/ })[0]);
    expect(screen.getByRole('button', { name: 'Replay' })).toBeDisabled();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
