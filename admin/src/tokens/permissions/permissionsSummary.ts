import type { Permissions } from '../../../../shared/contracts/permissions';

export interface PermissionsSummary {
  /** Content types granted (`api::…`). */
  types: number;
  plugins: number;
  /** Actions granted, over every subject. */
  actions: number;
  /** Some subject reads or writes only some of its attributes. */
  fieldRules: boolean;
  /** Some localized subject is limited to some locales. */
  localeRules: boolean;
}

/** What the token list says of a custom token: "3 types, 7 actions, field rules". */
export const summarizePermissions = (value: Permissions | null | undefined): PermissionsSummary => {
  const entries = Object.entries(value ?? {});
  return {
    types: entries.filter(([uid]) => !uid.startsWith('plugin::')).length,
    plugins: entries.filter(([uid]) => uid.startsWith('plugin::')).length,
    actions: entries.reduce((sum, [, grant]) => sum + grant.actions.length, 0),
    fieldRules: entries.some(([, grant]) => grant.fields !== undefined),
    localeRules: entries.some(([, grant]) => grant.locales !== undefined),
  };
};
