import { screen } from '@testing-library/react';

import { ALL_PERMISSIONS, NO_PERMISSIONS, makeToken } from '../../__tests__/fixtures';
import { expectTexts, renderWithProviders } from '../../__tests__/render';
import { TokensTable, type TokensTableProps } from '../TokensTable';

const tokens = [
  { ...makeToken({ id: 1, name: 'Zapier', maskedKey: 'sat_…aaaa', expiresSoon: true }), requests24h: 1234 },
  { ...makeToken({ id: 2, name: 'CI', status: 'revoked', accessLevel: 'read-write' }), requests24h: 0 },
];

const setup = (props: Partial<TokensTableProps> = {}) => {
  const onSortChange = jest.fn();
  const onAction = jest.fn();
  const utils = renderWithProviders(
    <TokensTable
      tokens={tokens}
      sort="name:asc"
      onSortChange={onSortChange}
      permissions={ALL_PERMISSIONS}
      onAction={onAction}
      {...props}
    />
  );
  return { ...utils, onSortChange, onAction };
};

/** The design system's table gives its header cells the grid role, so find them from their sort button. */
const header = (label: string) => screen.getByRole('button', { name: `Sort by ${label}` }).closest('th');

describe('TokensTable', () => {
  it('renders one row per token with its masked key, status and requests of the last 24 hours', () => {
    setup();
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expectTexts(rows[1], ['sat_…aaaa', 'Active', '1,234']);
    expectTexts(rows[2], ['Revoked', 'Read and write', '0']);
  });

  it('marks a token that expires soon next to its status', () => {
    setup();
    const rows = screen.getAllByRole('row');
    expectTexts(rows[1], ['Expires soon']);
    expect(rows[2]).not.toHaveTextContent('Expires soon');
  });

  it('leaves scopes, validity and creator to the token’s page, to fit a laptop screen', () => {
    const { container } = setup();
    expect([...container.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Name',
      'Access level',
      'Status',
      'Last used',
      'Requests (24 h)',
      'Actions',
    ]);
  });

  it('marks the sorted column and toggles the order when its header is clicked', async () => {
    const { user, onSortChange } = setup({ sort: 'name:asc' });
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Status')).toHaveAttribute('aria-sort', 'none');

    await user.click(screen.getByRole('button', { name: 'Sort by Name' }));
    expect(onSortChange).toHaveBeenLastCalledWith('name:desc');
  });

  it('sorts a new column ascending first, and a descending column back to ascending', async () => {
    const { user, onSortChange, rerender } = setup({ sort: 'name:asc' });
    await user.click(screen.getByRole('button', { name: 'Sort by Last used' }));
    expect(onSortChange).toHaveBeenLastCalledWith('lastUsedAt:asc');

    rerender(
      <TokensTable
        tokens={tokens}
        sort="lastUsedAt:desc"
        onSortChange={onSortChange}
        permissions={ALL_PERMISSIONS}
        onAction={jest.fn()}
      />
    );
    expect(header('Last used')).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: 'Sort by Last used' }));
    expect(onSortChange).toHaveBeenLastCalledWith('lastUsedAt:asc');
  });

  it('disables revoke for a token that is not active or scheduled', async () => {
    const { user, onAction } = setup();
    const revokeRevoked = screen.getByRole('button', { name: 'Revoke CI' });
    expect(revokeRevoked).toHaveAttribute('aria-disabled', 'true');
    await user.click(revokeRevoked);
    expect(onAction).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Revoke Zapier' }));
    expect(onAction).toHaveBeenCalledWith('revoke', tokens[0]);
  });

  it('offers Regenerate only to admins who may both revoke and create', () => {
    const { rerender } = setup({ permissions: { ...NO_PERMISSIONS, canRevoke: true } });
    expect(screen.getByRole('button', { name: 'Revoke Zapier' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Regenerate Zapier' })).not.toBeInTheDocument();

    const props = { tokens, sort: 'name:asc' as const, onSortChange: jest.fn(), onAction: jest.fn() };
    rerender(<TokensTable {...props} permissions={{ ...NO_PERMISSIONS, canCreate: true }} />);
    expect(screen.queryByRole('button', { name: 'Regenerate Zapier' })).not.toBeInTheDocument();
    rerender(<TokensTable {...props} permissions={{ ...NO_PERMISSIONS, canRevoke: true, canCreate: true }} />);
    expect(screen.getByRole('button', { name: 'Regenerate Zapier' })).toBeInTheDocument();
  });

  it('marks a provisioned token with its variable, and says why it cannot be regenerated or deleted here', async () => {
    const provisioned = { ...makeToken({ id: 3, name: 'Deploy', provisionedFrom: 'DEPLOY_TOKEN' }), requests24h: 0 };
    const { user, onAction } = setup({ tokens: [...tokens, provisioned] });
    const rows = screen.getAllByRole('row');
    expectTexts(rows[3], ['Provisioned from DEPLOY_TOKEN']);
    expect(rows[1]).not.toHaveTextContent('Provisioned');

    const regenerate = screen.getByRole('button', {
      name: 'Cannot regenerate Deploy: its value comes from DEPLOY_TOKEN. Change it and restart Strapi.',
    });
    expect(regenerate).toHaveAttribute('aria-disabled', 'true');
    await user.click(regenerate);
    expect(onAction).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Regenerate Zapier' })).toHaveAttribute('aria-disabled', 'false');

    const remove = screen.getByRole('button', {
      name: 'Cannot delete Deploy: it is configured from DEPLOY_TOKEN. Remove it from the configuration and restart Strapi first.',
    });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    await user.click(remove);
    expect(onAction).not.toHaveBeenCalled();
  });

  it('hides the actions the admin is not allowed to perform', () => {
    setup({ permissions: NO_PERMISSIONS });
    expect(screen.queryByRole('button', { name: /^(Edit|Revoke|Delete|Archive|Regenerate) / })).not.toBeInTheDocument();
  });
});
