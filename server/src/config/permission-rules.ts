import { yup } from '@strapi/utils';

import { accessProblems, permissions } from '../../../shared/contracts/permissions';

/**
 * A configured token's `permissions`: the shape of shared/contracts/permissions.ts, each problem at its place
 * (`tokens[0].permissions.api::article.article.actions`). What the app can grant is checked at start-up, once
 * Strapi knows its content types and locales (services/provisioning.ts).
 */
export const permissionsShape = (): yup.TestConfig<unknown> => ({
  name: 'permissions-shape',
  test(value) {
    if (value === undefined) return true;
    const result = permissions.safeParse(value);
    if (result.success) return true;
    const problems = result.error.issues.map(({ path, message }) =>
      [this.path, ...path.map(String)].join('.').concat(` ${message}`)
    );
    return this.createError({ message: problems.join('; ') });
  },
});

/** A custom token has permissions and no scopes; the other levels have no permissions. */
export const accessAgreement = (): yup.TestConfig<Record<string, unknown> | undefined> => ({
  name: 'access-agreement',
  test(spec) {
    const [problem] = spec ? accessProblems(spec, null) : [];
    return problem ? this.createError({ message: `${this.path}.${problem.path.join('.')} ${problem.message}` }) : true;
  },
});
