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

const texts = { loadingText: 'Loading rows…', errorText: 'The rows could not be loaded.' };
const renderRows = (rows: string[]) =>
  rows.map((row) => (
    <p key={row} data-testid="row">
      {row}
    </p>
  ));

describe('PagedList', () => {
  it('shows the loading, error and empty states instead of the rows', () => {
    const onPageChange = jest.fn();
    const { rerender } = renderWithProviders(
      <PagedList
        list={{ isLoading: true, isError: false }}
        label="Rows"
        onPageChange={onPageChange}
        empty="None."
        {...texts}
      >
        {renderRows}
      </PagedList>
    );
    expect(screen.getByText('Loading rows…')).toBeInTheDocument();

    rerender(
      <PagedList
        list={{ isLoading: false, isError: true }}
        label="Rows"
        onPageChange={onPageChange}
        empty="None."
        {...texts}
      >
        {renderRows}
      </PagedList>
    );
    expect(screen.getByText('The rows could not be loaded.')).toBeInTheDocument();

    rerender(
      <PagedList
        list={{ isLoading: false, isError: false, data: page([], { page: 1, pageSize: 2, pageCount: 0, total: 0 }) }}
        label="Rows"
        onPageChange={onPageChange}
        empty={<button type="button">Create one</button>}
        {...texts}
      >
        {renderRows}
      </PagedList>
    );
    expect(screen.getByRole('button', { name: 'Create one' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('shows the rows with page buttons named after the list', async () => {
    const onPageChange = jest.fn();
    const { user } = renderWithProviders(
      <PagedList
        list={{ isLoading: false, isError: false, data: page(['a', 'b']) }}
        label="Rows"
        onPageChange={onPageChange}
        empty="None."
        {...texts}
      >
        {renderRows}
      </PagedList>
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
