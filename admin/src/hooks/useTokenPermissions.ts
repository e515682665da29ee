import { useRBAC } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../permissions';

export interface TokenPermissions {
  canCreate: boolean;
  canUpdate: boolean;
  canRevoke: boolean;
  canDelete: boolean;
}

export const useTokenPermissions = (): TokenPermissions & { isLoading: boolean } => {
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS);
  return {
    isLoading,
    canCreate: Boolean(allowedActions.canCreate),
    canUpdate: Boolean(allowedActions.canUpdate),
    canRevoke: Boolean(allowedActions.canRevoke),
    canDelete: Boolean(allowedActions.canDelete),
  };
};
