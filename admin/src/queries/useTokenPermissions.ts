import { useRBAC } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../permissions';

export interface TokenPermissions {
  canCreate: boolean;
  canUpdate: boolean;
  canRevoke: boolean;
  canDelete: boolean;
}

/**
 * `useRBAC` takes an array of permissions and keys each allowed one by the last part of its action:
 * `plugin::access-tokens.create` -> `canCreate`. Module-level, so the array keeps its identity across renders.
 */
const PERMISSIONS_TO_CHECK = Object.values(PERMISSIONS).flat();

export const useTokenPermissions = (): TokenPermissions & { isLoading: boolean } => {
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS_TO_CHECK);
  return {
    isLoading,
    canCreate: Boolean(allowedActions.canCreate),
    canUpdate: Boolean(allowedActions.canUpdate),
    canRevoke: Boolean(allowedActions.canRevoke),
    canDelete: Boolean(allowedActions.canDelete),
  };
};
