const action = (name: string) => [{ action: `plugin::access-tokens.${name}`, subject: null }];

/** The RBAC actions the server registers; `useRBAC` turns each key into `canRead`, `canCreate`, ... */
export const PERMISSIONS = {
  read: action('read'),
  create: action('create'),
  update: action('update'),
  revoke: action('revoke'),
  delete: action('delete'),
};
