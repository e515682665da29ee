import { ACTIONS } from '../permissions';

/**
 * admin::hasPermissions grants a route only if the admin holds every action listed. Each must be a string:
 * a nested array would be read as one [action, subject] pair.
 */
const requires = (actions: string[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }],
});

const route = (method: string, path: string, handler: string, ...actions: string[]) => ({
  method,
  path,
  handler,
  config: requires(actions),
});

export default {
  type: 'admin',
  routes: [
    route('GET', '/tokens', 'tokens.find', ACTIONS.read),
    route('POST', '/tokens', 'tokens.create', ACTIONS.create),
    route('POST', '/tokens/lookup', 'tokens.lookup', ACTIONS.read),
    route('GET', '/tokens/:id', 'tokens.findOne', ACTIONS.read),
    route('PUT', '/tokens/:id', 'tokens.update', ACTIONS.update),
    route('DELETE', '/tokens/:id', 'tokens.delete', ACTIONS.delete),
    route('POST', '/tokens/:id/revoke', 'tokens.revoke', ACTIONS.revoke),
    // Regenerate ends the old value and mints a working one.
    route('POST', '/tokens/:id/regenerate', 'tokens.regenerate', ACTIONS.revoke, ACTIONS.create),
    route('POST', '/tokens/:id/archive', 'tokens.archive', ACTIONS.update),
    route('POST', '/tokens/:id/restore', 'tokens.restore', ACTIONS.update),
    route('GET', '/tokens/:id/usage', 'token-usage.find', ACTIONS.read),
    route('GET', '/scopes', 'admin-info.scopes', ACTIONS.read),
    route('GET', '/permission-subjects', 'admin-info.permissionSubjects', ACTIONS.read),
    route('GET', '/audit', 'admin-info.audit', ACTIONS.read),
    route('GET', '/settings', 'admin-info.settings', ACTIONS.read),
    route('GET', '/readme', 'admin-info.readme', ACTIONS.read),
    route('GET', '/zapier-guide', 'admin-info.zapierGuide', ACTIONS.read),
    route('GET', '/hooks', 'hook-admin.hooks', ACTIONS.read),
    route('DELETE', '/hooks/:id', 'hook-admin.remove', ACTIONS.delete),
    route('GET', '/deliveries', 'hook-admin.deliveries', ACTIONS.read),
    route('POST', '/deliveries/:id/retry', 'hook-admin.retry', ACTIONS.update),
    // Rotation hands the admin a signing secret that can forge deliveries: like regenerate, it mints a credential.
    route('POST', '/hooks/:id/rotate-secret', 'hook-admin.rotateSecret', ACTIONS.update, ACTIONS.create),
    route('POST', '/hooks/:id/replay', 'hook-admin.replay', ACTIONS.update),
  ],
};
