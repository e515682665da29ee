import { screen, waitFor } from '@testing-library/react';

import { makeToken } from '../../__tests__/fixtures';
import { expectCancelConfirmsNothing, renderWithProviders } from '../../__tests__/render';
import { RevokeDialog } from '../RevokeDialog';

const token = makeToken({ name: 'Zapier prod' });

const setup = () => {
  const onConfirm = jest.fn().mockResolvedValue(undefined);
  const onClose = jest.fn();
  const utils = renderWithProviders(<RevokeDialog token={token} onConfirm={onConfirm} onClose={onClose} />);
  return {
    ...utils,
    onConfirm,
    onClose,
    input: screen.getByRole('textbox', { name: 'Type Zapier prod to confirm' }),
    confirm: () => screen.getByRole('button', { name: 'Revoke' }),
  };
};

describe('RevokeDialog', () => {
  it('keeps Confirm disabled until the exact name is typed', async () => {
    const { user, input, confirm, onConfirm } = setup();
    expect(confirm()).toHaveAttribute('aria-disabled', 'true');

    await user.type(input, 'Zapier');
    expect(confirm()).toHaveAttribute('aria-disabled', 'true');
    await user.click(confirm());
    expect(onConfirm).not.toHaveBeenCalled();

    await user.clear(input);
    await user.type(input, 'zapier prod');
    expect(confirm()).toHaveAttribute('aria-disabled', 'true');

    await user.clear(input);
    await user.type(input, 'Zapier prod ');
    expect(confirm()).toHaveAttribute('aria-disabled', 'true');

    await user.clear(input);
    await user.type(input, 'Zapier prod');
    expect(confirm()).toHaveAttribute('aria-disabled', 'false');
    await user.click(confirm());
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
  });

  it('cancels without revoking', () => expectCancelConfirmsNothing(setup()));
});
