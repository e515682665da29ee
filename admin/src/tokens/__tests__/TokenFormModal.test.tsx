import { screen, waitFor, within } from '@testing-library/react';

import { estimateEntropyBits } from '../../../../shared/token-rules';
import { ZAPIER_TOKEN_INPUT, makeToken } from '../../__tests__/fixtures';
import { optionTexts, renderWithProviders } from '../../__tests__/render';
import { TokenFormModal, type TokenFormModalProps } from '../TokenFormModal';

const NOW = new Date('2030-01-01T00:00:00.000Z');
/** A value an integration already holds: random, without the plugin's prefix. */
const MIGRATED = 'vR3kQ9zL7mT2wX8pN4bF6hJ1cY5sD0gA-migrated';

const setup = (props: Partial<TokenFormModalProps> = {}) => {
  const onSubmit = jest.fn().mockResolvedValue(undefined);
  const onError = jest.fn();
  const onClose = jest.fn();
  const utils = renderWithProviders(
    <TokenFormModal
      scopes={[{ uid: 'api::article.article', kind: 'content-type', displayName: 'Article' }]}
      onSubmit={onSubmit}
      onError={onError}
      onClose={onClose}
      now={() => NOW}
      {...props}
    />
  );
  return { ...utils, onSubmit, onError, onClose };
};

const saveButton = () => screen.getByRole('button', { name: 'Save' });

describe('TokenFormModal', () => {
  it('keeps Save disabled until the name is filled in', async () => {
    const { user, onSubmit } = setup();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');

    await user.click(saveButton());
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Zapier');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');

    await user.click(saveButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toEqual(ZAPIER_TOKEN_INPUT);
  });

  it('says an empty scope list stops at other plugins, and lists plugins so one can be named', async () => {
    const { user } = setup({
      scopes: [
        { uid: 'api::article.article', kind: 'content-type', displayName: 'Article' },
        { uid: 'plugin::users-permissions', kind: 'plugin', displayName: 'Users & Permissions' },
      ],
    });
    expect(
      screen.getByText(/content types and file uploads\. Other plugins .* only when named here/)
    ).toBeInTheDocument();
    expect(await optionTexts(user, 'Scopes')).toEqual(['Article', 'Users & Permissions']);
  });

  it('refuses a name made only of spaces', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '   ');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('This field is required')).toBeInTheDocument();
  });

  it('refuses control characters in the name and the description, beside each field, as the server does', async () => {
    const { user, onSubmit } = setup();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.click(name);
    await user.paste('ci\u2028Bcc: x@y');
    const description = screen.getByRole('textbox', { name: 'Description' });
    await user.click(description);
    await user.paste('tab\there');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(name).toHaveAccessibleDescription('No line breaks, tabs or other control characters');
    expect(description).toHaveAccessibleDescription('No tabs or other control characters (line breaks are fine)');

    await user.clear(name);
    await user.type(name, 'CI');
    await user.clear(description);
    await user.type(description, 'first line{enter}second line');
    expect(name).not.toHaveAccessibleDescription();
    await user.click(saveButton());
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith(
        expect.objectContaining({ name: 'CI', description: 'first line\nsecond line' })
      )
    );
  });

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

    expect(await screen.findByText('Valid to must be after valid from')).toBeInTheDocument();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(saveButton());
    expect(onSubmit).not.toHaveBeenCalled();

    const to = screen.getByRole('combobox', { name: 'Valid to date' });
    await user.clear(to);
    await user.type(to, '07/01/2031{Enter}');
    expect(screen.queryByText('Valid to must be after valid from')).not.toBeInTheDocument();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');
  });

  it('refuses an IP allowlist line that is not an address or CIDR range', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'CI');
    const allowlist = screen.getByRole('textbox', { name: 'IP allowlist' });
    await user.type(allowlist, '10.0.0.0/8{enter}not-an-ip');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    await user.clear(allowlist);
    await user.type(allowlist, '10.0.0.0/8{enter}2001:db8::/32');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');
  });

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

  it('shows a server field error beside its field', async () => {
    const { user, onSubmit, onError } = setup();
    onSubmit.mockRejectedValue({
      response: {
        data: {
          error: { message: 'Invalid', details: { errors: [{ path: ['name'], message: 'Name already taken' }] } },
        },
      },
    });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Taken');
    await user.click(saveButton());
    expect(await screen.findByText('Name already taken')).toBeInTheDocument();
    expect(onError).not.toHaveBeenCalled();
  });

  it('sends a rate limit given in both fields, and refuses one given in only one', async () => {
    const { user, onSubmit } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Zapier');
    await user.type(screen.getByRole('textbox', { name: 'Rate limit: requests' }), '100');
    expect(await screen.findByText('Give both the number of requests and the window, or neither')).toBeInTheDocument();
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
    expect(await screen.findByText('A whole number of seconds from 1 to 86,400 (one day)')).toBeInTheDocument();
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

  it('shows the server’s refusal of a rate limit beside its fields', async () => {
    const { user, onSubmit } = setup();
    onSubmit.mockRejectedValue({
      response: {
        data: {
          error: { details: { errors: [{ path: ['rateLimit', 'limit'], message: 'rateLimit.limit is too large' }] } },
        },
      },
    });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Zapier');
    await user.click(saveButton());
    expect(await screen.findByText('rateLimit.limit is too large')).toBeInTheDocument();
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

  it('edits a token without offering a custom value, keeping its past valid-from date', async () => {
    const token = makeToken({ name: 'Old', validFrom: '2020-01-01T00:00:00.000Z', scopes: ['api::article.article'] });
    const { user, onSubmit } = setup({ token });
    expect(screen.getByRole('heading', { name: 'Edit token' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Enter my own token value' })).not.toBeInTheDocument();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');
    await user.click(saveButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ name: 'Old', validFrom: '2020-01-01T00:00:00.000Z' });
    expect(onSubmit.mock.calls[0][0]).not.toHaveProperty('accessKey');
  });

  it('discards the form on Cancel', async () => {
    const { user, onClose, onSubmit } = setup();
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Draft');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
