import { screen } from '@testing-library/react';

import { makeToken } from '../../__tests__/fixtures';
import { renderWithProviders } from '../../__tests__/render';
import { ShowOnceDialog } from '../ShowOnceDialog';

const token = { ...makeToken({ name: 'Zapier' }), accessKey: 'sat_abcdefghijklmnopqrstuvwxyz0123456789' };

describe('ShowOnceDialog', () => {
  it('shows the full token once, with a warning that it will not be shown again', () => {
    renderWithProviders(<ShowOnceDialog token={token} onClose={jest.fn()} />);
    expect(screen.getByRole('dialog')).toHaveTextContent(token.accessKey);
    expect(screen.getByText(/it will not be shown again/i)).toBeInTheDocument();
  });

  it('copies the token to the clipboard', async () => {
    const { user } = renderWithProviders(<ShowOnceDialog token={token} onClose={jest.fn()} />);
    // user-event replaces navigator.clipboard with a stub when it sets up; spy on that one.
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy token' }));
    expect(writeText).toHaveBeenCalledWith(token.accessKey);
    await expect(navigator.clipboard.readText()).resolves.toBe(token.accessKey);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('says so when copying fails', async () => {
    const { user } = renderWithProviders(<ShowOnceDialog token={token} onClose={jest.fn()} />);
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy token' }));
    expect(await screen.findByText(/copying failed/i)).toBeInTheDocument();
  });

  it('closes when the admin confirms having copied it', async () => {
    const onClose = jest.fn();
    const { user } = renderWithProviders(<ShowOnceDialog token={token} onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(onClose).toHaveBeenCalled();
  });
});
