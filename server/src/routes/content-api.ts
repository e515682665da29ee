import { STRATEGY_NAME } from '../strategies/content-api';

/** Routes an integration calls with its own token; no other credential reaches them. */
const tokenOnly = { auth: { strategies: [STRATEGY_NAME] } };

export default {
  type: 'content-api',
  routes: [{ method: 'GET', path: '/me', handler: 'me.me', config: tokenOnly }],
};
