import type { Permissions } from '../../../../shared/contracts/permissions';
import { useT } from '../../ui/useT';
import { summarizePermissions } from './permissionsSummary';

/** A custom token's permissions in a few words, for the token list: "3 types, 7 actions, field rules". */
export const usePermissionsSummaryText = () => {
  const t = useT();
  return (value: Permissions | null | undefined) => {
    const { types, plugins, actions, fieldRules, localeRules } = summarizePermissions(value);
    const parts = [
      types > 0 &&
        t('tokens.permissions.summary.types', '{count, plural, one {# type} other {# types}}', { count: types }),
      plugins > 0 &&
        t('tokens.permissions.summary.plugins', '{count, plural, one {# plugin} other {# plugins}}', {
          count: plugins,
        }),
      t('tokens.permissions.summary.actions', '{count, plural, one {# action} other {# actions}}', { count: actions }),
      fieldRules && t('tokens.permissions.summary.fieldRules', 'field rules'),
      localeRules && t('tokens.permissions.summary.localeRules', 'locale rules'),
    ];
    return parts.filter(Boolean).join(', ');
  };
};
