import { Dots, Flex, NextLink, PageLink, Pagination, PreviousLink, Typography } from '@strapi/design-system';
import { useT } from './useT';

import type { Pagination as PaginationMeta } from '../../../shared/contracts/hooks';

/** The pages to show: the first, the last, the current one and its neighbours; `null` marks a gap. */
export const pageItems = (page: number, pageCount: number): Array<number | null> => {
  const shown = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1] > 1 ? [null, n] : [n]));
};

interface TablePaginationProps {
  pagination: PaginationMeta;
  onPageChange: (page: number) => void;
  /** Names the table in the navigation's label, when a page holds more than one. */
  label: string;
}

/**
 * Page buttons for a table that is not the only one on its page: the admin's `Pagination` keeps its state in the
 * `page` query parameter, which two tables would share.
 */
export const TablePagination = ({ pagination, onPageChange, label }: TablePaginationProps) => {
  const t = useT();
  const { page, pageCount, total } = pagination;
  if (pageCount <= 1) return null;

  const go = (target: number) => () => {
    if (target >= 1 && target <= pageCount && target !== page) onPageChange(target);
  };

  return (
    <Flex justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
      <Typography variant="pi" textColor="neutral600">
        {t('hooks.pagination.total', '{total, plural, one {# entry} other {# entries}}', { total })}
      </Typography>
      <Pagination activePage={page} pageCount={pageCount} label={label}>
        <PreviousLink tag="button" type="button" onClick={go(page - 1)}>
          {t('hooks.pagination.previous', 'Go to previous page')}
        </PreviousLink>
        {pageItems(page, pageCount).map((item, index) =>
          item === null ? (
            <Dots key={`dots-${index}`}>{t('hooks.pagination.dots', 'More pages')}</Dots>
          ) : (
            <PageLink key={item} number={item} tag="button" type="button" onClick={go(item)}>
              {t('hooks.pagination.page', 'Go to page {page}', { page: item })}
            </PageLink>
          )
        )}
        <NextLink tag="button" type="button" onClick={go(page + 1)}>
          {t('hooks.pagination.next', 'Go to next page')}
        </NextLink>
      </Pagination>
    </Flex>
  );
};
