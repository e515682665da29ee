import { screen, within } from '@testing-library/react';

import { optionTexts, renderWithProviders } from '../../__tests__/render';
import { AuditFilters, type AuditFiltersProps } from '../AuditFilters';
import { AuditLogTable, formatAuditChange } from '../AuditLogTable';

import { AUDIT_ACTIONS, type AuditEntry } from '../../../../shared/contracts/audit';

const makeEntry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 1,
  action: 'token.update',
  subjectType: 'token',
  subjectId: 7,
  subjectName: 'Zapier',
  tokenId: 7,
  actor: { id: 1, firstname: 'Ada', lastname: 'Lovelace', email: 'ada@example.com' },
  changes: { accessLevel: { from: 'read-only', to: 'full-access' } },
  createdAt: '2024-01-02T10:00:00.000Z',
  ...overrides,
});

const entries = [
  makeEntry({ id: 5 }),
  makeEntry({
    id: 4,
    action: 'hook.subscribe',
    subjectType: 'hook',
    subjectId: 3,
    subjectName: 'https://hooks.example.com/a',
    actor: null,
    changes: { event: { from: null, to: 'entry.create' }, contentType: { from: null, to: null } },
  }),
  makeEntry({
    id: 3,
    action: 'hook.unsubscribe',
    subjectType: 'hook',
    subjectId: 2,
    subjectName: 'https://hooks.example.com/gone',
    actor: null,
    changes: { reason: { from: null, to: 'gone' } },
  }),
  makeEntry({
    id: 2,
    action: 'token.provision',
    actor: null,
    subjectName: null,
    subjectId: 9,
    tokenId: 9,
    changes: { scopes: { from: ['api::a.a'], to: ['api::a.a', 'api::b.b'] } },
  }),
  makeEntry({
    id: 1,
    action: 'token.delete',
    actor: { id: 2, firstname: null, lastname: null, email: 'bob@example.com' },
    changes: null,
  }),
];

describe('AuditLogTable', () => {
  it('renders one row per entry, in the given (newest first) order, with readable actions and changes', () => {
    renderWithProviders(<AuditLogTable entries={entries} />);
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(entries.length + 1);

    expect(within(rows[1]).getByText('Edited')).toBeInTheDocument();
    expect(within(rows[1]).getByText('accessLevel: read-only → full-access')).toBeInTheDocument();
    expect(within(rows[1]).getByRole('link', { name: 'Zapier' })).toHaveAttribute('href', '/settings/access-tokens/7');

    expect(within(rows[2]).getByText('Hook subscribed')).toBeInTheDocument();
    expect(within(rows[2]).getByText('https://hooks.example.com/a')).toBeInTheDocument();
    expect(within(rows[2]).queryByRole('link')).not.toBeInTheDocument();
    expect(within(rows[2]).getByText('event: entry.create')).toBeInTheDocument();

    expect(within(rows[4]).getByText('Provisioned from configuration')).toBeInTheDocument();
    const unnamed = within(rows[4]).getByRole('link', { name: 'Token #9' });
    expect(unnamed).toHaveAttribute('href', '/settings/access-tokens/9');
    expect(within(rows[4]).getByText('scopes: api::a.a → api::a.a, api::b.b')).toBeInTheDocument();

    expect(within(rows[5]).getByText('Deleted')).toBeInTheDocument();
    expect(within(rows[5]).getByText('—')).toBeInTheDocument();
  });

  it('names the actor, or falls back to the token itself or the system when there is none', () => {
    renderWithProviders(<AuditLogTable entries={entries} />);
    const actorCells = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('gridcell')[3]);
    expect(actorCells.map((cell) => cell.textContent)).toEqual([
      'Ada Lovelace',
      'The token itself',
      'System',
      'System',
      'bob@example.com',
    ]);
  });

  it.each([
    ['token.revoke', 'Revoked'],
    ['token.previous-key-ended', 'Replaced value ended'],
  ] as const)('names a leak report or the token itself as the actor of %s without an admin', (action, label) => {
    const entry = (id: number, reason: string) =>
      makeEntry({ id, action, actor: null, changes: { reason: { from: null, to: reason } } });
    renderWithProviders(
      <AuditLogTable entries={[entry(2, 'reported as leaked'), entry(1, 'revoked by the token itself')]} />
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('gridcell')[3].textContent)).toEqual([
      'A leak report',
      'The token itself',
    ]);
    expect(within(rows[0]).getByText(label)).toBeInTheDocument();
    expect(within(rows[0]).getByText('reason: reported as leaked')).toBeInTheDocument();
  });

  it('summarises a change as from → to, or just the new value when there was none', () => {
    expect(formatAuditChange('status', { from: 'active', to: 'revoked' })).toBe('status: active → revoked');
    expect(formatAuditChange('revokedAt', { from: '2024-01-01', to: null })).toBe('revokedAt: 2024-01-01 → —');
    expect(formatAuditChange('ipAllowlist', { from: null, to: [] })).toBe('ipAllowlist: —');
    expect(formatAuditChange('description', { from: 'a', to: 'x'.repeat(200) })).toMatch(/^description: a → x{79}…$/);
  });
});

describe('AuditFilters', () => {
  const setup = (props: Partial<AuditFiltersProps> = {}) => {
    const onSubjectTypeChange = jest.fn();
    const onActionChange = jest.fn();
    const utils = renderWithProviders(
      <AuditFilters onSubjectTypeChange={onSubjectTypeChange} onActionChange={onActionChange} {...props} />
    );
    return { ...utils, onSubjectTypeChange, onActionChange };
  };

  it('reports the chosen subject type', async () => {
    const { user, onSubjectTypeChange } = setup();
    await user.click(screen.getByRole('combobox', { name: 'Subject' }));
    await user.click(await screen.findByRole('option', { name: 'Hooks' }));
    expect(onSubjectTypeChange).toHaveBeenCalledWith('hook');
  });

  it('offers every action, or only those of the chosen subject type, and reports the chosen one', async () => {
    const { user, onActionChange, unmount } = setup();
    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    expect(await screen.findAllByRole('option')).toHaveLength(AUDIT_ACTIONS.length);
    await user.click(screen.getByRole('option', { name: 'Revoked' }));
    expect(onActionChange).toHaveBeenCalledWith('token.revoke');
    unmount();

    const hooks = setup({ subjectType: 'hook' });
    expect(await optionTexts(hooks.user, 'Action')).toEqual([
      'Hook subscribed',
      'Hook unsubscribed',
      'Hook signing secret rotated',
      'Hook deliveries replayed',
      'Hook delivery retried',
    ]);
  });

  it('shows the current filters and clears them', async () => {
    const { user, onActionChange } = setup({ subjectType: 'token', action: 'token.archive' });
    expect(screen.getByRole('combobox', { name: 'Subject' })).toHaveTextContent('Tokens');
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveTextContent('Archived');
    const [, clearAction] = screen.getAllByRole('button', { name: 'Clear' });
    await user.click(clearAction);
    expect(onActionChange).toHaveBeenCalledWith(undefined);
  });
});
