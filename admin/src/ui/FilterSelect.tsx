import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

import { labelOf, useT, type Translate, type ValueLabels } from './useT';

export interface FilterSelectProps<Value extends string = string> {
  name: string;
  label: string;
  placeholder: string;
  value?: Value;
  options: Array<{ value: Value; label: string }>;
  /** The chosen option's value, so typed as the options are; undefined when cleared. */
  onChange: (value?: Value) => void;
  /** Growth in a row of filters that wraps; otherwise the field is at most 24rem wide. */
  flex?: string;
}

/** One filter of a list: a select that applies at once and can be cleared. */
export const FilterSelect = <Value extends string = string>({
  name,
  label,
  placeholder,
  value,
  options,
  onChange,
  flex,
}: FilterSelectProps<Value>) => {
  const t = useT();
  const size = flex ? { flex } : { maxWidth: '24rem', width: '100%' };

  return (
    <Field.Root name={name} {...size}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect
        value={value ?? ''}
        onChange={(next: string | number | undefined) =>
          onChange(options.find((option) => option.value === String(next))?.value)
        }
        onClear={() => onChange(undefined)}
        clearLabel={t('tokens.filters.clear', 'Clear')}
        placeholder={placeholder}
      >
        {options.map((option) => (
          <SingleSelectOption key={option.value} value={option.value}>
            {option.label}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};

/** Options for known values, in their order, each with its translated label. */
export const labelledOptions = <Value extends string>(
  t: Translate,
  values: readonly Value[],
  labels: ValueLabels<Value>
) => values.map((value) => ({ value, label: labelOf(t, labels, value) }));
