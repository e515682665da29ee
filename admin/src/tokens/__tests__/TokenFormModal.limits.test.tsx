import { screen, waitFor } from '@testing-library/react';

import { makeToken } from '../../__tests__/fixtures';
import { saveButton, setup } from './tokenFormModalSetup';

describe('TokenFormModal: IP allowlist and rate limit', () => {
  it('refuses an IP allowlist line that is not an address or CIDR range', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'CI');
    const allowlist = screen.getByRole('textbox', { name: 'IP allowlist' });
    await user.type(allowlist, '10.0.0.0/8{enter}not-an-ip');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(allowlist).toHaveAccessibleDescription('ipAllowlist.1 must be an IPv4 or IPv6 address or CIDR range');
    await user.clear(allowlist);
    await user.type(allowlist, '10.0.0.0/8{enter}2001:db8::/32');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');
  });

  it('sends a rate limit given in both fields, and refuses one given in only one', async () => {
    const { user, onSubmit } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Zapier');
    await user.type(screen.getByRole('textbox', { name: 'Rate limit: requests' }), '100');
    expect(await screen.findByText('rateLimit.windowSeconds is required')).toBeInTheDocument();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');

    await user.type(screen.getByRole('textbox', { name: 'Per window of (seconds)' }), '60');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');
    await user.click(saveButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0].rateLimit).toEqual({ limit: 100, windowSeconds: 60 });
  });

  it('refuses a window longer than a day', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Rate limit: requests' }), '100');
    await user.type(screen.getByRole('textbox', { name: 'Per window of (seconds)' }), '86401');
    expect(await screen.findByText('rateLimit.windowSeconds must be at most 86400')).toBeInTheDocument();
  });

  it('edits a token’s rate limit, and removes it when both fields are emptied', async () => {
    const token = makeToken({ name: 'Limited', rateLimit: { limit: 10, windowSeconds: 3600 } });
    const { user, onSubmit } = setup({ token });
    const requests = screen.getByRole('textbox', { name: 'Rate limit: requests' });
    expect(requests).toHaveValue('10');
    await user.clear(requests);
    await user.clear(screen.getByRole('textbox', { name: 'Per window of (seconds)' }));
    await user.click(saveButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0].rateLimit).toBeNull();
  });

  it('shows the server’s refusal of a rate limit beside the field it names', async () => {
    const { user, onSubmit } = setup();
    const refusal = (path: string[], message: string) => ({
      response: { data: { error: { details: { errors: [{ path, message }] } } } },
    });
    onSubmit.mockRejectedValueOnce(refusal(['rateLimit', 'windowSeconds'], 'rateLimit.windowSeconds is too long'));
    onSubmit.mockRejectedValueOnce(refusal(['rateLimit'], 'rateLimit is not allowed here'));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Zapier');
    await user.click(saveButton());
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Per window of (seconds)' })).toHaveAccessibleDescription(
        expect.stringContaining('rateLimit.windowSeconds is too long')
      )
    );
    await user.click(saveButton());
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Rate limit: requests' })).toHaveAccessibleDescription(
        expect.stringContaining('rateLimit is not allowed here')
      )
    );
  });
});
