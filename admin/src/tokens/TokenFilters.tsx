import * as React from 'react';
import { Button, Checkbox, Field, Flex, TextInput } from '@strapi/design-system';

import { useDebouncedCallback } from '../ui/useDebouncedCallback';
import { FilterSelect, labelledOptions, type FilterSelectProps } from '../ui/FilterSelect';
import { TOKEN_STATUS } from './tokenStatus';

import { ACCESS_LEVELS, ACCESS_LEVEL_LABELS } from '../../../shared/access-levels';
import { TOKEN_STATUSES, type ScopeOption } from '../../../shared/contracts/tokens';
import { useT } from '../ui/useT';
import type { TokenFilterValues } from './useTokenListParams';

export const FILTER_DEBOUNCE_MS = 300;

/** One select of the filter row: which value it sets, its width, texts and choices. */
interface SelectFilter extends Pick<FilterSelectProps, 'flex' | 'label' | 'placeholder' | 'options'> {
  name: 'accessLevel' | 'status' | 'scope';
}

interface TokenFiltersProps {
  values: TokenFilterValues;
  scopes: ScopeOption[];
  onChange: (values: TokenFilterValues) => void;
}

/**
 * Text filters apply after a short pause in typing; selects apply at once. Each filter grows to fill its line, so
 * the row stays even when it wraps on a narrow screen.
 */
export const TokenFilters = ({ values, scopes, onChange }: TokenFiltersProps) => {
  const t = useT();
  const [draft, setDraft] = React.useState<TokenFilterValues>(values);
  const debouncedChange = useDebouncedCallback(onChange, FILTER_DEBOUNCE_MS);

  const setText = (key: 'search' | 'accessKey') => (e: React.ChangeEvent<HTMLInputElement>) => {
    const next = { ...draft, [key]: e.target.value || undefined };
    setDraft(next);
    debouncedChange(next);
  };
  const setSelect = (key: SelectFilter['name']) => (value?: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    onChange(next);
  };
  const hasFilters = Object.values(draft).some(Boolean);
  const anyLabel = t('tokens.filters.any', 'Any');
  const selects: SelectFilter[] = [
    {
      name: 'accessLevel',
      flex: '1 1 12rem',
      label: t('tokens.filters.accessLevel', 'Access level'),
      placeholder: anyLabel,
      options: labelledOptions(t, ACCESS_LEVELS, { prefix: 'tokens.accessLevel', labels: ACCESS_LEVEL_LABELS }),
    },
    {
      name: 'status',
      flex: '1 1 17rem',
      label: t('tokens.filters.status', 'Status'),
      placeholder: t('tokens.filters.status.notArchived', 'All but archived'),
      options: labelledOptions(t, TOKEN_STATUSES, TOKEN_STATUS),
    },
    {
      name: 'scope',
      flex: '1 1 12rem',
      label: t('tokens.filters.scope', 'Scope'),
      placeholder: anyLabel,
      options: scopes.map((scope) => ({ value: scope.uid, label: scope.displayName })),
    },
  ];

  return (
    <Flex gap={3} wrap="wrap" alignItems="flex-end" paddingBottom={4}>
      <Field.Root name="search" flex="1 1 20rem">
        <Field.Label>{t('tokens.filters.name', 'Name')}</Field.Label>
        <TextInput
          value={draft.search ?? ''}
          onChange={setText('search')}
          placeholder={t('tokens.filters.name.placeholder', 'Search by name')}
        />
      </Field.Root>
      <Field.Root name="accessKey" flex="1 1 20rem">
        <Field.Label>{t('tokens.filters.token', 'Token')}</Field.Label>
        <TextInput
          value={draft.accessKey ?? ''}
          onChange={setText('accessKey')}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('tokens.filters.token.placeholder', 'Paste a token value')}
        />
      </Field.Root>
      {selects.map(({ name, ...select }) => (
        <FilterSelect key={name} name={name} value={draft[name]} onChange={setSelect(name)} {...select} />
      ))}
      <Flex minHeight="4rem">
        <Checkbox
          checked={Boolean(draft.expiresSoon)}
          onCheckedChange={(checked: boolean | 'indeterminate') => {
            const next = { ...draft, expiresSoon: checked === true ? (true as const) : undefined };
            setDraft(next);
            onChange(next);
          }}
        >
          {t('tokens.filters.expiresSoon', 'Expires soon')}
        </Checkbox>
      </Flex>
      {hasFilters && (
        <Button
          variant="tertiary"
          onClick={() => {
            setDraft({});
            onChange({});
          }}
        >
          {t('tokens.filters.reset', 'Reset filters')}
        </Button>
      )}
    </Flex>
  );
};
