import { Checkbox, Flex, Typography } from '@strapi/design-system';

import type { Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubject, SubjectLocale } from '../../../../shared/contracts/permission-subjects';
import { useT } from '../../ui/useT';
import { setLocale, tickedLocales } from './permissionEdits';

export interface LocalePickerProps {
  subject: PermissionSubject;
  /** The app's locales. */
  locales: SubjectLocale[];
  value: Permissions;
  onChange: (value: Permissions) => void;
  disabled: boolean;
}

/** The locales a localized type may be read and written in: all of them unless some are unticked. */
export const LocalePicker = ({ subject, locales, value, onChange, disabled }: LocalePickerProps) => {
  const t = useT();
  const codes = locales.map((locale) => locale.code);
  const ticked = tickedLocales(value, subject.uid, codes);
  const label = t('tokens.permissions.locales', 'Locales');

  return (
    <Flex direction="column" alignItems="stretch" gap={2} paddingLeft={2} role="group" aria-label={label}>
      <Typography variant="sigma" textColor="neutral500">
        {label}
      </Typography>
      <Flex gap={4} wrap="wrap">
        {locales.map((locale) => (
          <Checkbox
            key={locale.code}
            checked={ticked.includes(locale.code)}
            disabled={disabled}
            onCheckedChange={(checked) => onChange(setLocale(value, subject.uid, codes, locale.code, checked === true))}
          >
            {locale.isDefault
              ? t('tokens.permissions.locales.default', '{name} (default)', { name: locale.name })
              : locale.name}
          </Checkbox>
        ))}
      </Flex>
      {!disabled && ticked.length === 0 && (
        <Typography variant="pi" textColor="danger600" role="alert">
          {t('tokens.permissions.locales.none', 'Tick at least one locale.')}
        </Typography>
      )}
    </Flex>
  );
};
