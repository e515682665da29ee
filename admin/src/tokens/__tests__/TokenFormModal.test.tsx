import { screen, waitFor, within } from '@testing-library/react';

import { ZAPIER_TOKEN_INPUT, makeToken } from '../../__tests__/fixtures';
import { optionTexts } from '../../__tests__/render';
import { saveButton, setup } from './tokenFormModalSetup';

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
    expect(screen.getByText('name must not be empty')).toBeInTheDocument();
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
    expect(name).toHaveAccessibleDescription(
      'name must not contain line breaks, tabs or other control characters (found U+2028)'
    );
    expect(description).toHaveAccessibleDescription(
      'description must not contain tabs or control characters other than line breaks (found U+0009)'
    );

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
