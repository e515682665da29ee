import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

import { useT } from './useT';

const GRACE_PERIODS = [
  { seconds: 0, id: 'none', defaultMessage: 'None: the old value stops working now' },
  { seconds: 3600, id: 'hour', defaultMessage: '1 hour' },
  { seconds: 86400, id: 'day', defaultMessage: '24 hours' },
  { seconds: 604800, id: 'week', defaultMessage: '7 days' },
];

interface GracePeriodFieldProps {
  label: string;
  hint?: string;
  value: number;
  onChange: (seconds: number) => void;
}

/** How long a replaced secret keeps working (a token value, a hook signing secret). */
export const GracePeriodField = ({ label, hint, value, onChange }: GracePeriodFieldProps) => {
  const t = useT();
  return (
    <Field.Root name="gracePeriod" hint={hint}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={String(value)} onChange={(selected) => onChange(Number(selected))}>
        {GRACE_PERIODS.map((period) => (
          <SingleSelectOption key={period.id} value={String(period.seconds)}>
            {t(`tokens.regenerate.grace.${period.id}`, period.defaultMessage)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      {hint && <Field.Hint />}
    </Field.Root>
  );
};
