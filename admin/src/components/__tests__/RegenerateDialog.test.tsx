import { screen, waitFor } from '@testing-library/react';

import { makeToken } from '../../__tests__/fixtures';
import { renderWithProviders } from '../../__tests__/render';
import { RegenerateDialog } from '../RegenerateDialog';

const setup = () => {
  const onConfirm = jest.fn().mockResolvedValue(undefined);
  const onClose = jest.fn();
  const utils = renderWithProviders(<RegenerateDialog token={makeToken()} onConfirm={onConfirm} onClose={onClose} />);
  return { ...utils, onConfirm, onClose };
};

describe('RegenerateDialog', () => {
  it('regenerates with no grace period unless one is chosen', async () => {
    const { user, onConfirm } = setup();
    await user.click(screen.getByRole('button', { name: 'Regenerate' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith(0));

    await user.click(screen.getByRole('combobox', { name: 'Keep the old value working for' }));
    await user.click(await screen.findByRole('option', { name: '24 hours' }));
    await user.click(screen.getByRole('button', { name: 'Regenerate' }));
    await waitFor(() => expect(onConfirm).toHaveBeenLastCalledWith(86400));
  });

  it('cancels without regenerating', async () => {
    const { user, onConfirm, onClose } = setup();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
