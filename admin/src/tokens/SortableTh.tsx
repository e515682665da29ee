import { Th, Typography } from '@strapi/design-system';
import { CaretDown, CaretUp } from '@strapi/icons';
import { styled } from 'styled-components';

import type { SortValue } from './useTokenListParams';
import type { TokenSortField } from '../../../shared/contracts/token-list';
import { useT } from '../ui/useT';

const HeaderButton = styled.button`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.spaces[1]};
  background: none;
  border: none;
  padding: 0;
  cursor: pointer;
  color: inherit;
`;

interface SortableThProps {
  field: TokenSortField;
  label: string;
  sort: SortValue;
  onSortChange: (sort: SortValue) => void;
}

/** A column header that sorts on click: ascending first, then descending, then ascending again. */
export const SortableTh = ({ field, label, sort, onSortChange }: SortableThProps) => {
  const t = useT();
  const [sortedField, order] = sort.split(':');
  const active = sortedField === field;
  const next: SortValue = active && order === 'asc' ? `${field}:desc` : `${field}:asc`;

  return (
    <Th aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <HeaderButton
        type="button"
        onClick={() => onSortChange(next)}
        aria-label={t('tokens.list.sortBy', 'Sort by {column}', { column: label })}
      >
        <Typography variant="sigma" textColor={active ? 'neutral800' : 'neutral600'}>
          {label}
        </Typography>
        {active && (order === 'asc' ? <CaretUp aria-hidden /> : <CaretDown aria-hidden />)}
      </HeaderButton>
    </Th>
  );
};
