import * as React from 'react';
import {
  DateTimePicker,
  Field,
  Grid,
  MultiSelect,
  MultiSelectOption,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  TextInput,
} from '@strapi/design-system';

import { ACCESS_LEVELS, ACCESS_LEVEL_LABELS } from '../../../shared/access-levels';
import type { ScopeOption } from '../../../shared/contracts/tokens';
import { useT } from '../ui/useT';
import { PermissionsField, type PermissionSubjectsQuery } from './permissions/PermissionsField';
import { lifetimeEnd, type TokenFormValues } from '../utils/tokenForm';

interface FormFieldProps {
  name: keyof TokenFormValues;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  /** Half the row on wide screens. */
  half?: boolean;
  children: React.ReactNode;
}

/** One field of the form in its grid cell: label, input, hint and error. */
const FormField = ({ name, label, error, hint, required, half = false, children }: FormFieldProps) => (
  <Grid.Item {...(half ? { m: 6, xs: 12 } : { col: 12 })} direction="column" alignItems="stretch">
    <Field.Root name={name} required={required} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      {children}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  </Grid.Item>
);

export interface TokenFormFieldsProps {
  values: TokenFormValues;
  /** Already translated; a field shows its error only once it has been touched or filled. */
  errors: Partial<Record<keyof TokenFormValues, string>>;
  scopes: ScopeOption[];
  /** What a custom token may be granted. */
  permissionSubjects: PermissionSubjectsQuery;
  now: Date;
  maxLifetimeDays?: number | null;
  onChange: <K extends keyof TokenFormValues>(field: K, value: TokenFormValues[K]) => void;
  onBlur: (field: keyof TokenFormValues) => void;
}

export const TokenFormFields = ({
  values,
  errors,
  scopes,
  permissionSubjects,
  now,
  maxLifetimeDays,
  onChange,
  onBlur,
}: TokenFormFieldsProps) => {
  const t = useT();
  const capped = (field: 'validFrom' | 'validTo') => field === 'validTo' && Boolean(maxLifetimeDays);

  const dateField = (field: 'validFrom' | 'validTo', label: string, hint: string) => (
    <FormField name={field} label={label} error={errors[field]} hint={hint} required={capped(field)} half>
      <DateTimePicker
        value={values[field]}
        minDate={field === 'validTo' && values.validFrom && values.validFrom > now ? values.validFrom : now}
        maxDate={capped(field) ? lifetimeEnd(values, now, maxLifetimeDays as number) : undefined}
        onChange={(date) => onChange(field, date ?? null)}
        onClear={() => onChange(field, null)}
        clearLabel={t('tokens.form.clearDate', 'Clear date')}
        dateLabel={t(`tokens.form.${field}.date`, `${label} date`)}
        timeLabel={t(`tokens.form.${field}.time`, `${label} time`)}
      />
    </FormField>
  );

  const numberField = (field: 'rateLimitLimit' | 'rateLimitWindow', label: string, hint: string) => (
    <FormField name={field} label={label} error={errors[field]} hint={hint} half>
      <NumberInput
        value={values[field] ?? undefined}
        onValueChange={(value) => onChange(field, value ?? null)}
        step={1}
      />
    </FormField>
  );

  return (
    <Grid.Root gap={5}>
      <FormField name="name" label={t('tokens.form.name', 'Name')} error={errors.name} required half>
        <TextInput
          value={values.name}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange('name', e.target.value)}
          onBlur={() => onBlur('name')}
        />
      </FormField>
      <FormField
        name="accessLevel"
        label={t('tokens.form.accessLevel', 'Access level')}
        error={errors.accessLevel}
        required
        half
      >
        <SingleSelect value={values.accessLevel} onChange={(value) => onChange('accessLevel', value as never)}>
          {ACCESS_LEVELS.map((level) => (
            <SingleSelectOption key={level} value={level}>
              {t(`tokens.accessLevel.${level}`, ACCESS_LEVEL_LABELS[level])}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </FormField>
      <FormField name="description" label={t('tokens.form.description', 'Description')} error={errors.description}>
        <Textarea
          value={values.description}
          onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onChange('description', e.target.value)}
        />
      </FormField>
      {values.accessLevel === 'custom' ? (
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <PermissionsField
            subjects={permissionSubjects}
            value={values.permissions}
            onChange={(value) => onChange('permissions', value)}
            error={errors.permissions}
          />
        </Grid.Item>
      ) : (
        <FormField
          name="scopes"
          label={t('tokens.form.scopes', 'Scopes')}
          error={errors.scopes}
          hint={t(
            'tokens.form.scopes.hint',
            "Leave empty to allow the app's content types and file uploads. Other plugins (Users & Permissions, Email, i18n…) only when named here."
          )}
        >
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
        </FormField>
      )}
      {dateField(
        'validFrom',
        t('tokens.form.validFrom', 'Valid from'),
        t('tokens.form.validFrom.hint', 'Empty: valid from creation.')
      )}
      {dateField(
        'validTo',
        t('tokens.form.validTo', 'Valid to'),
        maxLifetimeDays
          ? t('tokens.form.validTo.hint.capped', 'At most {days} days after valid from.', { days: maxLifetimeDays })
          : t('tokens.form.validTo.hint', 'Empty: never expires.')
      )}
      <FormField
        name="ipAllowlist"
        label={t('tokens.form.ipAllowlist', 'IP allowlist')}
        error={errors.ipAllowlist}
        hint={t('tokens.form.ipAllowlist.hint', 'One IP address or CIDR range per line. Empty: any address.')}
      >
        <Textarea
          value={values.ipAllowlist}
          onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onChange('ipAllowlist', e.target.value)}
          placeholder={'203.0.113.0/24\n2001:db8::/32'}
        />
      </FormField>
      {numberField(
        'rateLimitLimit',
        t('tokens.form.rateLimitLimit', 'Rate limit: requests'),
        t('tokens.form.rateLimitLimit.hint', 'Both empty: no limit (a new token gets the configured default, if any).')
      )}
      {numberField(
        'rateLimitWindow',
        t('tokens.form.rateLimitWindow', 'Per window of (seconds)'),
        t(
          'tokens.form.rateLimitWindow.hint',
          "The window starts at the token's first request: 60 for a minute, 3600 an hour."
        )
      )}
    </Grid.Root>
  );
};
