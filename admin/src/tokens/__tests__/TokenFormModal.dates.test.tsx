import { screen, waitFor } from '@testing-library/react';

import { makeToken } from '../../__tests__/fixtures';
import { saveButton, setup } from './tokenFormModalSetup';

describe('TokenFormModal: validity dates', () => {
  it('does not accept a past date: the picker holds it at now', async () => {
    const { user } = setup();
    const from = screen.getByRole('combobox', { name: 'Valid from date' });
    await user.type(from, '01/05/2020{Enter}');
    expect(from).toHaveValue('01/01/2030');
    expect(screen.queryByText('The date must not be in the past')).not.toBeInTheDocument();
  });

  it('requires valid to to be after valid from', async () => {
    const { user, onSubmit } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'CI');
    await user.type(screen.getByRole('combobox', { name: 'Valid from date' }), '06/01/2031{Enter}');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');
    // The picker will not go below valid from, so an earlier date lands on valid from itself: still refused.
    await user.type(screen.getByRole('combobox', { name: 'Valid to date' }), '01/01/2031{Enter}');

    expect(await screen.findByText('validTo must be after validFrom')).toBeInTheDocument();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(saveButton());
    expect(onSubmit).not.toHaveBeenCalled();

    const to = screen.getByRole('combobox', { name: 'Valid to date' });
    await user.clear(to);
    await user.type(to, '07/01/2031{Enter}');
    expect(screen.queryByText('validTo must be after validFrom')).not.toBeInTheDocument();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');
  });

  it('under a maximum lifetime, requires valid to and keeps the picker within it', async () => {
    const { user, onSubmit, onError } = setup({ maxLifetimeDays: 30 });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'CI');
    expect(screen.getByText('Required: tokens here have a maximum lifetime')).toBeInTheDocument();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');

    const to = screen.getByRole('combobox', { name: /^Valid to date/ });
    await user.type(to, '06/01/2030{Enter}');
    expect(to).toHaveValue('01/31/2030');
    expect(screen.getByText('At most 30 days after valid from.')).toBeInTheDocument();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');

    // The server has the last word (its clock, a changed setting): its 400 on validTo shows on the field.
    onSubmit.mockRejectedValue({
      response: {
        data: { error: { details: { errors: [{ path: ['validTo'], message: 'validTo is too far away' }] } } },
      },
    });
    await user.click(saveButton());
    expect(await screen.findByText('validTo is too far away')).toBeInTheDocument();
    expect(onError).not.toHaveBeenCalled();
  });

  it('under a maximum lifetime, still saves an older token without an end when its dates are left alone', async () => {
    const { user, onSubmit } = setup({ token: makeToken({ name: 'Old' }), maxLifetimeDays: 30 });
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');
    await user.click(saveButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
  });
});
