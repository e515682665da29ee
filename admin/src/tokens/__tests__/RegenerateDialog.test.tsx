import { screen, waitFor } from '@testing-library/react';

import { makeToken } from '../../__tests__/fixtures';
import { makeSubscription } from '../../__tests__/hookFixtures';
import { renderWithProviders } from '../../__tests__/render';
import { RegenerateDialog } from '../RegenerateDialog';

import type { AdminHookSubscription, HookListResponse } from '../../../../shared/contracts/hooks';

const scopes = [{ uid: 'api::article.article', kind: 'content-type' as const, displayName: 'Article' }];

const listOf = (data: AdminHookSubscription[], total = data.length): HookListResponse => ({
  data,
  meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total } },
});

const withAThief = listOf([
  makeSubscription({
    id: 1,
    targetUrl: 'https://integration.example.com/hook',
    event: 'entry.publish',
    contentType: 'api::article.article',
  }),
  makeSubscription({ id: 2, targetUrl: 'https://attacker.example.net/x', event: 'entry.create', contentType: null }),
]);

const setup = (props: Partial<Parameters<typeof RegenerateDialog>[0]> = {}) => {
  const onConfirm = jest.fn().mockResolvedValue(undefined);
  const onClose = jest.fn();
  const utils = renderWithProviders(
    <RegenerateDialog
      token={makeToken()}
      hooks={listOf([])}
      scopes={scopes}
      onConfirm={onConfirm}
      onClose={onClose}
      {...props}
    />
  );
  return { ...utils, onConfirm, onClose };
};

const regenerate = () => screen.getByRole('button', { name: 'Regenerate' });
const keepBox = () => screen.queryByRole('checkbox', { name: "Keep the token's hook subscriptions" });
const WARNING = /hooks subscribed with it keep receiving your content/;

describe('RegenerateDialog', () => {
  it('regenerates with no grace period unless one is chosen', async () => {
    const { user, onConfirm } = setup();
    await user.click(regenerate());
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith({ gracePeriodSeconds: 0, keepSubscriptions: false }));

    await user.click(screen.getByRole('combobox', { name: 'Keep the old value working for' }));
    await user.click(await screen.findByRole('option', { name: '24 hours' }));
    await user.click(regenerate());
    await waitFor(() =>
      expect(onConfirm).toHaveBeenLastCalledWith({ gracePeriodSeconds: 86400, keepSubscriptions: false })
    );
  });

  it('says when the token has no hooks, and offers nothing to keep', () => {
    setup();
    expect(screen.getByText('This token has no hooks.')).toBeInTheDocument();
    expect(keepBox()).not.toBeInTheDocument();
  });

  it('lists the token’s hooks and removes them unless the admin keeps them', async () => {
    const { user, onConfirm } = setup({ hooks: withAThief });
    expect(screen.getByText('Hooks of this token (2)')).toBeInTheDocument();
    expect(screen.getByText('https://attacker.example.net/x')).toBeInTheDocument();
    expect(screen.getByText('Entry created · All readable')).toBeInTheDocument();
    expect(screen.getByText('https://integration.example.com/hook')).toBeInTheDocument();
    expect(screen.getByText('Entry published · Article')).toBeInTheDocument();
    expect(keepBox()).not.toBeChecked();
    expect(screen.getByText(/these hooks are removed/)).toBeInTheDocument();
    expect(screen.queryByText(WARNING)).not.toBeInTheDocument();

    await user.click(regenerate());
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith({ gracePeriodSeconds: 0, keepSubscriptions: false }));
  });

  it('keeps the hooks when the admin ticks the box, and warns about a thief’s', async () => {
    const { user, onConfirm } = setup({ hooks: withAThief });
    await user.click(keepBox() as HTMLElement);
    expect(keepBox()).toBeChecked();
    expect(screen.getByText(WARNING)).toBeInTheDocument();
    await user.click(regenerate());
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith({ gracePeriodSeconds: 0, keepSubscriptions: true }));
  });

  it('counts hooks beyond those listed', () => {
    setup({ hooks: listOf([makeSubscription()], 130) });
    expect(screen.getByText('Hooks of this token (130)')).toBeInTheDocument();
    expect(screen.getByText('and 129 more')).toBeInTheDocument();
  });

  it('waits for the hooks before regenerating; if they cannot be loaded, removes them unless kept', async () => {
    const { user, onConfirm, rerender } = setup({ hooks: undefined });
    expect(regenerate()).toBeDisabled();

    rerender(
      <RegenerateDialog token={makeToken()} hooksError scopes={scopes} onConfirm={onConfirm} onClose={jest.fn()} />
    );
    expect(screen.getByText('The hooks could not be loaded.')).toBeInTheDocument();
    expect(keepBox()).not.toBeChecked();
    await user.click(regenerate());
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith({ gracePeriodSeconds: 0, keepSubscriptions: false }));
  });

  it('cancels without regenerating', async () => {
    const { user, onConfirm, onClose } = setup();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
