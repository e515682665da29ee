import { screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router-dom';

import { renderWithProviders } from '../../__tests__/render';
import { useTokenListParams } from '../useTokenListParams';
import { TokenFilters } from '../TokenFilters';

const scopes = [
  { uid: 'api::article.article', kind: 'content-type' as const, displayName: 'Article' },
  { uid: 'plugin::upload', kind: 'plugin' as const, displayName: 'Upload' },
];

/** Every URL query the harness went through, to show that a value never reached one. */
let seenSearches: string[] = [];

/** The filters wired to the URL the way the page wires them, with the resulting query string shown. */
const Harness = () => {
  const { filters, query, setFilters } = useTokenListParams();
  const location = useLocation();
  seenSearches.push(location.search);
  return (
    <>
      <TokenFilters values={filters} scopes={scopes} onChange={setFilters} />
      <output data-testid="search">{location.search}</output>
      <output data-testid="query">{JSON.stringify(query)}</output>
    </>
  );
};

const params = () => new URLSearchParams(screen.getByTestId('search').textContent ?? '');

/** The filter row alone, reporting to a mock. */
const renderFilters = () => {
  const onChange = jest.fn();
  return { ...renderWithProviders(<TokenFilters values={{}} scopes={scopes} onChange={onChange} />), onChange };
};

describe('TokenFilters', () => {
  it('applies the name filter as you type, once typing pauses', async () => {
    const { user, onChange } = renderFilters();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'for');
    expect(onChange).not.toHaveBeenCalled();
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenCalledWith({ search: 'for' });
  });

  it('applies a select at once', async () => {
    const { user, onChange } = renderFilters();
    await user.click(screen.getByRole('combobox', { name: 'Access level' }));
    await user.click(await screen.findByRole('option', { name: 'Read and write' }));
    expect(onChange).toHaveBeenCalledWith({ accessLevel: 'read-write' });
  });

  it('offers archived among the statuses and every scope', async () => {
    const { user, onChange } = renderFilters();
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Archived' }));
    expect(onChange).toHaveBeenLastCalledWith({ status: 'archived' });

    await user.click(screen.getByRole('combobox', { name: 'Scope' }));
    await user.click(await screen.findByRole('option', { name: 'Upload' }));
    expect(onChange).toHaveBeenLastCalledWith({ status: 'archived', scope: 'plugin::upload' });
  });

  it('keeps the filters in the URL and goes back to page 1 when they change', async () => {
    const { user } = renderWithProviders(<Harness />, {
      initialEntries: ['/?search=zap&sort=lastUsedAt:desc&page=3'],
    });
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('zap');

    await user.type(name, 'ier');
    await waitFor(() => expect(params().get('search')).toBe('zapier'));
    expect(params().get('sort')).toBe('lastUsedAt:desc');
    expect(params().has('page')).toBe(false);
    expect(JSON.parse(screen.getByTestId('query').textContent ?? '{}')).toMatchObject({
      search: 'zapier',
      sort: 'lastUsedAt:desc',
      page: 1,
      pageSize: 25,
    });

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(params().has('search')).toBe(false));
    expect(name).toHaveValue('');
  });

  it('filters on tokens that expire soon, kept in the URL as expiresSoon=true', async () => {
    const { user } = renderWithProviders(<Harness />, { initialEntries: ['/?page=2'] });
    await user.click(screen.getByRole('checkbox', { name: 'Expires soon' }));
    await waitFor(() => expect(params().get('expiresSoon')).toBe('true'));
    expect(params().has('page')).toBe(false);
    expect(JSON.parse(screen.getByTestId('query').textContent ?? '{}')).toMatchObject({ expiresSoon: true });

    await user.click(screen.getByRole('checkbox', { name: 'Expires soon' }));
    await waitFor(() => expect(params().has('expiresSoon')).toBe(false));
  });

  it('reads the expires-soon filter from the URL', () => {
    renderWithProviders(<Harness />, { initialEntries: ['/?expiresSoon=true'] });
    expect(screen.getByRole('checkbox', { name: 'Expires soon' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeInTheDocument();
  });

  it('keeps a pasted token value in memory only: in the query, never in the URL', async () => {
    seenSearches = [];
    const { user } = renderWithProviders(<Harness />, { initialEntries: ['/?search=zap&page=2'] });
    const token = screen.getByRole('textbox', { name: 'Token' });
    await user.type(token, 'sat_abc');
    await waitFor(() =>
      expect(JSON.parse(screen.getByTestId('query').textContent ?? '{}')).toMatchObject({
        accessKey: 'sat_abc',
        search: 'zap',
        page: 1,
      })
    );
    expect(params().has('page')).toBe(false);
    expect(seenSearches.length).toBeGreaterThan(1);
    expect(seenSearches.filter((search) => search.includes('accessKey') || search.includes('sat_'))).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(JSON.parse(screen.getByTestId('query').textContent ?? '{}').accessKey).toBeUndefined());
    expect(token).toHaveValue('');
  });

  it('ignores unknown values in the URL', () => {
    renderWithProviders(<Harness />, {
      initialEntries: ['/?status=bogus&sort=password:asc&accessLevel=admin&accessKey=sat_old'],
    });
    const query = JSON.parse(screen.getByTestId('query').textContent ?? '{}');
    expect(query.accessKey).toBeUndefined();
    expect(screen.getByRole('textbox', { name: 'Token' })).toHaveValue('');
    expect(query.status).toBeUndefined();
    expect(query.accessLevel).toBeUndefined();
    expect(query.sort).toBe('name:asc');
  });
});
