import { screen } from '@testing-library/react';

import { renderWithProviders } from '../../__tests__/render';
import { PagedList, type PagedResponse } from '../PagedList';

const page = (
  names: string[],
  pagination = { page: 1, pageSize: 2, pageCount: 2, total: 3 }
): PagedResponse<string> => ({
  data: names,
  meta: { pagination },
});

type List = React.ComponentProps<typeof PagedList<string>>['list'];

const texts = { loadingText: 'Loading rows…', errorText: 'The rows could not be loaded.' };
const renderRows = (rows: string[]) =>
  rows.map((row) => (
    <p key={row} data-testid="row">
      {row}
    </p>
  ));

/** The list with page buttons labelled "Rows"; `empty` defaults to a sentence. */
const pagedList = (list: List, onPageChange: (page: number) => void, empty: React.ReactNode = 'None.') => (
  <PagedList list={list} label="Rows" onPageChange={onPageChange} empty={empty} {...texts}>
    {renderRows}
  </PagedList>
);

describe('PagedList', () => {
  it('shows the loading, error and empty states instead of the rows', () => {
    const onPageChange = jest.fn();
    const { rerender } = renderWithProviders(pagedList({ isLoading: true, isError: false }, onPageChange));
    expect(screen.getByText('Loading rows…')).toBeInTheDocument();

    rerender(pagedList({ isLoading: false, isError: true }, onPageChange));
    expect(screen.getByText('The rows could not be loaded.')).toBeInTheDocument();

    const noRows = page([], { page: 1, pageSize: 2, pageCount: 0, total: 0 });
    rerender(
      pagedList(
        { isLoading: false, isError: false, data: noRows },
        onPageChange,
        <button type="button">Create one</button>
      )
    );
    expect(screen.getByRole('button', { name: 'Create one' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('shows the rows with page buttons named after the list', async () => {
    const onPageChange = jest.fn();
    const { user } = renderWithProviders(
      pagedList({ isLoading: false, isError: false, data: page(['a', 'b']) }, onPageChange)
    );
    expect(screen.getAllByTestId('row').map((item) => item.textContent)).toEqual(['a', 'b']);
    expect(screen.getByRole('navigation', { name: 'Rows' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(onPageChange).toHaveBeenCalledWith(2);
  });

  it('puts a given footer in place of the page buttons', () => {
    renderWithProviders(
      <PagedList
        list={{ isLoading: false, isError: false, data: page(['a']) }}
        footer={(pagination) => <p>{`Page ${pagination.page} of ${pagination.pageCount}`}</p>}
        empty="None."
        {...texts}
      >
        {renderRows}
      </PagedList>
    );
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
