import * as React from 'react';
import {
  DateTimePicker,
  Field,
  Grid,
  MultiSelect,
  MultiSelectOption,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  TextInput,
} from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

import { ACCESS_LEVELS, ACCESS_LEVEL_LABELS } from '../../../shared/access-levels';
import type { ScopeOption } from '../../../shared/contracts/tokens';
import type { TokenFormValues } from '../utils/tokenForm';


export interface TokenFormFieldsProps {
  values: TokenFormValues;
  /** Already translated; a field shows its error only once it has been touched or filled. */
  errors: Partial<Record<keyof TokenFormValues, string>>;
  scopes: ScopeOption[];
  now: Date;
  onChange: <K extends keyof TokenFormValues>(field: K, value: TokenFormValues[K]) => void;
  onBlur: (field: keyof TokenFormValues) => void;
}

export const TokenFormFields = ({ values, errors, scopes, now, onChange, onBlur }: TokenFormFieldsProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, extra?: Omit<MessageDescriptor, 'id'>) =>
    formatMessage({ id: getTranslation(id), defaultMessage, ...extra });
  const clearLabel = t('tokens.form.clearDate', 'Clear date');

  const dateField = (field: 'validFrom' | 'validTo', label: string, hint: string) => (
    <Field.Root name={field} error={errors[field]} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <DateTimePicker
        value={values[field]}
        minDate={field === 'validTo' && values.validFrom && values.validFrom > now ? values.validFrom : now}
        onChange={(date) => onChange(field, date ?? null)}
        onClear={() => onChange(field, null)}
        clearLabel={clearLabel}
        dateLabel={t(`tokens.form.${field}.date`, `${label} date`)}
        timeLabel={t(`tokens.form.${field}.time`, `${label} time`)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );

  return (
    <Grid.Root gap={5}>
      <Grid.Item m={6} xs={12} direction="column" alignItems="stretch">
        <Field.Root name="name" required error={errors.name}>
          <Field.Label>{t('tokens.form.name', 'Name')}</Field.Label>
          <TextInput
            value={values.name}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange('name', e.target.value)}
            onBlur={() => onBlur('name')}
          />
          <Field.Error />
        </Field.Root>
      </Grid.Item>
      <Grid.Item m={6} xs={12} direction="column" alignItems="stretch">
        <Field.Root name="accessLevel" required error={errors.accessLevel}>
          <Field.Label>{t('tokens.form.accessLevel', 'Access level')}</Field.Label>
          <SingleSelect value={values.accessLevel} onChange={(value) => onChange('accessLevel', value as never)}>
            {ACCESS_LEVELS.map((level) => (
              <SingleSelectOption key={level} value={level}>
                {t(`tokens.accessLevel.${level}`, ACCESS_LEVEL_LABELS[level])}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Error />
        </Field.Root>
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <Field.Root name="description" error={errors.description}>
          <Field.Label>{t('tokens.form.description', 'Description')}</Field.Label>
          <Textarea
            value={values.description}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onChange('description', e.target.value)}
          />
          <Field.Error />
        </Field.Root>
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <Field.Root
          name="scopes"
          error={errors.scopes}
          hint={t('tokens.form.scopes.hint', 'Leave empty to allow every content type and plugin.')}
        >
          <Field.Label>{t('tokens.form.scopes', 'Scopes')}</Field.Label>
          <MultiSelect
            value={values.scopes}
            onChange={(value) => onChange('scopes', value)}
            withTags
            placeholder={t('tokens.scopes.all', 'All')}
          >
            {scopes.map((scope) => (
              <MultiSelectOption key={scope.uid} value={scope.uid}>
                {scope.displayName}
              </MultiSelectOption>
            ))}
          </MultiSelect>
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </Grid.Item>
      <Grid.Item m={6} xs={12} direction="column" alignItems="stretch">
        {dateField(
          'validFrom',
          t('tokens.form.validFrom', 'Valid from'),
          t('tokens.form.validFrom.hint', 'Empty: valid from creation.')
        )}
      </Grid.Item>
      <Grid.Item m={6} xs={12} direction="column" alignItems="stretch">
        {dateField('validTo', t('tokens.form.validTo', 'Valid to'), t('tokens.form.validTo.hint', 'Empty: never expires.'))}
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <Field.Root
          name="ipAllowlist"
          error={errors.ipAllowlist}
          hint={t('tokens.form.ipAllowlist.hint', 'One IP address or CIDR range per line. Empty: any address.')}
        >
          <Field.Label>{t('tokens.form.ipAllowlist', 'IP allowlist')}</Field.Label>
          <Textarea
            value={values.ipAllowlist}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onChange('ipAllowlist', e.target.value)}
            placeholder={'203.0.113.0/24\n2001:db8::/32'}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </Grid.Item>
    </Grid.Root>
  );
};
