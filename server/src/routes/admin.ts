import { ACTIONS } from '../permissions';

const requires = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

const route = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: requires(action),
});

export default {
  type: 'admin',
  routes: [
    route('GET', '/tokens', 'tokens.find', ACTIONS.read),
    route('POST', '/tokens', 'tokens.create', ACTIONS.create),
    route('GET', '/tokens/:id', 'tokens.findOne', ACTIONS.read),
    route('PUT', '/tokens/:id', 'tokens.update', ACTIONS.update),
    route('DELETE', '/tokens/:id', 'tokens.delete', ACTIONS.delete),
    route('POST', '/tokens/:id/revoke', 'tokens.revoke', ACTIONS.revoke),
    route('POST', '/tokens/:id/regenerate', 'tokens.regenerate', ACTIONS.revoke),
    route('POST', '/tokens/:id/archive', 'tokens.archive', ACTIONS.update),
    route('POST', '/tokens/:id/restore', 'tokens.restore', ACTIONS.update),
    route('GET', '/scopes', 'admin-info.scopes', ACTIONS.read),
    route('GET', '/audit', 'admin-info.audit', ACTIONS.read),
    route('GET', '/settings', 'admin-info.settings', ACTIONS.read),
    route('GET', '/readme', 'admin-info.readme', ACTIONS.read),
    route('GET', '/hooks', 'hook-admin.hooks', ACTIONS.read),
    route('GET', '/deliveries', 'hook-admin.deliveries', ACTIONS.read),
    route('POST', '/deliveries/:id/retry', 'hook-admin.retry', ACTIONS.update),
    route('POST', '/hooks/:id/rotate-secret', 'hook-admin.rotateSecret', ACTIONS.update),
    route('POST', '/hooks/:id/replay', 'hook-admin.replay', ACTIONS.update),
  ],
};
