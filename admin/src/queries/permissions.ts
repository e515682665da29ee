import { fetchPermissionSubjects, permissionSubjectKeys } from '../api/permissions';
import { useAdminQuery } from './useAdminQuery';

/** Content types change only when Strapi restarts; locales rarely: a minute is fresh enough. */
export const usePermissionSubjects = ({ enabled = true } = {}) =>
  useAdminQuery(permissionSubjectKeys.all, fetchPermissionSubjects, { staleTime: 60_000, enabled });
