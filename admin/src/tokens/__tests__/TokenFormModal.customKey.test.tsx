import { screen, waitFor } from '@testing-library/react';

import { estimateEntropyBits } from '../../../../shared/token-rules';
import { saveButton, setup } from './tokenFormModalSetup';

/** A value an integration already holds: random, without the plugin's prefix. */
const MIGRATED = 'vR3kQ9zL7mT2wX8pN4bF6hJ1cY5sD0gA-migrated';

describe('TokenFormModal: custom token value', () => {
  it('generates a custom token value of at least 40 base62 characters, and generates again', async () => {
    const { user, onSubmit } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Legacy');
    await user.click(screen.getByRole('checkbox', { name: 'Enter my own token value' }));
    const value = screen.getByRole('textbox', { name: 'Token value' }) as HTMLInputElement;
    const first = value.value;
    expect(first).toMatch(/^[0-9A-Za-z]{40,}$/);

    await user.click(screen.getByRole('button', { name: 'Generate again' }));
    expect(value.value).toMatch(/^[0-9A-Za-z]{40,}$/);
    expect(value.value).not.toBe(first);

    await user.clear(value);
    await user.type(value, 'too-short');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('A custom token must be at least 32 characters')).toBeInTheDocument();
    await user.clear(value);
    await user.paste(MIGRATED);
    await user.click(saveButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ accessKey: MIGRATED })));
  });

  it('refuses a long but predictable custom value, as the server would, and shows the estimate', async () => {
    const { user, onSubmit } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Legacy');
    await user.click(screen.getByRole('checkbox', { name: 'Enter my own token value' }));
    const value = screen.getByRole('textbox', { name: 'Token value' });
    await user.clear(value);
    await user.paste('password1'.repeat(5)); // 45 characters: long enough for the old 40-character rule
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(/^Too predictable/)).toBeInTheDocument();
    await user.click(saveButton());
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(value);
    await user.paste(MIGRATED);
    expect(screen.queryByText(/^Too predictable/)).not.toBeInTheDocument();
    expect(screen.getByText(new RegExp(`this value: ${estimateEntropyBits(MIGRATED)} bits`))).toBeInTheDocument();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');
  });
});
