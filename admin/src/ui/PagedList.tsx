import { Flex } from '@strapi/design-system';

import { ListState, Section } from './Section';
import { TablePagination } from './TablePagination';

import type { Pagination } from '../../../shared/contracts/tokens';

/** The shape of every paged list the admin API answers. */
export interface PagedResponse<Row> {
  data: Row[];
  meta: { pagination: Pagination };
}

/** Under the rows: page buttons naming the table, or the caller's own footer (the tokens page's page-size choice). */
type PagingProps =
  | { label: string; onPageChange: (page: number) => void; footer?: never }
  | { footer: (pagination: Pagination) => React.ReactNode; label?: never; onPageChange?: never };

interface ListProps<Row> {
  /** A react-query result holding one page. */
  list: { data?: PagedResponse<Row>; isLoading: boolean; isError: boolean };
  loadingText: string;
  errorText: string;
  /** A sentence, or a whole empty state. */
  empty: React.ReactNode;
  children: (rows: Row[]) => React.ReactNode;
}

type PagedListProps<Row> = PagingProps & ListProps<Row>;

/** One page of a list: its loading, error and empty states, else its rows and the way to the other pages. */
export const PagedList = <Row,>({ list, loadingText, errorText, empty, children, ...paging }: PagedListProps<Row>) => {
  const rows = list.data?.data ?? [];
  const pagination = list.data?.meta.pagination;

  return (
    <ListState
      isLoading={list.isLoading}
      isError={list.isError}
      isEmpty={rows.length === 0}
      loadingText={loadingText}
      errorText={errorText}
      empty={empty}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        {children(rows)}
        {pagination &&
          (paging.footer ? (
            paging.footer(pagination)
          ) : (
            <TablePagination pagination={pagination} onPageChange={paging.onPageChange} label={paging.label} />
          ))}
      </Flex>
    </ListState>
  );
};

interface PagedSectionProps<Row> extends ListProps<Row> {
  title: string;
  subtitle?: string;
  /** Filters, above the list. */
  toolbar?: React.ReactNode;
  onPageChange: (page: number) => void;
}

/** A titled card holding one paged list, its filters above it; the page buttons are named after the title. */
export const PagedSection = <Row,>({ title, subtitle, toolbar, ...list }: PagedSectionProps<Row>) => (
  <Section title={title} subtitle={subtitle}>
    {toolbar}
    <PagedList label={title} {...list} />
  </Section>
);
