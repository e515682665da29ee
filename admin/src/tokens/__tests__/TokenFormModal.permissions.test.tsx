import { screen, waitFor } from '@testing-library/react';

import { ZAPIER_TOKEN_INPUT, makeToken } from '../../__tests__/fixtures';
import { ARTICLE, HOMEPAGE } from '../permissions/__tests__/subjectsFixture';
import { saveButton, setup } from './tokenFormModalSetup';

type User = ReturnType<typeof setup>['user'];

const chooseLevel = async (user: User, level: string) => {
  await user.click(screen.getByRole('combobox', { name: 'Access level' }));
  await user.click(await screen.findByRole('option', { name: level }));
};

describe('TokenFormModal: custom permissions', () => {
  it('replaces the scopes with the matrix, and saves only once an action is ticked', async () => {
    const { user, onSubmit } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Zapier');
    await chooseLevel(user, 'Custom');
    expect(screen.queryByRole('combobox', { name: 'Scopes' })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Permissions' })).toBeInTheDocument();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('checkbox', { name: 'Create Article' }));
    await user.click(screen.getByRole('checkbox', { name: 'Find Article' }));
    await user.click(screen.getByRole('button', { name: 'Article' }));
    await user.click(screen.getByRole('checkbox', { name: 'Read body' }));
    await user.click(saveButton());

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toEqual({
      ...ZAPIER_TOKEN_INPUT,
      accessLevel: 'custom',
      permissions: { [ARTICLE.uid]: { actions: ['find', 'create'], fields: { read: ['title', 'createdAt'] } } },
    });
  });

  it("says why Save stays disabled, in the API's words: no action, then a localized type without a locale", async () => {
    const { user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Zapier');
    await chooseLevel(user, 'Custom');
    await user.click(screen.getByRole('checkbox', { name: 'Find Homepage' }));
    await user.click(screen.getByRole('checkbox', { name: 'Find Homepage' }));
    expect(screen.getByText('permissions must grant at least one content type or plugin')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Find Homepage' }));
    await user.click(screen.getByRole('button', { name: 'Homepage' }));
    await user.click(screen.getByRole('checkbox', { name: 'English (en) (default)' }));
    await user.click(screen.getByRole('checkbox', { name: 'French (fr)' }));
    expect(screen.getByText(`permissions.${HOMEPAGE.uid}.locales must name at least one locale`)).toBeInTheDocument();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
  });

  it("shows an edited custom token's grants, and sends scopes instead once another level is chosen", async () => {
    const token = makeToken({
      accessLevel: 'custom',
      permissions: { [HOMEPAGE.uid]: { actions: ['find'], locales: ['fr'] } },
    });
    const { user, onSubmit } = setup({ token });
    expect(screen.getByRole('checkbox', { name: 'Find Homepage' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select every action on Homepage' })).toHaveAttribute(
      'aria-checked',
      'mixed'
    );

    await chooseLevel(user, 'Read only');
    expect(screen.getByRole('combobox', { name: 'Scopes' })).toBeInTheDocument();
    await user.click(saveButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ accessLevel: 'read-only', scopes: [] });
    expect(onSubmit.mock.calls[0][0]).not.toHaveProperty('permissions');
  });

  it('shows the loading, failure and empty states of the matrix', async () => {
    const refetch = jest.fn();
    const custom = makeToken({ accessLevel: 'custom', permissions: { [ARTICLE.uid]: { actions: ['find'] } } });
    const loading = setup({ token: custom, permissionSubjects: { isLoading: true, isError: false, refetch } });
    expect(screen.getByText('Loading content types…')).toBeInTheDocument();
    loading.unmount();

    const failed = setup({ token: custom, permissionSubjects: { isLoading: false, isError: true, refetch } });
    expect(screen.getByText('The content types could not be loaded.')).toBeInTheDocument();
    await failed.user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalled();
    failed.unmount();

    const empty = { data: { subjects: [], locales: [] }, isLoading: false, isError: false, refetch };
    setup({ token: custom, permissionSubjects: empty });
    expect(screen.getByText('This app has no content type or plugin a token could be granted.')).toBeInTheDocument();
  });
});
