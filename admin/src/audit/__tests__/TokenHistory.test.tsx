import { screen, within } from '@testing-library/react';

import { renderWithProviders } from '../../__tests__/render';
import { TokenHistory } from '../TokenHistory';

import type { AuditEntry } from '../../../../shared/contracts/audit';

const entries: AuditEntry[] = [
  {
    id: 2,
    action: 'hook.subscribe',
    subjectType: 'hook',
    subjectId: 3,
    subjectName: 'https://hooks.example.com/a',
    tokenId: 7,
    actor: null,
    changes: { event: { from: null, to: 'entry.create' } },
    createdAt: '2024-01-02T10:00:00.000Z',
  },
  {
    id: 1,
    action: 'token.create',
    subjectType: 'token',
    subjectId: 7,
    subjectName: 'Zapier',
    tokenId: 7,
    actor: { id: 1, firstname: 'Ada', lastname: 'Lovelace', email: 'ada@example.com' },
    changes: null,
    createdAt: '2024-01-01T10:00:00.000Z',
  },
];

describe('TokenHistory', () => {
  it("shows the token's entries in the audit log's table", () => {
    renderWithProviders(<TokenHistory entries={entries} isLoading={false} isError={false} />);
    expect(screen.getByRole('heading', { name: 'History' })).toBeInTheDocument();
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(entries.length + 1);
    expect(
      within(rows[0])
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent)
    ).toEqual(['Time', 'Action', 'Subject', 'By', 'Changes']);
    expect(within(rows[1]).getByText('Hook subscribed')).toBeInTheDocument();
    expect(within(rows[1]).getByText('The token itself')).toBeInTheDocument();
    expect(within(rows[1]).getByText('event: entry.create')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Created')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Ada Lovelace')).toBeInTheDocument();
  });

  it('says so when nothing was recorded', () => {
    renderWithProviders(<TokenHistory entries={[]} isLoading={false} isError={false} />);
    expect(screen.getByText('No recorded changes.')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('reports a failed load, and waits for a pending one instead of claiming there is nothing', () => {
    const { rerender } = renderWithProviders(<TokenHistory entries={[]} isLoading={false} isError />);
    expect(screen.getByText('The history could not be loaded.')).toBeInTheDocument();

    rerender(<TokenHistory entries={[]} isLoading isError={false} />);
    expect(screen.getByText('Loading the history…')).toBeInTheDocument();
    expect(screen.queryByText('No recorded changes.')).not.toBeInTheDocument();
  });
});
