import { ACTIONS, type ActionKey } from '../../shared/plugin';

type Permission = { action: string; subject: null }[];

/** The RBAC actions the server registers; `useRBAC` turns each key into `canRead`, `canCreate`, ... */
export const PERMISSIONS = Object.fromEntries(
  Object.entries(ACTIONS).map(([key, action]) => [key, [{ action, subject: null }]])
) as Record<ActionKey, Permission>;
