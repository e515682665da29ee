import { screen, within } from '@testing-library/react';

import { ALL_PERMISSIONS, makeToken } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/render';
import { TokensTable } from '../../TokensTable';
import { TokenSummary } from '../../TokenSummary';
import { PermissionsView } from '../PermissionsView';
import { ARTICLE, HOMEPAGE, SUBJECTS } from './subjectsFixture';

const permissions = {
  [ARTICLE.uid]: { actions: ['find', 'findOne', 'create'], fields: { read: ['title'], write: [] } },
  [HOMEPAGE.uid]: { actions: ['find', 'update', 'delete'], locales: ['fr'] },
  'plugin::upload': { actions: ['content-api.find'] },
};
const custom = makeToken({ name: 'Zapier', accessLevel: 'custom', permissions });

describe('custom token summaries', () => {
  it('sums a custom token up in the list instead of scopes: types, plugins, actions and rules', () => {
    renderWithProviders(
      <TokensTable
        tokens={[
          { ...custom, requests24h: 0 },
          {
            ...makeToken({
              id: 2,
              name: 'One',
              accessLevel: 'custom',
              permissions: { [ARTICLE.uid]: { actions: ['find'] } },
            }),
            requests24h: 0,
          },
        ]}
        sort="name:asc"
        onSortChange={jest.fn()}
        permissions={ALL_PERMISSIONS}
        onAction={jest.fn()}
      />
    );
    const [, first, second] = screen.getAllByRole('row');
    expect(within(first).getByText('2 types, 1 plugin, 7 actions, field rules, locale rules')).toBeInTheDocument();
    expect(within(second).getByText('1 type, 1 action')).toBeInTheDocument();
  });

  it("shows the summary in the token's details in place of its scopes", () => {
    renderWithProviders(<TokenSummary token={custom} />);
    expect(screen.queryByText('Scopes')).not.toBeInTheDocument();
    expect(screen.getByText('2 types, 1 plugin, 7 actions, field rules, locale rules')).toBeInTheDocument();
  });

  it('lists each grant with its rules in words, by display name', () => {
    renderWithProviders(<PermissionsView permissions={permissions} subjects={SUBJECTS} />);
    const [, article, homepage, upload] = screen.getAllByRole('row');
    expect(
      within(article)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent)
    ).toEqual(['Article', 'Find, Find one, Create', 'title', 'None', '—']);
    expect(
      within(homepage)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent)
    ).toEqual(['Homepage', 'Find, Update, Delete', 'All', 'All', 'French (fr)']);
    expect(
      within(upload)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent)
    ).toEqual(['Media Library', 'content-api.find', '—', '—', '—']);
  });
});
