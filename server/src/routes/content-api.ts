import { STRATEGY_NAME } from '../lib/route-scopes';

/** Routes an integration calls with its own token; no other credential reaches them. */
const tokenOnly = { auth: { strategies: [STRATEGY_NAME] } };

export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/me', handler: 'me.me', config: tokenOnly },
    { method: 'DELETE', path: '/me', handler: 'me.revoke', config: tokenOnly },
    // Holding the value is the proof: no other credential, and one in the header is ignored.
    { method: 'POST', path: '/revoke', handler: 'leaks.revoke', config: { auth: false } },
    { method: 'GET', path: '/hooks', handler: 'hooks.find', config: tokenOnly },
    { method: 'POST', path: '/hooks', handler: 'hooks.create', config: tokenOnly },
    { method: 'GET', path: '/hooks/sample', handler: 'hooks.sample', config: tokenOnly },
    { method: 'DELETE', path: '/hooks/:id', handler: 'hooks.delete', config: tokenOnly },
    { method: 'POST', path: '/hooks/:id/rotate-secret', handler: 'hooks.rotateSecret', config: tokenOnly },
  ],
};
